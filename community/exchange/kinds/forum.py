"""The forum's demo kinds of import line, loaded by ``seed_demo`` from ``community/forum/fixtures/``: a
``forum_thread`` is a question with its answers, votes and accepted answer, written through the forum's
services as the people named did, then back-dated; a ``forum_subscription`` has someone follow a category.
A thread that exists (by its ref) is left exactly as it is, with its answers and votes."""

from __future__ import annotations

from typing import Annotated, Literal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field

from community.exchange.context import ImportContext
from community.exchange.fields import Labels, Line, LineError, LineModel, Text, WhenDateTime, when_datetime
from community.exchange.registry import Kind, register_kind
from community.forum import services
from community.forum.models import Category, Topic

Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)]
CategorySlug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]
Voters = Annotated[list[Email], Field(max_length=100)]


class ForumReply(BaseModel):
    model_config = ConfigDict(extra="forbid")

    author: Email
    created: WhenDateTime
    body: Text(20_000)
    voters: Voters = []
    accepted: bool = False


class ForumThreadLine(LineModel):
    kind: Literal["forum_thread"]
    category: CategorySlug
    author: Email
    created: WhenDateTime
    title: Line(200)
    body: Text(20_000)
    tags: Labels = []
    voters: Voters = []
    replies: Annotated[list[ForumReply], Field(max_length=200)] = []


class ForumSubscriptionLine(LineModel):
    kind: Literal["forum_subscription"]
    user: Email
    category: CategorySlug


def _people(emails) -> dict:
    """The accounts named by a line, by e-mail; a name that is not an account is a line error."""
    wanted = set(emails)
    found = {u.email: u for u in get_user_model().objects.filter(email__in=wanted)}
    missing = sorted(wanted - set(found))
    if missing:
        raise LineError(
            [("author", _("no account with the e-mail address %(emails)s") % {"emails": ", ".join(missing)})]
        )
    return found


def _category(ctx: ImportContext, slug: str) -> Category:
    ctx.cached("forum:categories", services.ensure_categories)  # the per-sector categories, once per run
    category = Category.objects.filter(slug=slug).first()
    if category is None:
        raise LineError([("category", _("no forum category %(slug)s") % {"slug": slug})])
    return category


def upsert_forum_thread(line: ForumThreadLine, ctx: ImportContext) -> str:
    if Topic.objects.filter(import_ref=line.ref).exists():
        return "unchanged"
    category = _category(ctx, line.category)
    people = _people(
        {
            line.author,
            *line.voters,
            *(r.author for r in line.replies),
            *(v for r in line.replies for v in r.voters),
        },
    )
    author = people[line.author]
    with translation.override("vi"):  # notifications and slugs as a Vietnamese reader would get them
        topic = services.topic_create(
            author=author, category=category, title=line.title, body=line.body, tags=line.tags
        )
        posted = []
        for reply in line.replies:
            made = services.reply_create(topic=topic, author=people[reply.author], body=reply.body)
            posted.append((made, reply))
        for email in line.voters:
            services.vote(user=people[email], target=topic)
        for made, reply in posted:
            for email in reply.voters:
                services.vote(user=people[email], target=made)
        accepted = [made for made, reply in posted if reply.accepted]
        if len(accepted) > 1:
            raise ValidationError(_("A topic has at most one accepted answer."))
        if accepted:
            services.accept_reply(topic=topic, actor=author, reply=accepted[0])
    services.thread_backdate(
        topic=topic,
        ref=line.ref,
        created_at=when_datetime(line.created, ctx),
        replies=[(made, when_datetime(reply.created, ctx)) for made, reply in posted],
    )
    return "created"


def upsert_forum_subscription(line: ForumSubscriptionLine, ctx: ImportContext) -> str:
    category = _category(ctx, line.category)
    user = _people([line.user])[line.user]
    if user.forum_subscriptions.filter(category=category).exists():
        return "unchanged"
    services.subscribe(user=user, category=category)
    return "created"


def register() -> None:
    """Called from ForumConfig.ready(). Demo-only: the lines write in other people's names."""
    register_kind(
        Kind("forum_thread", ForumThreadLine, upsert_forum_thread, after=("account",), public=False)
    )
    register_kind(
        Kind(
            "forum_subscription",
            ForumSubscriptionLine,
            upsert_forum_subscription,
            after=("account",),
            public=False,
        )
    )

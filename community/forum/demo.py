"""The forum's demo seeding step: categories, the hand-written questions and answers, votes, accepted
answers, mentions and subscriptions. Deterministic and idempotent: topics are keyed by an import reference
("demo:forum:<key>"); a topic that exists is left exactly as it is, with its answers and votes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from community.forum.demo_content import CATEGORY_SUBSCRIPTIONS, PEOPLE, TOPICS

if TYPE_CHECKING:
    from community.demo.steps import SeedContext

REF_PREFIX = "demo:forum:"
_MENTION = re.compile(r"@\{(\w+)\}")
EDITORS_PERMISSIONS = ("add_category", "change_category", "delete_category")


def _text(value: str, users: dict) -> str:
    def handle(match):
        user = users.get(match.group(1))
        if user is None:
            return ""
        return f"@{user.handle}" if user.handle else user.display_name

    return _MENTION.sub(handle, value)


def _voters(key: str, pool: list, author, n: int) -> list:
    from community.demo.generator import rng_for

    candidates = [u for u in pool if author is None or u.pk != author.pk]
    rng_for("forum-votes", key).shuffle(candidates)
    return candidates[:n]


def _editors_manage_categories(ctx: SeedContext) -> None:
    """Editors manage forum categories in the Wagtail admin (Snippets)."""
    from django.contrib.auth.models import Group, Permission

    from community.demo import data

    group = Group.objects.filter(name=data.EDITORS_GROUP).first()
    if group is None:
        return
    wanted = Permission.objects.filter(content_type__app_label="forum", codename__in=EDITORS_PERMISSIONS)
    missing = [p for p in wanted if not group.permissions.filter(pk=p.pk).exists()]
    if missing:
        group.permissions.add(*missing)
    ctx.count("forum editor permissions", changed=bool(missing), n=len(wanted))


def seed_forum(ctx: SeedContext) -> None:
    from django.utils import translation

    from community.forum import services
    from community.forum.models import Category, Reply, Subscription, Topic
    from community.models import User

    created = services.ensure_categories()
    ctx.count("forum categories", created=bool(created), n=Category.objects.count())
    _editors_manage_categories(ctx)

    users = {
        alias: u
        for alias, email in PEOPLE.items()
        for u in [ctx.users.get(email) or User.objects.filter(email=email).first()]
        if u is not None
    }
    missing = sorted(set(PEOPLE) - set(users))
    if missing:
        ctx.notes.append(
            f"Forum: people missing from the demo ({', '.join(missing)}); their posts are skipped."
        )
    categories = {c.slug: c for c in Category.objects.all()}
    pool = [users[a] for a in sorted(users)]
    existing = set(
        Topic.objects.filter(import_ref__startswith=REF_PREFIX).values_list("import_ref", flat=True)
    )

    with translation.override("vi"):
        for key, cat, asker, age, title, body, tags, replies, accepted, q_votes, r_votes in TOPICS:
            ref = REF_PREFIX + key
            if ref in existing:
                ctx.count("forum topics")
                continue
            author = users.get(asker)
            category = categories.get(cat)
            if author is None or category is None:
                continue
            topic = services.topic_create(
                author=author, category=category, title=title, body=_text(body, users), tags=tags
            )
            when = ctx.ago(age)
            Topic.objects.filter(pk=topic.pk).update(import_ref=ref, created_at=when, last_activity_at=when)
            posted = []
            for alias, days, text in replies:
                person = users.get(alias)
                if person is None:
                    continue
                reply = services.reply_create(topic=topic, author=person, body=_text(text, users))
                Reply.objects.filter(pk=reply.pk).update(created_at=ctx.ago(days))
                posted.append(reply)
            if posted:
                Topic.objects.filter(pk=topic.pk).update(last_activity_at=ctx.ago(min(r[1] for r in replies)))
            for voter in _voters(key, pool, author, q_votes):
                services.vote(user=voter, target=topic)
            for index, (reply, n) in enumerate(zip(posted, r_votes, strict=False)):
                for voter in _voters(f"{key}:{index}", pool, reply.author, n):
                    services.vote(user=voter, target=reply)
            if accepted is not None and accepted < len(posted):
                services.accept_reply(topic=topic, actor=author, reply=posted[accepted])
            ctx.count("forum topics", created=True)
            ctx.count("forum replies", created=True, n=len(posted))

    for alias, slug in CATEGORY_SUBSCRIPTIONS:
        person, category = users.get(alias), categories.get(slug)
        if person is None or category is None:
            continue
        _sub, new = Subscription.objects.get_or_create(user=person, category=category)
        ctx.count("forum category subscriptions", created=new)

"""Writes for the forum: keyword-only functions, one transaction each, ValidationError with a message a
person can act on. Counters move with F() updates; notifications and search updates run after commit.

Rate limits are the views' business (`community.core.ratelimit.check_and_count`), so that seeding and the
importer can call these functions freely.
"""

from __future__ import annotations

import contextvars
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from community.core.markdown import render_markdown
from community.core.mentions import link_mentions, mentioned_handles, mentioned_users
from community.core.text import clean_labels, nfc, vn_slugify
from community.forum import permissions
from community.forum.categories import CATEGORY_DESCRIPTIONS, GENERAL_NAMES, GENERAL_SLUG
from community.forum.models import (
    BODY_MAX,
    BODY_MIN,
    REPLY_MIN,
    TITLE_MAX,
    TITLE_MIN,
    Category,
    Reply,
    Revision,
    Subscription,
    Topic,
    Vote,
)
from community.models import NotificationKind, Sector
from community.notifications.services import notify
from search.api import schedule_update

MAX_TAGS = 5
TAG_MAX_LENGTH = 50


# --- helpers ------------------------------------------------------------------------------------


def _on_commit(func) -> None:
    # Runs in the context of the caller (e.g. "no e-mail while seeding"), once the transaction commits.
    context = contextvars.copy_context()
    transaction.on_commit(lambda: context.run(func), robust=True)


def _clean_title(title: str) -> str:
    return " ".join(nfc(title).split())


def _clean_body(body: str) -> str:
    return nfc(body).replace("\r\n", "\n").strip()


def render_body(body: str) -> str:
    """Markdown, sanitised by nh3, with @mentions marked: stored once so pages render without work."""
    return link_mentions(render_markdown(body))


def _validate_topic(title: str, body: str) -> dict[str, str]:
    errors = {}
    if len(title) < TITLE_MIN:
        errors["title"] = _(
            "Write a title of at least %(n)d characters: a question others will recognise."
        ) % {"n": TITLE_MIN}
    elif len(title) > TITLE_MAX:
        errors["title"] = _("Keep the title under %(n)d characters; put the details in the question.") % {
            "n": TITLE_MAX
        }
    if len(body) < BODY_MIN:
        errors["body"] = _("Explain your question in at least %(n)d characters.") % {"n": BODY_MIN}
    elif len(body) > BODY_MAX:
        errors["body"] = _("The text is too long (%(length)d characters, at most %(n)d).") % {
            "length": len(body),
            "n": BODY_MAX,
        }
    return errors


def _validate_reply(body: str) -> dict[str, str]:
    if len(body) < REPLY_MIN:
        return {"body": _("Write your answer before sending it.")}
    if len(body) > BODY_MAX:
        return {
            "body": _("The text is too long (%(length)d characters, at most %(n)d).")
            % {"length": len(body), "n": BODY_MAX}
        }
    return {}


def _clean_tags(tags) -> list[str]:
    return clean_labels(tags or (), max_length=TAG_MAX_LENGTH, limit=MAX_TAGS)


def _set_tags(topic: Topic, tags: list[str]) -> None:
    # taggit's set() fires m2m signals (and a search update) even when nothing changes.
    if {t.lower() for t in topic.tags.names()} != {t.lower() for t in tags} or topic.tags.count() != len(
        tags
    ):
        topic.tags.set(tags)


def _url(obj) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()


def _slug(title: str) -> str:
    return (vn_slugify(title) or "chu-de")[:200].strip("-") or "chu-de"


# --- categories ---------------------------------------------------------------------------------


def ensure_categories() -> int:
    """One category per sector plus the general one; creates what is missing, never touches editors' edits."""
    created = 0
    vi, en = CATEGORY_DESCRIPTIONS[GENERAL_SLUG]
    _obj, new = Category.objects.get_or_create(
        slug=GENERAL_SLUG,
        defaults={
            "name_vi": GENERAL_NAMES[0],
            "name_en": GENERAL_NAMES[1],
            "description_vi": vi,
            "description_en": en,
            "order": 0,
        },
    )
    created += new
    for sector in Sector.objects.order_by("position"):
        if Category.objects.filter(Q(sector=sector) | Q(slug=sector.slug)).exists():
            continue
        vi, en = CATEGORY_DESCRIPTIONS.get(sector.slug, ("", ""))
        Category.objects.create(
            slug=sector.slug,
            sector=sector,
            name_vi=sector.name_vi,
            name_en=sector.name_en,
            description_vi=vi,
            description_en=en,
            order=sector.position + 1,
        )
        created += 1
    return created


# --- topics -------------------------------------------------------------------------------------


@transaction.atomic
def topic_create(*, author, category: Category, title: str, body: str, tags: Sequence[str] = ()) -> Topic:
    if not permissions.can_post_topic(author):
        raise PermissionDenied
    title, body = _clean_title(title), _clean_body(body)
    errors = _validate_topic(title, body)
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    topic = Topic.objects.create(
        category=category,
        author=author,
        title=title,
        slug=_slug(title),
        body=body,
        body_html=render_body(body),
        last_activity_at=now,
    )
    _set_tags(topic, _clean_tags(tags))
    Subscription.objects.get_or_create(user=author, topic=topic)  # the asker hears about every answer
    _on_commit(lambda: _announce_topic(topic.pk))
    return topic


@transaction.atomic
def topic_update(
    *,
    topic: Topic,
    actor,
    title: str,
    body: str,
    category: Category | None = None,
    tags: Sequence[str] | None = None,
) -> Topic:
    if not permissions.can_edit_topic(actor, topic):
        raise PermissionDenied
    title, body = _clean_title(title), _clean_body(body)
    errors = _validate_topic(title, body)
    if errors:
        raise ValidationError(errors)
    old_title, old_body = Topic.objects.values_list("title", "body").get(pk=topic.pk)
    changed = title != old_title or body != old_body
    if changed:
        Revision.objects.create(topic=topic, editor=actor, title=old_title, body=old_body)
        topic.title, topic.body, topic.body_html = title, body, render_body(body)
        topic.slug = _slug(title)
        topic.edited_at = timezone.now()
    if category is not None:
        topic.category = category
    topic.save()
    if tags is not None:
        _set_tags(topic, _clean_tags(tags))
    if body != old_body:
        before = set(mentioned_handles(old_body))
        _on_commit(lambda: _notify_mentions(topic.pk, None, topic.author, skip_handles=before))
    return topic


@transaction.atomic
def topic_set_closed(*, topic: Topic, actor, closed: bool) -> Topic:
    if not permissions.can_close(actor, topic):
        raise PermissionDenied
    Topic.objects.filter(pk=topic.pk).update(is_closed=closed)
    topic.is_closed = closed
    return topic


@transaction.atomic
def upsert_topic(
    *, ref: str, title: str, body: str, sector_slug: str | None, tags: Sequence[str] = (), author=None
) -> tuple[Topic, bool]:
    """For the importer: create or update the topic with this `ref`; calling it twice changes nothing.

    `sector_slug` picks the sector's category (empty: the general one). An unknown sector, a short title
    or body raise ValidationError naming the field.
    """
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError({"ref": _("An import reference is required.")})
    if sector_slug:
        category = Category.objects.filter(Q(sector__slug=sector_slug) | Q(slug=sector_slug)).first()
        if category is None:
            raise ValidationError({"sector": _("Unknown sector “%(slug)s”.") % {"slug": sector_slug}})
    else:
        category = Category.objects.filter(slug=GENERAL_SLUG).first() or Category.objects.first()
    title, body = _clean_title(title), _clean_body(body)
    errors = _validate_topic(title, body)
    if errors:
        raise ValidationError(errors)
    clean = _clean_tags(tags)
    topic = Topic.objects.filter(import_ref=ref).first()
    if topic is None:
        topic = Topic.objects.create(
            category=category,
            author=author,
            title=title,
            slug=_slug(title),
            body=body,
            body_html=render_body(body),
            last_activity_at=timezone.now(),
            import_ref=ref,
        )
        _set_tags(topic, clean)
        if author is not None:
            Subscription.objects.get_or_create(user=author, topic=topic)
        return topic, True
    values = {
        "title": title,
        "slug": _slug(title),
        "body": body,
        "body_html": render_body(body),
        "category_id": category.pk,
    }
    if author is not None:
        values["author_id"] = author.pk
    changed = [k for k, v in values.items() if getattr(topic, k) != v]
    if changed:
        for key in changed:
            setattr(topic, key, values[key])
        topic.save(update_fields=changed)
    _set_tags(topic, clean)
    return topic, False


# --- replies ------------------------------------------------------------------------------------


@transaction.atomic
def reply_create(*, topic: Topic, author, body: str) -> Reply:
    if not permissions.can_post(author) or not permissions.can_view_topic(author, topic):
        raise PermissionDenied
    if not permissions.can_reply(author, topic):
        raise ValidationError({"body": _("This topic is closed: it takes no new answers.")})
    body = _clean_body(body)
    errors = _validate_reply(body)
    if errors:
        raise ValidationError(errors)
    reply = Reply.objects.create(topic=topic, author=author, body=body, body_html=render_body(body))
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=reply.created_at
    )
    schedule_update(topic)
    _on_commit(lambda: _announce_reply(reply.pk))
    return reply


@transaction.atomic
def reply_update(*, reply: Reply, actor, body: str) -> Reply:
    if not permissions.can_edit_reply(actor, reply):
        raise PermissionDenied
    body = _clean_body(body)
    errors = _validate_reply(body)
    if errors:
        raise ValidationError(errors)
    old_body = Reply.objects.values_list("body", flat=True).get(pk=reply.pk)
    if body != old_body:
        Revision.objects.create(topic_id=reply.topic_id, reply=reply, editor=actor, body=old_body)
        reply.body, reply.body_html, reply.edited_at = body, render_body(body), timezone.now()
        reply.save(update_fields=["body", "body_html", "edited_at"])
        schedule_update(reply.topic)
        before = set(mentioned_handles(old_body))
        _on_commit(lambda: _notify_mentions(reply.topic_id, reply.pk, reply.author, skip_handles=before))
    return reply


def refresh_topic_stats(topic_id: int) -> None:
    """Recount a topic's visible replies and its last activity (after a moderator hides or restores one)."""
    stats = Reply.objects.filter(topic_id=topic_id, is_hidden=False).aggregate(
        n=Count("pk"), last=Max("created_at")
    )
    topic = Topic.objects.filter(pk=topic_id).only("created_at").first()
    if topic is None:
        return
    Topic.objects.filter(pk=topic_id).update(
        reply_count=stats["n"], last_activity_at=stats["last"] or topic.created_at
    )
    schedule_update(topic)


@transaction.atomic
def set_hidden(*, obj: Topic | Reply, hidden: bool) -> None:
    """For the moderation app: hide or restore a topic or reply; counters and the search index follow."""
    obj.is_hidden = hidden
    obj.save(update_fields=["is_hidden"])  # Reply's post_save receiver recounts its topic


# --- votes, accepted answers, subscriptions ------------------------------------------------------


class VoteRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@transaction.atomic
def vote(*, user, target: Topic | Reply, up: bool = True) -> tuple[int, bool]:
    """Add (up=True) or take back (up=False) one up-vote. Returns (score, voted).

    A second vote for the same thing, or voting for one's own post, raises VoteRefused with a message;
    taking back a vote that does not exist changes nothing.
    """
    if target.author_id is not None and target.author_id == getattr(user, "pk", None):
        raise VoteRefused(_("You cannot vote for your own post."))
    if not permissions.can_vote(user, target):
        raise PermissionDenied
    model = type(target)
    key = {"topic": target} if isinstance(target, Topic) else {"reply": target}
    if up:
        try:
            with transaction.atomic():
                Vote.objects.create(user=user, **key)
        except IntegrityError as exc:
            raise VoteRefused(_("You have already voted for this.")) from exc
        model.objects.filter(pk=target.pk).update(score=F("score") + 1)
    else:
        deleted, _rows = Vote.objects.filter(user=user, **key).delete()
        if deleted:
            model.objects.filter(pk=target.pk).update(score=F("score") - 1)
    score = model.objects.values_list("score", flat=True).get(pk=target.pk)
    target.score = score
    if isinstance(target, Reply):
        schedule_update(target.topic)  # top replies are part of the topic's search document
    return score, up


@transaction.atomic
def accept_reply(*, topic: Topic, actor, reply: Reply | None) -> Topic:
    """The asker marks one reply as the accepted answer, or takes the mark back (reply=None)."""
    if not permissions.can_accept(actor, topic):
        raise PermissionDenied
    if reply is not None and (reply.topic_id != topic.pk or reply.is_hidden):
        raise ValidationError(_("Choose an answer to this topic."))
    Topic.objects.filter(pk=topic.pk).update(accepted_reply=reply)
    topic.accepted_reply = reply
    schedule_update(topic)
    if reply is not None and reply.author_id and reply.author_id != actor.pk:

        def tell():
            notify(
                recipient=reply.author,
                kind=NotificationKind.TOPIC_REPLY,
                actor=actor,
                url=_url(reply),
                title_builder=lambda: _("Your answer to “%(topic)s” was accepted") % {"topic": topic.title},
            )

        _on_commit(tell)
    return topic


@transaction.atomic
def subscribe(*, user, topic: Topic | None = None, category: Category | None = None, on: bool = True) -> bool:
    if not permissions.can_subscribe(user):
        raise PermissionDenied
    key = {"topic": topic} if topic is not None else {"category": category}
    if on:
        Subscription.objects.get_or_create(user=user, **key)
    else:
        Subscription.objects.filter(user=user, **key).delete()
    return on


# --- notifications (after commit) ----------------------------------------------------------------


def _notify_mentions(topic_id: int, reply_id: int | None, author, *, skip_handles=frozenset()) -> set[int]:
    topic = Topic.objects.select_related("category").filter(pk=topic_id, is_hidden=False).first()
    if topic is None:
        return set()
    target = Reply.objects.filter(pk=reply_id, is_hidden=False).first() if reply_id else topic
    if target is None:
        return set()
    told = set()
    for person in mentioned_users(target.body, exclude=author):
        if person.handle in skip_handles:
            continue
        name = author.display_name if author else "DX Connect"
        notify(
            recipient=person,
            kind=NotificationKind.MENTION,
            actor=author,
            url=_url(target),
            title_builder=lambda name=name: (
                _("%(name)s mentioned you in “%(topic)s”") % {"name": name, "topic": topic.title}
            ),
        )
        told.add(person.pk)
    return told


def _announce_topic(topic_id: int) -> None:
    topic = Topic.objects.select_related("category", "author").filter(pk=topic_id, is_hidden=False).first()
    if topic is None:
        return
    told = _notify_mentions(topic.pk, None, topic.author)
    watchers = (
        Subscription.objects.filter(category=topic.category).exclude(user_id__in=told).select_related("user")
    )
    for sub in watchers:
        notify(
            recipient=sub.user,
            kind=NotificationKind.TOPIC_REPLY,
            actor=topic.author,
            url=_url(topic),
            title_builder=lambda: (
                _("New topic in %(category)s: “%(topic)s”")
                % {"category": topic.category.name, "topic": topic.title}
            ),
        )


def _announce_reply(reply_id: int) -> None:
    reply = (
        Reply.objects.select_related("topic__category", "topic__author", "author")
        .filter(pk=reply_id, is_hidden=False, topic__is_hidden=False)
        .first()
    )
    if reply is None:
        return
    topic, author = reply.topic, reply.author
    told = _notify_mentions(topic.pk, reply.pk, author)
    name = author.display_name if author else "DX Connect"
    if topic.author and topic.author.pk not in told and topic.author != author:
        notify(
            recipient=topic.author,
            kind=NotificationKind.TOPIC_REPLY,
            actor=author,
            url=_url(reply),
            title_builder=lambda: (
                _("%(name)s answered your question “%(topic)s”") % {"name": name, "topic": topic.title}
            ),
        )
        told.add(topic.author.pk)
    watchers = (
        Subscription.objects.filter(Q(topic=topic) | Q(category_id=topic.category_id))
        .exclude(user_id__in=told)
        .select_related("user")
    )
    seen = set(told)
    for sub in watchers:
        if sub.user_id in seen or (author and sub.user_id == author.pk):
            continue
        seen.add(sub.user_id)
        notify(
            recipient=sub.user,
            kind=NotificationKind.TOPIC_REPLY,
            actor=author,
            url=_url(reply),
            title_builder=lambda: _("%(name)s replied in “%(topic)s”") % {"name": name, "topic": topic.title},
        )


# --- history written from import lines (the demo's back-dated threads) ---------------------------------


@transaction.atomic
def thread_backdate(*, topic: Topic, ref: str, created_at, replies: Sequence[tuple[Reply, object]]) -> None:
    """Give a topic just written through the services its import reference and the dates of the history it
    stands for: the topic's and each reply's creation, and its last activity (the latest of them)."""
    for reply, at in replies:
        Reply.objects.filter(pk=reply.pk).update(created_at=at)
    last = max([created_at, *(at for _reply, at in replies)])
    Topic.objects.filter(pk=topic.pk).update(import_ref=ref, created_at=created_at, last_activity_at=last)

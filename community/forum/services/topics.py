"""Writes for forum questions (topics), and the helpers the other forum services share: cleaning and
validating text and tags, rendering bodies, telling people after commit."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from community.core.markdown import render_markdown
from community.core.mentions import link_mentions, mentioned_handles
from community.core.ratelimit import rate_limited
from community.core.text import clean_labels, nfc, vn_slugify
from community.forum import permissions, tasks
from community.forum.categories import GENERAL_SLUG
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
)
from community.notifications.services import email_muted

logger = logging.getLogger(__name__)

MAX_TAGS = 5
TAG_MAX_LENGTH = 50


# --- helpers ------------------------------------------------------------------------------------


def _tell_on_commit(fan_out, *args) -> None:
    """Once the transaction commits, hand a notification fan-out to the task runner, with the caller's
    mute switch ("no e-mail while seeding"); the write never waits for the fan-out, nor fails with it."""
    muted = email_muted()

    def enqueue():
        try:
            fan_out.enqueue(*args, muted)
        except Exception:  # the task runner is a boundary (its database, its broker)
            logger.exception("Could not enqueue %s%r", fan_out.name, args)

    transaction.on_commit(enqueue, robust=True)


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


def _slug(title: str) -> str:
    return (vn_slugify(title) or "chu-de")[:200].strip("-") or "chu-de"


# --- topics -------------------------------------------------------------------------------------


@rate_limited("topic", actor="author")
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
    _tell_on_commit(tasks.announce_topic, topic.pk)
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
        _tell_on_commit(tasks.tell_mentions, topic.pk, None, topic.author_id, sorted(before))
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


@transaction.atomic
def thread_backdate(*, topic: Topic, ref: str, created_at, replies: Sequence[tuple[Reply, object]]) -> None:
    """Give a topic just written through the services its import reference and the dates of the history it
    stands for: the topic's and each reply's creation, and its last activity (the latest of them)."""
    for reply, at in replies:
        Reply.objects.filter(pk=reply.pk).update(created_at=at)
    last = max([created_at, *(at for _reply, at in replies)])
    Topic.objects.filter(pk=topic.pk).update(import_ref=ref, created_at=created_at, last_activity_at=last)

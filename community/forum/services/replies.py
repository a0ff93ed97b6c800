"""Writes for answers (replies) to a forum question, and keeping a topic's counters right."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from community.core.mentions import mentioned_handles
from community.core.ratelimit import rate_limited
from community.forum import permissions, tasks
from community.forum.models import (
    Reply,
    Revision,
    Topic,
)
from community.forum.services.topics import (
    _clean_body,
    _tell_on_commit,
    _validate_reply,
    render_body,
)
from search.api import schedule_update

# --- replies ------------------------------------------------------------------------------------


@rate_limited("reply", actor="author")
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
    _tell_on_commit(tasks.announce_reply, reply.pk)
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
        _tell_on_commit(tasks.tell_mentions, reply.topic_id, reply.pk, reply.author_id, sorted(before))
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

"""Votes, the accepted answer and subscriptions."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from community.forum import permissions, tasks
from community.forum.models import (
    Category,
    Reply,
    Subscription,
    Topic,
    Vote,
)
from community.forum.services.topics import (
    _tell_on_commit,
)
from search.api import schedule_update

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
        _tell_on_commit(tasks.tell_answer_accepted, reply.pk, actor.pk)
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

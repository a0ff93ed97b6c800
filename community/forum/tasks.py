"""Background tasks of the forum (Django's task framework): who hears of a new topic, a reply, a mention
or an accepted answer. The services enqueue them after commit, with the caller's mute switch."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from community.accounts.models import User
from community.core.mentions import mentioned_users
from community.forum.models import Reply, Subscription, Topic
from community.notifications.models import NotificationKind
from community.notifications.services import muted_email, notify


def _url(obj) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()


def _user(pk: int | None):
    return User.objects.filter(pk=pk).first() if pk else None


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


def _tell_answer_accepted(reply_id: int, actor_id: int) -> int:
    reply = Reply.objects.select_related("topic", "author").filter(pk=reply_id).first()
    if reply is None or reply.author is None:
        return 0
    topic = reply.topic
    told = notify(
        recipient=reply.author,
        kind=NotificationKind.TOPIC_REPLY,
        actor=_user(actor_id),
        url=_url(reply),
        title_builder=lambda: _("Your answer to “%(topic)s” was accepted") % {"topic": topic.title},
    )
    return int(told is not None)


# --- the tasks: primary keys in (JSON), the mute switch of the request that queued them -----------


@task()
def announce_topic(topic_id: int, muted: bool = False) -> None:
    """A new topic: the people it mentions, then those who watch its category."""
    with muted_email(muted):
        _announce_topic(topic_id)


@task()
def announce_reply(reply_id: int, muted: bool = False) -> None:
    """A new reply: the people it mentions, the asker, then those who watch the topic or its category."""
    with muted_email(muted):
        _announce_reply(reply_id)


@task()
def tell_mentions(
    topic_id: int, reply_id: int | None, author_id: int | None, skip_handles: list[str], muted: bool = False
) -> int:
    """An edited topic or reply: the people newly mentioned (not those its earlier text mentioned)."""
    with muted_email(muted):
        return len(
            _notify_mentions(topic_id, reply_id, _user(author_id), skip_handles=frozenset(skip_handles))
        )


@task()
def tell_answer_accepted(reply_id: int, actor_id: int, muted: bool = False) -> int:
    with muted_email(muted):
        return _tell_answer_accepted(reply_id, actor_id)

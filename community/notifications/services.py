"""Telling people what matters to them: an in-app notification, pushed to their open pages at once,
and an e-mail when they want one."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from community.notifications.consumers import user_group
from community.notifications.models import (
    DigestFrequency,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from community.notifications.tasks import send_notification_email

logger = logging.getLogger(__name__)

_email_muted: ContextVar[bool] = ContextVar("dx_notification_email_muted", default=False)


def email_muted() -> bool:
    """True inside `without_email()`: other apps' e-mails (events, moderation, Wagtail) follow the same switch."""
    return _email_muted.get()


@contextmanager
def without_email():
    """Create notifications but send no e-mail (demo seeding, imports), Wagtail's workflow mail included."""
    token = _email_muted.set(True)
    try:
        yield
    finally:
        _email_muted.reset(token)


@contextmanager
def muted_email(muted: bool):
    """`without_email()` when ``muted``: a background task carries the switch of the request that queued it."""
    if not muted:
        yield
        return
    with without_email():
        yield


# Sent by e-mail at once (when the person allows it); the others wait for the digest.
IMMEDIATE_KINDS = {
    NotificationKind.NEW_PROPOSAL,
    NotificationKind.PROPOSAL_DECIDED,
    NotificationKind.EXPERT_INVITED,
    NotificationKind.MENTION,
    NotificationKind.MODERATION,
}


def notify(*, recipient, kind: str, title_builder, url: str, actor=None) -> Notification | None:
    """Create one notification in the recipient's language; push it and e-mail it after commit."""
    if recipient is None or not recipient.is_active or (actor is not None and recipient.pk == actor.pk):
        return None
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        title = str(title_builder())[:300]
    notification = Notification.objects.create(
        recipient=recipient, actor=actor, kind=kind, title=title, url=url
    )
    transaction.on_commit(lambda: _push(notification), robust=True)
    if (
        kind in IMMEDIATE_KINDS
        and not _email_muted.get()
        and NotificationPreference.for_user(recipient).email_immediate
    ):
        transaction.on_commit(lambda: send_notification_email.enqueue(notification.pk), robust=True)
    return notification


def _push(notification: Notification) -> None:
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(
            user_group(notification.recipient_id),
            {"type": "notify", "notification": notification.as_payload()},
        )
    except Exception:  # a push is a courtesy: the notification is saved and shows on the next page
        logger.warning("Could not push notification %s", notification.pk, exc_info=True)


# --- a person's own notifications and settings -------------------------------------------------------


@transaction.atomic
def notification_mark_read(*, notification: Notification) -> Notification:
    """Mark one notification read (once: opening it again keeps the first time)."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


@transaction.atomic
def notification_mark_all_read(*, user) -> int:
    """Mark every unread notification of ``user`` read; returns how many there were."""
    return Notification.objects.filter(recipient=user, read_at=None).update(read_at=timezone.now())


@transaction.atomic
def notification_preference_update(*, user, email_immediate: bool, digest: str) -> NotificationPreference:
    """Save a person's e-mail settings: immediate e-mails on or off, and the digest frequency."""
    preference = NotificationPreference.for_user(user)
    preference.email_immediate = email_immediate
    preference.digest = digest
    preference.full_clean(exclude=["user", "unsubscribe_token"])
    preference.save(update_fields=["email_immediate", "digest"])
    return preference


@transaction.atomic
def notification_unsubscribe(*, preference: NotificationPreference) -> NotificationPreference:
    """One-click unsubscribe: no immediate e-mail and no digest any more."""
    preference.email_immediate = False
    preference.digest = DigestFrequency.NONE
    preference.save(update_fields=["email_immediate", "digest"])
    return preference

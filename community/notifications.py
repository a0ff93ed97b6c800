"""Telling people what matters to them: an in-app notification, pushed to their open pages at once,
and an e-mail when they want one. Receivers of community events live here too."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from asgiref.sync import async_to_sync
from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _

from community import matching  # noqa: F401  (matching: its receivers keep cached matches fresh in every process)
from community.challenges import signals as challenge_signals
from community.consumers import user_group
from community.models import ChallengeFollow, Notification, NotificationKind, NotificationPreference
from community.models.organisations import MemberRole, Membership

logger = logging.getLogger(__name__)

_email_muted: ContextVar[bool] = ContextVar("dx_notification_email_muted", default=False)


def _wagtail_mail_signals():
    """Wagtail's workflow e-mails (submitted, approved, rejected), with the dispatch_uid it connects them by."""
    from wagtail.admin import signal_handlers as wagtail_mail
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

    return [
        (task_submitted, wagtail_mail.task_submission_email_notifier, TaskState,
         "group_approval_task_submitted_email_notification"),
        (workflow_submitted, wagtail_mail.workflow_submission_email_notifier, WorkflowState,
         "workflow_state_submitted_email_notification"),
        (workflow_rejected, wagtail_mail.workflow_rejection_email_notifier, WorkflowState,
         "workflow_state_rejected_email_notification"),
        (workflow_approved, wagtail_mail.workflow_approval_email_notifier, WorkflowState,
         "workflow_state_approved_email_notification"),
    ]


def connect_wagtail_workflow_mail() -> None:
    """Connect Wagtail's workflow e-mails through `email_muted()`, so seeding and imports send none.

    Called from CommunityConfig.ready(), which runs before wagtail.admin's: Django ignores a second
    receiver with the same dispatch_uid, so Wagtail's own connection of these handlers becomes a no-op.
    The switch is a context variable, so it also holds in on-commit callbacks that copy the context.
    """
    for signal, handler, sender, uid in _wagtail_mail_signals():
        def unless_muted(sender, _handler=handler, **kwargs):
            if not email_muted():
                return _handler(sender=sender, **kwargs)
            return None

        signal.connect(unless_muted, sender=sender, dispatch_uid=uid, weak=False)


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


# Sent by e-mail at once (when the person allows it); the others wait for the digest.
IMMEDIATE_KINDS = {
    NotificationKind.NEW_PROPOSAL, NotificationKind.PROPOSAL_DECIDED, NotificationKind.EXPERT_INVITED,
    NotificationKind.MENTION, NotificationKind.MODERATION,
}


def preferences_for(user) -> NotificationPreference:
    preference, _created = NotificationPreference.objects.get_or_create(user=user)
    return preference


def notify(*, recipient, kind: str, title_builder, url: str, actor=None) -> Notification | None:
    """Create one notification in the recipient's language; push it and e-mail it after commit."""
    if recipient is None or not recipient.is_active or (actor is not None and recipient.pk == actor.pk):
        return None
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        title = str(title_builder())[:300]
    notification = Notification.objects.create(recipient=recipient, actor=actor, kind=kind, title=title, url=url)
    transaction.on_commit(lambda: _push(notification), robust=True)
    if kind in IMMEDIATE_KINDS and not _email_muted.get() and preferences_for(recipient).email_immediate:
        from community.tasks import send_notification_email

        transaction.on_commit(lambda: send_notification_email.enqueue(notification.pk), robust=True)
    return notification


def _push(notification: Notification) -> None:
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(user_group(notification.recipient_id),
                                        {"type": "notify", "notification": notification.as_payload()})
    except Exception:  # a push is a courtesy: the notification is saved and shows on the next page
        logger.warning("Could not push notification %s", notification.pk, exc_info=True)


def _org_admins(organisation):
    return [m.user for m in Membership.objects.filter(
        organisation=organisation, role__in=(MemberRole.OWNER, MemberRole.ADMIN)).select_related("user")]


def _localised_url(obj) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()


@receiver(challenge_signals.solution_submitted, dispatch_uid="notify-new-proposal")
def on_solution_submitted(sender, solution, **kwargs):
    challenge = solution.challenge
    for admin in _org_admins(challenge.organisation):
        notify(recipient=admin, kind=NotificationKind.NEW_PROPOSAL, actor=solution.author, url=_localised_url(solution),
               title_builder=lambda: _("New proposal on “%(challenge)s”: %(title)s") % {
                   "challenge": challenge.title, "title": solution.title})


@receiver(challenge_signals.solution_decided, dispatch_uid="notify-proposal-decided")
def on_solution_decided(sender, solution, actor, **kwargs):
    for person in [solution.author, *solution.co_authors.all()]:
        notify(recipient=person, kind=NotificationKind.PROPOSAL_DECIDED, actor=actor, url=_localised_url(solution),
               title_builder=lambda: _("Your proposal “%(title)s” is now: %(status)s") % {
                   "title": solution.title, "status": str(solution.get_status_display()).lower()})


@receiver(challenge_signals.expert_invited, dispatch_uid="notify-expert-invited")
def on_expert_invited(sender, invitation, **kwargs):
    challenge = invitation.challenge
    notify(recipient=invitation.expert.user, kind=NotificationKind.EXPERT_INVITED, actor=invitation.invited_by,
           url=_localised_url(challenge),
           title_builder=lambda: _("%(org)s invites you to propose a solution to “%(challenge)s”") % {
               "org": challenge.organisation.name, "challenge": challenge.title})


@receiver(challenge_signals.expert_invitation_answered, dispatch_uid="notify-invitation-answered")
def on_invitation_answered(sender, invitation, **kwargs):
    notify(recipient=invitation.invited_by, kind=NotificationKind.INVITATION_ANSWERED,
           actor=invitation.expert.user, url=_localised_url(invitation.challenge),
           title_builder=lambda: _("%(name)s answered your invitation: %(answer)s") % {
               "name": invitation.expert.display_name, "answer": str(invitation.get_status_display()).lower()})


@receiver(challenge_signals.challenge_status_changed, dispatch_uid="notify-challenge-status")
def on_challenge_status_changed(sender, challenge, from_status, to_status, actor, **kwargs):
    followers = ChallengeFollow.objects.filter(challenge=challenge).select_related("user")
    for follow in followers:
        notify(recipient=follow.user, kind=NotificationKind.CHALLENGE_STATUS, actor=actor,
               url=_localised_url(challenge),
               title_builder=lambda: _("“%(challenge)s” is now %(status)s") % {
                   "challenge": challenge.title, "status": str(challenge.get_status_display()).lower()})


@receiver(challenge_signals.challenge_published, dispatch_uid="notify-matched-experts")
def on_challenge_published(sender, challenge, **kwargs):
    # Matching asks the search engine and scores many experts: a background task, not the request.
    from community.tasks import notify_matched_experts

    try:
        notify_matched_experts.enqueue(challenge.pk)
    except Exception:  # telling experts is a courtesy; publishing must not fail because of it
        logger.warning("Could not enqueue matching for challenge %s", challenge.pk, exc_info=True)

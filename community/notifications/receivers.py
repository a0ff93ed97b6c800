"""Who hears of what: notifications for the challenge events, and Wagtail's workflow e-mails behind the
same mute switch as ours. Connected in CommunityConfig.ready()."""

from __future__ import annotations

import logging

from django.conf import settings
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _

from community.challenges import signals as challenge_signals
from community.challenges.models import ChallengeFollow
from community.notifications.models import NotificationKind
from community.notifications.services import email_muted, notify
from community.organisations.models import MemberRole, Membership

logger = logging.getLogger(__name__)


def _wagtail_mail_signals():
    """Wagtail's workflow e-mails (submitted, approved, rejected), with the dispatch_uid it connects them by."""
    from wagtail.admin import signal_handlers as wagtail_mail
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

    return [
        (
            task_submitted,
            wagtail_mail.task_submission_email_notifier,
            TaskState,
            "group_approval_task_submitted_email_notification",
        ),
        (
            workflow_submitted,
            wagtail_mail.workflow_submission_email_notifier,
            WorkflowState,
            "workflow_state_submitted_email_notification",
        ),
        (
            workflow_rejected,
            wagtail_mail.workflow_rejection_email_notifier,
            WorkflowState,
            "workflow_state_rejected_email_notification",
        ),
        (
            workflow_approved,
            wagtail_mail.workflow_approval_email_notifier,
            WorkflowState,
            "workflow_state_approved_email_notification",
        ),
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


def _org_admins(organisation):
    return [
        m.user
        for m in Membership.objects.filter(
            organisation=organisation, role__in=(MemberRole.OWNER, MemberRole.ADMIN)
        ).select_related("user")
    ]


def _localised_url(obj) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()


@receiver(challenge_signals.solution_submitted, dispatch_uid="notify-new-proposal")
def on_solution_submitted(sender, solution, **kwargs):
    challenge = solution.challenge
    for admin in _org_admins(challenge.organisation):
        notify(
            recipient=admin,
            kind=NotificationKind.NEW_PROPOSAL,
            actor=solution.author,
            url=_localised_url(solution),
            title_builder=lambda: (
                _("New proposal on “%(challenge)s”: %(title)s")
                % {"challenge": challenge.title, "title": solution.title}
            ),
        )


@receiver(challenge_signals.solution_decided, dispatch_uid="notify-proposal-decided")
def on_solution_decided(sender, solution, actor, **kwargs):
    for person in [solution.author, *solution.co_authors.all()]:
        notify(
            recipient=person,
            kind=NotificationKind.PROPOSAL_DECIDED,
            actor=actor,
            url=_localised_url(solution),
            title_builder=lambda: (
                _("Your proposal “%(title)s” is now: %(status)s")
                % {"title": solution.title, "status": str(solution.get_status_display()).lower()}
            ),
        )


@receiver(challenge_signals.expert_invited, dispatch_uid="notify-expert-invited")
def on_expert_invited(sender, invitation, **kwargs):
    challenge = invitation.challenge
    notify(
        recipient=invitation.expert.user,
        kind=NotificationKind.EXPERT_INVITED,
        actor=invitation.invited_by,
        url=_localised_url(challenge),
        title_builder=lambda: (
            _("%(org)s invites you to propose a solution to “%(challenge)s”")
            % {"org": challenge.organisation.name, "challenge": challenge.title}
        ),
    )


@receiver(challenge_signals.expert_invitation_answered, dispatch_uid="notify-invitation-answered")
def on_invitation_answered(sender, invitation, **kwargs):
    notify(
        recipient=invitation.invited_by,
        kind=NotificationKind.INVITATION_ANSWERED,
        actor=invitation.expert.user,
        url=_localised_url(invitation.challenge),
        title_builder=lambda: (
            _("%(name)s answered your invitation: %(answer)s")
            % {"name": invitation.expert.display_name, "answer": str(invitation.get_status_display()).lower()}
        ),
    )


@receiver(challenge_signals.challenge_status_changed, dispatch_uid="notify-challenge-status")
def on_challenge_status_changed(sender, challenge, from_status, to_status, actor, **kwargs):
    followers = ChallengeFollow.objects.filter(challenge=challenge).select_related("user")
    for follow in followers:
        notify(
            recipient=follow.user,
            kind=NotificationKind.CHALLENGE_STATUS,
            actor=actor,
            url=_localised_url(challenge),
            title_builder=lambda: (
                _("“%(challenge)s” is now %(status)s")
                % {"challenge": challenge.title, "status": str(challenge.get_status_display()).lower()}
            ),
        )

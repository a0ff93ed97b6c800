"""Who hears of what: notifications for the challenge events, and Wagtail's workflow e-mails behind the
same mute switch as ours. Connected in CommunityConfig.ready().

The events are sent after the commit that caused them; each receiver only enqueues a background task
(Django's task framework) that fans the notification out to its recipients, so the request that caused
it never waits for, or fails because of, the fan-out. The tasks live here, beside the rule they run:
`tasks.py` holds the e-mails, which `services.notify` enqueues, and must not import `services` back."""

from __future__ import annotations

import logging

from django.conf import settings
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from community.accounts.models import User
from community.challenges import signals as challenge_signals
from community.challenges.models import Challenge, ChallengeFollow, ExpertInvitation, Solution
from community.notifications.models import NotificationKind
from community.notifications.services import email_muted, muted_email, notify
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


def _enqueue(fan_out, *args) -> None:
    """Hand a fan-out to the task runner with the mute switch as it is now (seeding and imports send no
    e-mail, also from the task). Publishing, deciding or inviting must not fail because the runner
    cannot take the task: the notifications are lost, the write stands."""
    try:
        fan_out.enqueue(*args, email_muted())
    except Exception:  # the task runner is a boundary (its database, its broker)
        logger.exception("Could not enqueue %s%r", fan_out.name, args)


def _user(pk: int | None):
    return User.objects.filter(pk=pk).first() if pk else None


# --- the tasks: one per event, taking primary keys (JSON) and the mute switch ------------------------


@task()
def tell_new_proposal(solution_id: int, muted: bool = False) -> int:
    solution = (
        Solution.objects.select_related("challenge__organisation", "author").filter(pk=solution_id).first()
    )
    if solution is None:
        return 0
    challenge = solution.challenge
    with muted_email(muted):
        told = [
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
            for admin in _org_admins(challenge.organisation)
        ]
    return sum(1 for n in told if n)


@task()
def tell_proposal_decided(solution_id: int, actor_id: int | None, muted: bool = False) -> int:
    solution = Solution.objects.select_related("author").filter(pk=solution_id).first()
    if solution is None:
        return 0
    actor = _user(actor_id)
    with muted_email(muted):
        told = [
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
            for person in [solution.author, *solution.co_authors.all()]
        ]
    return sum(1 for n in told if n)


@task()
def tell_expert_invited(invitation_id: int, muted: bool = False) -> int:
    invitation = (
        ExpertInvitation.objects.select_related("challenge__organisation", "expert__user", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return 0
    challenge = invitation.challenge
    with muted_email(muted):
        told = notify(
            recipient=invitation.expert.user,
            kind=NotificationKind.EXPERT_INVITED,
            actor=invitation.invited_by,
            url=_localised_url(challenge),
            title_builder=lambda: (
                _("%(org)s invites you to propose a solution to “%(challenge)s”")
                % {"org": challenge.organisation.name, "challenge": challenge.title}
            ),
        )
    return int(told is not None)


@task()
def tell_invitation_answered(invitation_id: int, muted: bool = False) -> int:
    invitation = (
        ExpertInvitation.objects.select_related("challenge", "expert__user", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return 0
    with muted_email(muted):
        told = notify(
            recipient=invitation.invited_by,
            kind=NotificationKind.INVITATION_ANSWERED,
            actor=invitation.expert.user,
            url=_localised_url(invitation.challenge),
            title_builder=lambda: (
                _("%(name)s answered your invitation: %(answer)s")
                % {
                    "name": invitation.expert.display_name,
                    "answer": str(invitation.get_status_display()).lower(),
                }
            ),
        )
    return int(told is not None)


@task()
def tell_followers_of_status(challenge_id: int, actor_id: int | None, muted: bool = False) -> int:
    """Every follower hears of the challenge's new status (the status it has when the task runs)."""
    challenge = Challenge.objects.filter(pk=challenge_id).first()
    if challenge is None:
        return 0
    actor = _user(actor_id)
    followers = ChallengeFollow.objects.filter(challenge=challenge).select_related("user")
    with muted_email(muted):
        told = [
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
            for follow in followers
        ]
    return sum(1 for n in told if n)


# --- the receivers: enqueue, nothing else --------------------------------------------------------------


@receiver(challenge_signals.solution_submitted, dispatch_uid="notify-new-proposal")
def on_solution_submitted(sender, solution, **kwargs):
    _enqueue(tell_new_proposal, solution.pk)


@receiver(challenge_signals.solution_decided, dispatch_uid="notify-proposal-decided")
def on_solution_decided(sender, solution, actor, **kwargs):
    _enqueue(tell_proposal_decided, solution.pk, getattr(actor, "pk", None))


@receiver(challenge_signals.expert_invited, dispatch_uid="notify-expert-invited")
def on_expert_invited(sender, invitation, **kwargs):
    _enqueue(tell_expert_invited, invitation.pk)


@receiver(challenge_signals.expert_invitation_answered, dispatch_uid="notify-invitation-answered")
def on_invitation_answered(sender, invitation, **kwargs):
    _enqueue(tell_invitation_answered, invitation.pk)


@receiver(challenge_signals.challenge_status_changed, dispatch_uid="notify-challenge-status")
def on_challenge_status_changed(sender, challenge, from_status, to_status, actor, **kwargs):
    _enqueue(tell_followers_of_status, challenge.pk, getattr(actor, "pk", None))

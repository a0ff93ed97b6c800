"""Writes for expert invitations: an organisation invites a matched expert, who answers."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.challenges import permissions, signals
from community.challenges.models import (
    Challenge,
    ExpertInvitation,
    ExpertInvitationStatus,
)
from community.challenges.services.challenges import (
    _clean_text,
    _send_on_commit,
)
from community.core.ratelimit import rate_limited

# --- Expert invitations ---------------------------------------------------------------------------


@rate_limited("invite_expert", actor="actor")
@transaction.atomic
def expert_invite(*, challenge: Challenge, actor, expert, message: str = "") -> ExpertInvitation:
    if not permissions.can_invite_expert(actor, challenge):
        raise PermissionDenied
    if not expert.is_public or not expert.user.is_active:
        raise ValidationError(_("This expert cannot be invited."))
    invitation, created = ExpertInvitation.objects.get_or_create(
        challenge=challenge,
        expert=expert,
        defaults={"invited_by": actor, "message": _clean_text(message)[:1000]},
    )
    if not created:
        raise ValidationError(
            _("%(name)s has already been invited to this challenge.") % {"name": expert.display_name}
        )
    _send_on_commit(signals.expert_invited, sender=ExpertInvitation, invitation=invitation)
    return invitation


@transaction.atomic
def expert_invitation_respond(*, invitation: ExpertInvitation, actor, accept: bool) -> ExpertInvitation:
    if not permissions.can_respond_to_expert_invitation(actor, invitation):
        raise PermissionDenied
    if invitation.status != ExpertInvitationStatus.PENDING:
        raise ValidationError(_("You have already answered this invitation."))
    invitation.status = ExpertInvitationStatus.ACCEPTED if accept else ExpertInvitationStatus.DECLINED
    invitation.responded_at = timezone.now()
    invitation.save(update_fields=["status", "responded_at"])
    _send_on_commit(signals.expert_invitation_answered, sender=ExpertInvitation, invitation=invitation)
    return invitation

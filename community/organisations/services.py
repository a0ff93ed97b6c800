"""Writes on organisations, their members and invitations: keyword-only, one transaction each, checked by
community.organisations.permissions."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.core.services import check_length, unique_slug, upsert_fields
from community.organisations import permissions
from community.organisations.models import (
    DESCRIPTION_MAX_LENGTH,
    Invitation,
    MemberRole,
    Membership,
    Organisation,
)
from community.organisations.tasks import send_invitation_email

MSG_ALREADY_MEMBER = "{email} is already a member of this organisation."
MSG_LAST_OWNER = "An organisation needs at least one owner. Make someone else owner first."


@transaction.atomic
def organisation_create(*, owner, name: str, kind: str, province, sectors=(), **fields: Any) -> Organisation:
    if not permissions.can_create_organisation(owner):
        raise PermissionDenied
    org = Organisation(name=name.strip(), kind=kind, province=province, **fields)
    org.slug = unique_slug(Organisation, org.short_name or org.name)
    check_length(org, "description", DESCRIPTION_MAX_LENGTH)
    org.full_clean()
    org.save()
    org.sectors.set(sectors)
    Membership.objects.create(organisation=org, user=owner, role=MemberRole.OWNER)
    permissions.forget_roles(owner)
    return org


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor, sectors=None, **fields: Any) -> Organisation:
    if not permissions.can_edit_organisation(actor, organisation):
        raise PermissionDenied
    fields.pop("verified", None)  # only staff set it, through organisation_set_verified
    for key, value in fields.items():
        setattr(organisation, key, value)
    check_length(organisation, "description", DESCRIPTION_MAX_LENGTH)
    organisation.full_clean()
    organisation.save()
    if sectors is not None:
        organisation.sectors.set(sectors)
    return organisation


def organisation_set_verified(*, organisation: Organisation, actor, verified: bool) -> Organisation:
    if not permissions.can_verify(actor):
        raise PermissionDenied
    organisation.verified = verified
    organisation.save(update_fields=["verified", "updated_at"])
    return organisation


@transaction.atomic
def organisation_delete(*, organisation: Organisation, actor) -> None:
    if not permissions.can_delete_organisation(actor, organisation):
        raise PermissionDenied
    organisation.delete()


# --- Members and invitations ----------------------------------------------------------------


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, actor, email: str, role: str = MemberRole.MEMBER
) -> Invitation:
    if not permissions.can_invite(actor, organisation) or not permissions.can_grant_role(
        actor, organisation, role
    ):
        raise PermissionDenied
    email = email.strip().lower()
    if organisation.memberships.filter(user__email__iexact=email).exists():
        raise ValidationError({"email": _(MSG_ALREADY_MEMBER).format(email=email)})
    pending = [i for i in organisation.invitations.filter(email__iexact=email) if i.is_pending]
    for old in pending:  # a fresh invitation replaces an older pending one
        old.revoked_at = timezone.now()
        old.save(update_fields=["revoked_at"])
    invitation = Invitation.objects.create(
        organisation=organisation, email=email, role=role, invited_by=actor
    )
    transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk))
    return invitation


def invitation_revoke(*, invitation: Invitation, actor) -> Invitation:
    if not permissions.can_invite(actor, invitation.organisation):
        raise PermissionDenied
    if invitation.is_pending:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def verified_emails(user) -> set[str]:
    from allauth.account.models import EmailAddress

    return {
        e.lower()
        for e in EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    }


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise ValidationError(
            _("This invitation is no longer valid (%(status)s).")
            % {"status": invitation.get_status_display().lower()}
        )
    if not permissions.can_accept_invitation(user, invitation, verified_emails(user)):
        raise ValidationError(
            _(
                "This invitation was sent to %(email)s. Sign in with that address, or add and verify it in "
                "your account, to accept it."
            )
            % {"email": invitation.email}
        )
    membership, created = Membership.objects.get_or_create(
        organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
    )
    if not created and _rank(invitation.role) < _rank(membership.role):
        membership.role = invitation.role
        membership.save(update_fields=["role"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    permissions.forget_roles(user)
    return membership


def pending_invitations_for(user) -> list[Invitation]:
    emails = verified_emails(user)
    if not emails:
        return []
    qs = Invitation.objects.filter(
        email__in=emails, accepted_at=None, revoked_at=None, expires_at__gt=timezone.now()
    ).select_related("organisation")
    return list(qs)


def _rank(role: str) -> int:
    return {MemberRole.OWNER: 0, MemberRole.ADMIN: 1, MemberRole.MEMBER: 2}[role]


def owners_left(organisation: Organisation, excluding: Membership) -> int:
    return organisation.memberships.filter(role=MemberRole.OWNER).exclude(pk=excluding.pk).count()


@transaction.atomic
def membership_set_role(*, membership: Membership, actor, role: str) -> Membership:
    org = membership.organisation
    if not permissions.can_change_membership(actor, membership) or not permissions.can_grant_role(
        actor, org, role
    ):
        raise PermissionDenied
    if membership.role == MemberRole.OWNER and role != MemberRole.OWNER and not owners_left(org, membership):
        raise ValidationError(_(MSG_LAST_OWNER))
    membership.role = role
    membership.save(update_fields=["role"])
    permissions.forget_roles(membership.user)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, actor) -> None:
    allowed = permissions.can_change_membership(actor, membership) or permissions.can_leave(actor, membership)
    if not allowed:
        raise PermissionDenied
    if membership.role == MemberRole.OWNER and not owners_left(membership.organisation, membership):
        raise ValidationError(_(MSG_LAST_OWNER))
    membership.delete()
    permissions.forget_roles(membership.user)


# --- Experts ---------------------------------------------------------------------------------


@transaction.atomic
def organisation_upsert(
    *, slug: str, name: str, kind: str, province, sectors=(), created=None, **fields: Any
) -> tuple[Organisation, str]:
    """For seeding: the organisation with this slug, created or brought back to these values; returns it
    and ``"created"``, ``"updated"`` or ``"unchanged"``. ``created`` back-dates a new one."""
    values = {"name": name.strip(), "kind": kind, "province_id": province.pk, **fields}
    stamps = {"created_at": created, "updated_at": created} if created else {}
    org, outcome = upsert_fields(Organisation, {"slug": slug}, values, on_create=stamps)
    if outcome == "created":
        check_length(org, "description", DESCRIPTION_MAX_LENGTH)
    if {s.pk for s in org.sectors.all()} != {s.pk for s in sectors}:
        org.sectors.set(sectors)
        outcome = "updated" if outcome == "unchanged" else outcome
    return org, outcome


@transaction.atomic
def membership_upsert(
    *, organisation: Organisation, user, role: str, title: str = "", created=None
) -> tuple[Membership, str]:
    """For seeding: ``user`` is a member of ``organisation`` with this role and title."""
    if role not in MemberRole.values:
        raise ValidationError({"role": _("Unknown role “%(role)s”.") % {"role": role}})
    membership, outcome = upsert_fields(
        Membership,
        {"organisation": organisation, "user": user},
        {"role": role, "title": title},
        on_create={"created_at": created} if created else None,
    )
    if outcome != "unchanged":
        permissions.forget_roles(user)
    return membership, outcome


@transaction.atomic
def invitation_seed(
    *, organisation: Organisation, email: str, role: str, invited_by
) -> tuple[Invitation | None, str]:
    """For seeding: a pending invitation for ``email``, sent by nobody (no e-mail: the invitee is a demo
    account). One exists per address: an expired one is renewed, an accepted or revoked one is left as the
    person left it, and nothing is made for someone who is already a member."""
    email = email.strip().lower()
    if organisation.memberships.filter(user__email__iexact=email).exists():
        return None, "unchanged"
    existing = list(organisation.invitations.filter(email__iexact=email))
    if any(invitation.status != "expired" for invitation in existing):
        return existing[0], "unchanged"
    invitation = Invitation.objects.create(
        organisation=organisation, email=email, role=role, invited_by=invited_by
    )
    return invitation, "created"

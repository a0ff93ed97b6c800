"""Who may do what with organisations, members and invitations, and which search audiences a person
belongs to (plain functions with a per-request role cache)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from community.accounts.permissions import is_staff
from community.organisations.models import MemberRole, Membership

if TYPE_CHECKING:
    from community.organisations.models import Invitation, Organisation


def _roles(user) -> dict[int, str]:
    """organisation pk -> role of a signed-in person, remembered on the user object for the request."""
    # Use prefetched memberships when a selector loaded them; otherwise one query.
    cache = getattr(user, "_dx_roles", None)
    if cache is None:
        cache = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
        user._dx_roles = cache
    return cache


def _role(user, organisation: Organisation) -> str | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return _roles(user).get(organisation.pk)


def forget_roles(user) -> None:
    """Drop the per-request role cache after memberships change."""
    for name in ("_dx_roles", "_search_audiences"):
        if hasattr(user, name):
            delattr(user, name)


def is_member(user, organisation: Organisation) -> bool:
    return _role(user, organisation) is not None


def is_org_admin(user, organisation: Organisation) -> bool:
    return _role(user, organisation) in (MemberRole.OWNER, MemberRole.ADMIN)


def is_org_owner(user, organisation: Organisation) -> bool:
    return _role(user, organisation) == MemberRole.OWNER


def can_create_organisation(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def can_edit_organisation(user, organisation: Organisation) -> bool:
    return is_staff(user) or is_org_admin(user, organisation)


def can_delete_organisation(user, organisation: Organisation) -> bool:
    return is_staff(user) or is_org_owner(user, organisation)


def can_verify(user) -> bool:
    return is_staff(user)


def can_view_members(user, organisation: Organisation) -> bool:
    """Member e-mail addresses and roles are private to the organisation."""
    return is_staff(user) or is_member(user, organisation)


def can_manage_members(user, organisation: Organisation) -> bool:
    return is_staff(user) or is_org_admin(user, organisation)


def can_invite(user, organisation: Organisation) -> bool:
    """Owners invite people by e-mail; admins manage the members who joined."""
    return is_staff(user) or is_org_owner(user, organisation)


def can_grant_role(user, organisation: Organisation, role: str) -> bool:
    if role == MemberRole.OWNER:
        return is_staff(user) or is_org_owner(user, organisation)
    return can_manage_members(user, organisation)


def can_change_membership(user, membership: Membership) -> bool:
    """Admins manage members; only owners touch owners or admins."""
    org = membership.organisation
    if is_staff(user) or is_org_owner(user, org):
        return True
    return is_org_admin(user, org) and membership.role == MemberRole.MEMBER


def can_leave(user, membership: Membership) -> bool:
    return membership.user_id == getattr(user, "pk", None)


def can_accept_invitation(user, invitation: Invitation, verified_emails: set[str]) -> bool:
    return (
        getattr(user, "is_authenticated", False)
        and invitation.is_pending
        and invitation.email.lower() in verified_emails
    )


SEARCH_MEMBERS = "members"  # any signed-in, active person
SEARCH_STAFF = "staff"


def search_audiences(user) -> list[str]:
    """A reader's tokens, beyond ``public`` which everyone has (one query for their memberships)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    tokens = [SEARCH_MEMBERS, f"user:{user.pk}"]
    tokens += [f"org:{pk}" for pk in _roles(user)]
    if is_staff(user):
        tokens.append(SEARCH_STAFF)
    return tokens

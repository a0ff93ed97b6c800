"""Who may do what in the community app: plain functions used by views, templates, API and consumers.

Every rule lives here, once. A view that shows or changes something calls one of these
and answers 403 (or 404 for things whose existence is private) when it returns False.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models.organisations import MemberRole, Membership

if TYPE_CHECKING:
    from .models import ExpertProfile, Invitation, Organisation


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


def is_staff(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_staff)


def is_member(user, organisation: Organisation) -> bool:
    return _role(user, organisation) is not None


def is_org_admin(user, organisation: Organisation) -> bool:
    return _role(user, organisation) in (MemberRole.OWNER, MemberRole.ADMIN)


def is_org_owner(user, organisation: Organisation) -> bool:
    return _role(user, organisation) == MemberRole.OWNER


def can_post(user) -> bool:
    """Writing anything (challenges, proposals, topics, replies, comments, flags' notes): signed in,
    active and not suspended by a moderator. Each specific rule below builds on this one."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and not user.is_suspended)


def is_moderator(user) -> bool:
    """Staff, or members of the "Community moderators" group (see community.moderation)."""
    if is_staff(user):
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_dx_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name="Community moderators").exists()
        user._dx_is_moderator = cached
    return cached


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


def can_view_expert(user, profile: ExpertProfile) -> bool:
    if profile.is_public and profile.user.is_active:
        return True
    return is_staff(user) or profile.user_id == getattr(user, "pk", None)


def can_edit_expert(user, profile: ExpertProfile) -> bool:
    return is_staff(user) or profile.user_id == getattr(user, "pk", None)


# --- Challenges and solutions ------------------------------------------------------------------

def can_post_challenge(user, organisation: Organisation) -> bool:
    """Any member of an organisation posts challenges on its behalf."""
    return can_post(user) and (is_staff(user) or is_member(user, organisation))


def can_view_challenge(user, challenge) -> bool:
    from .models import ChallengeStatus, Visibility

    if is_staff(user) or is_member(user, challenge.organisation):
        return True
    if challenge.status in (ChallengeStatus.DRAFT, ChallengeStatus.WITHDRAWN):
        return False
    if challenge.is_hidden:
        # Moderators review what they hid; everyone else sees nothing of it.
        return is_moderator(user)
    if challenge.visibility == Visibility.MEMBERS:
        return bool(getattr(user, "is_authenticated", False))
    return True


def can_edit_challenge(user, challenge) -> bool:
    """The author while it is theirs, and the organisation's admins always."""
    if is_staff(user) or is_org_admin(user, challenge.organisation):
        return True
    return challenge.author_id == getattr(user, "pk", None) and is_member(user, challenge.organisation)


def can_change_challenge_status(user, challenge) -> bool:
    return is_staff(user) or is_org_admin(user, challenge.organisation)


def can_propose_solution(user, challenge) -> bool:
    from .models import ChallengeStatus

    return (
        can_post(user)
        and challenge.status == ChallengeStatus.OPEN
        and not is_member(user, challenge.organisation)
        and can_view_challenge(user, challenge)
    )


def _is_solution_team(user, solution) -> bool:
    uid = getattr(user, "pk", None)
    if uid is None:
        return False
    if solution.author_id == uid:
        return True
    return any(u.pk == uid for u in solution.co_authors.all())


def can_view_solution(user, solution) -> bool:
    """Proposals are seen by their team and by the challenge's organisation, not by competitors.
    A proposal hidden by a moderator stays visible to its own team (marked hidden) and to moderators."""
    if is_staff(user) or _is_solution_team(user, solution):
        return True
    if solution.is_hidden:
        return is_moderator(user)
    return is_member(user, solution.challenge.organisation)


def can_edit_solution(user, solution) -> bool:
    from .models import SolutionStatus

    editable = solution.status in (SolutionStatus.SUBMITTED, SolutionStatus.SHORTLISTED)
    return editable and (solution.author_id == getattr(user, "pk", None))


def can_decide_solution(user, solution) -> bool:
    return is_staff(user) or is_org_admin(user, solution.challenge.organisation)


def can_invite_expert(user, challenge) -> bool:
    from .models import ChallengeStatus

    return challenge.status == ChallengeStatus.OPEN and can_change_challenge_status(user, challenge)


def can_respond_to_expert_invitation(user, invitation) -> bool:
    return invitation.expert.user_id == getattr(user, "pk", None)


def can_download_attachment(user, attachment) -> bool:
    if attachment.challenge_id:
        return can_view_challenge(user, attachment.challenge)
    return can_view_solution(user, attachment.solution)


# Search: who may find what. A search document carries its readers' tokens (``search.audience``) and a
# reader's search keeps the documents sharing one of theirs. Both halves of each rule live here, beside
# the ``can_view_*`` rule they mirror.

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


def challenge_search_audience(challenge) -> list[str]:
    """Mirrors ``can_view_challenge`` for what the index holds (published, not hidden)."""
    from .models import Visibility

    return ["public"] if challenge.visibility == Visibility.PUBLIC else [SEARCH_MEMBERS]


def solution_search_audience(solution) -> list[str]:
    """Mirrors ``can_view_solution``: the team, the challenge's organisation and staff."""
    tokens = [f"user:{solution.author_id}", f"org:{solution.challenge.organisation_id}", SEARCH_STAFF]
    tokens += [f"user:{user.pk}" for user in solution.co_authors.all()]
    return tokens

"""Who may see and change challenges, proposals, expert invitations and attachments, and who finds them in search."""

from __future__ import annotations

from community.accounts.permissions import can_post, is_moderator, is_staff
from community.challenges.models import Challenge, ChallengeStatus, SolutionStatus
from community.organisations.models import Organisation
from community.organisations.permissions import SEARCH_STAFF, is_member, is_org_admin


def can_post_challenge(user, organisation: Organisation) -> bool:
    """Any member of an organisation posts challenges on its behalf."""
    return can_post(user) and (is_staff(user) or is_member(user, organisation))


def can_view_challenge(user, challenge) -> bool:
    """The rule of `Challenge.objects.visible_to` (one query, remembered on the challenge per viewer)."""
    if is_staff(user):
        return True
    remembered = challenge.__dict__.setdefault("_dx_visible_to", {})
    key = getattr(user, "pk", None)
    if key not in remembered:
        remembered[key] = Challenge.objects.visible_to(user).filter(pk=challenge.pk).exists()
    return remembered[key]


def can_edit_challenge(user, challenge) -> bool:
    """The author while it is theirs, and the organisation's admins always."""
    if is_staff(user) or is_org_admin(user, challenge.organisation):
        return True
    return challenge.author_id == getattr(user, "pk", None) and is_member(user, challenge.organisation)


def can_change_challenge_status(user, challenge) -> bool:
    return is_staff(user) or is_org_admin(user, challenge.organisation)


def can_propose_solution(user, challenge) -> bool:
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
    editable = solution.status in (SolutionStatus.SUBMITTED, SolutionStatus.SHORTLISTED)
    return editable and (solution.author_id == getattr(user, "pk", None))


def can_decide_solution(user, solution) -> bool:
    return is_staff(user) or is_org_admin(user, solution.challenge.organisation)


def can_invite_expert(user, challenge) -> bool:
    return challenge.status == ChallengeStatus.OPEN and can_change_challenge_status(user, challenge)


def can_respond_to_expert_invitation(user, invitation) -> bool:
    return invitation.expert.user_id == getattr(user, "pk", None)


def can_download_attachment(user, attachment) -> bool:
    if attachment.challenge_id:
        return can_view_challenge(user, attachment.challenge)
    return can_view_solution(user, attachment.solution)


def challenge_search_audience(challenge) -> list[str]:
    """Who finds ``challenge`` in search: `Challenge.search_audience` (beside `visible_to`)."""
    return challenge.search_audience()


def solution_search_audience(solution) -> list[str]:
    """Mirrors ``can_view_solution``: the team, the challenge's organisation and staff."""
    tokens = [f"user:{solution.author_id}", f"org:{solution.challenge.organisation_id}", SEARCH_STAFF]
    tokens += [f"user:{user.pk}" for user in solution.co_authors.all()]
    return tokens

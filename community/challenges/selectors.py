"""Reads for challenges and solutions, each page in a fixed number of queries, visibility applied."""

from __future__ import annotations

from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext_lazy

from community.challenges.models import (
    PUBLIC_STATUSES,
    Attachment,
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    ExpertInvitation,
    Solution,
    SolutionStatus,
    TaggedChallenge,
)
from community.core import hooks
from community.experts.models import ExpertProfile
from community.organisations.models import Membership

__all__ = ["PUBLIC_STATUSES", "visible_challenges"]  # and the selectors below


def visible_challenges(*, viewer) -> QuerySet[Challenge]:
    """What `viewer` may list: the one rule, `Challenge.objects.visible_to` (see its docstring)."""
    return Challenge.objects.visible_to(viewer)


def challenge_list(*, viewer, filters: dict) -> QuerySet[Challenge]:
    qs = (
        visible_challenges(viewer=viewer)
        .select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .annotate(
            proposal_count=Count(
                "solutions", filter=~Q(solutions__status=SolutionStatus.WITHDRAWN), distinct=True
            )
        )
    )
    status = filters.get("status") or ""
    if status == "all":
        pass
    elif status:
        qs = qs.filter(status=status)
    else:
        qs = qs.filter(status__in=(ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS))
    if filters.get("sector"):
        qs = qs.filter(sector=filters["sector"])
    if filters.get("province"):
        qs = qs.filter(province=filters["province"])
    if filters.get("kind"):
        qs = qs.filter(organisation__kind=filters["kind"])
    if filters.get("tag"):
        qs = qs.filter(tags__name__iexact=filters["tag"])
    sort = filters.get("sort") or "newest"
    if sort == "deadline":
        qs = qs.order_by("deadline", "-published_at")
    elif sort == "proposals":
        qs = qs.order_by("-proposal_count", "-published_at")
    else:
        qs = qs.order_by("-published_at", "-created_at")
    return qs.distinct()


def challenge_detail(*, slug: str) -> Challenge:
    return (
        Challenge.objects.select_related(
            "organisation", "organisation__province", "sector", "province", "author"
        )
        .prefetch_related("tags", "attachments", "status_changes__actor")
        .get(slug=slug)
    )


def challenge_solutions(*, challenge: Challenge) -> list[Solution]:
    return list(
        challenge.solutions.exclude(status=SolutionStatus.WITHDRAWN)
        .select_related("author", "organisation", "decided_by")
        .prefetch_related("co_authors", "attachments")
        .order_by("created_at")
    )


# --- Matching, invitations and dashboards ----------------------------------------------------------


def challenge_invitations(*, challenge: Challenge) -> list:
    """Every expert invited to `challenge`, newest first (for the organisation's admins)."""
    return list(
        ExpertInvitation.objects.filter(challenge=challenge)
        .select_related("expert__user", "invited_by")
        .order_by("-created_at")
    )


def expert_invitation_for(*, challenge: Challenge, user):
    """The invitation of `user` (as an expert) to `challenge`, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return ExpertInvitation.objects.filter(challenge=challenge, expert__user=user).first()


def related_case_studies(*, challenge: Challenge, limit: int = 3) -> list:
    """Case studies the CMS relates to this challenge (the CMS fills the hook in its ready())."""
    return list(hooks.related_case_studies(challenge, limit=limit))


def case_study_of(*, challenge: Challenge):
    """The case study written from a solved challenge, or None."""
    if challenge.status != ChallengeStatus.SOLVED:
        return None
    return hooks.case_study_of_challenge(challenge)


DASHBOARD_ROWS = 10


def organisation_dashboard(*, user) -> dict:
    """The organisation side of /me/: challenges by status, proposals received, invitations sent.
    A fixed number of queries whatever the number of organisations, challenges or proposals."""
    org_ids = list(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))
    if not org_ids:
        return {"has_organisations": False}
    counts = dict(
        Challenge.objects.filter(organisation_id__in=org_ids)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    by_status = [
        {"status": value, "label": label, "count": counts.get(value, 0)}
        for value, label in ChallengeStatus.choices
    ]
    challenges = list(
        Challenge.objects.filter(organisation_id__in=org_ids)
        .select_related("organisation", "sector")
        .annotate(proposal_count=Count("solutions", filter=~Q(solutions__status=SolutionStatus.WITHDRAWN)))
        .order_by("-updated_at")[:DASHBOARD_ROWS]
    )
    proposals = list(
        Solution.objects.filter(challenge__organisation_id__in=org_ids, is_hidden=False)
        .exclude(status=SolutionStatus.WITHDRAWN)
        .select_related("challenge", "author", "organisation")
        .order_by("-created_at")[:DASHBOARD_ROWS]
    )
    proposal_counts = dict(
        Solution.objects.filter(challenge__organisation_id__in=org_ids)
        .exclude(status=SolutionStatus.WITHDRAWN)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    invitations = list(
        ExpertInvitation.objects.filter(challenge__organisation_id__in=org_ids)
        .select_related("challenge", "expert__user")
        .order_by("-created_at")[:DASHBOARD_ROWS]
    )
    return {
        "has_organisations": True,
        "by_status": by_status,
        "challenge_total": sum(counts.values()),
        "challenges": challenges,
        "proposals": proposals,
        # Shortlisted proposals still wait for the final choice, selected or declined.
        "proposals_waiting": proposal_counts.get(SolutionStatus.SUBMITTED, 0)
        + proposal_counts.get(SolutionStatus.SHORTLISTED, 0),
        "invitations": invitations,
    }


def expert_dashboard(*, user, for_you_limit: int = 5) -> dict:
    """The expert side of /me/: challenges for you, invitations, my proposals and their state."""
    profile = (
        ExpertProfile.objects.filter(user=user)
        .select_related("user")
        .prefetch_related("skills", "sectors", "provinces")
        .first()
    )
    proposals = list(
        Solution.objects.filter(Q(author=user) | Q(co_authors=user))
        .exclude(status=SolutionStatus.WITHDRAWN)
        .select_related("challenge", "challenge__organisation")
        .distinct()
        .order_by("-updated_at")[:DASHBOARD_ROWS]
    )
    if profile is None:
        return {"profile": None, "for_you": [], "invitations": [], "proposals": proposals}
    invitations = list(
        ExpertInvitation.objects.filter(expert=profile)
        .select_related("challenge", "challenge__organisation", "invited_by")
        .annotate(
            _answered=Case(
                When(status="pending", then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("_answered", "-created_at")[:DASHBOARD_ROWS]
    )
    pending = [i for i in invitations if i.status == "pending"]
    return {
        "profile": profile,
        "for_you": hooks.challenges_for_expert(profile, limit=for_you_limit),
        "invitations": invitations,
        "pending_invitations": len(pending),
        "proposals": proposals,
    }


# --- "download my data": this domain's part (registered in CommunityConfig.ready()) --------------------

EXPORT_SECTIONS = {
    "challenges": gettext_lazy(
        "Challenges you posted: title, address, organisation, description, expected outcome, sector, province, "
        "budget, deadline, visibility, status, what changed, figures, tags, dates created and published."
    ),
    "proposals": gettext_lazy(
        "Proposals you wrote: challenge, title, organisation, summary, approach, timeline, cost estimate, status, "
        "feedback received, dates created and decided."
    ),
    "challenge_follows": gettext_lazy("Challenges you follow: title, address, date."),
    "expert_invitations": gettext_lazy(
        "Invitations to challenges you received as an expert: challenge, message, "
        "status, dates sent and answered."
    ),
    "attachments": gettext_lazy("Files you uploaded: file name, type, size, challenge or proposal, date."),
}


def user_export(user) -> dict[str, Any]:
    """Challenges, proposals, follows, expert invitations and attachments of a person; two queries for
    challenges (with their tags), one for each other section."""
    tags: dict[int, list[str]] = {}
    for challenge_id, name in (
        TaggedChallenge.objects.filter(content_object__author=user)
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    ):
        tags.setdefault(challenge_id, []).append(name)
    challenges = list(
        Challenge.objects.filter(author=user)
        .order_by("created_at")
        .values(
            "id",
            "title",
            "slug",
            "organisation__name",
            "description",
            "expected_outcome",
            "sector__slug",
            "province__code",
            "budget_min",
            "budget_max",
            "deadline",
            "visibility",
            "status",
            "outcome_summary",
            "outcome_figures",
            "created_at",
            "published_at",
        )
    )
    for challenge in challenges:
        challenge["tags"] = tags.get(challenge.pop("id"), [])
    return {
        "challenges": challenges,
        "proposals": list(
            Solution.objects.filter(author=user)
            .order_by("created_at")
            .values(
                "challenge__title",
                "challenge__slug",
                "title",
                "organisation__name",
                "summary",
                "approach",
                "timeline",
                "cost_estimate",
                "status",
                "feedback",
                "created_at",
                "decided_at",
            )
        ),
        "challenge_follows": list(
            ChallengeFollow.objects.filter(user=user)
            .order_by("created_at")
            .values("challenge__title", "challenge__slug", "created_at")
        ),
        "expert_invitations": list(
            ExpertInvitation.objects.filter(expert__user=user)
            .order_by("created_at")
            .values("challenge__title", "challenge__slug", "message", "status", "created_at", "responded_at")
        ),
        "attachments": list(
            Attachment.objects.filter(uploaded_by=user)
            .order_by("created_at")
            .values(
                "original_name", "content_type", "size", "challenge__slug", "solution__title", "created_at"
            )
        ),
    }

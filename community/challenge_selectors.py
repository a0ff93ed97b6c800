"""Reads for challenges and solutions, each page in a fixed number of queries, visibility applied."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from .models import Challenge, ChallengeStatus, Solution, SolutionStatus, Visibility
from .models.organisations import Membership

PUBLIC_STATUSES = (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED, ChallengeStatus.CLOSED)


def visible_challenges(*, viewer) -> QuerySet[Challenge]:
    """What `viewer` may list: published and not hidden; members-only ones need a signed-in viewer;
    an organisation's own drafts are visible to its members."""
    qs = Challenge.objects.all()
    public = Q(status__in=PUBLIC_STATUSES, is_hidden=False)
    if not getattr(viewer, "is_authenticated", False):
        return qs.filter(public, visibility=Visibility.PUBLIC)
    if viewer.is_staff:
        return qs
    own_orgs = Membership.objects.filter(user=viewer).values("organisation_id")
    return qs.filter(public | Q(organisation_id__in=own_orgs))


def challenge_list(*, viewer, filters: dict) -> QuerySet[Challenge]:
    qs = (
        visible_challenges(viewer=viewer)
        .select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .annotate(proposal_count=Count("solutions", filter=~Q(solutions__status=SolutionStatus.WITHDRAWN),
                                       distinct=True))
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
        Challenge.objects.select_related("organisation", "organisation__province", "sector", "province", "author")
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

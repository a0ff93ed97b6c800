"""Reads on organisations and memberships, and the platform's figures for the home and sector pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy

from community.accounts.models import User
from community.core.models import Sector
from community.organisations.models import Invitation, Membership, Organisation

if TYPE_CHECKING:
    from community.organisations.filters import OrganisationFilter


def organisation_list(*, filters: OrganisationFilter | None = None) -> QuerySet[Organisation]:
    """Every organisation, verified first, with its province, sectors and member count."""
    qs = (
        Organisation.objects.select_related("province")
        .prefetch_related(Prefetch("sectors", queryset=Sector.objects.order_by("position")))
        .annotate(member_count=Count("memberships", distinct=True))
        .order_by("-verified", "name")
    )
    return filters.apply(qs) if filters is not None else qs


def organisation_detail(*, slug: str) -> Organisation:
    return (
        Organisation.objects.select_related("province")
        .prefetch_related(Prefetch("sectors", queryset=Sector.objects.order_by("position")))
        .get(slug=slug)
    )


def organisation_members(*, organisation: Organisation) -> list[Membership]:
    return list(organisation.memberships.select_related("user").order_by("role", "created_at"))


def organisation_public_members(*, organisation: Organisation) -> list[Membership]:
    """Members whose expert profile is public are shown by name on the organisation page."""
    return list(
        organisation.memberships.filter(user__expert_profile__is_public=True, user__is_active=True)
        .select_related("user", "user__expert_profile")
        .order_by("role", "created_at")[:12]
    )


def organisation_invitations(*, organisation: Organisation) -> list[Invitation]:
    return list(organisation.invitations.select_related("invited_by").order_by("-created_at")[:50])


def expert_memberships(*, profile) -> list[Membership]:
    """The organisations an expert (an `ExpertProfile`) belongs to."""
    return list(Membership.objects.filter(user_id=profile.user_id).select_related("organisation"))


FIGURES_CACHE_SECONDS = 300


def platform_figures() -> dict[str, int]:
    """Counts for the home page; the same for everyone, so cached for a few minutes."""
    return cache.get_or_set("dx:figures:platform", _platform_figures, FIGURES_CACHE_SECONDS)


def _platform_figures() -> dict[str, int]:
    return {
        "organisations": Organisation.objects.count(),
        # Public profiles of active accounts, counted from the account side (experts sit above organisations).
        "experts": User.objects.filter(is_active=True, expert_profile__is_public=True).count(),
        "provinces": Organisation.objects.values("province").distinct().count(),
        "verified_organisations": Organisation.objects.filter(verified=True).count(),
    }


def sector_figures() -> list[Sector]:
    """The key sectors with their organisation and expert counts (counts cached like the figures)."""
    counts = cache.get_or_set("dx:figures:sectors", _sector_counts, FIGURES_CACHE_SECONDS)
    sectors = list(Sector.objects.filter(is_key_sector=True))
    for sector in sectors:
        sector.organisation_count, sector.expert_count = counts.get(sector.slug, (0, 0))
    return sectors


def _sector_counts() -> dict[str, tuple[int, int]]:
    rows = Sector.objects.filter(is_key_sector=True).annotate(
        organisation_count=Count("organisations", distinct=True),
        expert_count=Count("experts", filter=Q(experts__is_public=True), distinct=True),
    )
    return {s.slug: (s.organisation_count, s.expert_count) for s in rows}


# --- "download my data": this domain's part (registered in CommunityConfig.ready()) --------------------

EXPORT_SECTIONS = {
    "memberships": gettext_lazy("Organisations you belong to: name, address (slug), role, date joined."),
    "invitations_sent": gettext_lazy("Invitations you sent: e-mail, role, organisation, date."),
}


def user_export(user) -> dict[str, Any]:
    """The organisations a person belongs to and the invitations they sent: one query each."""
    return {
        "memberships": [
            {
                "organisation": m.organisation.name,
                "slug": m.organisation.slug,
                "role": m.role,
                "joined": m.created_at,
            }
            for m in Membership.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": list(
            Invitation.objects.filter(invited_by=user).values(
                "email", "role", "organisation__name", "created_at"
            )
        ),
    }

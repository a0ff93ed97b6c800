"""Reads on expert profiles and skills."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy

from community.core.models import Province, Sector
from community.core.text import fold
from community.experts.models import ExpertProfile, Skill

if TYPE_CHECKING:
    from community.experts.filters import ExpertFilter


def _expert_prefetches():
    return (
        Prefetch("sectors", queryset=Sector.objects.order_by("position")),
        Prefetch("provinces", queryset=Province.objects.order_by("code")),
        "skills",
    )


def expert_list(*, filters: ExpertFilter | None = None) -> QuerySet[ExpertProfile]:
    """Public profiles of active people, verified and available first; narrowed by the directory's filters."""
    qs = (
        ExpertProfile.objects.filter(is_public=True, user__is_active=True)
        .select_related("user")
        .prefetch_related(*_expert_prefetches())
        .order_by("-verified", "-is_available", "user__full_name")
    )
    if filters is not None:
        qs = filters.apply(qs)
    return qs.distinct()


def expert_detail(*, slug: str) -> ExpertProfile:
    return ExpertProfile.objects.select_related("user").prefetch_related(*_expert_prefetches()).get(slug=slug)


def popular_skills(*, limit: int = 40) -> list[Skill]:
    return list(
        Skill.objects.annotate(
            n=Count("tagged_experts", filter=Q(tagged_experts__content_object__is_public=True))
        )
        .filter(n__gt=0)
        .order_by("-n", "name")[:limit]
    )


def skill_suggestions(*, prefix: str, limit: int = 10) -> list[str]:
    prefix = prefix.strip()
    if not prefix:
        return []
    # Skills are few (hundreds); fold in Python so "du lieu" suggests "dữ liệu y tế".
    wanted = fold(prefix)
    names = (
        Skill.objects.annotate(n=Count("tagged_experts")).order_by("-n").values_list("name", flat=True)[:2000]
    )
    return [n for n in names if fold(n).startswith(wanted) or f" {wanted}" in fold(n)][:limit]


# --- "download my data": this domain's part (registered in CommunityConfig.ready()) --------------------

EXPORT_SECTIONS = {
    "expert_profile": gettext_lazy(
        "Your expert profile: title, headline, biography, affiliation, skills, sectors, provinces, languages, "
        "years of experience, availability, links, whether public, date created."
    ),
}


def user_export(user) -> dict[str, Any]:
    """The person's expert profile (or None), with its skills, sectors and provinces."""
    profile = (
        ExpertProfile.objects.filter(user=user).prefetch_related("sectors", "provinces", "skills").first()
    )
    if profile is None:
        return {"expert_profile": None}
    return {
        "expert_profile": {
            "honorific": profile.honorific,
            "headline": profile.headline,
            "bio": profile.bio,
            "affiliation": profile.affiliation,
            "skills": [s.name for s in profile.skills.all()],
            "sectors": [s.slug for s in profile.sectors.all()],
            "provinces": [p.code for p in profile.provinces.all()],
            "languages": profile.languages,
            "years_experience": profile.years_experience,
            "is_available": profile.is_available,
            "links": profile.links,
            "is_public": profile.is_public,
            "created_at": profile.created_at,
        }
    }

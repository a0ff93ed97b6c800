"""The import kind ``expert_profile`` (demo only): the profile of a seeded account, written through
community.experts.services (the public ``expert`` kind makes an unclaimed account of its own instead)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from community.exchange.context import ImportContext
from community.exchange.fields import (
    Labels,
    Line,
    LineModel,
    OptionalText,
    OptionalWhenDateTime,
    Ref,
    SectorSlugs,
    when_datetime,
)
from community.exchange.kinds.accounts import account_of
from community.exchange.registry import Kind, register_kind
from community.experts.services import expert_profile_upsert
from community.models import Province, Sector


class ExpertProfileLine(LineModel):
    """``ref`` is the profile's slug."""

    kind: Literal["expert_profile"]
    account: Ref  # the expert's e-mail address
    honorific: OptionalText(20) = ""
    headline: Line(200)
    bio: OptionalText(5_000) = ""
    affiliation: OptionalText(200) = ""
    skills: Labels = []
    sectors: SectorSlugs = []
    provinces: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    years_experience: int | None = None
    available: bool = True
    verified: bool = False
    links: list[str] = Field(default_factory=list)
    created: OptionalWhenDateTime = None


def upsert_expert_profile(line: ExpertProfileLine, ctx: ImportContext) -> str:
    return expert_profile_upsert(
        user=account_of(line.account),
        slug=line.ref,
        skills=line.skills,
        sectors=list(Sector.objects.filter(slug__in=line.sectors)),
        provinces=list(Province.objects.filter(code__in=line.provinces)),
        created=when_datetime(line.created, ctx),
        honorific=line.honorific,
        headline=line.headline,
        bio=line.bio,
        affiliation=line.affiliation,
        languages=line.languages,
        years_experience=line.years_experience,
        is_available=line.available,
        links=line.links,
        verified=line.verified,
    )[1]


def register() -> None:
    register_kind(
        Kind("expert_profile", ExpertProfileLine, upsert_expert_profile, after=("account",), public=False)
    )

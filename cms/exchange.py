"""Case studies in the JSON Lines import and export (``community.exchange``): the CMS registers the kind
it owns from its AppConfig.ready(), so the exchange never imports the CMS."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field

from cms import services
from cms.models import CaseStudyPage
from community.core.models import Province, Sector
from community.exchange.context import ImportContext
from community.exchange.export import export_date, export_ref
from community.exchange.fields import (
    CaseStudyLine,
    Labels,
    Line,
    LineError,
    LineModel,
    ProvinceCode,
    SectorSlug,
    Text,
    WhenDateTime,
    validation_problems,
    when_datetime,
)
from community.exchange.registry import Kind, register_kind
from community.exchange.upsert import adopt, midnight, organisation_by_name
from community.experts.models import ExpertProfile
from community.organisations.models import Organisation


def upsert_case_study(line: CaseStudyLine, ctx: ImportContext) -> str:
    """One import line of kind ``case_study``, written through the CMS's service."""
    v = line.model_dump()
    ref = line.ref
    adopt(CaseStudyPage, ref, "case_study")
    before = CaseStudyPage.objects.filter(import_ref=ref).values("latest_revision_id").first()
    organisation = (
        organisation_by_name(v["organisation"], v["province"] or None) if v["organisation"] else None
    )
    try:
        _page, created = services.upsert_case_study(
            ref=ref,
            title=v["title"],
            summary=v["summary"],
            body_paragraphs=[p.strip() for p in v["body"].split("\n\n") if p.strip()],
            sector=Sector.objects.get(slug=v["sector"]) if v["sector"] else None,
            province=Province.objects.get(code=v["province"]) if v["province"] else None,
            organisation=organisation,
            tags=v["tags"],
            published_at=midnight(v["published_at"]),
        )
    except ValidationError as exc:
        raise LineError(validation_problems(exc)) from exc
    if created:
        return "created"
    after = CaseStudyPage.objects.filter(import_ref=ref).values("latest_revision_id").first()
    return "unchanged" if before == after else "updated"


def export_case_studies() -> Iterator[dict[str, Any]]:
    """Every live, public case study as an import line."""
    pages = (
        CaseStudyPage.objects.live()
        .public()
        .select_related("sector", "province", "organisation")
        .order_by("pk")
    )
    for page in pages:
        paragraphs = []
        for block in page.body:
            text = getattr(block.value, "source", None) if block.block_type == "rich_text" else None
            if text:
                paragraphs.extend(html_paragraphs(text))
        yield {
            "kind": "case_study",
            "ref": export_ref(page, "case_study"),
            "title": page.title,
            "summary": page.summary,
            "body": "\n\n".join(paragraphs),
            "sector": page.sector.slug if page.sector_id else None,
            "province": page.province.code if page.province_id else None,
            "organisation": page.organisation.name if page.organisation_id else None,
            "tags": sorted(page.tags.names()),
            "published_at": export_date(page.first_published_at),
        }


def html_paragraphs(html: str) -> list[str]:
    """Plain-text paragraphs of rich text (tags dropped, entities decoded)."""
    parts = re.split(r"</(?:p|h[1-6]|li|blockquote)>", html)
    paragraphs = []
    for part in parts:
        text = " ".join(unescape(re.sub(r"<[^>]+>", " ", part)).split())
        if text:
            paragraphs.append(text)
    return paragraphs


KIND = Kind("case_study", CaseStudyLine, upsert_case_study, export=export_case_studies)


# --- The demo's case studies: the full page (figures, quote, illustrations) and its English copy -----------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HEADINGS_VI = {
    "context": "Bối cảnh",
    "solution": "Giải pháp",
    "lessons": "Bài học kinh nghiệm",
    "results": "Kết quả sau 12 tháng",
}
HEADINGS_EN = {"context": "The starting point", "solution": "What was done", "lessons": "Lessons learnt"}
FixtureFile = Annotated[str, Field(pattern=r"^files/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")]
Slugs = Annotated[list[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]], Field(max_length=20)]


class Figure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: Line(120)
    before: Annotated[str, Field(max_length=40)] = ""
    after: Line(40)
    unit: Annotated[str, Field(max_length=20)] = ""


class CaseStudyStory(BaseModel):
    """The words of a case study in one language."""

    model_config = ConfigDict(extra="forbid")

    title: Line(255)
    summary: Text(600)
    context: Text(5000)
    solution: Text(5000)
    lessons: Text(5000)
    quote: Text(800)
    figures: Annotated[list[Figure], Field(min_length=1, max_length=8)]


class CaseStudyEnglish(CaseStudyStory):
    results_heading: Line(120)
    published: WhenDateTime
    image_alt: Line(255)


class CaseStudyPageLine(CaseStudyStory, LineModel):
    kind: Literal["case_study_page"]
    sector: SectorSlug
    province: ProvinceCode
    organisation: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]
    quote_by: Line(200)
    technologies: Labels = []
    tags: Labels = []
    year: int = Field(ge=1990, le=2100)
    published: WhenDateTime
    providers: Slugs = []
    experts: Slugs = []
    featured: bool = False
    images: Annotated[list[FixtureFile], Field(min_length=1, max_length=2)]
    image_alt: Line(255)
    en: CaseStudyEnglish | None = None


def _rich(heading: str, text: str) -> dict:
    return {"type": "rich_text", "value": f"<h2>{escape(heading)}</h2><p>{escape(text)}</p>"}


def _outcome(heading: str, figures: list[Figure]) -> dict:
    return {
        "type": "outcome",
        "value": {
            "heading": heading,
            "figures": [
                {
                    "type": "item",
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{heading}/{figure.label}")),
                    "value": figure.model_dump(),
                }
                for figure in figures
            ],
        },
    }


def case_study_body(
    story: CaseStudyStory, *, quote_by: str, headings: dict, results: str, image=None, image_alt: str = ""
) -> list[dict]:
    """The StreamField of a demo case study: context, solution, [illustration], figures, quote, lessons."""
    body = [_rich(headings["context"], story.context), _rich(headings["solution"], story.solution)]
    if image is not None:
        english = headings is HEADINGS_EN
        caption = "Illustration generated for DX Connect" if english else "Minh họa do DX Connect tạo"
        body.append(
            {"type": "image", "value": {"image": image.pk, "alt_text": image_alt, "caption": caption}}
        )
    body.append(_outcome(results, story.figures))
    body.append({"type": "quote", "value": {"text": story.quote, "attribution": quote_by}})
    body.append(_rich(headings["lessons"], story.lessons))
    return body


def upsert_case_study_page(line: CaseStudyPageLine, ctx: ImportContext) -> str:
    """One demo case study and its English copy, through the CMS's services."""
    images = []
    created_images = False
    for variant, name in enumerate(line.images):
        title = f"Minh họa · {line.ref}" + (f" · {variant}" if variant else "")
        image, new = services.image_ensure(title=title, path=FIXTURES / name, description=line.image_alt)
        images.append(image)
        created_images |= new
    second = images[1] if len(images) > 1 else None
    organisations = {
        o.slug: o for o in Organisation.objects.filter(slug__in=[line.organisation, *line.providers])
    }
    unknown = [s for s in [line.organisation, *line.providers] if s not in organisations]
    experts = {e.slug: e for e in ExpertProfile.objects.filter(slug__in=line.experts)}
    unknown_experts = set(line.experts) - set(experts)
    if unknown or unknown_experts:
        raise LineError(
            [
                (
                    "organisation" if unknown else "experts",
                    _("unknown: %(refs)s") % {"refs": ", ".join(sorted({*unknown, *unknown_experts}))},
                )
            ]
        )
    page, created = services.case_study_page_ensure(
        ref=line.ref,
        fields={
            "title": line.title,
            "summary": line.summary,
            "body": case_study_body(
                line,
                quote_by=line.quote_by,
                headings=HEADINGS_VI,
                results=HEADINGS_VI["results"],
                image=second,
                image_alt=line.image_alt,
            ),
            "hero_image": images[0],
            "hero_image_alt": line.image_alt,
            "sector": Sector.objects.get(slug=line.sector),
            "province": Province.objects.get(code=line.province),
            "organisation": organisations[line.organisation],
            "year": line.year,
            "featured": line.featured,
            "search_description": line.summary[:300],
        },
        technologies=line.technologies,
        tags=line.tags,
        providers=[organisations[s] for s in line.providers],
        experts=[experts[s] for s in line.experts],
        published_at=when_datetime(line.published, ctx),
    )
    translated = False
    if line.en is not None:
        en = line.en
        _copy, translated = services.case_study_translation_ensure(
            page=page,
            locale=services.english_locale(),
            fields={
                "title": en.title,
                "summary": en.summary,
                "search_description": en.summary[:300],
                "hero_image_alt": en.image_alt,
                "body": case_study_body(
                    en,
                    quote_by=line.quote_by,
                    headings=HEADINGS_EN,
                    results=en.results_heading,
                    image=second,
                    image_alt=en.image_alt,
                ),
            },
            published_at=when_datetime(en.published, ctx),
        )
    return "created" if created or translated or created_images else "unchanged"


# --- The site: the default site on localhost and the home page's English copy ------------------------------


class HomeEnglish(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line(255)
    hero_title: Line(255)
    hero_intro: Text(1000)


class HomePageLine(LineModel):
    kind: Literal["home_page"]
    hostname: Annotated[str, Field(pattern=r"^[a-z0-9.-]{1,100}$")] = "localhost"
    en: HomeEnglish


def upsert_home_page(line: HomePageLine, ctx: ImportContext) -> str:
    """The default site answers on `hostname` and the (migrated) Vietnamese home page has an English copy."""
    home, site_changed = services.default_site_ensure(hostname=line.hostname)
    _copy, translated = services.page_translation_ensure(
        page=home, locale=services.english_locale(), fields=line.en.model_dump()
    )
    return "created" if translated else "updated" if site_changed else "unchanged"


def register_demo_kinds() -> None:
    """The demo's case studies and home page (demo-only: the lines read files of this package)."""
    register_kind(Kind("home_page", HomePageLine, upsert_home_page, public=False))
    register_kind(
        Kind(
            "case_study_page",
            CaseStudyPageLine,
            upsert_case_study_page,
            after=("home_page", "organisation", "expert_profile"),
            public=False,
        )
    )

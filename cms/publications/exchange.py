"""The publications' kinds of import line (sector pages, reports, news, standard pages and their three
indexes), loaded by ``seed_demo`` from ``cms/publications/fixtures/``. Each line holds the Vietnamese page
and, under ``en``, its English translation; files (covers, PDFs, news images) are named relative to that
folder. A page that exists (by parent and slug) is left as editors may have changed it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field

from cms import services as cms_services
from community.core.models import Sector
from community.exchange.context import ImportContext
from community.exchange.fields import (
    Labels,
    Line,
    LineModel,
    OptionalSectorSlug,
    SectorSlug,
    Text,
    WhenDate,
    when_date,
)
from community.exchange.registry import Kind, register_kind

from .models import (
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MAX_HTML = 100_000
INDEX_MODELS = {"sectors": SectorIndexPage, "reports": ReportIndexPage, "news": NewsIndexPage}

# A file beside the fixtures: "files/<name>", never a path that climbs out of the folder.
FixtureFile = Annotated[str, Field(pattern=r"^files/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]


class Block(BaseModel):
    """One StreamField block as Wagtail stores it."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["heading", "paragraph", "image", "quote", "document", "contact", "embed"]
    value: Any


class _English(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line(255)


class IndexEnglish(_English):
    intro: Text(MAX_HTML)


class PublicationsIndexLine(LineModel):
    kind: Literal["publications_index"]
    section: Literal["sectors", "reports", "news"]
    slug: Slug
    title: Line(255)
    intro: Text(MAX_HTML)
    en: IndexEnglish


class SectorEnglish(_English):
    lead: Text(1000)
    intro: Text(MAX_HTML)


class SectorPageLine(LineModel):
    kind: Literal["sector_page"]
    sector: SectorSlug
    title: Line(255)
    lead: Text(1000)
    intro: Text(MAX_HTML)
    en: SectorEnglish | None = None


class ReportEnglish(_English):
    slug: Slug
    summary: Text(1000)
    body: Text(MAX_HTML)
    publisher: Line(200)


class ReportLine(LineModel):
    kind: Literal["report"]
    slug: Slug
    title: Line(255)
    summary: Text(1000)
    publication_date: WhenDate
    publisher: Line(200)
    sector: OptionalSectorSlug = ""
    cover: FixtureFile
    document: FixtureFile
    body: Text(MAX_HTML)
    en: ReportEnglish | None = None


class NewsEnglish(_English):
    slug: Slug
    summary: Text(1000)
    tags: Labels = []
    hero_alt: Line(250)
    body: list[Block]


class NewsLine(LineModel):
    kind: Literal["news"]
    slug: Slug
    title: Line(255)
    date: WhenDate
    summary: Text(1000)
    sector: OptionalSectorSlug = ""
    tags: Labels = []
    hero: FixtureFile
    hero_alt: Line(250)
    body: list[Block]
    en: NewsEnglish | None = None


class StandardEnglish(_English):
    slug: Slug
    intro: Text(1000)
    body: list[Block]


class StandardPageLine(LineModel):
    kind: Literal["standard_page"]
    slug: Slug
    title: Line(255)
    intro: Text(1000)
    footer_order: int = Field(default=0, ge=0, le=1000)
    body: list[Block]
    en: StandardEnglish


def _home():
    home = cms_services.vietnamese_home()
    if home is None:
        raise ValidationError(_("The site has no home page yet; run the migrations first."))
    return home


def _index(model):
    index = model.objects.child_of(_home()).first()
    if index is None:
        raise ValidationError(
            _("The section %(section)s is missing: its publications_index line comes first.")
            % {"section": model._meta.verbose_name}
        )
    return index


def _sector(slug: str) -> Sector | None:
    return Sector.objects.get(slug=slug) if slug else None


def _stream(blocks: list[Block]) -> list[dict]:
    return [block.model_dump() for block in blocks]


def _outcome(*created: bool) -> str:
    return "created" if any(created) else "unchanged"


def upsert_publications_index(line: PublicationsIndexLine, ctx: ImportContext) -> str:
    page, created = cms_services.page_ensure(
        parent=_home(),
        model=INDEX_MODELS[line.section],
        slug=line.slug,
        fields={"title": line.title, "intro": line.intro},
    )
    _copy, translated = cms_services.page_translation_ensure(
        page=page,
        locale=cms_services.english_locale(),
        fields={"title": line.en.title, "intro": line.en.intro},
    )
    return _outcome(created, translated)


def upsert_sector_page(line: SectorPageLine, ctx: ImportContext) -> str:
    page, created = cms_services.page_ensure(
        parent=_index(SectorIndexPage),
        model=SectorPage,
        slug=line.sector,
        fields={
            "title": line.title,
            "sector": _sector(line.sector),
            "lead": line.lead,
            "introduction": line.intro,
        },
    )
    translated = False
    if line.en is not None:
        _copy, translated = cms_services.page_translation_ensure(
            page=page,
            locale=cms_services.english_locale(),
            fields={"title": line.en.title, "lead": line.en.lead, "introduction": line.en.intro},
        )
    return _outcome(created, translated)


def upsert_report(line: ReportLine, ctx: ImportContext) -> str:
    cover, new_cover = cms_services.image_ensure(title=f"Bìa: {line.title}", path=FIXTURES / line.cover)
    document, new_document = cms_services.document_ensure(title=line.title, path=FIXTURES / line.document)
    page, created = cms_services.page_ensure(
        parent=_index(ReportIndexPage),
        model=ReportPage,
        slug=line.slug,
        fields={
            "title": line.title,
            "summary": line.summary,
            "publication_date": when_date(line.publication_date, ctx),
            "publisher": line.publisher,
            "sector": _sector(line.sector),
            "cover_image": cover,
            "document": document,
            "body": line.body,
        },
    )
    translated = False
    if line.en is not None:
        en = line.en
        _copy, translated = cms_services.page_translation_ensure(
            page=page,
            locale=cms_services.english_locale(),
            fields={"title": en.title, "summary": en.summary, "body": en.body, "publisher": en.publisher},
            slug=en.slug,
        )
    return _outcome(new_cover, new_document, created, translated)


def upsert_news(line: NewsLine, ctx: ImportContext) -> str:
    hero, new_hero = cms_services.image_ensure(title=f"Ảnh tin: {line.title}", path=FIXTURES / line.hero)
    page, created = cms_services.page_ensure(
        parent=_index(NewsIndexPage),
        model=NewsPage,
        slug=line.slug,
        fields={
            "title": line.title,
            "date": when_date(line.date, ctx),
            "summary": line.summary,
            "hero_image": hero,
            "hero_alt": line.hero_alt,
            "sector": _sector(line.sector),
            "body": _stream(line.body),
        },
        tags=line.tags,
    )
    translated = False
    if line.en is not None:
        en = line.en
        _copy, translated = cms_services.page_translation_ensure(
            page=page,
            locale=cms_services.english_locale(),
            fields={
                "title": en.title,
                "summary": en.summary,
                "body": _stream(en.body),
                "hero_alt": en.hero_alt,
            },
            slug=en.slug,
            tags=en.tags,
        )
    return _outcome(new_hero, created, translated)


def upsert_standard_page(line: StandardPageLine, ctx: ImportContext) -> str:
    page, created = cms_services.page_ensure(
        parent=_home(),
        model=StandardPage,
        slug=line.slug,
        fields={
            "title": line.title,
            "intro": line.intro,
            "body": _stream(line.body),
            "footer_order": line.footer_order,
        },
    )
    _copy, translated = cms_services.page_translation_ensure(
        page=page,
        locale=cms_services.english_locale(),
        fields={"title": line.en.title, "intro": line.en.intro, "body": _stream(line.en.body)},
        slug=line.en.slug,
    )
    return _outcome(created, translated)


def register_kinds() -> None:
    """Called from PublicationsConfig.ready(). Demo-only (``public=False``): the lines name files inside
    this package, which an uploaded import file has no business reading."""
    site = ("home_page",)  # the English home page first: translations are copied under it
    index = ("publications_index",)
    for kind in (
        Kind(
            "publications_index", PublicationsIndexLine, upsert_publications_index, after=site, public=False
        ),
        Kind("sector_page", SectorPageLine, upsert_sector_page, after=index, public=False),
        Kind("report", ReportLine, upsert_report, after=index, public=False),
        Kind("news", NewsLine, upsert_news, after=index, public=False),
        Kind("standard_page", StandardPageLine, upsert_standard_page, after=site, public=False),
    ):
        register_kind(kind)

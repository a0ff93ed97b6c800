"""Case studies in the JSON Lines import and export (``community.exchange``): the CMS registers the kind
it owns from its AppConfig.ready(), so the exchange never imports the CMS."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from django.core.exceptions import ValidationError

from cms import services
from cms.models import CaseStudyPage
from community.core.models import Province, Sector
from community.exchange.context import ImportContext
from community.exchange.export import export_date, export_ref
from community.exchange.fields import CaseStudyLine, LineError, validation_problems
from community.exchange.registry import Kind
from community.exchange.upsert import adopt, midnight, organisation_by_name


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

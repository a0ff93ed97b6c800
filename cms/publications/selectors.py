"""Reads of the publications app that pages and other apps use; each costs a fixed number of queries.

`locale` may be a wagtail Locale, a language code, or None for the active language.
"""

from __future__ import annotations

import logging

from django.db.models import Prefetch, QuerySet
from django.utils.translation import get_language
from wagtail.images import get_image_model

from cms import selectors as cms_selectors
from cms.events import selectors as event_selectors
from community.challenges import selectors as challenge_selectors
from community.experts import selectors as expert_selectors
from community.experts.filters import ExpertFilter

from .models import NewsPage, ReportDownloadCount, ReportPage, SectorPage

logger = logging.getLogger(__name__)


def _language_code(locale) -> str:
    if locale is None:
        return (get_language() or "vi")[:2]
    return getattr(locale, "language_code", locale)


def _images():

    # All renditions of each image in one query: cards ask for a few sizes and formats.
    return get_image_model().objects.prefetch_renditions()


def _reports(locale=None) -> QuerySet:

    return (
        ReportPage.objects.live()
        .public()
        .filter(locale__language_code=_language_code(locale))
        .select_related("sector", "document")
        .prefetch_related(Prefetch("cover_image", queryset=_images()))
        .order_by("-publication_date", "-pk")
    )


def _news(locale=None) -> QuerySet:

    return (
        NewsPage.objects.live()
        .public()
        .filter(locale__language_code=_language_code(locale))
        .select_related("sector")
        .prefetch_related(Prefetch("hero_image", queryset=_images()), "tags")
        .order_by("-date", "-pk")
    )


def reports_for_sector(sector, limit: int = 4, locale=None) -> list:
    """The newest reports of a sector (a Sector, its pk or its slug), with covers and download counts."""
    reports = list(cms_selectors.of_sector(_reports(locale), sector)[:limit])
    attach_download_counts(reports)
    return reports


def latest_news(limit: int = 3, locale=None) -> list:
    """The newest news items, with hero images and tags loaded."""
    return list(_news(locale)[:limit])


def report_list(*, parent, sector=None, year: int | None = None) -> QuerySet:
    """The reports under an index page, filtered by sector and publication year."""
    qs = _reports(parent.locale).child_of(parent)
    if sector is not None:
        qs = qs.filter(sector=sector)
    if year:
        qs = qs.filter(publication_date__year=year)
    return qs


def report_years(parent) -> list[int]:

    dates = (
        ReportPage.objects.child_of(parent).live().public().dates("publication_date", "year", order="DESC")
    )
    return [d.year for d in dates]


def news_list(*, parent, tag: str = "") -> QuerySet:
    qs = _news(parent.locale).child_of(parent)
    if tag:
        qs = qs.filter(tags__name__iexact=tag).distinct()
    return qs


def attach_download_counts(reports) -> None:
    """One query for the download counts of many reports (counted across their translations)."""
    reports = list(reports)
    if not reports:
        return
    counts = dict(
        ReportDownloadCount.objects.filter(
            translation_key__in=[r.translation_key for r in reports]
        ).values_list("translation_key", "downloads")
    )
    for report in reports:
        report._download_count = counts.get(report.translation_key, 0)


def sector_page_urls(locale=None, request=None) -> dict[str, str]:
    """Sector slug → URL of its live sector page in the language, for links from cards and the home page."""
    pages = (
        SectorPage.objects.live()
        .public()
        .filter(locale__language_code=_language_code(locale))
        .select_related("sector")
        .only("url_path", "locale_id", "sector__slug", "depth", "path")
    )
    return {p.sector.slug: p.get_url(request) for p in pages}


def sector_sections(sector, *, viewer, locale, limit: int = 4) -> dict:
    """Everything a sector page lists, from the data, in a fixed number of queries."""
    challenges = challenge_selectors.challenge_list(
        viewer=viewer, filters={"status": "open", "sector": sector.pk}
    )
    experts = expert_selectors.expert_list(filters=ExpertFilter({"sector": sector.slug}))
    return {
        "case_studies": cms_selectors.case_studies_for_sector(sector, limit, locale=locale),
        "open_challenges": list(challenges[:limit]),
        "experts": list(experts[:limit]),
        "events": event_selectors.events_for_sector(sector, limit, locale=locale),
        "reports": reports_for_sector(sector, limit=limit, locale=locale),
    }


FOOTER_SECTIONS = (
    "publications.sectorindexpage",
    "publications.reportindexpage",
    "publications.newsindexpage",
)
STANDARD_PAGE = "publications.standardpage"


def footer_links(locale=None, request=None) -> dict[str, list[dict]]:
    """Title and URL of the section index pages (sectors, reports, news) and of the standard pages shown in the
    footer, of a language: read from `cms.selectors.section_pages`, the cached list of the pages right under the
    home page that the header reads too (one query when the cache is empty, none otherwise; publishing, moving
    or deleting a page empties it). View restrictions are not checked; a restricted page linked from the
    footer asks for a sign-in. `request` is accepted for the template tag and not needed."""
    sections, pages = [], []
    for page in cms_selectors.section_pages(_language_code(locale)):
        link = {"title": page["title"], "url": page["url"]}
        if page["type"] in FOOTER_SECTIONS:
            sections.append(link)
        elif page["type"] == STANDARD_PAGE and page["show_in_footer"]:
            pages.append((page["footer_order"], link))
    return {"sections": sections, "pages": [link for _order, link in sorted(pages, key=lambda p: p[0])]}

"""Reads of the CMS, for its own pages and for other apps: case studies by sector, featured, related, and the
challenge ↔ case-study link.

Every function returns live, public pages with the related objects a card or a page needs already loaded,
so a caller pays a fixed number of queries whatever the number of rows.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_supported_language_variant
from wagtail.models import Locale, Page, WorkflowState

from cms.events.selectors import upcoming_events as events_upcoming
from community.models import Challenge, ChallengeStatus, ExpertProfile, Organisation, Province, Sector
from search.api import more_like_this, search

from .models import CaseStudyPage, CaseStudyTechnology

if TYPE_CHECKING:
    from cms.filters import CaseStudyFilter

logger = logging.getLogger(__name__)

FIGURES_CACHE_KEY = "dx:figures:cms"
CONTENT_VERSION_KEY = "dx:cms:version"
FIGURES_CACHE_SECONDS = 300


def _locale(locale=None):
    """A Locale from a Locale, a language code or None (the active language)."""
    if locale is None:
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return Locale.get_default()
    if isinstance(locale, str):
        return Locale.objects.filter(language_code=locale).first()
    return locale


def case_study_queryset(locale=None, *, any_locale: bool = False) -> QuerySet:
    """Live, public case studies with what a card shows: sector, province, organisation and hero image."""
    qs = (
        CaseStudyPage.objects.live()
        .public()
        .select_related("sector", "province", "organisation", "hero_image", "locale")
        .prefetch_related(
            "hero_image__renditions",
            "technologies",
        )
    )
    if not any_locale:
        loc = _locale(locale)
        if loc is not None:
            qs = qs.filter(locale=loc)
    return qs.order_by("-first_published_at", "-pk")


def of_sector(qs: QuerySet, sector) -> QuerySet:
    """``qs`` narrowed to one sector, given as a Sector, its pk or its slug."""
    if isinstance(sector, str):
        return qs.filter(sector__slug=sector)
    return qs.filter(sector_id=getattr(sector, "pk", sector))


def case_studies_for_sector(sector, limit: int = 6, locale=None) -> list:
    """The latest published case studies of one sector (a Sector, its pk or its slug)."""
    return list(of_sector(case_study_queryset(locale), sector)[:limit])


def featured_case_studies(limit: int = 6, locale=None) -> list:
    """Featured case studies first, then the latest; in the reader's language, completed with Vietnamese
    originals when too few are translated (the card then says which language it is in)."""
    loc = _locale(locale)
    pages = list(case_study_queryset(loc).order_by("-featured", "-first_published_at", "-pk")[:limit])
    if len(pages) < limit and loc is not None and not loc.is_default:
        default = Locale.get_default()
        keys = [p.translation_key for p in pages]
        pages += list(
            case_study_queryset(default)
            .exclude(translation_key__in=keys)
            .order_by("-featured", "-first_published_at", "-pk")[: limit - len(pages)]
        )
    return pages


def related_case_studies_for_challenge(challenge, limit: int = 3) -> list:
    """Case studies a challenge's author could learn from: same sector, same province first."""
    qs = case_study_queryset().filter(sector_id=challenge.sector_id).exclude(source_challenge_id=challenge.pk)
    qs = qs.annotate(
        _same_province=Case(
            When(province_id=challenge.province_id, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by("_same_province", "-first_published_at", "-pk")
    return list(qs[:limit])


def case_study_for_challenge(challenge):
    """The live, public case study that came from this challenge (in the reader's language if translated),
    or None."""
    pages = list(
        case_study_queryset(any_locale=True).filter(source_challenge_id=getattr(challenge, "pk", challenge))
    )
    if not pages:
        return None
    active = _locale()
    return next((p for p in pages if active and p.locale_id == active.pk), None) or next(
        (p for p in pages if p.locale.is_default), pages[0]
    )


def related_case_studies(page, limit: int = 3) -> list:
    """Case studies like this one: the search engine's "more like this" on the Vietnamese original, shown in
    the page's language, completed with the latest of the same sector."""
    ranked_keys: list = []
    try:
        original = page
        if not page.locale.is_default:
            original = (
                CaseStudyPage.objects.filter(
                    translation_key=page.translation_key, locale=Locale.get_default()
                ).first()
                or page
            )
        hits = more_like_this(original, limit=limit + 2, models=[CaseStudyPage], load_objects=False)
        pks = [int(h.pk) for h in hits if h.pk.isdigit()]
        if pks:
            keys = dict(CaseStudyPage.objects.filter(pk__in=pks).values_list("pk", "translation_key"))
            ranked_keys = [keys[pk] for pk in pks if pk in keys]
    except Exception:  # the related list is a nicety: never fail the page for it
        logger.exception("Related case studies for page %s failed", page.pk)
    base = case_study_queryset(page.locale).exclude(translation_key=page.translation_key)
    found = []
    if ranked_keys:
        by_key = {p.translation_key: p for p in base.filter(translation_key__in=ranked_keys)}
        found = [by_key[k] for k in ranked_keys if k in by_key][:limit]
    if len(found) < limit and page.sector_id:
        found += list(
            base.filter(sector_id=page.sector_id).exclude(
                translation_key__in=[p.translation_key for p in found]
            )[: limit - len(found)]
        )
    return found


def case_study_people(page) -> dict:
    """Solution providers and experts named on a case study, in two queries."""
    return {
        "providers": list(
            Organisation.objects.filter(case_studies_provided=page)
            .select_related("province")
            .order_by("name")
        ),
        "experts": list(
            ExpertProfile.objects.filter(case_studies=page, is_public=True, user__is_active=True)
            .select_related("user")
            .order_by("user__full_name")
        ),
    }


# --- The index's filters -------------------------------------------------------------------------------


def case_study_list(*, filters: CaseStudyFilter | None = None, locale=None) -> QuerySet:
    """Live case studies of a language, narrowed by the index's filters (`cms.filters.CaseStudyFilter`)."""
    qs = case_study_queryset(locale)
    if filters is not None:
        qs = filters.apply(qs)
    return qs.distinct()


def case_studies_matching(qs: QuerySet, query: str) -> QuerySet:
    """Words through the search engine (accents optional, synonyms, body text), matched back to the pages of the
    reader's language by translation key; a plain title match only if the engine is down."""
    found = search(query, models=[CaseStudyPage], page_size=100, highlight=False)
    if not found.ok:
        return qs.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    pks = [int(hit.pk) for hit in found.results if str(hit.pk).isdigit()]
    return qs.filter(translation_key__in=CaseStudyPage.objects.filter(pk__in=pks).values("translation_key"))


def content_version() -> int:
    """Bumped whenever a page is published or unpublished (cms.receivers): cached reads key on it."""
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, None)


def case_study_filter_options(locale=None) -> dict:
    """The values the filters offer, each with how many published case studies have it. The same for every
    reader of a language, and counting them scans every case study: cached until the next publication."""
    loc = _locale(locale)
    key = f"dx:cms:filters:{getattr(loc, 'pk', 0)}:{content_version()}"
    return cache.get_or_set(key, lambda: _case_study_filter_options(loc), FIGURES_CACHE_SECONDS * 12)


def _case_study_filter_options(locale) -> dict:

    live = case_study_queryset(locale)
    live_ids = live.values("pk")
    sectors = list(
        Sector.objects.filter(is_key_sector=True)
        .annotate(n=Count("case_studies", filter=Q(case_studies__in=live_ids)))
        .order_by("position")
    )
    provinces = list(
        Province.objects.annotate(n=Count("case_studies", filter=Q(case_studies__in=live_ids)))
        .filter(n__gt=0)
        .order_by("code")
    )
    technologies = list(
        CaseStudyTechnology.objects.annotate(
            n=Count("tagged_case_studies", filter=Q(tagged_case_studies__content_object__in=live_ids))
        )
        .filter(n__gt=0)
        .order_by("-n", "name")[:30]
    )
    years = sorted({y for y in live.order_by().values_list("year", flat=True).distinct() if y}, reverse=True)
    return {"sectors": sectors, "provinces": provinces, "technologies": technologies, "years": years}


# --- The site's sections (header and footer) ---------------------------------------------------------

SECTIONS_CACHE_KEY = "dx:cms:sections:{language}"
SECTIONS_CACHE_SECONDS = 60 * 60  # a safety net only: publishing, moving or deleting a page clears it


def _section_language(language: str | None) -> str:
    """A language of settings.LANGUAGES ("vi", "en") from a code such as "en-us"; the default one otherwise."""
    try:
        return get_supported_language_variant(language or get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def section_pages(language: str | None = None) -> list[dict]:
    """Every live page right under the home page of a language (depth 3: case studies, events, sectors, reports,
    news, standard pages), in tree order, as plain dicts the header and the footer read:
    `{"title", "slug", "url", "type"}` with `type` "app_label.model" (e.g. "cms.casestudyindexpage"), and for
    standard pages `show_in_footer` and `footer_order` (None for other types).

    One query, cached per language until a page is published, unpublished, moved, deleted, created live or
    saved at that depth (`cms.receivers.drop_section_pages`). View restrictions are not checked: a restricted
    section linked from the header or footer asks for a sign-in. The address is the language prefix and the
    slug, as for any page whose parent is a site root."""
    language = _section_language(language)
    key = SECTIONS_CACHE_KEY.format(language=language)
    rows = cache.get(key)
    if rows is None:
        rows = _section_pages(language)
        cache.set(key, rows, SECTIONS_CACHE_SECONDS)
    return rows


def drop_section_pages() -> None:
    """Forget the cached section pages of every language (see cms.receivers)."""
    cache.delete_many([SECTIONS_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


def _section_pages(language: str) -> list[dict]:

    fields = ["title", "slug", "content_type__app_label", "content_type__model"]
    standard = apps.is_installed("cms.publications")  # the footer's about / terms / contact pages
    if standard:
        fields += ["standardpage__show_in_footer", "standardpage__footer_order"]
    rows = (
        Page.objects.live().filter(locale__language_code=language, depth=3).order_by("path").values(*fields)
    )
    pages = []
    with translation.override(language):
        for row in rows:
            kind = f"{row['content_type__app_label']}.{row['content_type__model']}"
            is_standard = kind == "publications.standardpage"
            pages.append(
                {
                    "title": row["title"],
                    "slug": row["slug"],
                    "url": reverse("wagtail_serve", args=[f"{row['slug']}/"]),
                    "type": kind,
                    "show_in_footer": bool(row["standardpage__show_in_footer"]) if is_standard else None,
                    "footer_order": row["standardpage__footer_order"] if is_standard else None,
                }
            )
    return pages


# --- Home page figures -----------------------------------------------------------------------------------


def home_figures() -> dict:
    """Counts for the home page, the same for everyone: cached for a few minutes and dropped whenever a page
    is published or unpublished (see cms.receivers)."""
    return cache.get_or_set(FIGURES_CACHE_KEY, _home_figures, FIGURES_CACHE_SECONDS)


def _home_figures() -> dict:

    default = Locale.get_default()
    # No ordering: a model's default ordering would join the GROUP BY below and split every count.
    studies = CaseStudyPage.objects.live().public().filter(locale=default).order_by()
    open_challenges = (
        Challenge.objects.visible_to(AnonymousUser()).filter(status=ChallengeStatus.OPEN).order_by()
    )
    experts = ExpertProfile.objects.filter(is_public=True, user__is_active=True).order_by()
    organisations = Organisation.objects.order_by()
    per_sector = {
        slug: {"case_studies": 0, "open_challenges": 0, "experts": 0, "organisations": 0}
        for slug in Sector.objects.filter(is_key_sector=True).values_list("slug", flat=True)
    }
    for key, rows in (
        ("case_studies", studies.values("sector__slug").annotate(n=Count("pk"))),
        ("open_challenges", open_challenges.values("sector__slug").annotate(n=Count("pk"))),
        ("experts", experts.values("sectors__slug").annotate(n=Count("pk", distinct=True))),
        (
            "organisations",
            organisations.values("sectors__slug").annotate(n=Count("pk", distinct=True)),
        ),
    ):
        for row in rows:
            slug = row.get("sector__slug") or row.get("sectors__slug")
            if slug in per_sector:
                per_sector[slug][key] = row["n"]
    per_province: dict[str, dict] = {}
    for key, rows in (
        ("case_studies", studies.values("province__code").annotate(n=Count("pk"))),
        ("open_challenges", open_challenges.values("province__code").annotate(n=Count("pk"))),
        ("organisations", organisations.values("province__code").annotate(n=Count("pk"))),
    ):
        for row in rows:
            code = row["province__code"]
            if code:
                per_province.setdefault(code, {"case_studies": 0, "open_challenges": 0, "organisations": 0})
                per_province[code][key] = row["n"]
    names = dict(Province.objects.values_list("code", "name_vi"))
    names_en = dict(Province.objects.values_list("code", "name_en"))
    top = sorted(
        per_province.items(),
        key=lambda kv: (-kv[1]["case_studies"] - kv[1]["open_challenges"], -kv[1]["organisations"], kv[0]),
    )[:8]
    return {
        "case_studies": studies.count(),
        "open_challenges": open_challenges.count(),
        "experts": experts.count(),
        "organisations": organisations.count(),
        "provinces": len([c for c, v in per_province.items() if v["organisations"] or v["case_studies"]]),
        "per_sector": per_sector,
        "top_provinces": [
            {"code": code, "name_vi": names.get(code, code), "name_en": names_en.get(code, code), **counts}
            for code, counts in top
        ],
    }


def sector_entry_points(locale=None) -> list:
    """The key sectors with their figures and where their card leads: the sector page when the publications
    app has one for it (in the reader's language if translated), else the challenges of that sector."""
    figures = home_figures()["per_sector"]
    sectors = list(Sector.objects.filter(is_key_sector=True).order_by("position"))
    pages = {}
    try:
        sector_page_model = apps.get_model("publications", "SectorPage")
    except LookupError:
        sector_page_model = None
    if sector_page_model is not None and any(f.name == "sector" for f in sector_page_model._meta.fields):
        loc = _locale(locale)
        rows = sector_page_model.objects.live().public().filter(sector__in=sectors).select_related("locale")
        for p in rows:
            current = pages.get(p.sector_id)
            if current is None or (loc is not None and p.locale_id == loc.pk):
                pages[p.sector_id] = p
    challenges_url = reverse("community:challenge_list")
    for s in sectors:
        s.figures = figures.get(s.slug, {})
        s.page = pages.get(s.pk)
        s.entry_url = None if s.page else f"{challenges_url}?sector={s.slug}"
    return sectors


def upcoming_events(limit: int = 3, locale=None) -> list:
    """The events app's upcoming forums and seminars (the events app is always installed: no guard)."""
    return list(events_upcoming(limit=limit, locale=locale))


def pages_awaiting_review(limit: int = 20) -> list:
    """Case studies in moderation, oldest submission first, for the admin dashboard."""
    states = (
        WorkflowState.objects.active()
        .filter(
            base_content_type__model="page",
            content_type__app_label="cms",
            content_type__model=CaseStudyPage._meta.model_name,
        )
        .select_related("requested_by", "current_task_state__task")
        .order_by("created_at")[:limit]
    )
    states = list(states)
    pages = {
        p.pk: p
        for p in CaseStudyPage.objects.filter(pk__in=[int(s.object_id) for s in states]).select_related(
            "sector", "organisation", "locale", "source_challenge"
        )
    }
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is not None:
            rows.append(
                {
                    "page": page,
                    "state": state,
                    "task": state.current_task_state.task if state.current_task_state else None,
                }
            )
    return rows

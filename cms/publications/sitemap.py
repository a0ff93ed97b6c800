"""Entries of sitemap.xml: every live, public Wagtail page in each language with its translations as
alternates, and the community's public directory pages in both languages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import translation

X_DEFAULT = "x-default"


@dataclass
class Entry:
    loc: str
    lastmod: datetime | None = None
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, absolute URL)


def _page_entries(request) -> list[Entry]:
    from wagtail.models import Page

    pages = list(
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .only(
            "url_path",
            "path",
            "depth",
            "locale__language_code",
            "translation_key",
            "last_published_at",
            "latest_revision_created_at",
        )
        .order_by("path")
    )
    urls = {}
    for page in pages:
        url = page.get_url(request)
        if url:
            urls[page.pk] = request.build_absolute_uri(url)
    by_key = defaultdict(list)
    for page in pages:
        if page.pk in urls:
            by_key[page.translation_key].append(page)
    entries = []
    for page in pages:
        if page.pk not in urls:
            continue
        siblings = by_key[page.translation_key]
        alternates = []
        if len(siblings) > 1:
            alternates = [(p.locale.language_code, urls[p.pk]) for p in siblings]
            default = next((p for p in siblings if p.locale.language_code == settings.LANGUAGE_CODE), None)
            if default is not None:
                alternates.append((X_DEFAULT, urls[default.pk]))
        entries.append(Entry(loc=urls[page.pk], lastmod=page.last_published_at, alternates=alternates))
    return entries


def _both_languages(request, build) -> list[Entry]:
    """One entry per language for a URL that exists in every language (community pages)."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = request.build_absolute_uri(build())
    alternates = [*urls.items(), (X_DEFAULT, urls[settings.LANGUAGE_CODE])]
    return [Entry(loc=url, alternates=alternates) for url in urls.values()]


def _community_entries(request) -> list[Entry]:
    from django.contrib.auth.models import AnonymousUser

    from community.challenges.selectors import visible_challenges
    from community.models import ExpertProfile, Organisation

    entries = []
    for name in ("community:challenge_list", "community:organisation_list", "community:expert_list"):
        entries += _both_languages(request, lambda name=name: reverse(name))
    for org in Organisation.objects.only("slug", "updated_at").order_by("pk"):
        for entry in _both_languages(request, org.get_absolute_url):
            entry.lastmod = org.updated_at
            entries.append(entry)
    experts = (
        ExpertProfile.objects.filter(is_public=True, user__is_active=True)
        .only("slug", "updated_at")
        .order_by("pk")
    )
    for expert in experts:
        for entry in _both_languages(request, expert.get_absolute_url):
            entry.lastmod = expert.updated_at
            entries.append(entry)
    for challenge in visible_challenges(viewer=AnonymousUser()).only("slug", "updated_at").order_by("pk"):
        for entry in _both_languages(request, challenge.get_absolute_url):
            entry.lastmod = challenge.updated_at
            entries.append(entry)
    return entries


def sitemap_entries(request) -> list[Entry]:
    return [*_page_entries(request), *_community_entries(request)]

"""sitemap.xml: Wagtail's sitemap for the pages (every language, each page with its translations as hreflang
alternates) and Django's sitemap sections for the community's public objects (each in both languages).

Every location is on the host that was asked for, as the pages' canonical links, the feeds and robots.txt are.
Drafts, pages behind a view restriction, private profiles, hidden topics and challenges an anonymous reader
may not see are never listed. Each section costs a fixed number of queries whatever the number of rows."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Page

from community.challenges.selectors import visible_challenges
from community.forum.models import Topic
from community.models import ExpertProfile, Organisation

SITEMAP_CACHE_SECONDS = 600
X_DEFAULT = "x-default"


class PageSitemap(WagtailSitemap):
    """Every live, public page of every language (Wagtail's own sitemap lists one site root, so one language),
    with the page's translations as alternates and the default language's as x-default."""

    def items(self):
        return (
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

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.paginator.page(page).object_list)
        located = [(p, p.get_url(self.request)) for p in pages]
        located = [(p, self.request.build_absolute_uri(url)) for p, url in located if url]
        translations = defaultdict(list)
        for p, url in self._translations(pages):
            translations[p.translation_key].append((p.locale.language_code, url))
        urls = []
        for p, url in located:
            siblings = translations[p.translation_key]
            alternates = []
            if len(siblings) > 1:
                alternates = [{"lang_code": code, "location": loc} for code, loc in siblings]
                default = next((loc for code, loc in siblings if code == settings.LANGUAGE_CODE), None)
                if default is not None:
                    alternates.append({"lang_code": X_DEFAULT, "location": default})
            urls.append({"item": p, "location": url, "lastmod": self.lastmod(p), "alternates": alternates})
        lastmods = [u["lastmod"] for u in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _translations(self, pages):
        """The live, public pages sharing a translation key with `pages` (themselves included), located."""
        keys = {p.translation_key for p in pages}
        rows = self.items().filter(translation_key__in=keys)
        for p in rows:
            url = p.get_url(self.request)
            if url:
                yield p, self.request.build_absolute_uri(url)


class CommunitySitemap(DjangoSitemap):
    """A section of community objects, each listed in every language with the others as alternates, on the
    requested host."""

    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request):
        self.request = request

    def get_domain(self, site=None) -> str:
        return self.request.get_host()

    def get_protocol(self, protocol=None) -> str:
        return self.request.scheme

    def lastmod(self, obj):
        return getattr(obj, "updated_at", None)


class DirectorySitemap(CommunitySitemap):
    """The community's directories."""

    def items(self):
        return ["community:challenge_list", "community:organisation_list", "community:expert_list"]

    def location(self, name):
        return reverse(name)


class ChallengeSitemap(CommunitySitemap):
    def items(self):
        return visible_challenges(viewer=AnonymousUser()).only("slug", "updated_at").order_by("pk")


class OrganisationSitemap(CommunitySitemap):
    def items(self):
        return Organisation.objects.only("slug", "updated_at").order_by("pk")


class ExpertSitemap(CommunitySitemap):
    def items(self):
        return (
            ExpertProfile.objects.filter(is_public=True, user__is_active=True)
            .only("slug", "updated_at")
            .order_by("pk")
        )


class ForumTopicSitemap(CommunitySitemap):
    def items(self):
        return Topic.objects.filter(is_hidden=False).only("slug", "last_activity_at").order_by("pk")

    def lastmod(self, topic):
        return topic.last_activity_at


SECTIONS = {
    "pages": PageSitemap,
    "directories": DirectorySitemap,
    "challenges": ChallengeSitemap,
    "organisations": OrganisationSitemap,
    "experts": ExpertSitemap,
    "forum": ForumTopicSitemap,
}


@require_safe
@cache_page(SITEMAP_CACHE_SECONDS)
def sitemap(request):
    """/sitemap.xml through Wagtail's sitemap view (which hands the request to the page section)."""
    sections = {
        name: section if issubclass(section, WagtailSitemap) else section(request)
        for name, section in SECTIONS.items()
    }
    return wagtail_sitemap_views.sitemap(request, sitemaps=sections)

"""RSS and Atom feeds of case studies, news and events, in the language of the URL (/feeds/… or /en/feeds/…).

Case studies and events belong to other apps; their models are looked up by name when a feed is read,
so this module imports neither and a missing model gives an empty feed, not an error."""

from __future__ import annotations

from datetime import datetime, time

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

FEED_ITEMS = 20

# Fields tried in order for an item's description; the first non-empty one wins.
DESCRIPTION_FIELDS = ("search_description", "summary", "lead", "intro", "excerpt")


def _language() -> str:
    return (get_language() or "vi")[:2]


def _description(page) -> str:
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if value:
            return Truncator(strip_tags(str(value))).chars(400)
    return ""


class PageFeed(Feed):
    """Live, public pages of one model in the active language, newest first.

    `get_object` returns the request, so links are made absolute with the host that was asked for
    (django.contrib.sites' example.com would be wrong)."""

    model_label = ""
    feed_title = ""
    feed_description = ""
    order_by = ("-first_published_at", "-pk")
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        return request

    def title(self, obj):
        return f"{self.feed_title} · DX Connect"

    def description(self, obj):
        return str(self.feed_description)

    def subtitle(self, obj):  # Atom's name for the description
        return str(self.feed_description)

    def link(self, obj):
        return obj.build_absolute_uri("/" if _language() == "vi" else f"/{_language()}/")

    def feed_url(self, obj):
        return obj.build_absolute_uri(obj.path)

    def get_queryset(self):
        try:
            model = apps.get_model(self.model_label)
        except LookupError:
            return None
        return (
            model.objects.live().public().filter(locale__language_code=_language()).select_related("locale")
        )

    def items(self, obj):
        qs = self.get_queryset()
        if qs is None:
            return []
        items = list(qs.order_by(*self.order_by)[:FEED_ITEMS])
        for item in items:
            item._feed_url = obj.build_absolute_uri(item.get_url(obj))
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return _description(item)

    def item_link(self, item):
        return item._feed_url

    def item_guid(self, item):
        return item._feed_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        sector = getattr(item, "sector", None)
        return [sector.name] if sector is not None else []


class CaseStudyFeed(PageFeed):
    model_label = "cms.CaseStudyPage"
    feed_title = _("Case studies")
    feed_description = _(
        "Digital transformation that worked: new case studies from organisations across Vietnam."
    )

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.select_related("sector") if qs is not None and _has_field(qs.model, "sector") else qs


class NewsFeed(PageFeed):
    model_label = "publications.NewsPage"
    feed_title = _("News")
    feed_description = _(
        "News of the National Digital Transformation programme and the DX Connect community."
    )
    order_by = ("-date", "-pk")

    def get_queryset(self):
        return super().get_queryset().select_related("sector")

    def item_pubdate(self, item):
        # The editorial date, at the start of that day in Vietnam.
        return timezone.make_aware(datetime.combine(item.date, time.min))


class EventFeed(PageFeed):
    model_label = "events.EventPage"
    feed_title = _("Forums and seminars")
    feed_description = _("National forums and thematic seminars on digital transformation.")

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.select_related("sector") if qs is not None and _has_field(qs.model, "sector") else qs


def _has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def atom(feed_class):
    """The Atom twin of an RSS feed class."""
    return type(f"{feed_class.__name__}Atom", (feed_class,), {"feed_type": Atom1Feed})


FEEDS = {
    "case-studies": CaseStudyFeed,
    "news": NewsFeed,
    "events": EventFeed,
}

"""RSS and Atom feeds of case studies, news and events at /feeds/<kind>/rss|atom/ (English under /en/), in the
language of the URL."""

from __future__ import annotations

from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.events.feeds import EventFeed
from cms.feeds import FeedReader, PageFeed
from cms.models import CaseStudyPage

from .models import NewsPage


def _in_language(model):
    """Live, public pages of `model` in the language of the URL."""
    return model.objects.live().public().filter(locale__language_code=(get_language() or "vi")[:2])


class CaseStudyFeed(PageFeed):
    feed_title = _("Case studies")
    feed_description = _(
        "Digital transformation that worked: new case studies from organisations across Vietnam."
    )

    def pages(self, reader: FeedReader) -> list:
        qs = _in_language(CaseStudyPage).select_related("locale", "sector")
        return list(qs.order_by("-first_published_at", "-pk")[: self.limit])


class NewsFeed(PageFeed):
    feed_title = _("News")
    feed_description = _(
        "News of the National Digital Transformation programme and the DX Connect community."
    )

    def pages(self, reader: FeedReader) -> list:
        qs = _in_language(NewsPage).select_related("locale", "sector")
        return list(qs.order_by("-date", "-pk")[: self.limit])

    def item_pubdate(self, item):
        # The editorial date, at the start of that day in Vietnam (the site's time zone).
        return timezone.make_aware(datetime.combine(item.date, time.min))


FEEDS = {
    "case-studies": CaseStudyFeed,
    "news": NewsFeed,
    "events": EventFeed,
}

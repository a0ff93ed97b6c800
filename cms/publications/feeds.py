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


class LanguagePageFeed(PageFeed):
    """Live, public pages of `model` in the language of the URL, newest first by `order_by`."""

    model = None
    order_by = ("-first_published_at", "-pk")

    def pages(self, reader: FeedReader) -> list:
        language = (get_language() or "vi")[:2]
        qs = self.model.objects.live().public().filter(locale__language_code=language)
        return list(qs.select_related("locale", "sector").order_by(*self.order_by)[: self.limit])


class CaseStudyFeed(LanguagePageFeed):
    model = CaseStudyPage
    feed_title = _("Case studies")
    feed_description = _(
        "Digital transformation that worked: new case studies from organisations across Vietnam."
    )


class NewsFeed(LanguagePageFeed):
    model = NewsPage
    order_by = ("-date", "-pk")
    feed_title = _("News")
    feed_description = _(
        "News of the National Digital Transformation programme and the DX Connect community."
    )

    def item_pubdate(self, item):
        # The editorial date, at the start of that day in Vietnam (the site's time zone).
        return timezone.make_aware(datetime.combine(item.date, time.min))


FEEDS = {
    "case-studies": CaseStudyFeed,
    "news": NewsFeed,
    "events": EventFeed,
}

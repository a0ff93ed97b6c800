"""The events feed: the latest announced events, newest start first, in the reader's language (an event not
yet translated shows in Vietnamese, as on the index). Served at /feeds/events/rss|atom/ and, in Atom, as the
index's own feed (/events/feed/)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.feeds import FeedReader, PageFeed

from . import selectors


class EventFeed(PageFeed):
    feed_title = _("Forums and seminars")
    feed_description = _("National forums and thematic seminars on digital transformation.")
    limit = 30

    def pages(self, reader: FeedReader) -> list:
        return selectors.feed_events(locale=reader.locale, limit=self.limit)

    def item_description(self, item) -> str:
        return f"{item.when_text} · {item.location_text}\n\n{item.summary}"

    def item_pubdate(self, item):
        return item.first_published_at or item.start_at

    def item_updateddate(self, item):
        return item.last_published_at or item.start_at

    def item_categories(self, item) -> list[str]:
        return [str(item.get_kind_display())] + ([item.sector.name] if item.sector else [])


EventAtomFeed = EventFeed.atom()

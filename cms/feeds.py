"""The base of the site's RSS and Atom feeds (django.contrib.syndication): live, public pages in the reader's
language (Vietnamese at /…, English under /en/…), links absolute on the host that was asked for."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Locale, Page

FEED_ITEMS = 20

# Fields tried in order for an item's description; the first non-empty one wins.
DESCRIPTION_FIELDS = ("search_description", "summary", "lead", "intro", "excerpt")


@dataclass(frozen=True)
class FeedReader:
    """What a feed is read for: the request (its host makes links absolute) and, for a feed that belongs to
    a page (an index's `feed/` route), that page."""

    request: HttpRequest
    page: Page | None = None

    @property
    def locale(self) -> Locale | None:
        """The page's locale; None (the active language) for a feed not tied to a page."""
        return self.page.locale if self.page is not None else None

    def absolute(self, url: str) -> str:
        return self.request.build_absolute_uri(url)


def page_description(page) -> str:
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if value:
            return Truncator(strip_tags(str(value))).chars(400)
    return ""


class PageFeed(Feed):
    """Pages of one kind, newest first; a subclass says which with `pages(reader)`. RSS by default, its
    `.atom()` twin for Atom."""

    feed_type = Rss201rev2Feed
    feed_title = ""
    feed_description = ""
    limit = FEED_ITEMS

    @classmethod
    def atom(cls) -> type[PageFeed]:
        """The Atom twin of this feed."""
        return type(f"{cls.__name__}Atom", (cls,), {"feed_type": Atom1Feed})

    def get_object(self, request, *args, page=None, **kwargs) -> FeedReader:
        return FeedReader(request=request, page=page)

    def pages(self, reader: FeedReader) -> list:
        raise NotImplementedError

    def title(self, reader: FeedReader) -> str:
        return f"{reader.page.title if reader.page else self.feed_title} · DX Connect"

    def description(self, reader: FeedReader) -> str:
        return str(getattr(reader.page, "intro", "") or self.feed_description)

    def subtitle(self, reader: FeedReader) -> str:  # Atom's name for the description
        return self.description(reader)

    def link(self, reader: FeedReader) -> str:
        if reader.page is not None:
            return reader.absolute(reader.page.get_url(reader.request))
        language = (get_language() or "vi")[:2]
        return reader.absolute("/" if language == "vi" else f"/{language}/")

    def feed_url(self, reader: FeedReader) -> str:
        return reader.absolute(reader.request.path)

    def items(self, reader: FeedReader) -> list:
        items = list(self.pages(reader))
        for item in items:
            item._feed_url = reader.absolute(item.get_url(reader.request))
        return items

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return page_description(item)

    def item_link(self, item) -> str:
        return item._feed_url

    def item_guid(self, item) -> str:
        return item._feed_url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item) -> list[str]:
        sector = getattr(item, "sector", None)
        return [sector.name] if sector is not None else []

"""Search documents of reports and news (haystack finds this module by its name).

Only live pages without view restrictions are indexed; a page that is unpublished or restricted leaves
`index_queryset`, and the on-commit update then removes its document. As for community content, one
document per item: the default-language page (translations share its subject; `url` is the
default-language address). The shared fields match community/search_indexes.py."""

from datetime import datetime, time

from django.conf import settings
from django.utils import timezone
from haystack import indexes

from cms.search_indexes import PageDocument
from search.text import html_to_text

from .models import NewsPage, ReportPage


def _page_url(page) -> str:
    return page.get_url() or page.url_path


def _start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def _stream_text(body) -> str:
    parts = []
    for block in body or []:
        value = block.value
        if block.block_type in ("paragraph",):
            parts.append(html_to_text(value.source if hasattr(value, "source") else str(value)))
        elif block.block_type == "heading":
            parts.append(str(value))
        elif block.block_type == "quote":
            parts.append(value.get("quote", ""))
        elif block.block_type == "image":
            parts.append(value.get("caption", ""))
    return "\n".join(p for p in parts if p)


class _PageIndex(PageDocument):
    """Reports and news: the default-language page only."""

    def public_pages(self, model):
        return (
            model.objects.live()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .select_related("sector", "locale")
        )

    def should_update(self, instance, **kwargs):
        return bool(instance.live) and instance.locale.language_code == settings.LANGUAGE_CODE

    def prepare_province(self, obj):
        return []

    def prepare_url(self, obj):
        return _page_url(obj)


class ReportIndex(_PageIndex, indexes.Indexable):
    date = indexes.DateTimeField(faceted=True)

    def get_model(self):
        return ReportPage

    def index_queryset(self, using=None):
        return self.public_pages(ReportPage)

    def prepare_kind(self, obj):
        return "report"

    def prepare_date(self, obj):
        return _start_of_day(obj.publication_date)

    def prepare_text(self, obj):
        parts = [obj.title, obj.summary, html_to_text(obj.body), obj.publisher]
        if obj.sector_id:
            parts.append(obj.sector.name_vi)
        return "\n".join(p for p in parts if p)

    def prepare_tags(self, obj):
        return []


class NewsIndex(_PageIndex, indexes.Indexable):
    date = indexes.DateTimeField(faceted=True)

    def get_model(self):
        return NewsPage

    def index_queryset(self, using=None):
        return self.public_pages(NewsPage).prefetch_related("tags")

    def prepare_kind(self, obj):
        return "news"

    def prepare_date(self, obj):
        return _start_of_day(obj.date)

    def prepare_text(self, obj):
        parts = [obj.title, obj.summary, _stream_text(obj.body)]
        parts += [t.name for t in obj.tags.all()]
        if obj.sector_id:
            parts.append(obj.sector.name_vi)
        return "\n".join(p for p in parts if p)

    def prepare_tags(self, obj):
        return [t.name for t in obj.tags.all()]

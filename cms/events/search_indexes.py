"""Search documents of forums and seminars (haystack finds this module by its name).

One document per event: the default-language page, or the translation when an event exists only in
another language. Drafts, unpublished and private pages are never indexed.
"""

from django.conf import settings
from django.db.models import Q
from haystack import indexes

from cms.search_indexes import PageDocument
from search.text import html_to_text

from .models import EventPage


class EventPageIndex(PageDocument, indexes.Indexable):
    event_kind = indexes.CharField(model_attr="kind", faceted=True)
    date = indexes.DateTimeField(model_attr="start_at", faceted=True)

    def get_model(self):
        return EventPage

    def index_queryset(self, using=None):
        default = settings.LANGUAGE_CODE
        in_default = EventPage.objects.filter(locale__language_code=default).values("translation_key")
        return (
            EventPage.objects.live()
            .public()
            .filter(Q(locale__language_code=default) | ~Q(translation_key__in=in_default))
            .select_related("sector", "province", "locale")
            .prefetch_related("tags", "speaker_links__speaker")
        )

    def prepare_kind(self, obj):
        return "event"

    def prepare_text(self, obj):
        parts = [
            obj.title,
            obj.get_kind_display(),
            obj.summary,
            html_to_text(obj.description or ""),
            obj.venue,
            obj.address,
        ]
        if obj.sector_id:
            parts.append(obj.sector.name_vi)
        if obj.province_id:
            parts.append(obj.province.name_vi)
        for link in obj.speaker_links.all():
            parts += [link.speaker.name, link.speaker.organisation]
        for block in obj.agenda:
            if block.block_type == "session":
                parts += [block.value.get("title"), block.value.get("description")]
        parts += [t.name for t in obj.tags.all()]
        return "\n".join(p for p in parts if p)

    def prepare_province(self, obj):
        return [obj.province.code] if obj.province_id else []

    def prepare_tags(self, obj):
        return [t.name for t in obj.tags.all()]

    def prepare_url(self, obj):
        return obj.get_url() or obj.url_path

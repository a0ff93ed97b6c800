"""Search documents of case studies (haystack finds this module by its name).

One document per case study, for the Vietnamese original; the English translation's title, summary and body
are added to its text so that an English query finds it too. Drafts, private and unpublished pages never reach
the index: `index_queryset` keeps live, public pages only and the indexing task re-reads through it.
"""

from django.conf import settings
from django.utils import translation
from haystack import indexes

from search.audience import Document

from .models import CaseStudyPage


class PageDocument(Document):
    """The fields every CMS page's document has (case studies, events, news, reports), as community documents
    have them: a live page only, its sector as a slug."""

    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="title", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="title")
    kind = indexes.CharField(faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    url = indexes.CharField(indexed=False)

    def should_update(self, instance, **kwargs):
        return bool(instance.live)

    def prepare_sector(self, obj):
        return [obj.sector.slug] if obj.sector_id else []


class CaseStudyIndex(PageDocument, indexes.Indexable):
    technologies = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="first_published_at", faceted=True, null=True)

    def get_model(self):
        return CaseStudyPage

    def index_queryset(self, using=None):
        from wagtail.models import Locale

        return (
            CaseStudyPage.objects.live()
            .public()
            .filter(locale__language_code=Locale.get_default().language_code)
            .select_related("sector", "province", "organisation")
            .prefetch_related("tags", "technologies")
        )

    def prepare_kind(self, obj):
        return "case_study"

    def prepare_text(self, obj):
        parts = [obj.title, obj.summary, obj.body_text()]
        if obj.organisation_id:
            parts.append(obj.organisation.name)
        if obj.sector_id:
            parts.append(obj.sector.name_vi)
        if obj.province_id:
            parts.append(obj.province.name_vi)
        parts += [t.name for t in obj.technologies.all()]
        parts += [t.name for t in obj.tags.all()]
        # The translations' words too, body included: an English query finds the case study by its English text.
        for translated in (
            CaseStudyPage.objects.live()
            .filter(translation_key=obj.translation_key)
            .exclude(pk=obj.pk)
            .only("title", "summary", "body")
        ):
            parts += [translated.title, translated.summary, translated.body_text()]
        return "\n".join(p for p in parts if p)

    def prepare_province(self, obj):
        return [obj.province.code] if obj.province_id else []

    def prepare_tags(self, obj):
        return [t.name for t in obj.tags.all()] + [t.name for t in obj.technologies.all()]

    def prepare_technologies(self, obj):
        return [t.name for t in obj.technologies.all()]

    def prepare_url(self, obj):
        with translation.override(settings.LANGUAGE_CODE):
            return obj.get_url() or obj.url_path

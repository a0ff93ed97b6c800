"""Search documents of organisations."""

from haystack import indexes

from community.core.search import default_language_url
from community.organisations.models import Organisation
from search.audience import Document


class OrganisationIndex(Document, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="name", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="name")
    kind = indexes.CharField(faceted=True)
    org_kind = indexes.CharField(model_attr="kind", faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="created_at", faceted=True)
    verified = indexes.BooleanField(model_attr="verified")
    url = indexes.CharField(indexed=False)

    def get_model(self):
        return Organisation

    def index_queryset(self, using=None):
        return Organisation.objects.select_related("province").prefetch_related("sectors")

    def prepare_kind(self, obj):
        return "organisation"

    def prepare_text(self, obj):
        parts = [obj.name, obj.short_name, obj.get_kind_display(), obj.province.name_vi, obj.description]
        parts += [s.name_vi for s in obj.sectors.all()]
        return "\n".join(p for p in parts if p)

    def prepare_sector(self, obj):
        return [s.slug for s in obj.sectors.all()]

    def prepare_province(self, obj):
        return [obj.province.code]

    def prepare_tags(self, obj):
        return []

    def prepare_url(self, obj):
        return default_language_url(obj)

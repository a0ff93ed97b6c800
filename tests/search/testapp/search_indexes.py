"""Haystack indexes of the test models, written the way the project's apps declare theirs."""

from django.db import models
from haystack import indexes

from search.audience import Document

from .models import Note, Organisation


class NoteIndex(Document, indexes.Indexable):
    """Title boosted over body; sector, province, kind and tags filterable and faceted."""

    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="title", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="title")
    sector = indexes.CharField(model_attr="sector", faceted=True, null=True)
    province = indexes.CharField(model_attr="province", faceted=True, null=True)
    kind = indexes.CharField(model_attr="kind", faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    published = indexes.DateField(model_attr="published", faceted=True, null=True)

    def get_model(self) -> type[Note]:
        return Note

    def index_queryset(self, using: str | None = None) -> models.QuerySet[Note]:
        return Note.objects.filter(is_public=True)

    def prepare_text(self, obj: Note) -> str:
        return "\n".join(part for part in (obj.title, obj.body, obj.province) if part)

    def prepare_tags(self, obj: Note) -> list[str]:
        return obj.tag_list()


class OrganisationIndex(Document, indexes.Indexable):
    """The example index from the search API documentation."""

    text = indexes.CharField(document=True)
    name = indexes.CharField(model_attr="name", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="name")
    kind = indexes.CharField(model_attr="kind", faceted=True, null=True)
    sectors = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.CharField(model_attr="province", faceted=True, null=True)
    url = indexes.CharField(model_attr="url", indexed=False, null=True)
    date = indexes.DateTimeField(model_attr="created_at", faceted=True, null=True)
    verified = indexes.BooleanField(model_attr="verified")

    def get_model(self) -> type[Organisation]:
        return Organisation

    def prepare_text(self, obj: Organisation) -> str:
        return "\n".join(part for part in (obj.name, obj.description) if part)

    def prepare_sectors(self, obj: Organisation) -> list[str]:
        return obj.sector_list()

"""Search documents of expert profiles."""

from haystack import indexes

from community.core.search import default_language_url
from community.experts.models import ExpertProfile
from search.audience import Document


class ExpertIndex(Document, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(boost=2.0)
    autocomplete = indexes.EdgeNgramField()
    kind = indexes.CharField(faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="updated_at", faceted=True)
    available = indexes.BooleanField(model_attr="is_available")
    verified = indexes.BooleanField(model_attr="verified")
    url = indexes.CharField(indexed=False)

    def get_model(self):
        return ExpertProfile

    def index_queryset(self, using=None):
        # Unlisted profiles and deactivated accounts never reach the index.
        return (
            ExpertProfile.objects.filter(is_public=True, user__is_active=True)
            .select_related("user")
            .prefetch_related("sectors", "provinces", "skills")
        )

    def prepare_kind(self, obj):
        return "expert"

    def prepare_title(self, obj):
        return obj.user.display_name

    def prepare_autocomplete(self, obj):
        return obj.user.display_name

    def prepare_text(self, obj):
        parts = [obj.display_name, obj.headline, obj.affiliation, obj.bio]
        parts += [s.name for s in obj.skills.all()]
        parts += [s.name_vi for s in obj.sectors.all()]
        parts += [p.name_vi for p in obj.provinces.all()]
        return "\n".join(p for p in parts if p)

    def prepare_sector(self, obj):
        return [s.slug for s in obj.sectors.all()]

    def prepare_province(self, obj):
        return [p.code for p in obj.provinces.all()]

    def prepare_tags(self, obj):
        return [s.name for s in obj.skills.all()]

    def prepare_url(self, obj):
        return default_language_url(obj)

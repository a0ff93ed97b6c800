"""Search documents of challenges and their proposals (the fields every kind shares: see community.search_indexes)."""

from haystack import indexes

from community.challenges import permissions
from community.challenges.models import PUBLIC_STATUSES, Challenge, Solution, SolutionStatus
from community.core.search import default_language_url
from search.audience import Document
from search.text import html_to_text


class ChallengeIndex(Document, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="title", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="title")
    kind = indexes.CharField(faceted=True)
    status = indexes.CharField(model_attr="status", faceted=True)
    org_kind = indexes.CharField(faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="published_at", faceted=True, null=True)
    url = indexes.CharField(indexed=False)

    def get_model(self):
        return Challenge

    def index_queryset(self, using=None):
        # Published and not hidden: drafts, withdrawn and hidden challenges never reach the index.
        # Members-only challenges do, for signed-in readers only (``prepare_audience``).
        return (
            Challenge.objects.listed()
            .select_related("organisation", "sector", "province")
            .prefetch_related("tags")
        )

    def read_queryset(self, using=None):
        # Hits are loaded through this: a challenge hidden or withdrawn since it was indexed never shows.
        return Challenge.objects.listed().select_related("organisation", "sector", "province")

    def prepare_audience(self, obj):
        return permissions.challenge_search_audience(obj)

    def prepare_context(self, obj):
        return [obj.organisation.name]

    def prepare_kind(self, obj):
        return "challenge"

    def prepare_org_kind(self, obj):
        return obj.organisation.kind

    def prepare_text(self, obj):
        # The rendered description, as text: Markdown marks (** ## [..](..)) never reach a snippet.
        parts = [
            obj.title,
            html_to_text(obj.description_html) or obj.description,
            obj.expected_outcome,
            obj.organisation.name,
            obj.sector.name_vi,
            obj.province.name_vi,
            obj.outcome_summary,
        ]
        parts += [t.name for t in obj.tags.all()]
        return "\n".join(p for p in parts if p)

    def prepare_sector(self, obj):
        return [obj.sector.slug]

    def prepare_province(self, obj):
        return [obj.province.code]

    def prepare_tags(self, obj):
        return [t.name for t in obj.tags.all()]

    def prepare_url(self, obj):
        return default_language_url(obj)


class SolutionIndex(Document, indexes.Indexable):
    """Proposals, found only by those who may read them: the team, the challenge's organisation, staff."""

    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="title", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="title")
    kind = indexes.CharField(faceted=True)
    status = indexes.CharField(model_attr="status", faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="created_at", faceted=True)
    url = indexes.CharField(indexed=False)

    def get_model(self):
        return Solution

    def _visible(self):
        # Withdrawn and hidden proposals, and those of challenges no longer published, are never found.
        return Solution.objects.filter(is_hidden=False, challenge__status__in=PUBLIC_STATUSES).exclude(
            status=SolutionStatus.WITHDRAWN
        )

    def index_queryset(self, using=None):
        return (
            self._visible()
            .select_related(
                "challenge__organisation",
                "challenge__sector",
                "challenge__province",
                "author",
                "organisation",
            )
            .prefetch_related("co_authors", "challenge__tags")
        )

    def read_queryset(self, using=None):
        return self._visible().select_related("challenge", "author").prefetch_related("co_authors")

    def prepare_audience(self, obj):
        return permissions.solution_search_audience(obj)

    def prepare_context(self, obj):
        return [obj.challenge.title, obj.author.display_name]

    def prepare_kind(self, obj):
        return "solution"

    def prepare_text(self, obj):
        challenge = obj.challenge
        parts = [
            obj.title,
            obj.summary,
            html_to_text(obj.approach_html) or obj.approach,
            obj.timeline,
            challenge.title,
            obj.author.display_name,
            obj.organisation.name if obj.organisation_id else "",
            challenge.sector.name_vi,
            challenge.province.name_vi,
        ]
        parts += [user.display_name for user in obj.co_authors.all()]
        return "\n".join(p for p in parts if p)

    def prepare_sector(self, obj):
        return [obj.challenge.sector.slug]

    def prepare_province(self, obj):
        return [obj.challenge.province.code]

    def prepare_tags(self, obj):
        return [t.name for t in obj.challenge.tags.all()]

    def prepare_url(self, obj):
        return default_language_url(obj)

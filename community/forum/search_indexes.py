"""Search documents of forum topics (kind `forum_topic`): the question, its accepted answer and best replies.

Hidden topics never reach the index, and hidden replies never reach a document.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from haystack import indexes

from community.forum.models import Reply, Topic
from search.audience import Document
from search.text import html_to_text

TOP_REPLIES = 5


def _plain(rendered: str) -> str:
    """Text of sanitised HTML, so Markdown marks (** ## []) never show in search snippets."""
    return html_to_text(rendered)


class TopicIndex(Document, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="title", boost=2.0)
    autocomplete = indexes.EdgeNgramField(model_attr="title")
    kind = indexes.CharField(faceted=True)
    sector = indexes.MultiValueField(faceted=True, null=True)
    province = indexes.MultiValueField(faceted=True, null=True)
    tags = indexes.MultiValueField(faceted=True, null=True)
    date = indexes.DateTimeField(model_attr="last_activity_at", faceted=True)
    answered = indexes.BooleanField()
    url = indexes.CharField(indexed=False)

    def get_model(self):
        return Topic

    def index_queryset(self, using=None):
        visible_replies = Reply.objects.filter(is_hidden=False).order_by("-score", "created_at")
        return (
            Topic.objects.filter(is_hidden=False)
            .select_related("category__sector", "accepted_reply")
            .prefetch_related(
                "tags", Prefetch("replies", queryset=visible_replies, to_attr="visible_replies")
            )
        )

    def read_queryset(self, using=None):
        # Results are loaded through this: a topic hidden after it was indexed never shows up.
        return Topic.objects.filter(is_hidden=False).select_related("category", "author")

    def should_update(self, instance, **kwargs):
        return not instance.is_hidden

    def prepare_kind(self, obj):
        return "forum_topic"

    def _accepted(self, obj):
        accepted = obj.accepted_reply
        return accepted if accepted is not None and not accepted.is_hidden else None

    def prepare_text(self, obj):
        parts = [obj.title, _plain(obj.body_html), obj.category.name_vi, obj.category.name_en]
        parts += [t.name for t in obj.tags.all()]
        accepted = self._accepted(obj)
        if accepted is not None:
            parts.append(_plain(accepted.body_html))
        replies = getattr(obj, "visible_replies", None)
        if replies is None:
            replies = list(
                obj.replies.filter(is_hidden=False).order_by("-score", "created_at")[: TOP_REPLIES + 1]
            )
        parts += [_plain(r.body_html) for r in replies if accepted is None or r.pk != accepted.pk][
            :TOP_REPLIES
        ]
        return "\n".join(p for p in parts if p)

    def prepare_sector(self, obj):
        return [obj.category.sector.slug] if obj.category.sector_id else []

    def prepare_province(self, obj):
        return []

    def prepare_tags(self, obj):
        return [t.name for t in obj.tags.all()]

    def prepare_answered(self, obj):
        return self._accepted(obj) is not None

    def prepare_url(self, obj):
        with translation.override(settings.LANGUAGE_CODE):
            return obj.get_absolute_url()

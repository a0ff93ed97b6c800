"""Reads for the forum pages: each returns what a template needs in a fixed number of queries."""

from __future__ import annotations

from django.db.models import BooleanField, Case, Count, Max, OuterRef, Q, Subquery, Sum, Value, When
from django.utils.translation import gettext_lazy as _

from community.accounts.permissions import is_moderator
from community.forum.models import Category, Reply, Subscription, TaggedTopic, Topic, TopicTag, Vote

SORTS = ("latest", "newest", "top", "unanswered")


def _topic_rows(qs):
    """Topics as list rows. `accepted_visible` says whether the topic is solved: it has an accepted answer that a
    moderator has not hidden, as on the topic page (one join in the same query, nothing per row)."""
    return (
        qs.select_related("category", "author", "author__expert_profile")
        .prefetch_related("tags")
        .annotate(
            accepted_visible=Case(
                When(accepted_reply__is_hidden=False, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
    )


def categories_with_stats(*, viewer):
    """Categories with their topic and reply counts, last activity and latest topic (hidden ones count only
    for moderators)."""
    visible = Q() if is_moderator(viewer) else Q(topics__is_hidden=False)
    latest = Topic.objects.filter(category=OuterRef("pk"))
    if not is_moderator(viewer):
        latest = latest.filter(is_hidden=False)
    latest = latest.order_by("-last_activity_at", "-pk")
    return Category.objects.annotate(
        topic_count=Count("topics", filter=visible),
        post_count=Sum("topics__reply_count", filter=visible),
        last_activity=Max("topics__last_activity_at", filter=visible),
        latest_topic_id=Subquery(latest.values("pk")[:1]),
        latest_topic_title=Subquery(latest.values("title")[:1]),
        latest_topic_slug=Subquery(latest.values("slug")[:1]),
    ).select_related("sector")


def topic_list(*, viewer, category: Category | None = None, sort: str = "latest", tag: str = ""):
    qs = Topic.objects.visible_to(viewer)
    if category is not None:
        qs = qs.filter(category=category)
    if tag:
        qs = qs.filter(tags__name__iexact=tag)
    if sort == "newest":
        qs = qs.order_by("-created_at", "-pk")
    elif sort == "top":
        qs = qs.order_by("-score", "-reply_count", "-last_activity_at", "-pk")
    elif sort == "unanswered":
        qs = qs.filter(reply_count=0).order_by("-created_at", "-pk")
    else:
        qs = qs.order_by("-last_activity_at", "-pk")
    return _topic_rows(qs)


def popular_tags(*, viewer, category: Category | None = None, limit: int = 15):
    topics = Q(tagged_topics__content_object__is_hidden=False)
    if is_moderator(viewer):
        topics = Q()
    if category is not None:
        topics &= Q(tagged_topics__content_object__category=category)
    return (
        TopicTag.objects.annotate(n=Count("tagged_topics", filter=topics))
        .filter(n__gt=0)
        .order_by("-n", "name")[:limit]
    )


def topic_detail(*, pk: int) -> Topic:
    return (
        Topic.objects.select_related("category__sector", "author", "author__expert_profile")
        .prefetch_related("tags")
        .get(pk=pk)
    )


def topic_replies(*, topic: Topic, viewer) -> list[Reply]:
    """The replies to show, accepted answer first, then by votes and age (as on Stack Overflow)."""
    qs = topic.replies.select_related("author", "author__expert_profile")
    if not is_moderator(viewer):
        qs = qs.filter(is_hidden=False)
    replies = sorted(qs, key=lambda r: (r.pk != topic.accepted_reply_id, -r.score, r.created_at, r.pk))
    return replies


def viewer_state(*, topic: Topic, viewer) -> dict:
    """What the viewer already did here: votes and subscriptions (two queries, none when signed out)."""
    if not getattr(viewer, "is_authenticated", False):
        return {
            "voted_topic": False,
            "voted_replies": set(),
            "subscribed": False,
            "category_subscribed": False,
        }
    votes = list(
        Vote.objects.filter(user=viewer)
        .filter(Q(topic=topic) | Q(reply__topic=topic))
        .values_list("topic_id", "reply_id")
    )
    subs = list(
        Subscription.objects.filter(user=viewer)
        .filter(Q(topic=topic) | Q(category_id=topic.category_id))
        .values_list("topic_id", "category_id")
    )
    return {
        "voted_topic": any(t for t, _r in votes),
        "voted_replies": {r for _t, r in votes if r},
        "subscribed": any(t for t, _c in subs),
        "category_subscribed": any(c for _t, c in subs),
    }


def revisions(*, topic: Topic, reply: Reply | None = None):
    qs = topic.revisions.select_related("editor")
    return qs.filter(reply=reply) if reply is not None else qs.filter(reply__isnull=True)


def user_activity(*, user, limit: int = 5) -> dict:
    """For dashboards: the person's latest topics and the topics they answered."""
    topics = list(
        _topic_rows(Topic.objects.filter(author=user, is_hidden=False).order_by("-last_activity_at"))[:limit]
    )
    answered = list(
        _topic_rows(
            Topic.objects.filter(
                pk__in=Reply.objects.filter(author=user, is_hidden=False).values("topic_id"), is_hidden=False
            ).order_by("-last_activity_at")
        )[:limit]
    )
    return {"topics": topics, "answered": answered}


__all__ = [
    "SORTS",
    "categories_with_stats",
    "popular_tags",
    "revisions",
    "topic_detail",
    "topic_list",
    "topic_replies",
    "user_activity",
    "viewer_state",
]


EXPORT_SECTIONS = {
    "forum_topics": _(
        "Questions you asked in the forum: category, title, address, text, tags, dates asked and "
        "edited, whether closed."
    ),
    "forum_replies": _("Answers you wrote in the forum: question, text, dates written and edited."),
    "forum_votes": _("Your up-votes: the question, or the question of the answer, and the date."),
    "forum_subscriptions": _("What you follow in the forum: question or category, date."),
}


def user_export(user) -> dict:
    """A person's forum data for "Download my data" (keys in EXPORT_SECTIONS): one query per key, plus one
    for the tags of their questions."""
    tags: dict[int, list[str]] = {}
    for topic_id, name in (
        TaggedTopic.objects.filter(content_object__author=user)
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    ):
        tags.setdefault(topic_id, []).append(name)
    topics = list(
        Topic.objects.filter(author=user)
        .order_by("created_at")
        .values("id", "category__slug", "title", "slug", "body", "created_at", "edited_at", "is_closed")
    )
    for topic in topics:
        topic["tags"] = tags.get(topic.pop("id"), [])
    return {
        "forum_topics": topics,
        "forum_replies": list(
            Reply.objects.filter(author=user)
            .order_by("created_at")
            .values("topic__title", "topic__slug", "body", "created_at", "edited_at")
        ),
        "forum_votes": list(
            Vote.objects.filter(user=user)
            .order_by("created_at")
            .values("topic__title", "reply__topic__title", "created_at")
        ),
        "forum_subscriptions": list(
            Subscription.objects.filter(user=user)
            .order_by("created_at")
            .values("topic__title", "category__slug", "created_at")
        ),
    }

"""Reads of the discussion app: every thread of a challenge page in one query."""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext_lazy as _

from community.discussion.models import Comment


def challenge_threads(challenge_id: int) -> dict[int | None, list[Comment]]:
    """All comments of a challenge and of its solutions, in one query, as threads keyed by solution id
    (None for the challenge's own thread). Top-level comments carry their replies in `reply_list`."""
    comments = list(
        Comment.objects.filter(challenge_id=challenge_id)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    by_pk = {c.pk: c for c in comments}
    threads: dict[int | None, list[Comment]] = defaultdict(list)
    for c in comments:
        c.reply_list = []
    for c in comments:
        parent = by_pk.get(c.parent_id) if c.parent_id else None
        if parent is not None:
            parent.reply_list.append(c)
        else:
            threads[c.solution_id].append(c)
    return threads


def page_threads(request, challenge_id: int) -> dict[int | None, list[Comment]]:
    """challenge_threads, loaded once per request however many threads the page shows."""
    cache = getattr(request, "_dx_comment_threads", None)
    if cache is None:
        cache = request._dx_comment_threads = {}
    if challenge_id not in cache:
        cache[challenge_id] = challenge_threads(challenge_id)
    return cache[challenge_id]


def count_visible(comments: list[Comment]) -> int:
    """Comments people can read (not deleted), replies included."""
    return sum((not c.is_deleted) + sum(not r.is_deleted for r in c.reply_list) for c in comments)


EXPORT_SECTIONS = {
    "comments": _(
        "Your comments: challenge, proposal, whether a reply, text, dates written and edited, whether "
        "deleted."
    ),
}


def user_export(user) -> dict:
    """A person's comments for "Download my data" (keys in EXPORT_SECTIONS), in one query."""
    return {
        "comments": list(
            Comment.objects.filter(author=user)
            .order_by("created_at")
            .values(
                "challenge__title",
                "challenge__slug",
                "solution__title",
                "parent_id",
                "body",
                "created_at",
                "edited_at",
                "is_deleted",
            )
        )
    }

"""Writes for the forum: keyword-only functions, one transaction each, ValidationError with a message a
person can act on. Counters move with F() updates; notifications and search updates run after commit.

Posting is rate-limited (`community.core.ratelimit.rate_limited`) when a view asks with `rate_limit=True`;
seeding and the importer call these functions without, freely.

One module per concern (topics.py, replies.py, votes.py, categories.py); callers import from here.
"""

from community.forum.services.categories import ensure_categories
from community.forum.services.replies import refresh_topic_stats, reply_create, reply_update, set_hidden
from community.forum.services.topics import (
    MAX_TAGS,
    TAG_MAX_LENGTH,
    render_body,
    thread_backdate,
    topic_create,
    topic_set_closed,
    topic_update,
    upsert_topic,
)
from community.forum.services.votes import VoteRefused, accept_reply, subscribe, vote

__all__ = [
    "MAX_TAGS",
    "TAG_MAX_LENGTH",
    "VoteRefused",
    "accept_reply",
    "ensure_categories",
    "refresh_topic_stats",
    "render_body",
    "reply_create",
    "reply_update",
    "set_hidden",
    "subscribe",
    "thread_backdate",
    "topic_create",
    "topic_set_closed",
    "topic_update",
    "upsert_topic",
    "vote",
]

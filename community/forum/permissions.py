"""Who may do what in the forum: plain functions that views, templates, the API and tests all call.

Built on community.accounts.permissions: `can_post` (signed in, active, not suspended) and `is_moderator`.
"""

from __future__ import annotations

from community.accounts.permissions import can_post, is_moderator


def _uid(user):
    return getattr(user, "pk", None) if getattr(user, "is_authenticated", False) else None


def can_view_topic(user, topic) -> bool:
    """Hidden topics exist only for moderators (everyone else gets a 404)."""
    return not topic.is_hidden or is_moderator(user)


def can_view_reply(user, reply) -> bool:
    return not reply.is_hidden or is_moderator(user)


def can_view_hidden(user) -> bool:
    return is_moderator(user)


def can_post_topic(user) -> bool:
    return can_post(user)


def can_reply(user, topic) -> bool:
    """Anyone who may post, on a visible topic that is not closed (moderators reply to closed topics too)."""
    if not can_post(user) or not can_view_topic(user, topic):
        return False
    return not topic.is_closed or is_moderator(user)


def can_edit_topic(user, topic) -> bool:
    """The author edits their own topic; moderators edit any."""
    if not can_post(user):
        return False
    return is_moderator(user) or (topic.author_id is not None and topic.author_id == _uid(user))


def can_edit_reply(user, reply) -> bool:
    if not can_post(user):
        return False
    return is_moderator(user) or (reply.author_id is not None and reply.author_id == _uid(user))


def can_accept(user, topic) -> bool:
    """Only the person who asked chooses (or takes back) the accepted answer."""
    return can_post(user) and topic.author_id is not None and topic.author_id == _uid(user)


def can_vote(user, target) -> bool:
    """Signed in, allowed to post, and not for one's own topic or reply."""
    return can_post(user) and target.author_id != _uid(user)


def can_close(user, topic) -> bool:
    return is_moderator(user)


def can_subscribe(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)

"""Who may do anything at all: staff, moderators, people allowed to post (plain functions, one place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from community.core import groups

if TYPE_CHECKING:
    pass


def is_staff(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_staff)


def can_post(user) -> bool:
    """Writing anything (challenges, proposals, topics, replies, comments, flags' notes): signed in,
    active and not suspended by a moderator. Each specific rule below builds on this one."""
    return bool(getattr(user, "is_authenticated", False) and user.is_active and not user.is_suspended)


def is_moderator(user) -> bool:
    """Staff, or members of the community moderators' group (see community.moderation)."""
    if is_staff(user):
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_dx_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=groups.COMMUNITY_MODERATORS).exists()
        user._dx_is_moderator = cached
    return cached

"""Who may flag and who moderates: plain functions over community.accounts.permissions."""

from __future__ import annotations

from community.accounts import permissions as account_permissions
from community.moderation import registry


def can_moderate(user) -> bool:
    return account_permissions.is_moderator(user)


def can_flag(user, obj) -> bool:
    """Signed-in members who may post report what they can see and did not write themselves."""
    if (
        not account_permissions.can_post(user)
        or not registry.is_flaggable(obj)
        or getattr(obj, "is_hidden", False)
    ):
        return False
    if getattr(obj, "is_deleted", False):
        return False
    author = getattr(obj, "author_id", None)
    if author is not None and author == user.pk:
        return False
    return registry.can_view(user, obj)


def can_suspend(moderator, member) -> bool:
    """Moderators suspend members, never themselves or staff (staff are handled by administrators)."""
    return can_moderate(moderator) and member.pk != moderator.pk and not member.is_staff


def can_read_notice(user, action) -> bool:
    return getattr(user, "is_authenticated", False) and (
        action.target_user_id == user.pk or can_moderate(user)
    )

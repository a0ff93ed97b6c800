"""Who may read, write, edit and delete comments: plain functions over community.accounts.permissions.

A thread is as private as what it hangs on: a challenge's thread is seen by whoever sees the challenge,
a solution's thread only by the people who see that proposal (its team and the organisation).
"""

from __future__ import annotations

from community.accounts import permissions as account_permissions
from community.challenges import permissions as challenge_permissions


def _is_solution(target) -> bool:
    return target._meta.model_name == "solution"


def can_view_thread(user, target) -> bool:
    if _is_solution(target):
        return challenge_permissions.can_view_challenge(
            user, target.challenge
        ) and challenge_permissions.can_view_solution(user, target)
    return challenge_permissions.can_view_challenge(user, target)


def can_view_comment(user, comment) -> bool:
    """Who may see (and report) a comment: not hidden, not deleted, in a thread they may open."""
    return not comment.is_hidden and not comment.is_deleted and can_view_thread(user, comment.target)


def can_comment(user, target) -> bool:
    """Signed in, not suspended, and able to see the challenge or the proposal."""
    return account_permissions.can_post(user) and can_view_thread(user, target)


def is_comment_author(user, comment) -> bool:
    return comment.author_id is not None and comment.author_id == getattr(user, "pk", None)


def can_edit_comment(user, comment) -> bool:
    """Only the author edits, while the comment is live and they may still post."""
    return (
        not comment.is_deleted
        and not comment.is_hidden
        and is_comment_author(user, comment)
        and account_permissions.can_post(user)
    )


def can_delete_comment(user, comment) -> bool:
    """The author or a moderator; removing one's own words is allowed even while suspended."""
    if comment.is_deleted:
        return False
    if account_permissions.is_moderator(user):
        return True
    return is_comment_author(user, comment) and bool(user.is_active)


def can_read_comment_body(user, comment) -> bool:
    """Deleted and hidden comments keep their place in the thread; only moderators read what they said."""
    if comment.is_deleted or comment.is_hidden:
        return account_permissions.is_moderator(user)
    return True


def can_view_history(user, comment) -> bool:
    return can_view_thread(user, comment.target) and can_read_comment_body(user, comment)

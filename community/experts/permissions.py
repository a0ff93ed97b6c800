"""Who may see and edit an expert profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from community.accounts.permissions import is_staff

if TYPE_CHECKING:
    from community.experts.models import ExpertProfile


def can_view_expert(user, profile: ExpertProfile) -> bool:
    if profile.is_public and profile.user.is_active:
        return True
    return is_staff(user) or profile.user_id == getattr(user, "pk", None)


def can_edit_expert(user, profile: ExpertProfile) -> bool:
    return is_staff(user) or profile.user_id == getattr(user, "pk", None)


# Search: who may find what. A search document carries its readers' tokens (``search.audience``) and a
# reader's search keeps the documents sharing one of theirs. Both halves of each rule live here, beside
# the ``can_view_*`` rule they mirror.

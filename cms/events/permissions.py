"""Who may do what with events: plain functions shared by views, templates and the admin."""

from __future__ import annotations

from community.accounts.permissions import can_post, is_staff


def can_register(user) -> bool:
    """Anyone who may write on the platform may register: signed in, active, not suspended."""
    return can_post(user)


def is_organiser(user) -> bool:
    """Staff, and editors given the right to see registrations (the seeded “Editors” group has it)."""
    if is_staff(user):
        return True
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.has_perm("events.view_registration")
    )


def can_view_registrations(user) -> bool:
    return is_organiser(user)


def can_cancel_registration(user, registration) -> bool:
    """People cancel their own registration; organisers may cancel anyone's."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return registration.user_id == user.pk or is_organiser(user)

"""Reads for notifications: a person's part of "download my data" (the bell and lists read the models)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy

from community.notifications.models import Notification, NotificationPreference

EXPORT_SECTIONS = {
    "notifications": gettext_lazy("Your notifications: kind, text, link, dates created and read."),
    "notification_preferences": gettext_lazy(
        "Your notification settings: immediate e-mail, digest frequency."
    ),
}


def user_export(user) -> dict[str, Any]:
    """A person's notifications, oldest first, and their e-mail settings: one query each."""
    return {
        "notifications": list(
            Notification.objects.filter(recipient=user)
            .order_by("created_at")
            .values("kind", "title", "url", "created_at", "read_at")
        ),
        "notification_preferences": NotificationPreference.objects.filter(user=user)
        .values("email_immediate", "digest")
        .first(),
    }

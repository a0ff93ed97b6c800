"""How the events app tells people things: the notification kind and the page in each person's language."""

from __future__ import annotations

from django.conf import settings

from community.models import NotificationKind

from .models import EventPage

# community.NotificationKind gains EVENT when the lead merges it; until then the raw value is stored.
EVENT_NOTIFICATION_KIND = getattr(NotificationKind, "EVENT", "event")


def language_of(user) -> str:
    return (getattr(user, "preferred_language", None) or settings.LANGUAGE_CODE)[:2]


def localized_event(page, language: str):
    """The event's live page in `language`, or the page itself when it has no such translation."""
    if page.locale.language_code == language:
        return page
    translation = (
        EventPage.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )
    return translation or page


def event_url_for(page, user) -> str:
    """Relative address of the event in the person's language (what notifications store)."""
    return localized_event(page, language_of(user)).get_url() or page.get_url() or "/"

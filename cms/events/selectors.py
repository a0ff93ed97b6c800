"""Reads of events: lists for the index, the home and sector pages, and everything an event page shows.

Every function costs a fixed number of queries whatever the number of events, speakers or registrations:
cards come with their sector, province, locale and the number of places taken in one query.

In a language other than Vietnamese, lists show the event's translation when there is one and the
Vietnamese page otherwise, so an English reader never sees fewer events than a Vietnamese one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Locale

from community.models import Sector

from . import permissions, services
from .ical import google_calendar_url, outlook_calendar_url
from .models import EventPage, Registration, RegistrationStatus, Speaker

if TYPE_CHECKING:
    from .filters import EventFilter

CARD_RELATED = ("sector", "province", "locale")


# --- lists ---------------------------------------------------------------------------------------


def _language(locale) -> str:
    if locale is None:
        return (get_language() or settings.LANGUAGE_CODE)[:2]
    if isinstance(locale, str):
        return locale[:2]
    return locale.language_code


def live_events(locale=None):
    """Live, public events in `locale` (a Locale, a language code or None for the active language), with the
    default-language page standing in for events not translated yet, annotated with `places_taken`."""
    language = _language(locale)
    qs = EventPage.objects.live().public()
    if language == settings.LANGUAGE_CODE:
        qs = qs.filter(locale__language_code=language)
    else:
        translated = EventPage.objects.live().filter(locale__language_code=language).values("translation_key")
        qs = qs.filter(
            Q(locale__language_code=language)
            | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=translated)
        )
    taken = (
        Registration.objects.filter(
            event__translation_key=OuterRef("translation_key"), status=RegistrationStatus.REGISTERED
        )
        .order_by()
        .values("event__translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return qs.select_related(*CARD_RELATED).annotate(
        places_taken=Coalesce(Subquery(taken, output_field=IntegerField()), Value(0))
    )


def upcoming_events(limit: int = 3, locale=None) -> list[EventPage]:
    """Events that have not ended yet, soonest first (the home page's "upcoming forums and seminars")."""
    now = timezone.now()
    return list(live_events(locale).filter(end_at__gt=now).order_by("start_at", "pk")[:limit])


def feed_events(*, locale=None, limit: int = 30) -> list[EventPage]:
    """The latest announced events for feeds: newest first by start."""
    return list(live_events(locale).order_by("-start_at", "-pk")[:limit])


def past_events(limit: int = 3, locale=None) -> list[EventPage]:
    now = timezone.now()
    return list(live_events(locale).filter(end_at__lte=now).order_by("-start_at", "-pk")[:limit])


def events_for_sector(sector, limit: int = 4, locale=None) -> list[EventPage]:
    """Events of one sector (a Sector or its slug): upcoming ones soonest first, then the latest past ones."""
    slug = sector if isinstance(sector, str) else getattr(sector, "slug", None)
    qs = live_events(locale).filter(sector__slug=slug)
    now = timezone.now()
    upcoming = list(qs.filter(end_at__gt=now).order_by("start_at", "pk")[:limit])
    if len(upcoming) >= limit:
        return upcoming
    return upcoming + list(qs.filter(end_at__lte=now).order_by("-start_at", "-pk")[: limit - len(upcoming)])


def sector_choices() -> list[Sector]:
    return list(Sector.objects.order_by("position"))


def event_listing(*, index_page, filters: EventFilter, tab: str, page, per_page: int = 9) -> dict:
    """The index's two tabs: upcoming (soonest first) and past (latest first), one paginated at a time."""
    now = timezone.now()
    base = filters.apply(live_events(index_page.locale))
    counts = base.aggregate(
        upcoming=Count("pk", filter=Q(end_at__gt=now)), past=Count("pk", filter=Q(end_at__lte=now))
    )
    if tab == "past":
        qs = base.filter(end_at__lte=now).order_by("-start_at", "-pk")
    else:
        qs = base.filter(end_at__gt=now).order_by("start_at", "pk")
    page_obj = Paginator(qs, per_page).get_page(page)
    return {
        "events": list(page_obj.object_list),
        "page_obj": page_obj,
        "upcoming_count": counts["upcoming"],
        "past_count": counts["past"],
        "querystring": filters.querystring(tab="past" if tab == "past" else ""),
    }


# --- one event -----------------------------------------------------------------------------------


def _localized_speakers(speakers: list[Speaker]) -> dict[int, Speaker]:
    """Map each speaker's id to its version in the active language (itself when not translated), with
    photos and their renditions loaded: one query, plus one for the renditions."""
    if not speakers:
        return {}
    keys = {s.translation_key for s in speakers}
    locale = Locale.get_active()
    ids = {s.pk for s in speakers}
    rendition_model = get_image_model().get_rendition_model()
    rows = list(
        Speaker.objects.filter(Q(translation_key__in=keys, locale=locale) | Q(pk__in=ids))
        .select_related("photo")
        .prefetch_related(Prefetch("photo__renditions", queryset=rendition_model.objects.all()))
    )
    in_locale = {s.translation_key: s for s in rows if s.locale_id == locale.pk}
    result = {}
    for original in rows:
        if original.pk not in ids:
            continue
        localized = in_locale.get(original.translation_key, original)
        if localized.photo_id is None and original.photo_id is not None:
            localized.photo = original.photo  # a translation without its own portrait shows the original's
        result[original.pk] = localized
    return result


def agenda_items(page: EventPage) -> list[dict]:
    """The agenda as plain items (days and sessions) with speakers in the active language."""
    items = []
    for block in page.agenda:
        if block.block_type == "session":
            items.append(
                {
                    "type": "session",
                    "id": block.id,
                    "value": block.value,
                    "speakers": [s for s in block.value.get("speakers") or [] if s is not None],
                }
            )
        elif block.block_type == "day":
            items.append({"type": "day", "id": block.id, "value": block.value})
    return items


def event_detail(*, page: EventPage, viewer) -> dict:
    """What an event page shows, in a fixed number of queries."""
    now = timezone.now()
    reg_page = page.registration_page
    counts = Registration.objects.filter(event=reg_page).aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.REGISTERED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
    )
    mine = None
    position = None
    if getattr(viewer, "is_authenticated", False):
        mine = (
            Registration.objects.filter(event=reg_page, user=viewer)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if mine is not None:
            position = services.waitlist_position(mine)

    links = list(page.speaker_links.select_related("speaker").order_by("sort_order"))
    agenda = agenda_items(page)
    all_speakers = [link.speaker for link in links] + [s for item in agenda for s in item.get("speakers", [])]
    localized = _localized_speakers(all_speakers)
    speakers = [
        {"speaker": localized.get(link.speaker_id, link.speaker), "role": link.role} for link in links
    ]
    for item in agenda:
        if item["type"] == "session":
            item["speakers"] = [localized.get(s.pk, s) for s in item["speakers"]]

    capacity = reg_page.capacity
    places_left = None if capacity is None else max(capacity - counts["registered"], 0)
    refusal = services.registration_refusal(reg_page, now=now)
    materials = list(page.materials)
    can_view_registrations = permissions.can_view_registrations(viewer)
    registrants_url = ""
    if can_view_registrations:
        registrants_url = reverse("event_registrations:index") + f"?event={reg_page.pk}"
    return {
        "cancel_path": page.reverse_subpage("cancel", args=[mine.pk]) if mine is not None else "",
        "registrants_url": registrants_url,
        "phase": page.phase(now),
        "registration_page": reg_page,
        "registered_count": counts["registered"],
        "waitlist_count": counts["waitlisted"],
        "capacity": capacity,
        "places_left": places_left,
        "is_full": capacity is not None and counts["registered"] >= capacity,
        "my_registration": mine,
        "waitlist_position": position,
        "registration_refusal": refusal,
        "can_register": permissions.can_register(viewer),
        "can_view_registrations": can_view_registrations,
        "speakers": speakers,
        "agenda": agenda,
        "materials": materials,
        "google_calendar_url": google_calendar_url(page),
        "outlook_calendar_url": outlook_calendar_url(page),
        "related_events": [
            e
            for e in (
                events_for_sector(page.sector, limit=4, locale=page.locale)
                if page.sector_id
                else upcoming_events(limit=4, locale=page.locale)
            )
            if e.translation_key != page.translation_key
        ][:3],
    }


EXPORT_SECTIONS = {
    "event_registrations": _(
        "Your event registrations: event, address, start, status, dates registered, moved "
        "from the waiting list, cancelled and reminded."
    ),
}


def user_export(user) -> dict:
    """A person's event registrations for "Download my data" (keys in EXPORT_SECTIONS), in one query."""
    return {
        "event_registrations": list(
            Registration.objects.filter(user=user)
            .order_by("created_at")
            .values(
                "event__title",
                "event__slug",
                "event__start_at",
                "status",
                "created_at",
                "promoted_at",
                "cancelled_at",
                "reminded_at",
            )
        )
    }

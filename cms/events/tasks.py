"""Background e-mails of events: confirmations, promotions from the waiting list and the day-before reminder.

Each e-mail is written in the person's language, shows times in Vietnam time, links to the event in that
language when it is translated, and carries the event's .ics file.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from .ical import absolute_url, event_ics
from .models import EVENT_TIME_ZONE, EventPage, Registration, RegistrationStatus
from .notifications import language_of, localized_event

logger = logging.getLogger(__name__)

REASONS = ("confirmed", "waitlisted", "promoted", "reminder")


def _message(registration, reason: str):

    user = registration.user
    language = language_of(user)
    with translation.override(language), timezone.override(EVENT_TIME_ZONE):
        page = localized_event(registration.event, language)
        context = {
            "registration": registration,
            "user": user,
            "event": page,
            "reason": reason,
            "event_url": absolute_url(page),
            "site_url": settings.SITE_URL,
        }
        subject = render_to_string("events/email/subject.txt", context).strip().replace("\n", " ")
        body = render_to_string("events/email/body.txt", context)
        ics = event_ics(page)
    message = EmailMultiAlternatives(
        subject=subject[:200], body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[user.email]
    )
    if reason != "waitlisted":
        message.attach(f"{page.slug[:80]}.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")
    return message


@task()
def send_registration_email(registration_id: int, reason: str) -> str:
    """Tell someone they are registered, on the waiting list, or moved up from it."""
    registration = (
        Registration.objects.select_related("user", "event", "event__locale")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None or not registration.user.is_active or reason not in REASONS:
        return "skipped"
    expected = RegistrationStatus.WAITLISTED if reason == "waitlisted" else RegistrationStatus.REGISTERED
    if registration.status != expected:  # changed again before the worker got to it
        return "stale"
    _message(registration, reason).send()
    return "sent"


def reminder_window(now: datetime) -> tuple[datetime, datetime]:
    """Events to remind about: starting from now until the end of tomorrow, Vietnam time.

    Run daily, this reminds people the day before; run more often (hourly cron), it also catches people
    who registered late. `Registration.reminded_at` makes sure nobody gets two reminders."""

    zone = ZoneInfo(EVENT_TIME_ZONE)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    end = datetime.combine(tomorrow + timedelta(days=1), time.min, tzinfo=zone)
    return now, end


@task()
def send_event_reminders() -> int:
    """Send each registered person one reminder for events starting before the end of tomorrow."""
    now = timezone.now()
    start, end = reminder_window(now)
    # Registrations always point at the page that counts the places (see EventPage.registration_page).
    events = EventPage.objects.live().filter(start_at__gt=start, start_at__lt=end)
    due = (
        Registration.objects.filter(
            event__in=events, status=RegistrationStatus.REGISTERED, reminded_at=None, user__is_active=True
        )
        .select_related("user", "event", "event__locale")
        .order_by("event_id", "pk")
    )
    sent = 0
    for registration in due:
        # Claim the reminder before sending: a second worker running at the same time finds it taken.
        claimed = Registration.objects.filter(pk=registration.pk, reminded_at=None).update(reminded_at=now)
        if not claimed:
            continue
        try:
            _message(registration, "reminder").send()
        except Exception:
            Registration.objects.filter(pk=registration.pk).update(reminded_at=None)  # try again next run
            logger.exception("Could not send the reminder of registration %s.", registration.pk)
            continue
        sent += 1
    return sent

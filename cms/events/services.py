"""Writes of the events app: registering, cancelling and moving people up from the waiting list.

Each service runs in one transaction and locks the event's row first, so two people taking the last
place at the same moment are served one after the other (PostgreSQL `SELECT ... FOR UPDATE`; SQLite
serialises writers anyway). The unique constraint on (event, user) is the last guard against doubles.
E-mails and notifications are sent after commit, by background tasks.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from community.notifications.services import email_muted, notify

from . import permissions
from .models import EventPage, Registration, RegistrationStatus, Speaker
from .notifications import EVENT_NOTIFICATION_KIND, event_url_for
from .tasks import send_registration_email


def _when(value) -> str:
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def registration_refusal(event: EventPage, *, now=None) -> str | None:
    """The reason nobody can register for `event` right now, or None when registration is open."""
    now = now or timezone.now()
    if not event.registration_enabled:
        return _("This event needs no registration.")
    if not event.live:
        return _("This event is not published.")
    if now >= event.end_at:
        return _("This event has ended; registration is closed.")
    if now >= event.start_at:
        return _("This event has already started; registration is closed.")
    if event.registration_opens_at and now < event.registration_opens_at:
        return _("Registration opens on %(when)s.") % {"when": _when(event.registration_opens_at)}
    if event.registration_closes_at and now >= event.registration_closes_at:
        return _("Registration closed on %(when)s.") % {"when": _when(event.registration_closes_at)}
    return None


def _locked_event(event: EventPage) -> EventPage:
    target = event.registration_page
    return EventPage.objects.select_for_update().get(pk=target.pk)


def registered_count(event: EventPage) -> int:
    return Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED).count()


@transaction.atomic
def registration_create(*, event: EventPage, user, now=None) -> Registration:
    """Register `user`, or put them on the waiting list when every place is taken.

    Raises ValidationError with a message for the person: not allowed, registration closed or not yet
    open, the event started, or they already have a place or a place in the queue.
    """
    now = now or timezone.now()
    if not permissions.can_register(user):
        raise PermissionDenied(_("Sign in with an active account to register."))
    event = _locked_event(event)
    refusal = registration_refusal(event, now=now)
    if refusal:
        raise ValidationError(refusal, code="closed")

    existing = Registration.objects.select_for_update().filter(event=event, user=user).first()
    if existing and existing.status == RegistrationStatus.REGISTERED:
        raise ValidationError(_("You are already registered for this event."), code="duplicate")
    if existing and existing.status == RegistrationStatus.WAITLISTED:
        raise ValidationError(_("You are already on the waiting list for this event."), code="duplicate")

    full = event.capacity is not None and registered_count(event) >= event.capacity
    status = RegistrationStatus.WAITLISTED if full else RegistrationStatus.REGISTERED
    if existing:  # registering again after cancelling: a fresh place at the end of the queue
        existing.status, existing.created_at = status, now
        existing.cancelled_at = existing.promoted_at = existing.reminded_at = None
        existing.save()
        registration = existing
    else:
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event, user=user, status=status, created_at=now
                )
        except IntegrityError as exc:  # the same person's second click, committed first in another request
            raise ValidationError(_("You are already registered for this event."), code="duplicate") from exc
    _after_commit_email(
        registration, "confirmed" if status == RegistrationStatus.REGISTERED else "waitlisted"
    )
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, actor, now=None) -> Registration:
    """Cancel a registration (its owner, or an organiser) and give a freed place to the next in line."""
    now = now or timezone.now()
    if not permissions.can_cancel_registration(actor, registration):
        raise PermissionDenied(_("You cannot cancel someone else's registration."))
    event = EventPage.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        raise ValidationError(_("This registration is already cancelled."), code="cancelled")
    if now >= event.start_at:
        raise ValidationError(
            _("The event has already started; registrations can no longer be cancelled."), code="started"
        )
    freed_place = registration.status == RegistrationStatus.REGISTERED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.save(update_fields=["status", "cancelled_at", "updated_at"])
    if freed_place:
        fill_free_places(event, now=now)
    return registration


def fill_free_places(event: EventPage, *, now=None) -> list[Registration]:
    """Move the first people of the waiting list up while places are free (after a cancellation or when
    organisers add places). Each person promoted is told by notification and e-mail."""
    now = now or timezone.now()
    if now >= event.start_at:
        return []
    with transaction.atomic():
        event = EventPage.objects.select_for_update().get(pk=event.registration_page.pk)
        waiting = Registration.objects.select_for_update().filter(
            event=event, status=RegistrationStatus.WAITLISTED
        )
        if event.capacity is None:
            free = None
        else:
            free = event.capacity - registered_count(event)
            if free <= 0:
                return []
        promoted = list(waiting.order_by("created_at", "pk")[:free] if free is not None else waiting)
        for registration in promoted:
            registration.status = RegistrationStatus.REGISTERED
            registration.promoted_at = now
            registration.save(update_fields=["status", "promoted_at", "updated_at"])
            _notify_promoted(event, registration)
            _after_commit_email(registration, "promoted")
    return promoted


def waitlist_position(registration: Registration) -> int | None:
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    ahead = (
        Registration.objects.filter(event_id=registration.event_id, status=RegistrationStatus.WAITLISTED)
        .filter(created_at__lt=registration.created_at)
        .count()
    )
    ties = Registration.objects.filter(
        event_id=registration.event_id,
        status=RegistrationStatus.WAITLISTED,
        created_at=registration.created_at,
        pk__lt=registration.pk,
    ).count()
    return ahead + ties + 1


def _notify_promoted(event: EventPage, registration: Registration) -> None:

    page = event
    notify(
        recipient=registration.user,
        kind=EVENT_NOTIFICATION_KIND,
        url=event_url_for(page, registration.user),
        title_builder=lambda: (
            _("A place freed up: you are now registered for “%(event)s”") % {"event": page.title}
        ),
    )


def _after_commit_email(registration: Registration, reason: str) -> None:

    if email_muted():
        return

    pk = registration.pk
    transaction.on_commit(lambda: send_registration_email.enqueue(pk, reason), robust=True)


# --- Writes from import lines (the demo's forums and seminars, with their past) ---------------------------


@transaction.atomic
def speaker_ensure(*, locale, name: str, fields: dict) -> tuple[Speaker, bool]:
    """The speaker called `name` in `locale`, created with `fields` when missing; a speaker that is there
    keeps an editor's changes (only a deleted portrait is put back, in every language). Returns
    (speaker, created)."""
    speaker = Speaker.objects.filter(locale=locale, name=name).first()
    created = speaker is None
    if created:
        speaker = Speaker.objects.create(locale=locale, name=name, **fields)
    elif speaker.photo_id is None and fields.get("photo") is not None:
        speaker.photo = fields["photo"]
        speaker.save(update_fields=["photo"])
    Speaker.objects.filter(translation_key=speaker.translation_key, photo=None).exclude(pk=speaker.pk).update(
        photo=speaker.photo
    )
    return speaker, created


@transaction.atomic
def speaker_translation_ensure(*, speaker: Speaker, locale, fields: dict) -> tuple[Speaker, bool]:
    existing = Speaker.objects.filter(translation_key=speaker.translation_key, locale=locale).first()
    if existing is not None:
        return existing, False
    copy = speaker.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy, True


@transaction.atomic
def event_translation_ensure(
    *, page: EventPage, locale, fields: dict, roles: list[str]
) -> tuple[EventPage, bool]:
    """The translation of `page` into `locale` (copied with its parents), `fields` written over the copy and
    its speakers' roles renamed in order, published, when missing. Returns (translation, created)."""
    existing = page.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific, False
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.draft_title = copy.title
    for link, role in zip(copy.speaker_links.all(), roles, strict=False):
        link.role = role
        link.save(update_fields=["role"])
    copy.save()
    copy.save_revision().publish()
    return copy, True


@transaction.atomic
def registration_record(
    *, event: EventPage, user, status: str, created_at, reminded_at=None
) -> tuple[Registration, bool]:
    """A registration as it happened (imported history: no place check, no e-mail), unless this person is
    already registered for the event. Returns (registration, created)."""
    registration, created = Registration.objects.get_or_create(
        event=event,
        user=user,
        defaults={"status": status, "created_at": created_at, "reminded_at": reminded_at},
    )
    return registration, created

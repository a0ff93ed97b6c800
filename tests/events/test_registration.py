"""Registration: capacity and the waiting list, duplicates, closed or started events, cancelling."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from cms.events import services
from cms.events.models import Registration, RegistrationStatus
from community.models import Notification
from tests.factories import UserFactory

from .factories import make_event


@pytest.fixture(autouse=True)
def _english_messages():
    """The services' messages are checked in English here; the HTTP tests check the Vietnamese pages."""
    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db


def test_registrations_past_capacity_go_to_the_waiting_list():
    event = make_event(capacity=2)
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    assert services.registration_create(event=event, user=first).status == RegistrationStatus.REGISTERED
    assert services.registration_create(event=event, user=second).status == RegistrationStatus.REGISTERED
    waiting = services.registration_create(event=event, user=third)
    assert waiting.status == RegistrationStatus.WAITLISTED
    assert services.waitlist_position(waiting) == 1
    assert Registration.objects.filter(event=event, status=RegistrationStatus.REGISTERED).count() == 2


def test_cancelling_promotes_the_first_waiting_person_and_tells_them(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    holder, first_waiting, second_waiting = UserFactory(), UserFactory(preferred_language="en"), UserFactory()
    taken = services.registration_create(event=event, user=holder)
    services.registration_create(event=event, user=first_waiting)
    services.registration_create(event=event, user=second_waiting)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=taken, actor=holder)

    statuses = dict(Registration.objects.filter(event=event).values_list("user_id", "status"))
    assert statuses == {
        holder.pk: "cancelled",
        first_waiting.pk: "registered",
        second_waiting.pk: "waitlisted",
    }
    note = Notification.objects.get(recipient=first_waiting)
    assert event.title in note.title and note.title.startswith("A place freed up")
    assert [m.to for m in mail.outbox] == [[first_waiting.email]]
    assert "A place freed up" in mail.outbox[0].subject
    assert mail.outbox[0].attachments[0][0].endswith(".ics")
    assert not Notification.objects.filter(recipient=second_waiting).exists()


def test_a_second_registration_by_the_same_person_is_refused():
    event = make_event(capacity=10)
    person = UserFactory()
    services.registration_create(event=event, user=person)
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=person)
    assert "already registered" in exc.value.messages[0]
    assert Registration.objects.filter(event=event, user=person).count() == 1


def test_a_second_registration_while_waiting_is_refused():
    event = make_event(capacity=0)
    person = UserFactory()
    services.registration_create(event=event, user=person)
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=person)
    assert "waiting list" in exc.value.messages[0]


def test_registering_again_after_cancelling_goes_to_the_end_of_the_queue():
    event = make_event(capacity=1)
    holder, person, other = UserFactory(), UserFactory(), UserFactory()
    services.registration_create(event=event, user=holder)
    mine = services.registration_create(event=event, user=person)
    services.registration_create(event=event, user=other)
    services.registration_cancel(registration=mine, actor=person)
    again = services.registration_create(event=event, user=person)
    assert again.pk == mine.pk and again.status == RegistrationStatus.WAITLISTED
    assert services.waitlist_position(again) == 2


def test_registration_after_the_event_started_is_refused():
    event = make_event(
        start_at=timezone.now() - timedelta(hours=1), end_at=timezone.now() + timedelta(hours=2)
    )
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=UserFactory())
    assert "already started" in exc.value.messages[0]
    assert not Registration.objects.exists()


def test_registration_after_the_event_ended_is_refused():
    event = make_event(days_ahead=-3)
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=UserFactory())
    assert "has ended" in exc.value.messages[0]


def test_registration_after_it_closed_is_refused():
    event = make_event(registration_closes_at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=UserFactory())
    assert "Registration closed on" in exc.value.messages[0]


def test_registration_before_it_opens_is_refused():
    event = make_event(registration_opens_at=timezone.now() + timedelta(days=1))
    with pytest.raises(ValidationError) as exc:
        services.registration_create(event=event, user=UserFactory())
    assert "Registration opens on" in exc.value.messages[0]


def test_suspended_member_cannot_register():
    event = make_event()
    person = UserFactory(suspended_until=timezone.now() + timedelta(days=2))
    with pytest.raises(PermissionDenied):
        services.registration_create(event=event, user=person)


def test_nobody_can_cancel_someone_elses_registration():
    event = make_event()
    owner, stranger = UserFactory(), UserFactory()
    registration = services.registration_create(event=event, user=owner)
    with pytest.raises(PermissionDenied):
        services.registration_cancel(registration=registration, actor=stranger)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REGISTERED


def test_organiser_adding_places_moves_waiting_people_up(django_capture_on_commit_callbacks):
    event = make_event(capacity=1)
    services.registration_create(event=event, user=UserFactory())
    waiting = services.registration_create(event=event, user=UserFactory())
    event.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.REGISTERED and waiting.promoted_at is not None


def test_registration_confirmation_email_carries_the_calendar_file(django_capture_on_commit_callbacks):
    event = make_event(capacity=5)
    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(event=event, user=person)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [person.email]
    assert "Bạn đã đăng ký" in message.subject or "registered" in message.subject.lower()
    name, content, mimetype = message.attachments[0]
    assert name == f"{event.slug}.ics" and "BEGIN:VEVENT" in content and mimetype.startswith("text/calendar")

"""The .ics file, "add to calendar" links, and the day-before reminder sent exactly once."""

from datetime import UTC, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cms.events.ical import escape_text, event_ics, fold
from cms.events.models import Registration, RegistrationStatus
from cms.events.tasks import reminder_window, send_event_reminders
from tests.factories import UserFactory

from .factories import make_event

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def _unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def test_ics_is_a_valid_vevent_with_utc_times_and_escaped_text(client):
    event = make_event(
        title="Hội thảo: dữ liệu, AI; và chuyển đổi số",
        start_at=datetime(2030, 3, 5, 8, 30, tzinfo=VN),
        end_at=datetime(2030, 3, 5, 11, 45, tzinfo=VN),
        venue="Trung tâm Hội nghị Quốc gia",
        address="Số 57 Phạm Hùng, Nam Từ Liêm",
    )
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    raw = response.content.decode()
    assert raw.startswith("BEGIN:VCALENDAR\r\n") and raw.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    text = _unfold(raw)
    assert "DTSTART:20300305T013000Z" in text and "DTEND:20300305T044500Z" in text
    assert f"UID:event-{event.translation_key}@" in text
    assert "SUMMARY:Hội thảo: dữ liệu\\, AI\\; và chuyển đổi số" in text
    assert "LOCATION:Trung tâm Hội nghị Quốc gia\\, Số 57 Phạm Hùng\\, Nam Từ Liêm" in text
    assert f"URL:http://127.0.0.1:8000{event.url}" in text or "URL:http" in text


def test_ics_uid_is_the_same_for_every_language_of_an_event():
    event = make_event()
    assert event_ics(event).count(f"event-{event.translation_key}@") == 1


def test_text_escaping_and_folding_keep_vietnamese_characters_whole():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "Chuyển đổi số " * 20
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
        part.encode("utf-8").decode("utf-8")  # no split multi-byte character
    assert folded.replace("\r\n ", "") == line


def test_event_page_offers_add_to_calendar_links(client):
    event = make_event()
    html = client.get(event.url).content.decode()
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "outlook.office.com" in html


def test_reminder_window_ends_at_the_end_of_tomorrow_in_vietnam():
    now = datetime(2030, 3, 5, 20, 0, tzinfo=UTC)  # 03:00 on 6 March in Hà Nội
    start, end = reminder_window(now)
    assert start == now
    assert end == datetime(2030, 3, 8, 0, 0, tzinfo=VN)


def test_reminder_goes_once_to_each_registered_person_in_their_language():
    soon = make_event(start_at=timezone.now() + timedelta(hours=20))
    far = make_event(days_ahead=10)
    vi_person, en_person, waiting = UserFactory(), UserFactory(preferred_language="en"), UserFactory()
    for person in (vi_person, en_person):
        Registration.objects.create(event=soon, user=person)
    Registration.objects.create(event=soon, user=waiting, status=RegistrationStatus.WAITLISTED)
    Registration.objects.create(event=far, user=vi_person)
    mail.outbox.clear()

    assert send_event_reminders.call() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([vi_person.email, en_person.email])
    english = next(m for m in mail.outbox if m.to == [en_person.email])
    assert english.subject.startswith("[DX Connect] Reminder:")
    assert "Vietnam time" in english.body
    assert english.attachments[0][0] == f"{soon.slug}.ics"
    assert Registration.objects.filter(event=soon, reminded_at__isnull=False).count() == 2

    mail.outbox.clear()
    assert send_event_reminders.call() == 0
    assert mail.outbox == []


def test_no_reminder_for_started_or_cancelled():
    started = make_event(
        start_at=timezone.now() - timedelta(minutes=10), end_at=timezone.now() + timedelta(hours=2)
    )
    soon = make_event(start_at=timezone.now() + timedelta(hours=5))
    Registration.objects.create(event=started, user=UserFactory())
    Registration.objects.create(event=soon, user=UserFactory(), status=RegistrationStatus.CANCELLED)
    mail.outbox.clear()
    assert send_event_reminders.call() == 0
    assert mail.outbox == []


def test_management_command_runs_the_reminders():
    soon = make_event(start_at=timezone.now() + timedelta(hours=6))
    Registration.objects.create(event=soon, user=UserFactory())
    mail.outbox.clear()
    out = StringIO()
    call_command("send_event_reminders", stdout=out)  # the immediate backend runs the queued task at once
    assert "Queued the event reminders" in out.getvalue()
    assert len(mail.outbox) == 1


def test_index_offers_an_atom_feed_and_a_calendar_of_coming_events(client):
    soon = make_event(title="Hội thảo sắp tới về dữ liệu")
    make_event(title="Diễn đàn đã qua", days_ahead=-30)
    draft = make_event(title="Bản nháp không công bố")
    draft.unpublish()
    feed = client.get("/events/feed/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert "Hội thảo sắp tới về dữ liệu" in body and "Diễn đàn đã qua" in body and "Bản nháp" not in body
    calendar = client.get("/events/calendar/")
    text = _unfold(calendar.content.decode())
    assert text.count("BEGIN:VEVENT") == 1 and f"UID:event-{soon.translation_key}@" in text

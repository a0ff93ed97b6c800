"""Event pages: page-type rules, validation, the index's lists and filters, the page's registration box."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from cms.events.models import END_BEFORE_START, EventIndexPage, EventKind, EventPage, Registration
from cms.models import HomePage
from tests.factories import UserFactory, sector

from .factories import event_index, make_event, make_speaker

pytestmark = pytest.mark.django_db


def test_event_pages_live_only_under_the_events_index():
    assert EventPage.parent_page_types == ["events.EventIndexPage"]
    assert EventPage.can_create_at(event_index())
    assert not EventPage.can_create_at(HomePage.objects.first())
    assert EventPage.allowed_subpage_models() == []


def test_the_events_index_lives_under_the_home_page_once():
    home = HomePage.objects.filter(locale__language_code="vi").first()
    assert EventIndexPage.can_exist_under(home)
    assert not EventIndexPage.can_exist_under(Page.objects.get(depth=1))
    event_index()
    home.refresh_from_db()  # treebeard reads numchild from the instance
    assert not EventIndexPage.can_create_at(home)  # max_count_per_parent = 1
    assert EventIndexPage.allowed_subpage_models() == [EventPage]


def test_an_event_that_ends_before_it_starts_is_refused_with_a_clear_message():
    start = timezone.now() + timedelta(days=3)
    page = EventPage(
        title="Hội thảo",
        slug="hoi-thao-sai-gio",
        summary="Tóm tắt",
        venue="Hà Nội",
        start_at=start,
        end_at=start - timedelta(hours=2),
    )
    with pytest.raises(ValidationError) as exc:
        page.clean()
    assert exc.value.message_dict["end_at"] == [str(END_BEFORE_START)]


def test_an_event_needs_a_place_or_an_online_link():
    start = timezone.now() + timedelta(days=3)
    page = EventPage(
        title="Hội thảo",
        slug="khong-dia-diem",
        summary="Tóm tắt",
        start_at=start,
        end_at=start + timedelta(hours=2),
    )
    with pytest.raises(ValidationError) as exc:
        page.clean()
    assert "venue" in exc.value.message_dict
    page.online_url = "https://meet.example.vn/hoi-thao"
    page.clean()


def test_registration_must_close_after_it_opens():
    start = timezone.now() + timedelta(days=3)
    page = EventPage(
        title="Hội thảo",
        slug="dang-ky-sai",
        summary="Tóm tắt",
        venue="Huế",
        start_at=start,
        end_at=start + timedelta(hours=2),
        registration_opens_at=start - timedelta(days=1),
        registration_closes_at=start - timedelta(days=2),
    )
    with pytest.raises(ValidationError) as exc:
        page.clean()
    assert "registration_closes_at" in exc.value.message_dict


def test_the_admin_form_keeps_what_was_typed_and_shows_the_error_next_to_the_end_date(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    index = event_index()
    url = f"/admin/pages/add/events/eventpage/{index.pk}/"
    data = {
        "title": "Hội thảo thử giờ kết thúc",
        "slug": "hoi-thao-thu-gio",
        "kind": "seminar",
        "summary": "Tóm tắt của hội thảo",
        "venue": "Trung tâm Hội nghị Quốc gia",
        "start_at": "2030-05-10 09:00",
        "end_at": "2030-05-10 08:00",
        "agenda-count": "0",
        "materials-count": "0",
        "registration_enabled": "on",
        "speaker_links-TOTAL_FORMS": "0",
        "speaker_links-INITIAL_FORMS": "0",
        "speaker_links-MIN_NUM_FORMS": "0",
        "speaker_links-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="hoi-thao-thu-gio").exists()
    form = response.context["form"]
    assert str(END_BEFORE_START) in form.errors["end_at"]
    assert form.data["title"] == "Hội thảo thử giờ kết thúc"


def test_index_lists_upcoming_soonest_first_and_past_latest_first(client):
    later = make_event(title="Hội thảo sau", days_ahead=20)
    sooner = make_event(title="Hội thảo trước", days_ahead=2)
    old = make_event(title="Diễn đàn cũ", days_ahead=-60)
    recent = make_event(title="Diễn đàn gần đây", days_ahead=-5)
    response = client.get("/events/")
    assert response.status_code == 200
    assert [e.pk for e in response.context["events"]] == [sooner.pk, later.pk]
    assert response.context["past_count"] == 2
    past = client.get("/events/?tab=past")
    assert [e.pk for e in past.context["events"]] == [recent.pk, old.pk]


def test_index_filters_by_kind_and_sector_and_ignores_nonsense(client):
    forum = make_event(title="Diễn đàn quốc gia kinh tế số", kind=EventKind.NATIONAL_FORUM)
    health = make_event(title="Hội thảo y tế", sector=sector("y-te"))
    assert [e.pk for e in client.get("/events/?kind=forum").context["events"]] == [forum.pk]
    assert [e.pk for e in client.get("/events/?sector=y-te").context["events"]] == [health.pk]
    response = client.get("/events/?kind=<script>&sector=%00&page=abc")
    assert response.status_code == 200
    assert len(response.context["events"]) == 2


def test_drafts_are_not_listed(client):
    draft = make_event(title="Bản nháp hội thảo")
    draft.unpublish()
    assert client.get("/events/").context["events"] == []


def test_event_page_shows_agenda_speakers_and_the_registration_box(client):
    speaker = make_speaker()
    event = make_event(capacity=50)
    event.agenda = [
        (
            "session",
            {
                "starts": "09:00",
                "ends": "10:00",
                "title": "Phiên toàn thể",
                "description": "Chuẩn dữ liệu",
                "speakers": [speaker],
            },
        )
    ]
    event.speaker_links.create(speaker=speaker, role="Diễn giả chính")
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Phiên toàn thể" in html and "TS. Trần Quốc Bảo" in html and "Diễn giả chính" in html
    assert 'id="registration"' in html and "/account/login/" in html
    assert f"{event.url}calendar/" in html


def test_signed_in_person_sees_full_state_and_can_join_the_waiting_list(client):
    event = make_event(capacity=1)
    Registration.objects.create(event=event, user=UserFactory())
    person = UserFactory()
    client.force_login(person)
    html = client.get(event.url).content.decode()
    assert "Vào danh sách chờ" in html and "is-full" in html
    response = client.post(event.url + "register/")
    assert response.status_code == 302 and response["Location"].endswith("#registration")
    assert Registration.objects.get(event=event, user=person).status == "waitlisted"
    html = client.get(event.url).content.decode()
    assert "Bạn đang ở vị trí số 1 trong danh sách chờ." in html


def test_english_page_counts_places_on_the_vietnamese_event(client):
    event = make_event(capacity=1)
    event_index("en")
    english = event.copy_for_translation(event_index("en").locale, copy_parents=True)
    english.title = "Seminar on digital health"
    english.save_revision().publish()
    Registration.objects.create(event=event, user=UserFactory())
    person = UserFactory()
    client.force_login(person)
    response = client.post(english.url + "register/")
    assert response.status_code == 302
    registration = Registration.objects.get(user=person)
    assert registration.event_id == event.pk and registration.status == "waitlisted"


def test_english_list_falls_back_to_untranslated_vietnamese_events(client):
    only_vi = make_event(title="Hội thảo chỉ có tiếng Việt")
    event_index("en")
    response = client.get("/en/events/")
    assert [e.pk for e in response.context["events"]] == [only_vi.pk]
    assert 'lang="vi"' in response.content.decode()


def test_when_text_names_the_weekday_of_both_days_of_a_multi_day_event():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import translation

    hcm = ZoneInfo("Asia/Ho_Chi_Minh")
    event = make_event(
        start_at=datetime(2027, 1, 8, 8, 0, tzinfo=hcm), end_at=datetime(2027, 1, 9, 17, 0, tzinfo=hcm)
    )
    with translation.override("vi"):
        assert event.when_text == "Thứ 6, 08/01/2027 08:00 – Thứ 7, 09/01/2027 17:00"
    with translation.override("en"):
        assert event.when_text.startswith("Friday, ") and "Saturday, " in event.when_text

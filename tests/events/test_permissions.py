"""Who may register, cancel, and see the registrants: anonymous people, other members, organisers."""

import csv
import io

import pytest

from cms.events import services
from cms.events.models import Registration, RegistrationStatus
from tests.factories import UserFactory

from .factories import make_event

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_cannot_register_and_is_sent_to_sign_in(client):
    event = make_event(capacity=10)
    response = client.post(event.url + "register/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Registration.objects.exists()


def test_register_route_only_accepts_post(client):
    event = make_event()
    client.force_login(UserFactory())
    assert client.get(event.url + "register/").status_code == 405
    assert not Registration.objects.exists()


def test_duplicate_registration_over_http_shows_the_message_in_the_box(client):
    event = make_event(capacity=10)
    person = UserFactory()
    client.force_login(person)
    client.post(event.url + "register/")
    response = client.post(event.url + "register/")
    assert response.status_code == 409
    html = response.content.decode()
    assert "Bạn đã đăng ký sự kiện này rồi." in html and 'role="alert"' in html
    assert Registration.objects.filter(user=person).count() == 1


def test_registration_after_the_event_over_http_is_refused_with_a_message(client):
    event = make_event(days_ahead=-2)
    client.force_login(UserFactory())
    response = client.post(event.url + "register/")
    assert response.status_code == 409
    assert "Sự kiện đã kết thúc; đăng ký đã đóng." in response.content.decode()
    assert not Registration.objects.exists()


def test_member_cannot_cancel_someone_elses_registration(client):
    event = make_event()
    owner, stranger = UserFactory(), UserFactory()
    registration = services.registration_create(event=event, user=owner)
    client.force_login(stranger)
    response = client.post(event.url + f"registrations/{registration.pk}/cancel/")
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REGISTERED


def test_cancel_of_a_registration_of_another_event_is_not_found(client):
    event, other = make_event(), make_event()
    person = UserFactory()
    registration = services.registration_create(event=other, user=person)
    client.force_login(person)
    assert client.post(event.url + f"registrations/{registration.pk}/cancel/").status_code == 404


def test_attendee_cancels_their_own_registration(client):
    event = make_event()
    person = UserFactory()
    registration = services.registration_create(event=event, user=person)
    client.force_login(person)
    response = client.post(event.url + f"registrations/{registration.pk}/cancel/")
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_organiser_sees_registrants_and_exports_csv(client):
    event = make_event(title="Hội thảo xuất danh sách")
    person = UserFactory(full_name="Phạm Ngọc Lan", email="lan@example.vn")
    services.registration_create(event=event, user=person)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = client.get(f"/admin/event-registrations/?event={event.pk}")
    assert listing.status_code == 200 and "Phạm Ngọc Lan" in listing.content.decode()
    export = client.get(f"/admin/event-registrations/?event={event.pk}&export=csv")
    assert export.status_code == 200
    content = (
        b"".join(export.streaming_content).decode("utf-8-sig")
        if export.streaming
        else export.content.decode()
    )
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows[0]) == 10  # the headings, in the admin's language
    assert (
        rows[1][0] == "Hội thảo xuất danh sách"
        and rows[1][2] == "Phạm Ngọc Lan"
        and rows[1][3] == "lan@example.vn"
    )


def test_organiser_cannot_edit_registrations_in_the_admin(client):
    event = make_event()
    registration = services.registration_create(event=event, user=UserFactory())
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    # superusers pass every has_perm, the policy still says no
    assert client.get(f"/admin/event-registrations/edit/{registration.pk}/").status_code in (302, 403)
    assert client.get("/admin/event-registrations/new/").status_code in (302, 403)


def test_plain_member_cannot_see_the_registrants(client):
    event = make_event()
    services.registration_create(event=event, user=UserFactory())
    client.force_login(UserFactory())
    response = client.get("/admin/event-registrations/")
    assert response.status_code in (302, 403)
    assert "event-registrations" not in client.get(event.url).content.decode()


def test_event_admin_pages_link_to_their_registrants(client):
    event = make_event()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    edit = client.get(f"/admin/pages/{event.pk}/edit/")
    assert edit.status_code == 200
    assert f"/admin/event-registrations/?event={event.pk}" in edit.content.decode()
    explorer = client.get(f"/admin/pages/{event.get_parent().pk}/")
    assert explorer.status_code == 200
    assert f"/admin/event-registrations/?event={event.pk}" in explorer.content.decode()

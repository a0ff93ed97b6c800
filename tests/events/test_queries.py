"""Pages cost a fixed number of queries whatever the number of events, speakers and registrations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.events.models import Registration
from cms.events.selectors import events_for_sector, upcoming_events
from tests.factories import UserFactory, sector

from .factories import make_event, make_speaker

pytestmark = pytest.mark.django_db


def _count(client, url) -> int:
    client.get(url)  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _event_with(n_speakers: int, n_registrations: int):
    event = make_event(capacity=n_registrations + 5, sector=sector("y-te"))
    speakers = [make_speaker(name=f"TS. Nguyễn Văn {chr(65 + i)}") for i in range(n_speakers)]
    event.agenda = [
        (
            "session",
            {
                "starts": "09:00",
                "ends": "10:00",
                "title": f"Phiên {i}",
                "description": "",
                "speakers": speakers,
            },
        )
        for i in range(n_speakers)
    ]
    for i, s in enumerate(speakers):
        event.speaker_links.create(speaker=s, role="Diễn giả", sort_order=i)
    event.tags.add("Dữ liệu y tế", "Bệnh án điện tử")
    event.save_revision().publish()
    for _ in range(n_registrations):
        Registration.objects.create(event=event, user=UserFactory())
    return event


def test_index_costs_the_same_with_3_or_12_events(client):
    for _ in range(3):
        make_event(sector=sector("y-te"), capacity=20)
    small = _count(client, "/events/")
    for _ in range(9):
        event = make_event(sector=sector("giao-duc"), capacity=20)
        Registration.objects.create(event=event, user=UserFactory())
    large = _count(client, "/events/")
    assert large == small
    assert _count(client, "/events/?tab=past") <= small + 1


def test_event_page_costs_the_same_with_1_or_6_speakers_and_registrations(client):
    one = _event_with(1, 1)
    many = _event_with(6, 12)
    viewer = UserFactory()
    client.force_login(viewer)
    Registration.objects.create(event=one, user=viewer)
    Registration.objects.create(event=many, user=viewer)
    assert _count(client, many.url) == _count(client, one.url)


def test_selectors_for_home_and_sector_pages_take_a_fixed_number_of_queries(django_assert_max_num_queries):
    # One for the cards (sector, province, locale and places taken included), one for Wagtail's view
    # restrictions (private pages are left out), one more when a sector has to be topped up with past events.
    for _ in range(5):
        make_event(sector=sector("y-te"), capacity=10)
    with django_assert_max_num_queries(2):
        cards = upcoming_events(limit=3)
        assert len(cards) == 3 and all(c.sector.slug == "y-te" for c in cards)
        assert all(c.places_taken == 0 and c.locale.language_code == "vi" for c in cards)
    with django_assert_max_num_queries(3):
        assert len(events_for_sector("y-te", limit=6)) == 5

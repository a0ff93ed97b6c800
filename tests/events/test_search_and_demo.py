"""Search documents of events (live pages only) and the demo events (fixtures of cms/events), loaded once."""

import pytest
from django.utils import timezone
from haystack import connections

from cms.events.models import EventPage, Registration, Speaker
from tests.demo_fixtures import load_demo, outcomes
from tests.factories import sector

from .factories import make_event

pytestmark = pytest.mark.django_db


def _index():
    return connections["default"].get_unified_index().get_index(EventPage)


def test_only_live_events_are_indexed_with_the_shared_fields():
    live = make_event(title="Hội thảo dữ liệu y tế", sector=sector("y-te"))
    live.tags.add("Bệnh án điện tử")
    live.save_revision().publish()
    draft = make_event(title="Bản nháp")
    draft.unpublish()
    index = _index()
    pks = set(index.index_queryset().values_list("pk", flat=True))
    assert live.pk in pks and draft.pk not in pks
    data = index.full_prepare(EventPage.objects.get(pk=live.pk))
    assert data["kind"] == "event" and data["sector"] == ["y-te"] and data["tags"] == ["Bệnh án điện tử"]
    assert data["url"] == live.url and data["date"] == live.start_at
    assert "Hội thảo dữ liệu y tế" in data["text"]


def test_demo_events_are_loaded_once():
    first = load_demo("event")
    assert outcomes(first, "event_index", "event_speaker", "event") == {"created"}
    assert EventPage.objects.filter(locale__language_code="vi").count() == 6
    assert EventPage.objects.filter(locale__language_code="en").count() == 3
    assert Speaker.objects.filter(locale__language_code="vi", photo__isnull=False).count() == 8
    assert (
        EventPage.objects.filter(start_at__lt=timezone.now()).count() == 4
    )  # 3 past, 1 with its English copy
    full = EventPage.objects.get(
        locale__language_code="vi", slug="hoi-thao-chuyen-de-nong-nghiep-truy-xuat-nguon-goc"
    )
    assert full.registrations.filter(status="waitlisted").count() == 1
    before = (EventPage.objects.count(), Registration.objects.count(), Speaker.objects.count())
    revisions = sorted(EventPage.objects.values_list("pk", "latest_revision_id"))
    again = load_demo("event")
    assert outcomes(again, "event_index", "event_speaker", "event") == {"unchanged"}
    assert (EventPage.objects.count(), Registration.objects.count(), Speaker.objects.count()) == before
    assert sorted(EventPage.objects.values_list("pk", "latest_revision_id")) == revisions

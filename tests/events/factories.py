"""Events for tests: the index under the Vietnamese home page, events with sensible Vietnamese values."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from cms.events.models import EventIndexPage, EventKind, EventPage, Speaker
from cms.models import HomePage

_counter = {"n": 0}


def event_index(language: str = "vi") -> EventIndexPage:
    home = HomePage.objects.filter(locale__language_code="vi").first()
    index = EventIndexPage.objects.filter(locale__language_code=language).first()
    if index is not None:
        return index
    if language != "vi":
        source = event_index("vi")
        locale, _ = Locale.objects.get_or_create(language_code=language)
        copy = source.copy_for_translation(locale, copy_parents=True)
        copy.save_revision().publish()
        return copy
    index = EventIndexPage(title="Diễn đàn và hội thảo", slug="events")
    home.add_child(instance=index)
    return index


def make_event(
    *, index: EventIndexPage | None = None, days_ahead: float = 7, hours: float = 4, **fields
) -> EventPage:
    _counter["n"] += 1
    n = _counter["n"]
    start = fields.pop("start_at", None) or (timezone.now() + timedelta(days=days_ahead)).replace(
        microsecond=0
    )
    end = fields.pop("end_at", None) or start + timedelta(hours=hours)
    values = {
        "title": f"Hội thảo chuyên đề chuyển đổi số y tế số {n}",
        "slug": f"hoi-thao-{n}",
        "kind": EventKind.THEMATIC_SEMINAR,
        "summary": "Chia sẻ kinh nghiệm liên thông bệnh án điện tử giữa bệnh viện tỉnh và trạm y tế xã.",
        "venue": "Trung tâm Hội nghị Quốc gia",
        "address": "Số 57 Phạm Hùng, Nam Từ Liêm",
        "capacity": None,
        **fields,
    }
    page = EventPage(start_at=start, end_at=end, **values)
    (index or event_index()).add_child(instance=page)
    return page


def make_speaker(name: str = "TS. Trần Quốc Bảo", **fields) -> Speaker:
    vi = Locale.objects.get(language_code="vi")
    return Speaker.objects.create(
        name=name,
        job_title=fields.pop("job_title", "Phó Viện trưởng"),
        organisation=fields.pop("organisation", "Viện Chiến lược Chuyển đổi số"),
        locale=vi,
        **fields,
    )

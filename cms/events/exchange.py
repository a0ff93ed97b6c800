"""The events' demo kinds of import line, loaded by ``seed_demo`` from ``cms/events/fixtures/``: the events
index, speakers (with portraits) and forums and seminars with their agenda, materials (PDF slides), English
copy and registrations. Dates are offsets from the day of seeding ("-150d@08:00": that day at 08:00,
Vietnam time), so past events stay past and upcoming ones upcoming. What exists is left as it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field

from cms import services as cms_services
from community.core.models import Province, Sector
from community.exchange.context import ImportContext
from community.exchange.fields import (
    Labels,
    Line,
    LineError,
    LineModel,
    OptionalProvinceCode,
    OptionalSectorSlug,
    OptionalWhenDateTime,
    Ref,
    Text,
    WhenDateTime,
    when_datetime,
)
from community.exchange.registry import Kind, register_kind

from . import services
from .models import (
    EventIndexPage,
    EventKind,
    EventPage,
    EventSpeaker,
    Registration,
    RegistrationStatus,
    Speaker,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FixtureFile = Annotated[str, Field(pattern=r"^files/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]
Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)]
ClockTime = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
REGISTRATION_OPENS = dt.timedelta(days=60)  # before the start
REGISTRATION_CLOSES = dt.timedelta(hours=12)


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IndexEnglish(_Part):
    title: Line(255)
    intro: Text(2000)
    seo_title: Line(255)


class EventIndexLine(LineModel):
    kind: Literal["event_index"]
    slug: Slug
    title: Line(255)
    intro: Text(2000)
    seo_title: Line(255)
    en: IndexEnglish


class SpeakerEnglish(_Part):
    job_title: Line(200)
    organisation: Line(200)
    bio: Text(5000)


class EventSpeakerLine(LineModel):
    kind: Literal["event_speaker"]
    name: Line(200)
    job_title: Line(200)
    organisation: Line(200)
    bio: Text(5000)
    photo: FixtureFile
    en: SpeakerEnglish


class AgendaDay(_Part):
    type: Literal["day"]
    day: int = Field(ge=0, le=30)
    title: Line(120)


class AgendaSession(_Part):
    type: Literal["session"]
    starts: ClockTime
    ends: ClockTime
    title: Line(255)
    description: str = ""
    speakers: list[Ref] = []


class SpeakerLink(_Part):
    speaker: Ref
    role: Annotated[str, Field(max_length=80)] = ""


class Material(_Part):
    kind: Line(40)
    title: Line(255)
    document_title: Line(255)
    file: FixtureFile


class RegistrationLine(_Part):
    user: Email
    status: Literal["registered", "waitlisted", "cancelled"]
    created: WhenDateTime
    reminded: OptionalWhenDateTime = None


class EventEnglish(_Part):
    title: Line(255)
    summary: Text(1000)
    description: Text(20_000)
    venue: Annotated[str, Field(max_length=255)] | None = None
    address: Annotated[str, Field(max_length=255)] | None = None
    agenda: list[Line(255)]  # the titles of the agenda's blocks, in order
    roles: list[Annotated[str, Field(max_length=80)]] = []
    materials: list[Line(255)] = []


class EventLine(LineModel):
    kind: Literal["event"]
    slug: Slug
    event_kind: Literal[tuple(EventKind.values)]  # type: ignore[valid-type]
    title: Line(255)
    summary: Text(1000)
    description: Text(20_000)
    starts: WhenDateTime
    ends: WhenDateTime
    venue: Annotated[str, Field(max_length=255)] = ""
    address: Annotated[str, Field(max_length=255)] = ""
    province: OptionalProvinceCode = ""
    sector: OptionalSectorSlug = ""
    online_url: Annotated[str, Field(max_length=500)] = ""
    capacity: int | None = Field(default=None, ge=1)
    agenda: list[Annotated[AgendaDay | AgendaSession, Field(discriminator="type")]] = []
    speakers: list[SpeakerLink] = []
    tags: Labels = []
    materials: list[Material] = []
    registrations: list[RegistrationLine] = []
    en: EventEnglish | None = None


def _vietnamese():
    home = cms_services.vietnamese_home()
    if home is None:
        raise LineError([("", _("The site has no home page yet; run the migrations first."))])
    return home


def _speakers(ctx: ImportContext) -> dict[str, Speaker]:
    """The Vietnamese speakers by the ref of their line, as this run has written them."""
    return ctx.cache.setdefault("events:speakers", {})


def upsert_event_index(line: EventIndexLine, ctx: ImportContext) -> str:
    page, created = cms_services.page_ensure(
        parent=_vietnamese(),
        model=EventIndexPage,
        slug=line.slug,
        fields={"title": line.title, "intro": line.intro, "seo_title": line.seo_title},
    )
    _copy, translated = cms_services.page_translation_ensure(
        page=page,
        locale=cms_services.english_locale(),
        fields={"title": line.en.title, "intro": line.en.intro, "seo_title": line.en.seo_title},
    )
    return "created" if created or translated else "unchanged"


def upsert_event_speaker(line: EventSpeakerLine, ctx: ImportContext) -> str:
    vietnamese = _vietnamese().locale
    photo, new_photo = cms_services.image_ensure(
        title=f"Chân dung minh họa – {line.name}",
        path=FIXTURES / line.photo,
        description=f"Ảnh minh họa chân dung {line.name} (chữ viết tắt tên)",
    )
    speaker, created = services.speaker_ensure(
        locale=vietnamese,
        name=line.name,
        fields={
            "job_title": line.job_title,
            "organisation": line.organisation,
            "bio": line.bio,
            "photo": photo,
        },
    )
    _copy, translated = services.speaker_translation_ensure(
        speaker=speaker, locale=cms_services.english_locale(), fields=line.en.model_dump()
    )
    _speakers(ctx)[line.ref] = speaker
    return "created" if created or translated or new_photo else "unchanged"


def _agenda(line: EventLine, first_day: dt.date, speakers: dict, titles: list[str] | None = None) -> list:
    blocks = []
    for number, block in enumerate(line.agenda):
        title = titles[number] if titles and number < len(titles) else block.title
        if isinstance(block, AgendaDay):
            blocks.append(("day", {"date": first_day + dt.timedelta(days=block.day), "title": title}))
            continue
        blocks.append(
            (
                "session",
                {
                    "starts": dt.time.fromisoformat(block.starts),
                    "ends": dt.time.fromisoformat(block.ends),
                    "title": title,
                    "description": "" if titles is not None else block.description,
                    "speakers": [speakers[ref] for ref in block.speakers],
                },
            )
        )
    return blocks


def upsert_event(line: EventLine, ctx: ImportContext) -> str:
    index = EventIndexPage.objects.child_of(_vietnamese()).first()
    if index is None:
        raise LineError([("", _("The events index is missing: its event_index line comes first."))])
    named = {ref for block in line.agenda if isinstance(block, AgendaSession) for ref in block.speakers}
    named |= {link.speaker for link in line.speakers}
    speakers = _speakers(ctx)
    missing = sorted(named - set(speakers))
    if missing:
        raise LineError([("speakers", _("unknown speaker lines: %(refs)s") % {"refs": ", ".join(missing)})])
    start, end = when_datetime(line.starts, ctx), when_datetime(line.ends, ctx)
    first_day = timezone.localtime(start).date()
    page = EventPage.objects.filter(locale=index.locale, slug=line.slug).first()
    created = page is None
    if created:
        materials = []
        for material in line.materials:
            document, _new = cms_services.document_ensure(
                title=material.document_title, path=FIXTURES / material.file
            )
            materials.append(
                ("document", {"kind": material.kind, "title": material.title, "document": document})
            )
        page, created = cms_services.page_ensure(
            parent=index,
            model=EventPage,
            slug=line.slug,
            fields={
                "title": line.title,
                "kind": line.event_kind,
                "summary": line.summary,
                "description": line.description,
                "start_at": start,
                "end_at": end,
                "venue": line.venue,
                "address": line.address,
                "online_url": line.online_url,
                "province": Province.objects.get(code=line.province) if line.province else None,
                "sector": Sector.objects.get(slug=line.sector) if line.sector else None,
                "capacity": line.capacity,
                "registration_opens_at": start - REGISTRATION_OPENS,
                "registration_closes_at": start - REGISTRATION_CLOSES,
                "agenda": _agenda(line, first_day, speakers),
                "materials": materials,
                "speaker_links": [
                    EventSpeaker(speaker=speakers[link.speaker], role=link.role, sort_order=number)
                    for number, link in enumerate(line.speakers)
                ],
            },
            tags=line.tags,
        )
    translated = False
    if line.en is not None:
        en = line.en
        fields = {"title": en.title, "summary": en.summary, "description": en.description}
        fields |= {name: getattr(en, name) for name in ("venue", "address") if getattr(en, name) is not None}
        fields["agenda"] = _agenda(line, timezone.localtime(page.start_at).date(), speakers, titles=en.agenda)
        if en.materials and page.materials:
            fields["materials"] = [
                (
                    "document",
                    {"kind": block.value["kind"], "title": title, "document": block.value["document"]},
                )
                for block, title in zip(page.materials, en.materials, strict=False)
            ]
        _copy, translated = services.event_translation_ensure(
            page=page, locale=cms_services.english_locale(), fields=fields, roles=en.roles
        )
    registered = _registrations(line, page, ctx)
    return "created" if created or translated or registered else "unchanged"


def _registrations(line: EventLine, page: EventPage, ctx: ImportContext) -> bool:
    """Seeded once per event: later runs never add more, so a full seminar stays exactly full."""
    if not line.registrations or Registration.objects.filter(event=page).exists():
        return False
    emails = {r.user for r in line.registrations}
    people = {u.email: u for u in get_user_model().objects.filter(email__in=emails)}
    missing = sorted(emails - set(people))
    if missing:
        raise LineError(
            [
                (
                    "registrations",
                    _("no account with the e-mail address %(emails)s") % {"emails": ", ".join(missing)},
                )
            ]
        )
    for registration in line.registrations:
        services.registration_record(
            event=page,
            user=people[registration.user],
            status=RegistrationStatus(registration.status),
            created_at=when_datetime(registration.created, ctx),
            reminded_at=when_datetime(registration.reminded, ctx),
        )
    return True


def register_kinds() -> None:
    """Called from EventsConfig.ready(). Demo-only: the lines read files of this package and register
    people in their name."""
    register_kind(Kind("event_index", EventIndexLine, upsert_event_index, after=("home_page",), public=False))
    register_kind(Kind("event_speaker", EventSpeakerLine, upsert_event_speaker, public=False))
    register_kind(
        Kind(
            "event", EventLine, upsert_event, after=("event_index", "event_speaker", "account"), public=False
        )
    )

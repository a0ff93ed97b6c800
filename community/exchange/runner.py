"""Running an import (validate every line, then apply the good ones kind by kind) and an export."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.exchange.fields import LineError, Record, reset_reference_cache, validate
from community.exchange.upsert import ORDER, UPSERTS
from community.forum.models import Topic
from community.models import Challenge, ExpertProfile, Solution

MAX_LINE_BYTES = 1_000_000


@dataclass(frozen=True)
class LineOutcome:
    line: int
    kind: str
    ref: str
    outcome: str  # "created", "updated", "unchanged" or "error"
    message: str = ""


@dataclass
class ImportReport:
    outcomes: list[LineOutcome] = field(default_factory=list)

    @property
    def errors(self) -> list[LineOutcome]:
        return sorted((o for o in self.outcomes if o.outcome == "error"), key=lambda o: o.line)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def ok(self) -> bool:
        return not self.errors


def _decode(raw: str | bytes) -> Any:
    if isinstance(raw, bytes):
        if len(raw) > MAX_LINE_BYTES:
            raise LineError([("", _("the line is longer than %(n)d bytes") % {"n": MAX_LINE_BYTES})])
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise LineError([("", _("the line is not UTF-8 text"))]) from None
    elif len(raw) > MAX_LINE_BYTES:
        raise LineError([("", _("the line is longer than %(n)d bytes") % {"n": MAX_LINE_BYTES})])
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError([("", _("not valid JSON (%(error)s)") % {"error": exc.msg})]) from None


def _label(data: Any) -> tuple[str, str]:
    """The kind and ref of a rejected line, when it has them, to name it in the report."""
    if not isinstance(data, dict):
        return "", ""
    kind, ref = data.get("kind"), data.get("ref")
    if not isinstance(kind, str) or not isinstance(ref, str) or kind not in UPSERTS:
        return "", ""
    return kind, " ".join(ref.split())[:100]


def import_lines(lines: Iterable[str | bytes], *, dry_run: bool = False) -> ImportReport:
    """Validate every line, then upsert the valid ones (experts, challenges, case studies, topics,
    solutions, in that order), each in its own savepoint. Blank lines are skipped. With ``dry_run``
    nothing is written (everything is rolled back at the end)."""
    reset_reference_cache()
    report = ImportReport()
    records: list[tuple[int, Record]] = []
    seen: dict[tuple[str, str], int] = {}
    for number, raw in enumerate(lines, start=1):
        text = raw.strip() if isinstance(raw, str | bytes) else raw
        if not text:
            continue
        data: Any = None
        try:
            data = _decode(text)
            record = validate(data)
        except LineError as exc:
            kind, ref = _label(data)
            report.outcomes.append(LineOutcome(number, kind, ref, "error", str(exc)))
            continue
        key = (record.kind, record.ref)
        if key in seen:
            message = _("ref: “%(ref)s” already appears on line %(line)d") % {
                "ref": record.ref,
                "line": seen[key],
            }
            report.outcomes.append(LineOutcome(number, record.kind, record.ref, "error", message))
            continue
        seen[key] = number
        records.append((number, record))

    rank = {kind: index for index, kind in enumerate(ORDER)}
    records.sort(key=lambda item: (rank[item[1].kind], item[0]))
    with transaction.atomic():
        for number, record in records:
            try:
                with transaction.atomic():
                    outcome = UPSERTS[record.kind](record)
            except LineError as exc:
                report.outcomes.append(LineOutcome(number, record.kind, record.ref, "error", str(exc)))
            except Exception as exc:  # one broken line must not stop the others
                message = _("could not be saved (%(error)s)") % {"error": exc}
                report.outcomes.append(LineOutcome(number, record.kind, record.ref, "error", message))
            else:
                report.outcomes.append(LineOutcome(number, record.kind, record.ref, outcome))
        if dry_run:
            transaction.set_rollback(True)
    report.outcomes.sort(key=lambda o: o.line)
    return report


# --- export -----------------------------------------------------------------------------------------


# Each yields the import lines of a kind a higher app owns (the CMS's case studies), registered from its
# AppConfig.ready(); they come after the solutions and before the forum topics.
EXPORTERS: list[Callable[[], Iterator[dict[str, Any]]]] = []


def register_exporter(exporter: Callable[[], Iterator[dict[str, Any]]]) -> None:
    EXPORTERS.append(exporter)


def export_date(value: Any) -> str | None:
    """YYYY-MM-DD; a moment is dated in the site's time zone (as the import reads it back)."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.isoformat()[:10]


def export_ref(obj: Any, kind: str) -> str:
    """The import reference, or for content made on the site a stable one made from its address."""
    return obj.import_ref or f"{kind}:{getattr(obj, 'slug', None) or obj.pk}"


def export_records() -> Iterator[dict[str, Any]]:
    """Every exportable object as an import line (experts, challenges, solutions, case studies, topics).

    Only what anyone may see: listed experts, public non-hidden challenges and their visible solutions,
    live case studies and visible topics. Objects made on the site get the ref ``<kind>:<slug or id>``.
    """
    experts = (
        ExpertProfile.objects.filter(is_public=True, user__is_active=True)
        .select_related("user")
        .prefetch_related("skills", "sectors", "provinces")
        .order_by("pk")
    )
    for expert in experts:
        provinces = sorted(p.code for p in expert.provinces.all())
        yield {
            "kind": "expert",
            "ref": export_ref(expert, "expert"),
            "name": expert.user.full_name or expert.user.display_name,
            "headline": expert.headline,
            "bio": expert.bio,
            "skills": sorted(expert.skills.names()),
            "sectors": sorted(s.slug for s in expert.sectors.all()),
            "province": provinces[0] if provinces else None,
        }
    challenges = (
        Challenge.objects.visible_to(AnonymousUser())
        .select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .order_by("pk")
    )
    for challenge in challenges:
        yield {
            "kind": "challenge",
            "ref": export_ref(challenge, "challenge"),
            "title": challenge.title,
            "description": challenge.description,
            "sector": challenge.sector.slug,
            "province": challenge.province.code,
            "organisation": challenge.organisation.name,
            "tags": sorted(challenge.tags.names()),
            "status": challenge.status,
            "deadline": export_date(challenge.deadline),
        }
    solutions = (
        Solution.objects.filter(
            is_hidden=False,
            challenge__in=Challenge.objects.visible_to(AnonymousUser()),
            author__expert_profile__isnull=False,
        )
        .exclude(status="withdrawn")
        .select_related("challenge", "author__expert_profile")
        .order_by("pk")
    )
    for solution in solutions:
        yield {
            "kind": "solution",
            "ref": export_ref(solution, "solution"),
            "challenge_ref": export_ref(solution.challenge, "challenge"),
            "title": solution.title,
            "description": solution.approach,
            "author_ref": export_ref(solution.author.expert_profile, "expert"),
        }
    for exporter in EXPORTERS:
        yield from exporter()
    yield from _export_topics()


def _export_topics() -> Iterator[dict[str, Any]]:
    topics = Topic.objects.filter(is_hidden=False).select_related("category__sector").prefetch_related("tags")
    for topic in topics.order_by("pk"):
        sector = getattr(topic.category, "sector", None)
        yield {
            "kind": "forum_topic",
            "ref": export_ref(topic, "forum_topic"),
            "title": topic.title,
            "body": topic.body,
            "sector": sector.slug if sector is not None else None,
            "tags": sorted(topic.tags.names()),
        }

"""Running an import: validate every line, then apply the good ones kind by kind (each kind after the kinds
it needs, see ``registry.ordered``), each line in its own savepoint."""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from community.exchange.context import ImportContext
from community.exchange.export import export_date, export_records, export_ref
from community.exchange.fields import LineError, Record, reset_reference_cache, validate, validation_problems
from community.exchange.registry import kinds, ordered

__all__ = [
    "ImportReport",
    "LineOutcome",
    "export_date",
    "export_records",
    "export_ref",
    "import_files",
    "import_lines",
]

logger = logging.getLogger(__name__)

MAX_LINE_BYTES = 1_000_000


@dataclass(frozen=True)
class LineOutcome:
    line: int
    kind: str
    ref: str
    outcome: str  # "created", "updated", "unchanged" or "error"
    message: str = ""
    source: str = ""  # the file, when an import reads several (seed_demo's fixtures)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.source else str(self.line)


@dataclass
class ImportReport:
    outcomes: list[LineOutcome] = field(default_factory=list)

    @property
    def errors(self) -> list[LineOutcome]:
        return sorted((o for o in self.outcomes if o.outcome == "error"), key=lambda o: (o.source, o.line))

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def tally(self) -> dict[str, dict[str, int]]:
        """Per kind, how many lines were created, updated, unchanged or failed."""
        tallies: dict[str, dict[str, int]] = {}
        for outcome in self.outcomes:
            row = tallies.setdefault(outcome.kind, {"created": 0, "updated": 0, "unchanged": 0, "error": 0})
            row[outcome.outcome] += 1
        return tallies

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Parsed:
    number: int
    source: str
    record: Record


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


def _label(data: Any, ctx: ImportContext) -> tuple[str, str]:
    """The kind and ref of a rejected line, when it has them, to name it in the report."""
    if not isinstance(data, dict):
        return "", ""
    kind, ref = data.get("kind"), data.get("ref")
    known = kinds()
    if not isinstance(kind, str) or not isinstance(ref, str) or kind not in known:
        return "", ""
    if not (known[kind].public or ctx.demo):
        return "", ""
    return kind, " ".join(ref.split())[:100]


def _parse(
    lines: Iterable[str | bytes],
    *,
    ctx: ImportContext,
    report: ImportReport,
    seen: dict[tuple[str, str], tuple[str, int]],
    source: str = "",
) -> list[_Parsed]:
    parsed: list[_Parsed] = []
    for number, raw in enumerate(lines, start=1):
        text = raw.strip() if isinstance(raw, str | bytes) else raw
        if not text:
            continue
        data: Any = None
        try:
            data = _decode(text)
            record = validate(data, demo=ctx.demo)
        except LineError as exc:
            kind, ref = _label(data, ctx)
            report.outcomes.append(LineOutcome(number, kind, ref, "error", str(exc), source))
            continue
        key = (record.kind, record.ref)
        if key in seen:
            first_source, first_line = seen[key]
            if first_source:
                message = _("ref: “%(ref)s” already appears at %(where)s") % {
                    "ref": record.ref,
                    "where": f"{first_source}:{first_line}",
                }
            else:
                message = _("ref: “%(ref)s” already appears on line %(line)d") % {
                    "ref": record.ref,
                    "line": first_line,
                }
            report.outcomes.append(LineOutcome(number, record.kind, record.ref, "error", message, source))
            continue
        seen[key] = (source, number)
        parsed.append(_Parsed(number, source, record))
    return parsed


def _apply(parsed: list[_Parsed], *, ctx: ImportContext, report: ImportReport, strict: bool) -> None:
    """Upsert every parsed line, kind by kind; with ``strict`` the first failure stops (and the caller's
    transaction is rolled back)."""
    order = ordered({p.record.kind for p in parsed})
    rank = {kind.name: index for index, kind in enumerate(order)}
    parsed = sorted(parsed, key=lambda p: (rank[p.record.kind], p.source, p.number))
    for item in parsed:
        record = item.record
        kind = kinds()[record.kind]
        outcome = "error"
        try:
            with transaction.atomic():
                outcome = kind.upsert(record.line, ctx)
                message = ""
        except LineError as exc:
            message = str(exc)
        except ValidationError as exc:
            message = str(LineError(validation_problems(exc)))
        except Exception as exc:  # one broken line must not stop the others
            logger.warning(
                "Import line %s:%s (%s) failed", item.source, item.number, record.kind, exc_info=True
            )
            message = _("could not be saved (%(error)s)") % {"error": exc}
        report.outcomes.append(
            LineOutcome(item.number, record.kind, record.ref, outcome, message, item.source)
        )
        if strict and outcome == "error":
            return


def import_lines(
    lines: Iterable[str | bytes], *, dry_run: bool = False, context: ImportContext | None = None
) -> ImportReport:
    """Validate every line, then upsert the valid ones kind by kind (a solution after its challenge and its
    expert), each in its own savepoint. Blank lines are skipped. With ``dry_run`` nothing is written
    (everything is rolled back at the end)."""
    ctx = context or ImportContext(dry_run=dry_run)
    dry_run = dry_run or ctx.dry_run
    reset_reference_cache()
    report = ImportReport()
    parsed = _parse(lines, ctx=ctx, report=report, seen={})
    with transaction.atomic():
        _apply(parsed, ctx=ctx, report=report, strict=False)
        if dry_run:
            transaction.set_rollback(True)
    report.outcomes.sort(key=lambda o: o.line)
    return report


def import_files(
    paths: Iterable[Path],
    *,
    context: ImportContext,
    root: Path | None = None,
    only: Collection[str] | None = None,
    exclude: Collection[str] = (),
) -> ImportReport:
    """Every line of every file as one import, strictly: a line that fails validation stops it before
    anything is written, one that fails when applied rolls everything back. Outcomes name their file
    (relative to ``root``) and line. ``only`` and ``exclude`` pick the kinds applied (every line is still
    validated), for a caller that runs other steps between kinds."""
    reset_reference_cache()
    report = ImportReport()
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    parsed: list[_Parsed] = []
    for path in paths:
        source = str(path.relative_to(root)) if root is not None else str(path)
        with open(path, "rb") as handle:
            parsed += _parse(handle, ctx=context, report=report, seen=seen, source=source)
    if not report.ok:
        return report
    parsed = [p for p in parsed if (only is None or p.record.kind in only) and p.record.kind not in exclude]
    with transaction.atomic():
        _apply(parsed, ctx=context, report=report, strict=True)
        if context.dry_run or not report.ok:
            transaction.set_rollback(True)
    return report

"""Loading part of the demo content in a test: the lines of some kinds (and of every kind they come after)
from every fixture file, through the importer, as ``seed_demo`` does."""

from __future__ import annotations

import json

from community.demo import steps
from community.exchange import ImportReport, import_lines
from community.exchange.context import ImportContext
from community.exchange.fixtures import fixture_files
from community.exchange.registry import kinds
from community.notifications.services import without_email


def with_prerequisites(names) -> set[str]:
    """The kinds named and, transitively, those they are applied after."""
    known, wanted, todo = kinds(), set(), list(names)
    while todo:
        name = todo.pop()
        if name in wanted or name not in known:
            continue
        wanted.add(name)
        todo.extend(known[name].after)
    return wanted


def fixture_lines(names) -> list[str]:
    wanted = with_prerequisites(names)
    lines = []
    for path in fixture_files():
        with open(path, encoding="utf-8") as handle:
            lines += [line for line in handle if line.strip() and json.loads(line)["kind"] in wanted]
    return lines


def load_demo(*names: str) -> ImportReport:
    """Load the demo lines of these kinds and their prerequisites; fails the test on any line error."""
    with without_email():
        report = import_lines(fixture_lines(names), context=ImportContext(demo=True))
    assert report.ok, [(e.line, e.kind, e.ref, e.message) for e in report.errors]
    return report


def outcomes(report: ImportReport, *names: str) -> set[str]:
    """The outcomes of the lines of these kinds ("created", "updated", "unchanged")."""
    return {o.outcome for o in report.outcomes if o.kind in names}


def seed_people(*, challenges: bool = False) -> None:
    """The accounts, organisations and experts (and, with `challenges`, the challenges and proposals) that
    the CMS, forum and discussion lines name, as long as the Python steps build them rather than fixtures;
    once those are fixtures too, ``load_demo`` brings them in and this goes."""
    ctx = steps.SeedContext()
    chosen = [steps.seed_reference_check, steps.seed_accounts, steps.seed_organisations, steps.seed_experts]
    with without_email():
        for step in [*chosen, steps.seed_challenges] if challenges else chosen:
            step(ctx)

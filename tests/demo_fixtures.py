"""Loading part of the demo content in a test: the lines of some kinds (and of every kind they come after)
from every fixture file, through the importer, as ``seed_demo`` does."""

from __future__ import annotations

from community.exchange import ImportReport
from community.exchange.context import ImportContext
from community.exchange.fixtures import load_fixtures
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


def load_demo(*names: str) -> ImportReport:
    """Load the demo lines of these kinds and their prerequisites; a bad line raises FixtureError."""
    with without_email():
        return load_fixtures(ImportContext(demo=True), only=with_prerequisites(names))


def outcomes(report: ImportReport, *names: str) -> set[str]:
    """The outcomes of the lines of these kinds ("created", "updated", "unchanged")."""
    return {o.outcome for o in report.outcomes if o.kind in names}

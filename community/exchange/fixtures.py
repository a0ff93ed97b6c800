"""Where the demo content lives: ``fixtures/*.jsonl`` inside each domain package of the community and the
CMS, one import line per line (dates relative to the day of seeding), loaded by ``seed_demo``."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from django.apps import apps

from community.exchange.context import ImportContext
from community.exchange.runner import ImportReport, import_files

# The apps whose packages hold fixtures, found by label so that the community never imports the CMS.
FIXTURE_APPS = ("community", "cms")


def project_root() -> Path:
    return Path(apps.get_app_config("community").path).parent


def fixture_files() -> list[Path]:
    """Every ``fixtures/*.jsonl`` under the community and CMS packages, sorted by path."""
    found: set[Path] = set()
    for label in FIXTURE_APPS:
        found.update(Path(apps.get_app_config(label).path).rglob("fixtures/*.jsonl"))
    return sorted(found)


class FixtureError(ValueError):
    """A fixture line that does not load, named ``file:line (kind ref): problem``."""


def load_fixtures(
    context: ImportContext, *, only: Collection[str] | None = None, exclude: Collection[str] = ()
) -> ImportReport:
    """Every fixture line (of the kinds ``only``/not ``exclude``), through the importer, strictly: the first
    bad line raises ``FixtureError`` and leaves nothing of this load behind."""
    report = import_files(fixture_files(), context=context, root=project_root(), only=only, exclude=exclude)
    if not report.ok:
        first = report.errors[0]
        what = f" ({first.kind} {first.ref})" if first.kind else ""
        raise FixtureError(f"{first.where}{what}: {first.message}")
    return report

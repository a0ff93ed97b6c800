"""``manage.py search_reconcile [--dry-run]``: find and repair drift between the database and the index.

For every model with a haystack ``SearchIndex`` it compares the primary keys of
``index_queryset()`` (what should be searchable) with those in the engine (what is):

* **missing**: in the database but not in the index (a lost on-commit task, an engine outage): indexed;
* **stale**: in the index but no longer in ``index_queryset()`` (deleted, made private, deactivated):
  removed — this is what keeps unlisted content out of results after a failed removal.

With ``--dry-run`` it only reports. The engine is read through haystack, page by page, so it works on
every backend; a backend may offer a faster ``document_ids(model)`` returning the primary keys (as
strings) of a model's documents, which is then used instead. Changed-but-present documents are not
detected here (``update_index --age`` re-indexes recent changes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Model
from haystack import connections
from haystack.constants import DEFAULT_ALIAS
from haystack.exceptions import NotHandled
from haystack.query import SearchQuerySet
from haystack.utils import get_model_ct

DEFAULT_BATCH = 1000


def _chunks(values: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def engine_pks(model: type[Model], using: str, batch_size: int = DEFAULT_BATCH) -> set[str]:
    """Primary keys (as strings) of ``model``'s documents in the engine of connection ``using``."""
    backend = connections[using].get_backend()
    listing = getattr(backend, "document_ids", None)
    if callable(listing):
        return {str(pk) for pk in listing(model)}
    base = SearchQuerySet(using=using).models(model)
    total = base.count()
    pks: set[str] = set()
    start = 0
    while start < total:
        page = [r for r in base._clone()[start : start + batch_size] if r is not None]
        if not page:
            break
        pks.update(str(result.pk) for result in page)
        start += batch_size
    return pks


class Command(BaseCommand):
    help = (
        "Compare each search index with the database: index what is missing and remove what is stale "
        "(deleted or no longer public). --dry-run only reports."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("models", nargs="*", help="Limit to these models (app_label or app_label.Model).")
        parser.add_argument("--dry-run", action="store_true", help="Report the drift without repairing it.")
        parser.add_argument(
            "--using", default=DEFAULT_ALIAS, help="The haystack connection (default: default)."
        )
        parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, help="Objects per engine call.")

    def _models(self, unified: Any, labels: list[str]) -> list[type[Model]]:
        models = sorted(unified.get_indexed_models(), key=lambda m: m._meta.label_lower)
        if not labels:
            return models
        wanted = {label.lower() for label in labels}
        chosen = [m for m in models if m._meta.label_lower in wanted or m._meta.app_label in wanted]
        if not chosen:
            raise CommandError(f"No search index for {', '.join(labels)}.")
        return chosen

    def handle(self, *args: Any, **options: Any) -> None:
        using = options["using"]
        dry_run = options["dry_run"]
        batch_size = max(1, options["batch_size"])
        if using not in connections.connections_info:
            raise CommandError(f"Unknown search connection {using!r}.")
        backend = connections[using].get_backend()
        unified = connections[using].get_unified_index()
        totals = {"missing": 0, "stale": 0}
        for model in self._models(unified, options["models"]):
            try:
                index = unified.get_index(model)
            except NotHandled:
                continue
            label = model._meta.label
            expected = {str(pk) for pk in index.index_queryset(using=using).values_list("pk", flat=True)}
            try:
                present = engine_pks(model, using, batch_size)
            except Exception as exc:
                self.stderr.write(f"{label}: cannot read the search index ({type(exc).__name__}: {exc})")
                continue
            missing = sorted(expected - present)
            stale = sorted(present - expected)
            totals["missing"] += len(missing)
            totals["stale"] += len(stale)
            self.stdout.write(
                f"{label}: {len(expected)} in the database, {len(present)} in the index, "
                f"{len(missing)} missing, {len(stale)} stale"
            )
            if dry_run or not (missing or stale):
                continue
            indexed = 0
            for chunk in _chunks(missing, batch_size):
                objects = list(index.index_queryset(using=using).filter(pk__in=chunk))
                if objects:
                    backend.update(index, objects)
                    indexed += len(objects)
            for pk in stale:
                backend.remove(f"{get_model_ct(model)}.{pk}")
            self.stdout.write(f"{label}: indexed {indexed}, removed {len(stale)}")
        summary = f"{totals['missing']} missing and {totals['stale']} stale document(s)"
        if dry_run:
            self.stdout.write(f"Dry run: {summary} found; nothing changed.")
        elif totals["missing"] or totals["stale"]:
            self.stdout.write(self.style.SUCCESS(f"Repaired {summary}."))
        else:
            self.stdout.write(self.style.SUCCESS("The search index matches the database."))

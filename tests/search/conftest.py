"""Fixtures of the search tests: an emptied index per test and helpers to index test content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from haystack import connections

from tests.search.testapp.models import Note, Organisation

TANTIVY_ENGINE = "search.backends.tantivy_backend.TantivySearchEngine"


@pytest.fixture
def embedded_engine(tmp_path: Path) -> Iterator[None]:
    """The embedded engine as the default one, for tests of its own internals, whatever the run's default
    engine (``SEARCH_TEST_ENGINE=elasticsearch``): they run, on the embedded engine, in every run."""
    original = connections.connections_info["default"]
    if original["ENGINE"] == TANTIVY_ENGINE:
        yield
        return
    connections.connections_info["default"] = {"ENGINE": TANTIVY_ENGINE, "PATH": str(tmp_path / "index")}
    connections.reload("default")
    try:
        yield
    finally:
        connections.connections_info["default"] = original
        connections.reload("default")


@pytest.fixture
def search_backend() -> Iterator[Any]:
    """The default haystack backend with an empty index (the index directory is per test run)."""
    backend = connections["default"].get_backend()
    backend.clear()
    yield backend
    backend.clear()


def _indexer(model: type, backend: Any) -> Callable[..., list[Any]]:
    def make(*rows: dict[str, Any]) -> list[Any]:
        objects = [model.objects.create(**row) for row in rows]
        index = connections["default"].get_unified_index().get_index(model)
        # Indexed directly: inside a test transaction on_commit callbacks never run.
        backend.update(index, [o for o in objects if index.index_queryset().filter(pk=o.pk).exists()])
        return objects

    return make


@pytest.fixture
def make_notes(db: None, search_backend: Any) -> Callable[..., list[Note]]:
    """``make_notes({"title": ...}, ...)`` creates notes and indexes them."""
    return _indexer(Note, search_backend)


@pytest.fixture
def make_organisations(db: None, search_backend: Any) -> Callable[..., list[Organisation]]:
    """``make_organisations({"name": ...}, ...)`` creates organisations and indexes them."""
    return _indexer(Organisation, search_backend)

"""Haystack engine on the embedded tantivy index: Vietnamese-aware, one short-lived writer per change.

Connection options (``HAYSTACK_CONNECTIONS[alias]``):

``PATH``             index directory (created when missing; required)
``LOCK_TIMEOUT``     seconds a write waits for another writer (default 10), then fails
``WRITER_HEAP_SIZE`` tantivy indexing memory budget in bytes (default 50 MB, minimum 15 MB)
``INCLUDE_SPELLING`` compute "did you mean" suggestions (default ``True``)
``SYNONYMS_FILE``    synonyms file (default ``search/synonyms.txt``)
``SILENTLY_FAIL``    log engine errors instead of raising them (default ``False``: callers decide)

Which field names filters and facets use is described in ``search.backends.tantivy_schema``.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import itertools
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import tantivy
from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery, log_query
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import MoreLikeThisError, SearchBackendError, SkipDocument
from haystack.inputs import Clean, PythonData
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from haystack.utils.app_loading import haystack_get_model

from .. import querylang as ql
from ..highlight import DEFAULT_SNIPPET_CHARS
from ..highlight import highlight as render_snippet
from ..query_words import question_positions
from ..synonyms import load_synonyms
from ..text import (
    STOPWORDS,
    AnalyzedToken,
    accent_variants,
    analyze,
    damerau_levenshtein,
    first_letter_variants,
    fold,
)
from .query_base import RELAX_BELOW
from .tantivy_query import CompiledQuery, QueryCompiler
from .tantivy_schema import (
    DATA,
    KEY,
    FieldSpec,
    Kind,
    build_document,
    build_schema,
    build_specs,
    coerce,
    decode_stored,
    fingerprint,
    physical_fields,
    register_tokenizers,
)

try:  # fcntl is POSIX-only; elsewhere tantivy's own lock (with our retries) still protects the index.
    import fcntl
except ImportError:  # pragma: no cover - production and CI run on Linux
    fcntl = None  # type: ignore[assignment]

__all__ = ["IndexHandle", "TantivySearchBackend", "TantivySearchEngine", "TantivySearchQuery"]

logger = logging.getLogger(__name__)

META_NAME = "dxconnect-schema.json"
LOCK_NAME = ".dxconnect-write.lock"
DEFAULT_LOCK_TIMEOUT = 10.0
DEFAULT_WRITER_HEAP = 50_000_000
MIN_WRITER_HEAP = 15_000_000  # tantivy refuses less per indexing thread
# Sorting on several fields is done in Python over at most this many hits.
MAX_SORT_HITS = 10_000
MAX_RESULTS = 100_000
# Marks, in the ``matched`` set of ``_run``, that the bonuses were scored on a rescore window.
RESCORED = -1
# How many of the core query's best hits the phrase and proximity bonuses re-score (``_run_rescored``).
RESCORE_WINDOW = 100
DEFAULT_FACET_SIZE = 100
MAX_DATE_FACET_BUCKETS = 400
SPELLING_CANDIDATES_PER_PREFIX = 2_000
# A real word is taken as mistyped when the words around it stand together as typed in fewer than
# ``PAIR_RARE`` documents and, with one letter's diacritics changed, in at least ``PAIR_COMMON`` and
# ``PAIR_RATIO`` times as many ("thông mình" → "thông minh"). At most ``MAX_PAIR_CHECKS`` phrase
# counts per search, the most frequent candidates first.
PAIR_RARE = 2
PAIR_COMMON = 3
PAIR_RATIO = 5
MAX_PAIR_CHECKS = 6
CANDIDATES_PER_WORD = 2


def _is_panic(exc: BaseException) -> bool:
    # tantivy (pyo3) reports internal assertion failures as PanicException, a BaseException.
    return type(exc).__name__ == "PanicException"


# --- Locking -----------------------------------------------------------------------------------------


class IndexLockedError(SearchBackendError):
    """Another writer held the index longer than the configured timeout."""


class _FileLock:
    """A re-entrant lock across threads (RLock) and processes (``flock`` on a file)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def hold(self, timeout: float) -> Iterator[float]:
        """Hold the lock; yields the deadline (``time.monotonic()``) for further waiting."""
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=max(timeout, 0.0)):
            raise IndexLockedError(f"search index {self.path.parent} is busy in this process")
        try:
            if self._depth == 0:
                self._acquire_file(deadline)
            self._depth += 1
            try:
                yield deadline
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release_file()
        finally:
            self._thread_lock.release()

    def _acquire_file(self, deadline: float) -> None:
        if fcntl is None:  # pragma: no cover
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        delay = 0.01
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    os.close(fd)
                    raise
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise IndexLockedError(
                        f"search index {self.path.parent} is locked by another process"
                    ) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
            else:
                self._fd = fd
                return

    def _release_file(self) -> None:
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None


# --- The index on disk -------------------------------------------------------------------------------


class IndexHandle:
    """One index directory in this process: opens, re-opens after a rebuild, and hands out writers."""

    def __init__(
        self, path: Path, physical: Mapping[str, str], *, lock_timeout: float, writer_heap: int
    ) -> None:
        self.path = path
        self.physical = dict(physical)
        self.fingerprint = fingerprint(self.physical)
        self.lock_timeout = lock_timeout
        self.writer_heap = max(writer_heap, MIN_WRITER_HEAP)
        self.meta_path = path / META_NAME
        self.lock = _file_lock(path / LOCK_NAME)
        self._state = threading.RLock()
        self._index: tantivy.Index | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._available: dict[str, str] = {}
        self._usable: tuple[dict[str, str], frozenset[str]] | None = None
        self._outdated = False
        self._warned_outdated = False
        self._commit_seen: tuple[int, int, int] | None = None
        self._searcher_index: tantivy.Index | None = None
        self._reloaded_at = 0.0

    # state

    @property
    def available(self) -> dict[str, str]:
        """The fields (name → type) of the index on disk; opens the index first if needed."""
        self.index()
        return self._available

    @property
    def outdated(self) -> bool:
        """True when the index on disk was built for other search fields (run rebuild_index)."""
        self.index()
        return self._outdated

    @property
    def usable(self) -> frozenset[str]:
        """Fields we may query or write: on disk with the type the current code expects."""
        available = self.available
        cached = self._usable
        if cached is None or cached[0] is not available:
            # Worked out once per opened layout (``_available`` is replaced, never changed, on reopen).
            cached = (
                available,
                frozenset(n for n, kind in self.physical.items() if available.get(n) == kind),
            )
            self._usable = cached
        return cached[1]

    def _meta_stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = self.meta_path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _read_meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return meta if isinstance(meta, dict) and isinstance(meta.get("fields"), dict) else None

    def index(self) -> tantivy.Index:
        """The open index, re-opened when another process rebuilt it (its description changed)."""
        if self._index is not None and self._meta_stamp() == self._stamp:
            return self._index
        with self._state:
            if self._index is not None and self._meta_stamp() == self._stamp:
                return self._index
            try:
                opened = self._open_existing()
            except (OSError, ValueError):
                # Another process may be rebuilding the directory right now: retry under the lock.
                opened = False
            if opened:
                assert self._index is not None
                return self._index
        # Creating needs the write lock, always taken before the state lock (one lock order).
        with self.lock.hold(self.lock_timeout), self._state:
            if not self._open_existing(may_recreate=True):
                self._create_locked()
            assert self._index is not None
            return self._index

    def searcher(self) -> tantivy.Searcher:
        index = self.index()
        # Every commit, whichever process made it, replaces tantivy's meta.json: reloading only when
        # that file changed makes each commit visible at once and saves a reload (milliseconds on a
        # busy machine) per query otherwise.
        # Timestamps are coarse and inodes get reused, so two quick commits may look alike: writes in
        # this process clear the stamp, and at least once a second we reload regardless.
        stamp = self._commit_stamp()
        now = time.monotonic()
        if (
            stamp is None
            or stamp != self._commit_seen
            or index is not self._searcher_index
            or now - self._reloaded_at > 1.0
        ):
            try:
                index.reload()
            except (OSError, ValueError):
                # A writer in another process may have just garbage-collected a segment we were about
                # to open; the next meta.json no longer lists it.
                time.sleep(0.05)
                index.reload()
            self._commit_seen = stamp
            self._searcher_index = index
            self._reloaded_at = now
        return index.searcher()

    def _commit_stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = (self.path / "meta.json").stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _open_existing(self, *, may_recreate: bool = False) -> bool:
        """Open the index on disk; ``False`` when it must be (re)created first."""
        self.path.mkdir(parents=True, exist_ok=True)
        meta = self._read_meta()
        exists = tantivy.Index.exists(str(self.path))
        if meta is None or not exists:
            if exists and may_recreate:
                logger.error(
                    "Search index %s has no field description; recreating it empty. "
                    "Run `manage.py rebuild_index`.",
                    self.path,
                )
            return False
        index = tantivy.Index.open(str(self.path))
        register_tokenizers(index)
        index.config_reader(reload_policy="manual")
        outdated = meta.get("fingerprint") != self.fingerprint
        # An index of other fields is never recreated implicitly, even when empty: during a deploy,
        # processes of the old and the new code would otherwise keep replacing each other's index.
        # `clear()` (that is `rebuild_index` / `clear_index`) is where an index gets the new layout.
        if outdated and not self._warned_outdated:
            logger.warning(
                "Search index %s was built for other search fields; new fields are not searchable "
                "until `manage.py rebuild_index` is run.",
                self.path,
            )
            self._warned_outdated = True
        self._index = index
        self._available = {str(k): str(v) for k, v in meta["fields"].items()}
        self._outdated = outdated
        self._stamp = self._meta_stamp()
        return True

    def _create_locked(self) -> None:
        """Wipe the directory and create an empty index with the current layout (lock held)."""
        self._index = None
        for child in self.path.iterdir():
            if child.name == LOCK_NAME:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink(missing_ok=True)
        index = tantivy.Index(build_schema(self.physical), path=str(self.path), reuse=False)
        register_tokenizers(index)
        index.config_reader(reload_policy="manual")
        meta = {
            "version": 1,
            "fingerprint": self.fingerprint,
            "fields": self.physical,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        tmp = self.path / f".{META_NAME}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.meta_path)  # atomic: other processes see the old or the new file
        self._index = index
        self._available = dict(self.physical)
        self._outdated = False
        self._stamp = self._meta_stamp()

    # writing

    @contextmanager
    def writer(self) -> Iterator[tantivy.IndexWriter]:
        """A writer under the lock; committed on success, rolled back on error, always released."""
        with self.lock.hold(self.lock_timeout) as deadline:
            self.index()  # creates the index, or notices a rebuild by another process
            # A fresh Index per write: tantivy tracks the files it manages in memory per Index and
            # rewrites .managed.json from that; opening it now (under our lock) includes the files
            # other processes wrote, so old segments get garbage-collected instead of piling up.
            index = tantivy.Index.open(str(self.path))
            register_tokenizers(index)
            writer = self._open_writer(index, deadline)
            try:
                yield writer
            except BaseException:
                try:
                    writer.rollback()
                except Exception:  # pragma: no cover - the original error matters more
                    logger.exception("Rolling back the search index writer failed")
                raise
            else:
                writer.commit()
                self._commit_seen = None  # the next searcher sees this commit
            finally:
                try:
                    # Finishes merges and drops the writer, which releases tantivy's own lock.
                    writer.wait_merging_threads()
                except Exception:  # pragma: no cover
                    logger.exception("Waiting for search index merges failed")
                del writer

    def _open_writer(self, index: tantivy.Index, deadline: float) -> tantivy.IndexWriter:
        delay = 0.02
        while True:
            try:
                return index.writer(heap_size=self.writer_heap, num_threads=1)
            except ValueError as exc:
                # Held by a writer outside our lock (another tool); wait for it, boundedly.
                if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                    raise IndexLockedError(f"cannot open a writer on {self.path}: {exc}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    def clear(self) -> None:
        """Remove every document; an index of an older layout is recreated with the current one."""
        with self.lock.hold(self.lock_timeout), self._state:
            if self.outdated or self._read_meta() is None:
                self._create_locked()
                return
            with self.writer() as writer:
                writer.delete_all_documents()


_registry_lock = threading.Lock()
_handles: dict[tuple[str, str], IndexHandle] = {}
_file_locks: dict[str, _FileLock] = {}


def _file_lock(path: Path) -> _FileLock:
    with _registry_lock:
        key = str(path)
        if key not in _file_locks:
            _file_locks[key] = _FileLock(path)
        return _file_locks[key]


def get_handle(
    path: Path, physical: Mapping[str, str], *, lock_timeout: float, writer_heap: int
) -> IndexHandle:
    """The process-wide handle of an index directory (shared by haystack's per-thread backends)."""
    key = (str(path.resolve()), fingerprint(physical))
    with _registry_lock:
        handle = _handles.get(key)
    if handle is None:
        handle = IndexHandle(path, physical, lock_timeout=lock_timeout, writer_heap=writer_heap)
        with _registry_lock:
            handle = _handles.setdefault(key, handle)
    return handle


# Facet counts of a search are worked out on this pool while the calling thread ranks the hits and
# writes the snippets: tantivy releases the GIL, so on an idle machine the two overlap (each re-reads
# the matching documents, and each costs about as much as the other).
_facet_pool: ThreadPoolExecutor | None = None
_facet_pool_lock = threading.Lock()


def _facets_executor() -> ThreadPoolExecutor:
    global _facet_pool
    if _facet_pool is None:
        with _facet_pool_lock:
            if _facet_pool is None:
                _facet_pool = ThreadPoolExecutor(
                    max_workers=max(2, os.cpu_count() or 2), thread_name_prefix="search-facets"
                )
    return _facet_pool


def _forget_after_fork() -> None:
    # tantivy objects and held locks must not be shared with a forked child (update_index --workers),
    # nor the facet pool's threads, which do not exist in the child.
    global _registry_lock, _facet_pool, _facet_pool_lock
    _registry_lock = threading.Lock()
    _handles.clear()
    _file_locks.clear()
    _facet_pool = None
    _facet_pool_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


# --- Backend -----------------------------------------------------------------------------------------


class TantivySearchBackend(BaseSearchBackend):
    """Haystack backend storing the index in ``PATH`` with tantivy."""

    RESERVED_WORDS = ql.OPERATORS
    RESERVED_CHARACTERS = ("\\", *sorted(ql.SPECIAL_CHARS - {"\\"}))

    def __init__(self, connection_alias: str, **connection_options: Any) -> None:
        super().__init__(connection_alias, **connection_options)
        path = connection_options.get("PATH")
        if not path:
            raise ImproperlyConfigured(f"The search connection {connection_alias!r} needs a 'PATH'.")
        self.path = Path(path)
        self.lock_timeout = float(connection_options.get("LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.writer_heap = int(connection_options.get("WRITER_HEAP_SIZE", DEFAULT_WRITER_HEAP))
        self.include_spelling = bool(connection_options.get("INCLUDE_SPELLING", True))
        self.silently_fail = bool(connection_options.get("SILENTLY_FAIL", False))
        self.synonyms_file = connection_options.get("SYNONYMS_FILE")
        self._specs: dict[str, FieldSpec] | None = None
        self._handle: IndexHandle | None = None

    # setup

    def setup(self) -> IndexHandle:
        if self._handle is None:
            from haystack import connections

            self._specs = build_specs(
                connections[self.connection_alias].get_unified_index().all_searchfields()
            )
            self._handle = get_handle(
                self.path,
                physical_fields(self._specs.values()),
                lock_timeout=self.lock_timeout,
                writer_heap=self.writer_heap,
            )
        return self._handle

    @property
    def specs(self) -> dict[str, FieldSpec]:
        self.setup()
        assert self._specs is not None
        return self._specs

    def build_schema(self, fields: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
        """Haystack API: the content field name and the tantivy fields (name → type)."""
        specs = build_specs(fields)
        content = next((s.name for s in specs.values() if s.document), "")
        return content, physical_fields(specs.values())

    def _compiler(
        self,
        *,
        relaxed: bool = False,
        corrections: Mapping[str, str] | None = None,
        spans_apart: bool = False,
    ) -> QueryCompiler:
        handle = self.setup()
        searcher = handle.searcher()
        document = next((s for s in self.specs.values() if s.document), None)
        closest = None
        if document is not None and document.exact in handle.usable:
            closest = functools.partial(self._closest, searcher, document)
        return QueryCompiler(
            schema=handle.index().schema,
            specs=self.specs,
            usable=handle.usable,
            synonyms=load_synonyms(self.synonyms_file),
            doc_freq=searcher.doc_freq,
            closest=closest,
            relaxed=relaxed,
            corrections=corrections,
            spans_apart=spans_apart,
        )

    def _fail(self, message: str, exc: BaseException) -> None:
        if self.silently_fail:
            logger.error("%s: %s", message, exc, exc_info=exc)
            return
        if isinstance(exc, SearchBackendError):
            raise exc
        raise SearchBackendError(f"{message}: {exc}") from exc

    # writing

    def update(self, index: Any, iterable: Iterable[Model], commit: bool = True) -> None:
        """Index (or re-index) ``iterable``; each object replaces its previous version."""
        try:
            handle = self.setup()
            identifiers: list[str] = []
            documents: list[tantivy.Document] = []
            for obj in iterable:
                identifier = get_identifier(obj)
                identifiers.append(identifier)
                try:
                    documents.append(build_document(index.full_prepare(obj), self.specs, handle.available))
                except SkipDocument:
                    logger.debug("Indexing of %s skipped by its search index.", identifier)
                except Exception:
                    # One broken object must not keep a whole batch (update_index: 1000) out.
                    logger.exception("Cannot prepare %s for the search index; it is left out.", identifier)
            if not identifiers:
                return
            # Always committed: an uncommitted writer would hold the only write lock.
            with handle.writer() as writer:
                for identifier in identifiers:
                    writer.delete_documents_by_term(ID, identifier)
                for document in documents:
                    writer.add_document(document)
        except Exception as exc:
            self._fail("Updating the search index failed", exc)

    def remove(self, obj_or_string: Model | str, commit: bool = True) -> None:
        """Remove one object (instance or ``app_label.model_name.pk`` identifier)."""
        try:
            identifier = get_identifier(obj_or_string)
            with self.setup().writer() as writer:
                writer.delete_documents_by_term(ID, identifier)
        except Exception as exc:
            self._fail("Removing from the search index failed", exc)

    def clear(self, models: Sequence[type[Model]] | None = None, commit: bool = True) -> None:
        """Remove every document, or those of ``models``."""
        try:
            handle = self.setup()
            if models is None:
                handle.clear()
                return
            content_types = [get_model_ct(model) for model in models]
            if not content_types:
                return
            with handle.writer() as writer:
                schema = handle.index().schema
                writer.delete_documents_by_query(
                    tantivy.Query.term_set_query(schema, DJANGO_CT, content_types)
                )
        except Exception as exc:
            self._fail("Clearing the search index failed", exc)

    # reading

    def ping(self) -> int:
        """Open the index and return its document count (health checks)."""
        return self.setup().searcher().num_docs

    @property
    def needs_rebuild(self) -> bool:
        """True when the index on disk predates the current search fields."""
        return self.setup().outdated

    def _model_filter(
        self, schema: tantivy.Schema, models: Iterable[type[Model]] | None, limit_to_registered: bool | None
    ) -> tantivy.Query | None:
        if models:
            content_types = sorted({get_model_ct(model) for model in models})
        else:
            if limit_to_registered is None:
                limit_to_registered = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
            if not limit_to_registered:
                return None
            content_types = self.build_models_list()
        if not content_types:
            return tantivy.Query.empty_query()
        return tantivy.Query.const_score_query(
            tantivy.Query.term_set_query(schema, DJANGO_CT, content_types), 0.0
        )

    def _parse(self, query_string: Any) -> ql.Node:
        text = str(query_string or "").strip()
        if not text:
            return ql.Bool(must_not=(ql.MatchAll(),))  # an empty query finds nothing
        known = {*self.specs, ID, DJANGO_CT, DJANGO_ID, "content"}
        return ql.parse_lenient(text, known)

    @log_query
    def search(self, query_string: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            return self._search(query_string, **kwargs)
        except BaseException as exc:
            if not isinstance(exc, Exception) and not _is_panic(exc):
                raise
            self._fail("Searching failed", exc)
            return {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}

    def _search(
        self,
        query_string: Any,
        sort_by: Sequence[str] | None = None,
        start_offset: int = 0,
        end_offset: int | None = None,
        fields: Iterable[str] | str = "",
        highlight: bool | Mapping[str, Any] = False,
        facets: Mapping[str, Mapping[str, Any]] | None = None,
        date_facets: Mapping[str, Mapping[str, Any]] | None = None,
        query_facets: Sequence[tuple[str, str]] | None = None,
        narrow_queries: Iterable[str] | None = None,
        spelling_query: str | None = None,
        models: Iterable[type[Model]] | None = None,
        limit_to_registered_models: bool | None = None,
        result_class: type[SearchResult] | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        handle = self.setup()
        tree = self._parse(query_string)
        compiled = self._compiler().compile(tree)
        schema = handle.index().schema
        filters = []
        for narrow in narrow_queries or ():
            narrowed = self._compiler().compile(self._parse(narrow)).query
            filters.append(tantivy.Query.const_score_query(narrowed, 0.0))
        model_filter = self._model_filter(schema, models, limit_to_registered_models)
        if model_filter is not None:
            filters.append(model_filter)

        def filtered(core: tantivy.Query) -> tantivy.Query:
            if not filters:
                return core
            return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in (core, *filters)])

        query = filtered(compiled.query)
        searcher = handle.searcher()
        start = max(int(start_offset or 0), 0)
        wants_facets = bool(facets or date_facets or query_facets)
        pending_facets = None
        if wants_facets:
            pending_facets = _facets_executor().submit(
                self._facets, searcher, query, facets, date_facets, query_facets
            )
        corrections: dict[str, str] = {}
        try:
            matched: set[int] = set()
            hits, count = self._run(
                searcher, query, start, end_offset, sort_by, bonuses=compiled.bonuses, matched=matched
            )
            if compiled.relaxable:
                # Typed as-is the words give few documents, or words typed with accents never stand
                # together as typed in the best hits: one relaxed pass (see ``RELAX_BELOW``).
                weak = bool(compiled.accented_phrases) and RESCORED in matched
                weak = weak and not matched.intersection(compiled.accented_phrases)
                if count < RELAX_BELOW or weak:
                    corrections = self._real_word_corrections(searcher, compiled)
                if count < RELAX_BELOW or corrections:
                    relaxed = self._compiler(
                        relaxed=True, corrections=corrections, spans_apart=count == 0
                    ).compile(tree)
                    # The precise query is kept as an optional clause: what matches every word stays
                    # first (unless a word was mistyped: then the words meant rank first).
                    relaxed_query = relaxed.query
                    if not corrections:
                        relaxed_query = tantivy.Query.boolean_query(
                            [(tantivy.Occur.Must, relaxed.query), (tantivy.Occur.Should, compiled.query)]
                        )
                    relaxed_query = filtered(relaxed_query)
                    relaxed_hits, relaxed_count = self._run(
                        searcher, relaxed_query, start, end_offset, sort_by, bonuses=relaxed.bonuses
                    )
                    if relaxed_count > count or corrections:
                        hits, count, compiled, query = relaxed_hits, relaxed_count, relaxed, relaxed_query
                        if pending_facets is not None:
                            pending_facets.cancel()
                            pending_facets = _facets_executor().submit(
                                self._facets, searcher, query, facets, date_facets, query_facets
                            )
            results, count = self._results(
                searcher,
                hits,
                count,
                compiled=compiled,
                highlight=highlight,
                fields=fields,
                result_class=result_class,
            )
        except BaseException:
            if pending_facets is not None:
                pending_facets.cancel()
            raise
        response: dict[str, Any] = {"results": results, "hits": count, "spelling_suggestion": None}
        if pending_facets is not None:
            response["facets"] = pending_facets.result()
        if self.include_spelling:
            tokens, covered = compiled.content_tokens, compiled.synonym_tokens
            if spelling_query:
                tokens, covered = analyze(spelling_query), set()
            response["spelling_suggestion"] = self._suggest(
                searcher, tokens, covered, corrections=corrections if count else {}
            )
        return response

    def _sort_keys(self, sort_by: Sequence[str] | None) -> list[tuple[str, str, bool]]:
        """``(stored name, tantivy field, descending)`` per sortable key; relevance keys are dropped."""
        from haystack import connections

        unified = connections[self.connection_alias].get_unified_index()
        usable = self.setup().usable
        keys = []
        for raw in sort_by or ():
            descending = raw.startswith("-")
            name = unified.get_index_fieldname(raw.lstrip("-"))
            if name in {"score", "_score", "relevance"}:
                continue
            if name in {DJANGO_CT, ID}:
                keys.append((name, name, descending))
                continue
            spec = self.specs.get(name)
            sort_field = spec.sort_field() if spec is not None else None
            if spec is None or sort_field is None or sort_field not in usable:
                logger.warning("Cannot sort search results by %r (not a sortable field).", raw)
                continue
            keys.append((spec.name, sort_field, descending))
        return keys

    def _run(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        start: int,
        end_offset: int | None,
        sort_by: Sequence[str] | None,
        bonuses: Sequence[tantivy.Query] = (),
        matched: set[int] | None = None,
    ) -> tuple[list[tuple[float, tantivy.DocAddress]], int]:
        """Hits and count; ``matched`` (when given) receives the indexes of the bonuses that scored in
        the rescore window, and ``RESCORED`` when there was one."""
        keys = self._sort_keys(sort_by)
        if end_offset is None:
            # Unsliced runs come from facet_counts()/spelling_suggestion(): one page is plenty.
            limit = int(getattr(settings, "HAYSTACK_SEARCH_RESULTS_PER_PAGE", 20))
        else:
            limit = min(max(int(end_offset) - start, 0), MAX_RESULTS)
        if len(keys) > 1:
            return self._run_multi_sort(searcher, query, start, limit, keys)
        if bonuses and not keys and limit > 0 and KEY in self.setup().usable:
            rescored = self._run_rescored(searcher, query, bonuses, start, limit, matched)
            if rescored is not None:
                return rescored
        if bonuses and not keys:
            # Bonuses only rank: sorting by a field ignores them, and counting or faceting never
            # needs them (see ``tantivy_query``), so they join the query here and nowhere else.
            query = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query)] + [(tantivy.Occur.Should, bonus) for bonus in bonuses]
            )
        # tantivy requires a positive limit; a zero-size page still needs the count.
        options: dict[str, Any] = {"limit": max(limit, 1), "offset": start, "count": True}
        if keys:
            _, sort_field, descending = keys[0]
            options["order_by_field"] = sort_field
            options["order"] = tantivy.Order.Desc if descending else tantivy.Order.Asc
        result = searcher.search(query, **options)
        count = int(result.count or 0)
        hits = result.hits if limit > 0 else []
        if keys:
            # tantivy puts the sort value where the score goes; a sorted hit has no relevance score.
            return [(0.0, address) for _, address in hits], count
        return [(float(score), address) for score, address in hits], count

    def _run_rescored(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        bonuses: Sequence[tantivy.Query],
        start: int,
        limit: int,
        matched: set[int] | None = None,
    ) -> tuple[list[tuple[float, tantivy.DocAddress]], int] | None:
        """Rank by the core query, then re-score its best ``RESCORE_WINDOW`` hits with the bonuses.

        Phrase and proximity bonuses read word positions, which made a broad query slow when they were
        scored on every matching document (tens of thousands). Here each bonus is scored on the window
        only, and a document outside the window keeps its place below it, as with Elasticsearch's
        ``rescore``. A hit's score is then exactly what the whole query (core plus bonuses) gives it.

        Each bonus runs as its own query, intersected with the window's documents (found by their
        ``KEY``): tantivy seeks an intersection to the window's documents, but a union of several
        bonuses would be walked block by block over the whole index, which costs as much as before.
        ``None``: an older segment has no keys; the caller scores the whole query instead.
        """
        window = min(max(RESCORE_WINDOW, start + limit), MAX_RESULTS)
        first = searcher.search(query, limit=window, count=True)
        count = int(first.count or 0)
        if start >= len(first.hits):
            return [], count
        addresses = [address for _, address in first.hits]
        keys = searcher.fast_field_values(KEY, addresses)
        if any(key is None for key in keys):
            return None
        schema = self.setup().index().schema
        window_docs = tantivy.Query.const_score_query(
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, tantivy.Query.term_query(schema, KEY, key)) for key in set(keys)]
            ),
            0.0,
        )
        scores = {(address.segment_ord, address.doc): float(score) for score, address in first.hits}
        if matched is not None:
            matched.add(RESCORED)
        for index, bonus in enumerate(bonuses):
            scored = searcher.search(
                tantivy.Query.boolean_query([(tantivy.Occur.Must, window_docs), (tantivy.Occur.Must, bonus)]),
                limit=len(addresses) + 8,
                count=False,
            )
            for score, address in scored.hits:
                position = (address.segment_ord, address.doc)
                # A key shared with a document outside the window (a 64-bit hash collision) only
                # brings that document here; it is not one of the window's and is left out.
                if position in scores:
                    scores[position] += float(score)
                    if matched is not None:
                        matched.add(index)
        ranked = [(scores[(a.segment_ord, a.doc)], a) for a in addresses]
        ranked.sort(key=lambda hit: (-hit[0], hit[1].segment_ord, hit[1].doc))
        return ranked[start : start + limit], count

    def _run_multi_sort(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        start: int,
        limit: int,
        keys: list[tuple[str, str, bool]],
    ) -> tuple[list[tuple[float, tantivy.DocAddress]], int]:
        """tantivy sorts on one field; several keys are sorted here on the stored values."""
        result = searcher.search(query, limit=MAX_SORT_HITS, count=True)
        count = int(result.count or 0)
        if count > MAX_SORT_HITS:
            logger.warning(
                "Sorting %d hits on several fields; only the best %d are sorted.", count, MAX_SORT_HITS
            )
        rows = [
            (address, json.loads(searcher.doc(address).get_first(DATA) or b"{}"))
            for _, address in result.hits
        ]

        def sort_value(name: str, data: Mapping[str, Any]) -> Any:
            value = data.get(name)
            if isinstance(value, list):
                value = value[0] if value else None
            return fold(value) if isinstance(value, str) else value

        # Stable sorts from the last key to the first give the multi-key order.
        for name, _, descending in reversed(keys):
            present = [row for row in rows if sort_value(name, row[1]) is not None]
            missing = [row for row in rows if sort_value(name, row[1]) is None]
            present.sort(key=lambda row, n=name: sort_value(n, row[1]), reverse=descending)
            rows = present + missing  # hits without the value go last either way
        return [(0.0, address) for address, _ in rows[start : start + limit]], count

    def _results(
        self,
        searcher: tantivy.Searcher,
        hits: Sequence[tuple[float, tantivy.DocAddress]],
        count: int,
        *,
        compiled: CompiledQuery | None,
        highlight: bool | Mapping[str, Any],
        fields: Iterable[str] | str,
        result_class: type[SearchResult] | None,
    ) -> tuple[list[SearchResult], int]:
        from haystack import connections

        result_class = result_class or SearchResult
        indexed_models = set(connections[self.connection_alias].get_unified_index().get_indexed_models())
        wanted = set(fields) if fields and not isinstance(fields, str) else None
        highlight_fields, max_chars = self._highlight_options(highlight)
        results = []
        for score, address in hits:
            raw = searcher.doc(address).get_first(DATA)
            if raw is None:
                count -= 1
                continue
            data = decode_stored(raw, self.specs)
            app_label, _, model_name = str(data.get(DJANGO_CT, "")).partition(".")
            try:
                model = haystack_get_model(app_label, model_name) if model_name else None
            except LookupError:  # the app was uninstalled since this document was written
                model = None
            if model is None or model not in indexed_models:
                count -= 1  # a model no longer indexed: stale until the next rebuild
                continue
            pk = data.pop(DJANGO_ID, None)
            data.pop(DJANGO_CT, None)
            if wanted is not None:
                data = {key: value for key, value in data.items() if key in wanted}
            if highlight_fields and compiled is not None:
                data["highlighted"] = {
                    name: [render_snippet(str(data[name]), compiled.highlight, max_chars=max_chars)]
                    for name in highlight_fields
                    if data.get(name)
                }
            results.append(result_class(app_label, model_name, pk, score, **data))
        return results, count

    def _highlight_options(self, option: bool | Mapping[str, Any]) -> tuple[list[str], int]:
        if not option:
            return [], DEFAULT_SNIPPET_CHARS
        options = option if isinstance(option, Mapping) else {}
        document = next((s.name for s in self.specs.values() if s.document), None)
        names = list(options.get("fields") or ([document] if document else []))
        return names, int(options.get("max_chars", DEFAULT_SNIPPET_CHARS))

    # facets

    def _facets(
        self,
        searcher: tantivy.Searcher,
        query: tantivy.Query,
        facets: Mapping[str, Mapping[str, Any]] | None,
        date_facets: Mapping[str, Mapping[str, Any]] | None,
        query_facets: Sequence[tuple[str, str]] | None,
    ) -> dict[str, Any]:
        output: dict[str, Any] = {"fields": {}, "dates": {}, "queries": {}}
        aggregations = {}
        kinds: dict[str, FieldSpec | None] = {}
        for name, options in (facets or {}).items():
            spec = self.specs.get(name)
            target = DJANGO_CT if name == DJANGO_CT else (spec.facet_field() if spec is not None else None)
            if target is None or target not in self.setup().usable:
                logger.warning("Cannot facet on %r (not a keyword, number or date field).", name)
                output["fields"][name] = []
                continue
            size = int(options.get("limit", options.get("size", DEFAULT_FACET_SIZE)) or DEFAULT_FACET_SIZE)
            if size < 0:
                size = 10_000
            aggregations[name] = {"terms": {"field": target, "size": size}}
            kinds[name] = spec
        if aggregations:
            raw = searcher.aggregate(query, aggregations)
            for name in aggregations:
                buckets = raw.get(name, {}).get("buckets", [])
                pairs = [(self._facet_value(kinds[name], b["key"]), int(b["doc_count"])) for b in buckets]
                mincount = int((facets or {}).get(name, {}).get("mincount", 1))
                pairs = [pair for pair in pairs if pair[1] >= mincount]
                pairs.sort(key=lambda pair: (-pair[1], str(pair[0])))
                output["fields"][name] = pairs
        for name, options in (date_facets or {}).items():
            output["dates"][name] = self._date_facet(searcher, query, name, options)
        for name, facet_query in query_facets or ():
            narrowed = self._compiler().compile(self._parse(f"{name}:{facet_query}")).query
            combined = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query), (tantivy.Occur.Must, narrowed)]
            )
            output["queries"][f"{name}_{facet_query}"] = int(searcher.search(combined, 1).count or 0)
        return output

    @staticmethod
    def _facet_value(spec: FieldSpec | None, key: Any) -> Any:
        if spec is None:
            return key
        if spec.kind is Kind.BOOLEAN:
            return bool(key)
        if spec.kind in {Kind.DATE, Kind.DATETIME} and isinstance(key, str):
            moment = dt.datetime.fromisoformat(key.replace("Z", "+00:00"))
            return moment.date() if spec.kind is Kind.DATE else moment
        if spec.kind is Kind.INTEGER and isinstance(key, float):
            return int(key)
        return key

    def _date_facet(
        self, searcher: tantivy.Searcher, query: tantivy.Query, name: str, options: Mapping[str, Any]
    ) -> list[tuple[dt.datetime, int]]:
        spec = self.specs.get(name)
        if spec is None or spec.kind not in {Kind.DATE, Kind.DATETIME} or name not in self.setup().usable:
            logger.warning("Cannot date-facet on %r (not a date field).", name)
            return []
        step = relativedelta(**{f"{options['gap_by']}s": int(options.get("gap_amount", 1))})
        start, end = options["start_date"], options["end_date"]
        schema = self.setup().index().schema
        buckets = []
        current = start
        while current < end and len(buckets) < MAX_DATE_FACET_BUCKETS:
            following = min(current + step, end)
            bucket = tantivy.Query.range_query(
                schema,
                name,
                tantivy.FieldType.Date,
                coerce(spec, current),
                coerce(spec, following),
                include_lower=True,
                include_upper=False,
            )
            combined = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, query), (tantivy.Occur.Must, bucket)]
            )
            buckets.append((current, int(searcher.search(combined, 1).count or 0)))
            current = following
        return buckets

    # "did you mean"

    def _real_word_corrections(self, searcher: tantivy.Searcher, compiled: CompiledQuery) -> dict[str, str]:
        """Real words typed for others, judged by their neighbours (see ``PAIR_RARE``): exact form →
        the word meant. Only words typed with accents: without them the folded fields match anyway."""
        document = next((s for s in self.specs.values() if s.document), None)
        if document is None or document.exact not in self.setup().usable:
            return {}
        schema = self.setup().index().schema
        tokens = compiled.content_tokens
        skipped = compiled.synonym_tokens | question_positions(tokens)
        words = [
            None if i in skipped or t.exact in STOPWORDS or not t.exact.isalpha() else t
            for i, t in enumerate(tokens)
        ]
        checks = 0

        def together(first: str, second: str) -> int:
            nonlocal checks
            checks += 1
            phrase = tantivy.Query.phrase_query(schema, document.exact, [first, second])
            return int(searcher.search(phrase, limit=1, count=True).count or 0)

        def candidates(word: str) -> list[str]:
            known = []
            for variant in accent_variants(word):
                frequency = searcher.doc_freq(document.exact, variant)
                if frequency >= PAIR_COMMON:
                    known.append((frequency, variant))
            return [variant for _, variant in sorted(known, reverse=True)[:CANDIDATES_PER_WORD]]

        corrections: dict[str, str] = {}
        for left, right in itertools.pairwise(words):
            if left is None or right is None or (left.exact == left.folded and right.exact == right.folded):
                continue
            if left.exact in corrections or right.exact in corrections or checks >= MAX_PAIR_CHECKS:
                continue
            typed = together(left.exact, right.exact)
            if typed >= PAIR_RARE:
                continue
            best: tuple[int, str, str] | None = None
            for word, other, is_left in ((right, left, False), (left, right, True)):
                if word.exact == word.folded:
                    continue  # typed without accents: nothing to correct
                for variant in candidates(word.exact):
                    if checks >= MAX_PAIR_CHECKS:
                        break
                    count = together(variant, other.exact) if is_left else together(other.exact, variant)
                    if count >= max(PAIR_COMMON, PAIR_RATIO * typed) and (best is None or count > best[0]):
                        best = (count, word.exact, variant)
            if best is not None:
                corrections[best[1]] = best[2]
        return corrections

    def _suggest(
        self,
        searcher: tantivy.Searcher,
        tokens: Sequence[AnalyzedToken],
        covered: set[int],
        *,
        corrections: Mapping[str, str] | None = None,
    ) -> str | None:
        """Replace words unknown to the index by the closest indexed word, and real words mistyped by the
        word meant (``corrections``); ``None`` if none changed."""
        document = next((s for s in self.specs.values() if s.document), None)
        if document is None or not tokens or document.exact not in self.setup().usable:
            return None
        words = []
        changed = False
        for position, token in enumerate(tokens):
            replacement = (corrections or {}).get(token.exact)
            if (
                replacement is None
                and position not in covered
                and len(token.folded) >= 3
                and token.folded.isalpha()
            ):
                known = searcher.doc_freq(document.exact, token.exact) or searcher.doc_freq(
                    document.folded, token.folded
                )
                if not known:
                    replacement = self._closest(searcher, document, token)
            if replacement is not None and replacement != token.exact:
                words.append(replacement)
                changed = True
            else:
                words.append(token.surface)
        return " ".join(words) if changed else None

    def _closest(self, searcher: tantivy.Searcher, document: FieldSpec, token: AnalyzedToken) -> str | None:
        max_distance = 1 if len(token.folded) <= 5 else 2
        typed_accents = token.exact != token.folded
        best: tuple[int, int, int, str] | None = None
        for letter in first_letter_variants(token.folded[0]):
            for term, frequency in searcher.terms_with_prefix(
                document.exact, letter, limit=SPELLING_CANDIDATES_PER_PREFIX
            ):
                folded_term = fold(term)
                if abs(len(folded_term) - len(token.folded)) > max_distance:
                    continue
                distance = damerau_levenshtein(token.folded, folded_term, limit=max_distance)
                if distance > max_distance:
                    continue
                accent_distance = damerau_levenshtein(token.exact, term) if typed_accents else 0
                candidate = (distance, accent_distance, -int(frequency), term)
                if best is None or candidate < best:
                    best = candidate
        return best[3] if best is not None else None

    # more like this

    def more_like_this(
        self,
        model_instance: Model,
        additional_query_string: str | None = None,
        start_offset: int = 0,
        end_offset: int | None = None,
        models: Iterable[type[Model]] | None = None,
        limit_to_registered_models: bool | None = None,
        result_class: type[SearchResult] | None = None,
        **_: Any,
    ) -> dict[str, Any]:
        try:
            return self._more_like_this(
                model_instance,
                additional_query_string,
                start_offset,
                end_offset,
                models,
                limit_to_registered_models,
                result_class,
            )
        except MoreLikeThisError:
            raise
        except BaseException as exc:
            if not isinstance(exc, Exception) and not _is_panic(exc):
                raise
            self._fail("More-like-this failed", exc)
            return {"results": [], "hits": 0}

    def _indexed_document(self, handle: IndexHandle, identifier: str) -> dict[str, Any] | None:
        """The stored fields of the document with haystack id ``identifier``, or ``None``."""
        searcher = handle.searcher()
        found = searcher.search(
            tantivy.Query.term_query(handle.index().schema, ID, identifier), limit=1, count=False
        )
        if not found.hits:
            return None
        raw = searcher.doc(found.hits[0][1]).get_first(DATA)
        return decode_stored(raw, self.specs) if raw is not None else None

    def _more_like_this(
        self,
        instance: Model,
        additional_query_string: str | None,
        start_offset: int,
        end_offset: int | None,
        models: Iterable[type[Model]] | None,
        limit_to_registered_models: bool | None,
        result_class: type[SearchResult] | None,
    ) -> dict[str, Any]:
        from haystack import connections
        from haystack.exceptions import NotHandled

        handle = self.setup()
        model = instance._meta.concrete_model
        try:
            index = connections[self.connection_alias].get_unified_index().get_index(model)
        except NotHandled as exc:
            raise MoreLikeThisError(f"{model._meta.label} is not indexed for search") from exc
        # The document as indexed, when it is: preparing it again would repeat the indexing's queries on
        # every page showing related content. An object not indexed (new, or excluded) is prepared here.
        prepared = self._indexed_document(handle, get_identifier(instance))
        if prepared is None:
            try:
                prepared = index.full_prepare(instance)
            except SkipDocument:
                return {"results": [], "hits": 0}
        document_fields: dict[str, list[str]] = {}
        for spec in self.specs.values():
            value = prepared.get(spec.name)
            if not spec.in_content or not value or spec.folded not in handle.usable:
                continue
            # Folded words make accented and unaccented texts look alike, as they should.
            words = [t.folded for t in analyze(str(value)) if t.exact not in STOPWORDS]
            if words:
                document_fields[spec.folded] = [" ".join(words)]
        if not document_fields:
            return {"results": [], "hits": 0}
        schema = handle.index().schema
        similar = tantivy.Query.more_like_this_document_fields_query(
            schema,
            document_fields,
            min_doc_frequency=2,  # the source itself plus at least one other document
            max_doc_frequency=None,
            min_term_frequency=1,
            max_query_terms=25,
            min_word_length=2,
            stop_words=sorted({fold(word) for word in STOPWORDS}),
        )
        clauses = [
            (tantivy.Occur.Must, similar),
            (tantivy.Occur.MustNot, tantivy.Query.term_query(schema, ID, get_identifier(instance))),
        ]
        if additional_query_string and additional_query_string.strip() not in {"", "*"}:
            extra = self._compiler().compile(self._parse(additional_query_string)).query
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(extra, 0.0)))
        model_filter = self._model_filter(schema, models, limit_to_registered_models)
        if model_filter is not None:
            clauses.append((tantivy.Occur.Must, model_filter))
        searcher = handle.searcher()
        start = max(int(start_offset or 0), 0)
        hits, count = self._run(searcher, tantivy.Query.boolean_query(clauses), start, end_offset, None)
        results, count = self._results(
            searcher, hits, count, compiled=None, highlight=False, fields="", result_class=result_class
        )
        return {"results": results, "hits": count}


# --- Query -------------------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    out = []
    chars = iter(text)
    for char in chars:
        out.append(next(chars, "") if char == "\\" else char)
    return "".join(out)


def _literal(value: Any) -> str:
    """A Python value as a quoted literal of the query language."""
    if isinstance(value, bool):
        return ql.quote("true" if value else "false")
    if isinstance(value, dt.datetime | dt.date):
        return ql.quote(value.isoformat())
    return ql.quote(str(value))


_NOTHING = "(-*)"  # a fragment that matches no document
_BOUNDS = {
    "gt": "{field}{{{value} TO *]",
    "gte": "{field}[{value} TO *]",
    "lt": "{field}[* TO {value}}}",
    "lte": "{field}[* TO {value}]",
}


class TantivySearchQuery(BaseSearchQuery):
    """Builds ``search.querylang`` strings from haystack's filters; the backend parses them back."""

    def matching_all_fragment(self) -> str:
        return "*"

    def build_exact_query(self, query_string: str) -> str:
        # Exact(clean=True) hands us backslash-escaped words: quote the words themselves.
        return ql.quote(_unescape(query_string))

    def build_query(self) -> str:
        query = self.query_filter.as_query_string(self.build_query_fragment) or self.matching_all_fragment()
        if self.boost:
            # Haystack boosts are optional terms that only add score ("?term^2" in our syntax).
            boosts = " ".join(
                f"?{ql.escape_word(str(term))}^{float(value)}" for term, value in self.boost.items()
            )
            query = f"({query}) {boosts}"
        return query

    def build_query_fragment(self, field: str, filter_type: str, value: Any) -> str:
        from haystack import connections

        if not hasattr(value, "input_type_name"):
            if hasattr(value, "values_list"):
                value = list(value)
            value = Clean(value) if isinstance(value, str) and value.strip() else PythonData(value)

        prefix = (
            ""
            if field == "content"
            else (connections[self._using].get_unified_index().get_index_fieldname(field) + ":")
        )
        kind = value.input_type_name
        if not value.post_process:  # Raw and AutoQuery are already in our syntax
            prepared = str(value.prepare(self)).strip()
            return f"{prefix}({prepared})" if prepared else _NOTHING

        raw = value.query_string
        if filter_type == "in":
            items = [raw] if isinstance(raw, str) else list(raw)
            if not items:
                return _NOTHING  # "in an empty list" matches nothing, as in the ORM
            return f"{prefix}({' OR '.join(_literal(item) for item in items)})"
        if filter_type == "range":
            low, high = raw
            return f"{prefix}[{_literal(low)} TO {_literal(high)}]"
        if filter_type in _BOUNDS:
            return _BOUNDS[filter_type].format(field=prefix, value=_literal(raw))
        if kind == "python_data":
            return f"{prefix}{_literal(raw)}"
        if kind == "exact":
            return f"{prefix}{value.prepare(self)}"
        if kind == "not":
            return f"{prefix}({value.prepare(self)})"
        text = str(raw)
        if filter_type == "exact":
            return f"{prefix}{ql.quote(text)}"
        if filter_type == "startswith":
            return f"{prefix}{ql.quote(text)}*"
        if filter_type == "endswith":
            return f"{prefix}*{ql.escape_word(text)}"
        if filter_type == "contains":
            return f"{prefix}*{ql.escape_word(text)}*"
        if filter_type == "fuzzy":
            words = [ql.escape_word(word) + "~" for word in text.split()]
            return f"{prefix}({' '.join(words)})" if words else _NOTHING
        cleaned = str(value.prepare(self)).strip()
        return f"{prefix}({cleaned})" if cleaned else _NOTHING

    def run_mlt(self, **kwargs: Any) -> None:
        if self._more_like_this is False or self._mlt_instance is None:
            raise MoreLikeThisError("No instance was provided to determine 'More Like This' results.")
        search_kwargs: dict[str, Any] = {
            "start_offset": self.start_offset,
            "result_class": self.result_class,
            "models": self.models,
        }
        if self.end_offset is not None:
            search_kwargs["end_offset"] = self.end_offset
        search_kwargs.update(kwargs)
        results = self.backend.more_like_this(self._mlt_instance, self.build_query(), **search_kwargs)
        self._results = results.get("results", [])
        self._hit_count = results.get("hits", 0)


class TantivySearchEngine(BaseEngine):
    """``HAYSTACK_CONNECTIONS[...]["ENGINE"]`` for the embedded index."""

    backend = TantivySearchBackend
    query = TantivySearchQuery

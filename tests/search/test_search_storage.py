"""The index directory: creation, locking between writers and processes, and field-layout changes."""

import fcntl
import json
import multiprocessing
import os
import threading
import time

import pytest
import tantivy
from django.core.exceptions import ImproperlyConfigured
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError

from search.backends.tantivy_backend import LOCK_NAME, META_NAME, TantivySearchBackend, get_handle
from search.backends.tantivy_schema import DATA, FieldSpec, Kind, physical_fields
from tests.search.testapp.models import Note

BASE_FIELDS = physical_fields([])
TITLE_FIELDS = physical_fields([FieldSpec("title", Kind.TEXT, boost=2.0, in_content=True)])


def handle_for(path, physical=BASE_FIELDS, lock_timeout=10.0):
    return get_handle(path, physical, lock_timeout=lock_timeout, writer_heap=15_000_000)


def document(identifier):
    doc = tantivy.Document()
    doc.add_text(ID, identifier)
    doc.add_text(DJANGO_CT, "testapp.note")
    doc.add_text(DJANGO_ID, identifier)
    doc.add_bytes(DATA, json.dumps({ID: identifier}).encode())
    return doc


def _write_many(path, worker, count):
    # Runs in a forked process: its own handle, its own writers, one commit per document.
    handle = handle_for(path)
    for number in range(count):
        with handle.writer() as writer:
            writer.add_document(document(f"testapp.note.{worker}-{number}"))


def test_index_directory_is_created_when_missing(tmp_path):
    path = tmp_path / "does" / "not" / "exist"
    backend = TantivySearchBackend("default", PATH=str(path))
    assert backend.ping() == 0
    assert (path / META_NAME).exists()
    assert tantivy.Index.exists(str(path))


def test_the_first_write_of_a_fresh_process_indexes_every_field(tmp_path, db):
    from haystack import connections

    backend = TantivySearchBackend("default", PATH=str(tmp_path))  # nothing opened yet
    note = Note.objects.create(title="Bệnh án điện tử")
    backend.update(connections["default"].get_unified_index().get_index(Note), [note])
    schema = backend.setup().index().schema
    query = tantivy.Query.term_query(schema, "title__f", "benh")
    assert backend.setup().searcher().search(query, 1).count == 1


def test_a_connection_without_path_is_misconfigured():
    with pytest.raises(ImproperlyConfigured):
        TantivySearchBackend("default")


def test_writers_in_several_processes_do_not_crash_and_readers_see_all_commits(tmp_path):
    reader = handle_for(tmp_path)
    assert reader.searcher().num_docs == 0
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_many, args=(tmp_path, worker, 5)) for worker in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [process.exitcode for process in workers] == [0, 0, 0, 0]
    assert reader.searcher().num_docs == 20
    # Every file on disk is one tantivy still tracks: replaced segments were garbage-collected.
    managed = set(json.loads((tmp_path / ".managed.json").read_text()))
    bookkeeping = {LOCK_NAME, META_NAME, ".managed.json", ".tantivy-meta.lock", ".tantivy-writer.lock"}
    assert {p.name for p in tmp_path.iterdir()} - managed <= bookkeeping


def test_writers_in_several_threads_take_turns(tmp_path):
    handle = handle_for(tmp_path)
    errors = []

    def write(worker):
        try:
            for number in range(5):
                with handle.writer() as writer:
                    writer.add_document(document(f"testapp.note.t{worker}-{number}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert handle.searcher().num_docs == 20


@pytest.fixture
def foreign_lock(tmp_path):
    """Holds the index's write lock as another process would (flock on a separate descriptor)."""
    handle_for(tmp_path).index()
    fd = os.open(tmp_path / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    yield fd
    os.close(fd)


def test_a_write_gives_up_after_the_lock_timeout_with_a_clear_error(tmp_path, foreign_lock, db):
    backend = TantivySearchBackend("default", PATH=str(tmp_path), LOCK_TIMEOUT=0.2)
    note = Note.objects.create(title="Một")
    started = time.monotonic()
    with pytest.raises(SearchBackendError, match="locked"):
        backend.remove(note)
    assert time.monotonic() - started < 5


def test_a_write_waits_for_a_lock_released_in_time(tmp_path, foreign_lock):
    handle = handle_for(tmp_path)
    threading.Timer(0.3, fcntl.flock, args=(foreign_lock, fcntl.LOCK_UN)).start()
    with handle.writer() as writer:
        writer.add_document(document("testapp.note.1"))
    assert handle.searcher().num_docs == 1


def test_silently_failing_connection_logs_instead_of_raising(tmp_path, foreign_lock, caplog, db):
    backend = TantivySearchBackend("default", PATH=str(tmp_path), LOCK_TIMEOUT=0.1, SILENTLY_FAIL=True)
    backend.remove(Note.objects.create(title="Một"))
    assert "Removing from the search index failed" in caplog.text


def test_changed_search_fields_keep_the_old_index_usable_until_rebuilt(tmp_path):
    old = handle_for(tmp_path)
    with old.writer() as writer:
        writer.add_document(document("testapp.note.1"))
    new = handle_for(tmp_path, TITLE_FIELDS)
    assert new.searcher().num_docs == 1
    assert new.outdated
    assert "title" not in new.usable
    new.clear()
    assert not new.outdated
    assert "title" in new.usable
    assert new.searcher().num_docs == 0


def test_an_index_of_other_fields_is_replaced_only_by_an_explicit_clear(tmp_path):
    handle_for(tmp_path).index()
    new = handle_for(tmp_path, TITLE_FIELDS)
    new.index()
    assert new.outdated  # even empty: processes of old and new code must not fight over it
    new.clear()
    assert not new.outdated
    assert "title" in new.usable


def test_other_processes_notice_a_rebuilt_index(tmp_path):
    first = handle_for(tmp_path)
    with first.writer() as writer:
        writer.add_document(document("testapp.note.1"))
    second = handle_for(tmp_path, TITLE_FIELDS)
    second.clear()  # recreated with the new layout, as `rebuild_index` elsewhere would
    assert first.searcher().num_docs == 0
    assert first.outdated  # it still describes the old layout, but reads the new index


def test_an_index_without_field_description_is_recreated(tmp_path):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("something", stored=True)
    tantivy.Index(builder.build(), path=str(tmp_path))
    handle = handle_for(tmp_path)
    assert handle.searcher().num_docs == 0
    assert json.loads((tmp_path / META_NAME).read_text())["fingerprint"] == handle.fingerprint

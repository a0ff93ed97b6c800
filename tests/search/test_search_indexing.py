"""On-commit indexing: only committed changes reach the index, and saves never depend on the engine."""

import json
import logging

import pytest
from django.contrib.sites.models import Site
from django.db import transaction
from haystack import connections
from haystack.query import SearchQuerySet

from search import signals, tasks
from search.api import schedule_update
from tests.search.testapp.models import Note

pytestmark = pytest.mark.django_db(transaction=True)


def indexed_titles():
    return sorted(result.title for result in SearchQuerySet().all())


def test_committed_object_is_indexed(search_backend):
    with transaction.atomic():
        Note.objects.create(title="Hợp tác xã chè")
    assert indexed_titles() == ["Hợp tác xã chè"]


def test_object_saved_in_a_rolled_back_transaction_is_not_indexed(search_backend):
    with pytest.raises(RuntimeError), transaction.atomic():
        Note.objects.create(title="Bản nháp bị hủy")
        raise RuntimeError("rollback")
    assert indexed_titles() == []


def test_object_is_indexed_only_after_the_outer_transaction_commits(search_backend):
    with transaction.atomic():
        Note.objects.create(title="Đang lưu")
        assert indexed_titles() == []
    assert indexed_titles() == ["Đang lưu"]


def test_change_is_indexed_after_commit(search_backend):
    note = Note.objects.create(title="Tên cũ")
    note.title = "Tên mới"
    note.save()
    assert indexed_titles() == ["Tên mới"]


def test_deleted_object_is_removed_after_commit(search_backend):
    note = Note.objects.create(title="Sẽ xóa")
    assert indexed_titles() == ["Sẽ xóa"]
    note.delete()
    assert indexed_titles() == []


def test_object_leaving_the_index_queryset_is_removed(search_backend):
    note = Note.objects.create(title="Công khai")
    note.is_public = False
    note.save()
    assert indexed_titles() == []


def test_saving_while_the_engine_is_down_does_not_raise(search_backend, monkeypatch, caplog):
    backend = connections["default"].get_backend()

    def engine_down(*args, **kwargs):
        raise OSError("disk unavailable")

    monkeypatch.setattr(backend, "update", engine_down)
    with caplog.at_level(logging.ERROR):
        Note.objects.create(title="Vẫn lưu được")
    assert Note.objects.filter(title="Vẫn lưu được").exists()
    assert "Search index update" in caplog.text


def test_saving_while_the_task_queue_is_down_does_not_raise(search_backend, monkeypatch, caplog):
    class QueueDown:
        def enqueue(self, *args):
            raise ConnectionError("queue unavailable")

    monkeypatch.setattr(tasks, "update_search_index", QueueDown())
    with caplog.at_level(logging.ERROR):
        Note.objects.create(title="Vẫn lưu được")
    assert Note.objects.filter(title="Vẫn lưu được").exists()
    assert "Could not queue search index update" in caplog.text


def test_task_arguments_are_json_serialisable(search_backend, monkeypatch):
    queued = []

    class Recorder:
        def enqueue(self, *args):
            queued.append(args)

    monkeypatch.setattr(tasks, "update_search_index", Recorder())
    note = Note.objects.create(title="Một")
    assert queued == [("testapp.note", str(note.pk), "default")]
    assert json.loads(json.dumps(queued)) == [["testapp.note", str(note.pk), "default"]]


def test_models_without_a_search_index_are_ignored(search_backend, monkeypatch):
    queued = []
    monkeypatch.setattr(signals, "_enqueue", lambda *args: queued.append(args))
    Site.objects.create(domain="example.vn", name="Ví dụ")
    assert queued == []


def test_schedule_update_reindexes_after_commit(search_backend):
    note = Note.objects.create(title="Một")
    Note.objects.filter(pk=note.pk).update(title="Hai")  # no signal
    assert indexed_titles() == ["Một"]
    note.refresh_from_db()
    schedule_update(note)
    assert indexed_titles() == ["Hai"]


def test_update_task_reports_what_it_did(search_backend):
    note = Note.objects.create(title="Một")
    assert tasks.update_search_index.call("testapp.note", str(note.pk), "default") == "updated"
    assert tasks.update_search_index.call("testapp.note", "999999", "default") == "removed"
    assert tasks.update_search_index.call("testapp.nothing", "1", "default") == "unknown-model"
    assert tasks.remove_from_search_index.call("testapp.note", str(note.pk), "default") == "removed"
    assert indexed_titles() == []

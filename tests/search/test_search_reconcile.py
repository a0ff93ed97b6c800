"""``manage.py search_reconcile``: drift between the database and the index is reported, then repaired."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from haystack.query import SearchQuerySet

from community.models import ExpertProfile
from search.management.commands.search_reconcile import engine_pks
from tests.factories import ExpertProfileFactory
from tests.search.testapp.models import Note

pytestmark = pytest.mark.django_db


def reconcile(*args):
    out = StringIO()
    call_command("search_reconcile", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def line(output, label):
    match = re.search(
        rf"^{re.escape(label)}: (\d+) in the database, (\d+) in the index, (\d+) missing, (\d+) stale$",
        output,
        re.MULTILINE,
    )
    assert match, output
    return tuple(int(n) for n in match.groups())


@pytest.fixture
def drifted(make_notes):
    kept, deleted, hidden = make_notes(
        {"title": "Bệnh án điện tử"}, {"title": "Xoá rồi"}, {"title": "Riêng tư"}
    )
    Note.objects.create(title="Chưa được đánh chỉ mục")  # the on-commit task was lost
    Note.objects.filter(pk=deleted.pk).delete()  # queryset delete: no signal reaches the index
    Note.objects.filter(pk=hidden.pk).update(is_public=False)  # no longer searchable
    return kept, deleted, hidden


def test_engine_pks_lists_a_models_documents(make_notes):
    notes = make_notes(*({"title": f"Ghi chú {n}"} for n in range(7)))
    assert engine_pks(Note, "default", batch_size=3) == {str(n.pk) for n in notes}


def test_dry_run_reports_without_changing_anything(drifted):
    output = reconcile("--dry-run", "testapp.Note")
    assert line(output, "testapp.Note") == (2, 3, 1, 2)
    assert "Dry run: 1 missing and 2 stale document(s) found; nothing changed." in output
    assert SearchQuerySet().models(Note).count() == 3


def test_repair_indexes_missing_and_removes_stale(drifted):
    _kept, deleted, hidden = drifted
    output = reconcile("testapp")
    assert line(output, "testapp.Note") == (2, 3, 1, 2)
    assert "testapp.Note: indexed 1, removed 2" in output
    in_index = {str(r.pk) for r in SearchQuerySet().models(Note)}
    assert in_index == {str(n.pk) for n in Note.objects.filter(is_public=True)}
    assert str(deleted.pk) not in in_index and str(hidden.pk) not in in_index
    assert SearchQuerySet().models(Note).auto_query("chưa được đánh chỉ mục").count() == 1
    # A second run finds nothing left to do.
    again = reconcile("testapp.Note")
    assert line(again, "testapp.Note") == (2, 2, 0, 0)
    assert "The search index matches the database." in again


def test_every_indexed_model_is_checked_by_default(search_backend):
    output = reconcile("--dry-run")
    for label in (
        "community.ExpertProfile",
        "community.Organisation",
        "testapp.Note",
        "testapp.Organisation",
    ):
        assert line(output, label)


def test_an_expert_who_went_private_is_removed_from_the_index(search_backend):
    from haystack import connections

    expert = ExpertProfileFactory(user__full_name="Trần Riêng Tư", slug="tran-rieng-tu")
    index = connections["default"].get_unified_index().get_index(ExpertProfile)
    search_backend.update(index, [expert])
    ExpertProfile.objects.filter(pk=expert.pk).update(is_public=False)
    output = reconcile("community.ExpertProfile")
    assert line(output, "community.ExpertProfile") == (0, 1, 0, 1)
    assert SearchQuerySet().models(ExpertProfile).count() == 0


def test_unknown_model_or_connection_is_an_error(search_backend):
    with pytest.raises(CommandError):
        reconcile("nosuchapp.Thing")
    with pytest.raises(CommandError):
        reconcile("--using", "nowhere")


def test_a_backend_listing_of_ids_is_used_when_offered(make_notes, monkeypatch):
    notes = make_notes({"title": "Một"}, {"title": "Hai"})
    from haystack import connections

    backend = connections["default"].get_backend()
    monkeypatch.setattr(backend, "document_ids", lambda model: [notes[0].pk], raising=False)
    assert engine_pks(Note, "default") == {str(notes[0].pk)}

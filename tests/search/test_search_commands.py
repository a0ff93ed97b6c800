"""Haystack's management commands on the embedded engine."""

from django.core.management import call_command
from haystack.query import SearchQuerySet

from tests.search.testapp.models import Note, Organisation


def test_rebuild_index_indexes_every_object(db, search_backend):
    Note.objects.create(title="Một")
    Note.objects.create(title="Ẩn", is_public=False)
    Organisation.objects.create(name="Hai")
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert sorted(str(r) for r in SearchQuerySet().all()) == [
        f"<SearchResult: testapp.note (pk='{Note.objects.get(title='Một').pk}')>",
        f"<SearchResult: testapp.organisation (pk='{Organisation.objects.get().pk}')>",
    ]


def test_update_index_adds_new_objects(make_notes):
    make_notes({"title": "Một"})
    Note.objects.create(title="Hai")  # saved in the test transaction: not indexed yet
    call_command("update_index", verbosity=0)
    assert SearchQuerySet().count() == 2


def test_update_index_remove_drops_documents_of_deleted_objects(make_notes):
    first, _ = make_notes({"title": "Một"}, {"title": "Hai"})
    Note.objects.filter(pk=first.pk).delete()  # bulk delete: no signal
    call_command("update_index", remove=True, verbosity=0)
    assert [r.title for r in SearchQuerySet().all()] == ["Hai"]


def test_clear_index_empties_the_index(make_notes):
    make_notes({"title": "Một"})
    call_command("clear_index", interactive=False, verbosity=0)
    assert SearchQuerySet().count() == 0

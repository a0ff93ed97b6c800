"""The engine-agnostic API other apps call: search, autocomplete and more-like-this."""

import datetime as dt

import pytest
from django.utils.safestring import SafeString
from haystack import connections

from search import api
from tests.search.testapp.models import Note, Organisation


@pytest.fixture
def notes(make_notes):
    return make_notes(
        {"title": "Chuyển đổi số bệnh viện", "body": "Bệnh án điện tử cho 45 trạm y tế xã", "sector": "y-te",
         "province": "Thanh Hóa", "kind": "challenge", "tags": "data", "published": dt.date(2024, 2, 1)},
        {"title": "Chuyển đổi số hợp tác xã chè", "body": "Truy xuất nguồn gốc bằng mã QR", "sector": "nong-nghiep",
         "province": "Thái Nguyên", "kind": "challenge", "tags": "qr", "published": dt.date(2024, 5, 1)},
        {"title": "Kinh nghiệm số hóa học bạ", "body": "Chuyển đổi số trường học: đào tạo giáo viên trước",
         "sector": "giao-duc", "province": "Thanh Hoá", "kind": "experience", "published": dt.date(2023, 9, 1)},
    )  # fmt: skip


def test_search_returns_objects_scores_snippets_and_stored_fields(notes):
    results = api.search("chuyen doi so")
    assert results.ok
    assert results.count == 3
    first = results.results[0]
    assert isinstance(first.object, Note)
    assert first.model_label == "testapp.note"
    assert first.pk == str(first.object.pk)
    assert first.score > 0
    assert isinstance(first.highlighted, SafeString)
    assert "<mark>" in first.highlighted
    assert first.fields["sector"] in {"y-te", "nong-nghiep", "giao-duc"}


def test_title_matches_come_before_body_matches(notes):
    titles = [hit.object.title for hit in api.search("chuyển đổi số").results]
    assert titles[-1] == "Kinh nghiệm số hóa học bạ"


def test_filters_and_facets(notes):
    results = api.search("chuyển đổi số", filters={"kind": "challenge"}, facets=("sector", "province"))
    assert results.count == 2
    assert {f.value for f in results.facets["sector"]} == {"y-te", "nong-nghiep"}
    assert [(f.value, f.count) for f in results.facets["province"]] == [("Thanh Hóa", 1), ("Thái Nguyên", 1)]


def test_a_list_filter_means_any_of_its_values(notes):
    results = api.search("", filters={"sector": ["y-te", "giao-duc"], "tags": None})
    assert {hit.object.sector for hit in results.results} == {"y-te", "giao-duc"}


def test_filters_take_lookups(notes):
    results = api.search("", filters={"published__gte": dt.date(2024, 1, 1)}, order_by=("-published",))
    assert [hit.object.published for hit in results.results] == [dt.date(2024, 5, 1), dt.date(2024, 2, 1)]


def test_empty_query_lists_everything_filtered(notes):
    results = api.search("  ", filters={"province": "Thanh Hóa"}, facets=("kind",))
    assert results.count == 2
    assert results.suggestion is None
    assert [(f.value, f.count) for f in results.facets["kind"]] == [("challenge", 1), ("experience", 1)]


def test_models_argument_limits_the_search(notes, make_organisations):
    make_organisations({"name": "Trung tâm chuyển đổi số tỉnh"})
    assert api.search("chuyển đổi số").count == 4
    only = api.search("chuyển đổi số", models=[Organisation])
    assert [hit.model_label for hit in only.results] == ["testapp.organisation"]


def test_pages(make_notes):
    make_notes(*({"title": f"Hội thảo {i}", "published": dt.date(2024, 1, i + 1)} for i in range(7)))
    page = api.search("hội thảo", page=2, page_size=3, order_by=("published",))
    assert page.count == 7
    assert page.num_pages == 3
    assert page.has_next and page.has_previous
    assert [hit.object.title for hit in page.results] == ["Hội thảo 3", "Hội thảo 4", "Hội thảo 5"]
    assert api.search("hội thảo", page=9, page_size=3).results == ()


def test_page_size_is_capped(notes):
    assert api.search("", page_size=10_000).page_size == api.MAX_PAGE_SIZE


def test_did_you_mean(notes):
    assert api.search("truy xuat nguon goc bằng mã QT").suggestion is None
    assert api.search("hợp tác xã chèe").suggestion == "hợp tác xã chè"


def test_engine_failure_gives_an_empty_result_marked_not_ok(notes, monkeypatch):
    backend = connections["default"].get_backend()

    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(backend, "search", broken)
    results = api.search("chuyển đổi số")
    assert not results.ok
    assert results.count == 0
    assert results.results == ()


def test_highlight_can_be_switched_off(notes):
    assert all(hit.highlighted is None for hit in api.search("chuyển đổi số", highlight=False).results)


def test_autocomplete_suggests_titles_by_prefix(notes):
    suggestions = api.autocomplete("chuyen doi so b")
    assert [s.label for s in suggestions] == ["Chuyển đổi số bệnh viện"]
    assert suggestions[0].model_label == "testapp.note"


def test_autocomplete_limit_and_models(notes, make_organisations):
    make_organisations({"name": "Chuyển đổi số Việt Nam"})
    assert len(api.autocomplete("chuy", limit=2)) == 2
    assert [s.label for s in api.autocomplete("chuy", models=[Organisation])] == ["Chuyển đổi số Việt Nam"]
    assert api.autocomplete("   ") == []


def test_more_like_this(notes):
    source = notes[0]
    hits = api.more_like_this(source, limit=5)
    assert hits
    assert all(hit.object.pk != source.pk for hit in hits)


def test_more_like_this_of_an_unindexed_model_is_empty(notes):
    from django.contrib.sites.models import Site

    assert api.more_like_this(Site.objects.get_current()) == []

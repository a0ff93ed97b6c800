"""The Elasticsearch 8/9 backend against a live cluster (``ELASTICSEARCH_URL``), through haystack.

Each test gets its own throw-away index (``dx-test-<random>``) on a separate haystack alias, so the
default engine of the test run is left alone. Without ``ELASTICSEARCH_URL`` every test here is
skipped, and pytest's summary says why.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from haystack import connections
from haystack.query import SearchQuerySet

from search import api
from tests.search.testapp.models import Note, Organisation

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test against",
    ),
]

ALIAS = "es_live"


@pytest.fixture
def es(monkeypatch: pytest.MonkeyPatch, db: None) -> Iterator[Any]:
    """The Elasticsearch backend on a fresh index, deleted afterwards."""
    monkeypatch.setitem(
        connections.connections_info,
        ALIAS,
        {
            "ENGINE": "search.backends.elasticsearch8.Elasticsearch8SearchEngine",
            "URL": os.environ["ELASTICSEARCH_URL"],
            "INDEX_NAME": f"dx-test-{uuid.uuid4().hex[:12]}",
            "KWARGS": {"request_timeout": 30},
        },
    )
    backend = connections.reload(ALIAS).get_backend()
    backend.clear()
    try:
        yield backend
    finally:
        backend.clear()
        connections.thread_local.connections.pop(ALIAS, None)


def _indexer(model: type, backend: Any) -> Callable[..., list[Any]]:
    def make(*rows: dict[str, Any]) -> list[Any]:
        objects = [model.objects.create(**row) for row in rows]
        index = connections[ALIAS].get_unified_index().get_index(model)
        backend.update(index, [o for o in objects if index.index_queryset().filter(pk=o.pk).exists()])
        return objects

    return make


@pytest.fixture
def make_notes(es: Any) -> Callable[..., list[Note]]:
    return _indexer(Note, es)


@pytest.fixture
def make_organisations(es: Any) -> Callable[..., list[Organisation]]:
    return _indexer(Organisation, es)


def sqs() -> SearchQuerySet:
    return SearchQuerySet(using=ALIAS)


def titles(results: Any) -> list[str]:
    return [result.title for result in results]


def search(text: str) -> SearchQuerySet:
    return sqs().auto_query(text)


# --- Index ---------------------------------------------------------------------------------------------


def test_index_is_created_with_the_vietnamese_analysers(es):
    es.setup()
    analysis = es.client.indices.get_settings(index=es.index_name)[es.index_name]["settings"]["index"][
        "analysis"
    ]
    assert "dx_folded" in analysis["analyzer"]
    tokens = es.client.indices.analyze(index=es.index_name, analyzer="dx_folded", text="Đà Nẵng ĐỒNG")[
        "tokens"
    ]
    assert [t["token"] for t in tokens] == ["da", "nang", "dong"]
    exact = es.client.indices.analyze(index=es.index_name, analyzer="dx_exact", text="Đà Nẵng")["tokens"]
    assert [t["token"] for t in exact] == ["đà", "nẵng"]
    assert es.ping() == 0
    assert es.needs_rebuild is False


# --- Vietnamese matching --------------------------------------------------------------------------------


def test_unaccented_query_finds_accented_title(make_notes):
    make_notes({"title": "Đà Nẵng xây dựng đô thị thông minh"}, {"title": "Hội An phố cổ"})
    assert titles(search("da nang")) == ["Đà Nẵng xây dựng đô thị thông minh"]


def test_accented_query_finds_unaccented_text(make_notes):
    make_notes({"title": "Chuyen doi so cho hop tac xa"}, {"title": "Hội chợ nông sản"})
    assert titles(search("chuyển đổi số")) == ["Chuyen doi so cho hop tac xa"]


def test_exact_accented_match_ranks_above_folded_match(make_notes):
    make_notes({"title": "Da Nang smart city"}, {"title": "Đà Nẵng smart city"})
    assert titles(search("Đà Nẵng")) == ["Đà Nẵng smart city", "Da Nang smart city"]


def test_tone_placement_variants_find_each_other(make_notes):
    make_notes({"title": "Sân bay Cam Ranh, Khánh Hoà"}, {"title": "Hội An phố cổ"})
    assert titles(search("Cam Ranh Khánh Hòa")) == ["Sân bay Cam Ranh, Khánh Hoà"]


def test_all_words_of_a_short_query_are_required(make_notes):
    make_notes({"title": "nông nghiệp"}, {"title": "nông dân"})
    assert titles(search("nông nghiệp")) == ["nông nghiệp"]


def test_title_match_ranks_above_body_match(make_notes):
    make_notes(
        {"title": "Báo cáo năm", "body": "Phần cuối nói về truy xuất nguồn gốc sản phẩm chè"},
        {"title": "Truy xuất nguồn gốc chè", "body": "Báo cáo năm của hợp tác xã"},
    )
    assert titles(search("truy xuất nguồn gốc")) == ["Truy xuất nguồn gốc chè", "Báo cáo năm"]


# --- Synonyms ------------------------------------------------------------------------------------------------


def test_synonym_cds_finds_chuyen_doi_so(make_notes):
    make_notes({"title": "Lộ trình chuyển đổi số cho doanh nghiệp"}, {"title": "Hội chợ nông sản"})
    assert titles(search("CĐS")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]
    assert titles(search("cds")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]
    assert titles(search("digital transformation")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]


def test_synonyms_work_in_both_directions(make_notes):
    make_notes({"title": "Khung đánh giá mức độ DX"}, {"title": "Hội chợ nông sản"})
    assert titles(search("chuyển đổi số")) == ["Khung đánh giá mức độ DX"]
    assert titles(search("chuyen doi so")) == ["Khung đánh giá mức độ DX"]


def test_uppercase_ai_is_an_acronym_but_lowercase_ai_is_a_word(make_notes):
    make_notes(
        {"title": "Ứng dụng trí tuệ nhân tạo trong y tế"},
        {"title": "Ai cũng có thể học"},
        {"title": "Chatbot AI cho dịch vụ công"},
    )
    assert set(titles(search("AI"))) == {
        "Ứng dụng trí tuệ nhân tạo trong y tế",
        "Chatbot AI cho dịch vụ công",
    }
    assert "Ai cũng có thể học" in titles(search("ai"))


# --- Filters, facets, order ---------------------------------------------------------------------------------


@pytest.fixture
def sector_notes(make_notes):
    return make_notes(
        {"title": "Một", "sector": "giao-thong", "province": "Thanh Hóa", "kind": "challenge", "tags": "ai, data",
         "published": dt.date(2024, 3, 1)},
        {"title": "Hai", "sector": "giao-thong-logistics", "province": "Hà Nội", "kind": "experience",
         "tags": "data", "published": dt.date(2023, 6, 1)},
        {"title": "Ba", "sector": "y-te", "province": "Thanh Hoá", "kind": "challenge", "tags": "iot",
         "published": dt.date(2025, 1, 15)},
    )  # fmt: skip


def test_filters_match_whole_values_ignoring_case_and_tone_placement(sector_notes):
    assert titles(sqs().filter(sector="giao-thong")) == ["Một"]
    assert set(titles(sqs().filter(sector__in=["y-te", "giao-thong"]))) == {"Một", "Ba"}
    assert set(titles(sqs().filter(province="thanh hoá"))) == {"Một", "Ba"}
    assert set(titles(sqs().filter(tags="data"))) == {"Một", "Hai"}
    assert titles(sqs().exclude(kind="challenge")) == ["Hai"]
    assert titles(sqs().filter(sector__in=[])) == []


def test_date_filters_and_order(sector_notes):
    assert set(titles(sqs().filter(published__gte=dt.date(2024, 3, 1)))) == {"Một", "Ba"}
    assert set(titles(sqs().filter(published__lte=dt.date(2024, 3, 1)))) == {"Một", "Hai"}
    assert titles(sqs().filter(published__range=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))) == ["Một"]
    assert titles(sqs().order_by("-published")) == ["Ba", "Một", "Hai"]
    assert titles(sqs().order_by("kind", "-published")) == ["Ba", "Một", "Hai"]


def test_datetime_filters_compare_instants_and_local_days(make_organisations):
    hanoi = dt.timezone(dt.timedelta(hours=7))
    make_organisations(
        {"name": "Khuya", "created_at": dt.datetime(2024, 5, 1, 23, 30, tzinfo=hanoi)},
        {"name": "Sáng", "created_at": dt.datetime(2024, 5, 2, 8, 0, tzinfo=hanoi)},
    )
    orgs = sqs().models(Organisation)
    assert [r.name for r in orgs.filter(date__gte=dt.datetime(2024, 5, 2, tzinfo=hanoi))] == ["Sáng"]
    assert [r.name for r in orgs.filter(date=dt.date(2024, 5, 1))] == ["Khuya"]
    assert [r.name for r in orgs.order_by("-date")] == ["Sáng", "Khuya"]


def test_facet_counts(sector_notes):
    counts = sqs().facet("kind").facet("province").facet("tags").facet_counts()["fields"]
    assert counts["kind"] == [("challenge", 2), ("experience", 1)]
    assert counts["province"] == [("Thanh Hóa", 2), ("Hà Nội", 1)]
    assert counts["tags"] == [("data", 2), ("ai", 1), ("iot", 1)]
    narrowed = sqs().filter(province="Thanh Hóa").facet("kind").facet_counts()["fields"]
    assert narrowed["kind"] == [("challenge", 2)]
    dates = (
        sqs()
        .date_facet("published", start_date=dt.date(2023, 1, 1), end_date=dt.date(2026, 1, 1), gap_by="year")
        .facet_counts()["dates"]["published"]
    )
    assert dates == [(dt.date(2023, 1, 1), 1), (dt.date(2024, 1, 1), 1), (dt.date(2025, 1, 1), 1)]


def test_boolean_facets(make_organisations):
    make_organisations({"name": "Một", "verified": True}, {"name": "Hai"}, {"name": "Ba"})
    orgs = sqs().models(Organisation)
    assert [r.name for r in orgs.filter(verified=True)] == ["Một"]
    assert orgs.facet("verified").facet_counts()["fields"]["verified"] == [(False, 2), (True, 1)]


def test_api_search_with_filters_facets_and_pages(sector_notes):
    page = api.search("", filters={"kind": "challenge"}, facets=("province",), page_size=1, using=ALIAS)
    assert page.ok and page.count == 2 and page.num_pages == 2
    assert [(f.value, f.count) for f in page.facets["province"]] == [("Thanh Hóa", 2)]
    second = api.search("", filters={"kind": "challenge"}, page=2, page_size=1, using=ALIAS)
    assert {page.results[0].pk, second.results[0].pk} == {str(sector_notes[0].pk), str(sector_notes[2].pk)}


# --- Highlighting, autocomplete, more like this, spelling, writes ------------------------------------------


def test_highlight_marks_matches_and_escapes_html(make_notes):
    make_notes({"title": "<script>alert('x')</script> Đà Nẵng", "body": "Thành phố thông minh"})
    [hit] = api.search("da nang", using=ALIAS).results
    assert "<script>" not in hit.highlighted
    assert "&lt;script&gt;" in hit.highlighted
    assert "<mark>Đà Nẵng</mark>" in hit.highlighted


def test_autocomplete(make_notes):
    make_notes({"title": "Hàng hóa"}, {"title": "Hà Nội"}, {"title": "Huế"})
    assert [s.label for s in api.autocomplete("hà", using=ALIAS)] == ["Hà Nội", "Hàng hóa"]
    assert [s.label for s in api.autocomplete("ha noi", using=ALIAS)] == ["Hà Nội"]
    assert [s.label for s in api.autocomplete("han", using=ALIAS)] == ["Hàng hóa"]


def test_more_like_this(make_notes):
    source, similar, _other = make_notes(
        {"title": "Bệnh án điện tử ở bệnh viện tỉnh", "body": "Triển khai bệnh án điện tử toàn tỉnh"},
        {"title": "Bệnh viện Huế dùng bệnh án điện tử"},
        {"title": "Hội chợ nông sản Đồng Tháp"},
    )
    hits = api.more_like_this(source, using=ALIAS)
    assert [hit.object for hit in hits] == [similar]


def test_spelling_suggestion(make_notes):
    make_notes({"title": "Nông nghiệp thông minh"}, {"title": "Nông nghiệp hữu cơ"})
    # the correction keeps its accents, as on the embedded engine
    assert api.search("nông nghiepp", using=ALIAS).suggestion == "nông nghiệp"
    assert api.search("nông nghiệp", using=ALIAS).suggestion is None


def test_count_remove_and_clear_by_model(es, make_notes, make_organisations):
    one, _two = make_notes({"title": "Một"}, {"title": "Hai"})
    make_organisations({"name": "Ba"})
    assert sqs().count() == 3
    es.remove(one)
    assert set(titles(sqs().models(Note))) == {"Hai"}
    es.clear(models=[Note])
    assert sqs().count() == 1
    assert es.ping() == 1

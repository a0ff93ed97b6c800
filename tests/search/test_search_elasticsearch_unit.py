"""The Elasticsearch 8/9 backend without a cluster: the requests it sends and how it reads answers.

The client is a ``MagicMock``; each test inspects the keyword arguments of the calls the backend made
(``indices.create``, ``bulk``, ``search`` …) or feeds it a canned response shaped like Elasticsearch's.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured
from haystack import connections
from haystack.exceptions import SearchBackendError
from haystack.inputs import Raw
from haystack.query import SearchQuerySet

from search import api
from search.backends import es_schema
from search.backends.elasticsearch8 import Elasticsearch8SearchBackend
from search.synonyms import load_synonyms
from tests.search.testapp.models import Note, Organisation

ALIAS = "es_unit"
INDEX = "dx-unit"


def _fake_client() -> mock.MagicMock:
    client = mock.MagicMock(name="Elasticsearch")
    client.options.return_value = client  # client.options(ignore_status=404).delete(...)
    client.indices.exists.return_value = True
    client.bulk.return_value = {"errors": False, "items": []}
    client.search.return_value = _response()
    client.count.return_value = {"count": 3}
    return client


@pytest.fixture
def es_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[Elasticsearch8SearchBackend]:
    """A haystack alias on the Elasticsearch engine whose client is a mock; the index "exists"."""
    monkeypatch.setitem(
        connections.connections_info,
        ALIAS,
        {
            "ENGINE": "search.backends.elasticsearch8.Elasticsearch8SearchEngine",
            "URL": "http://elasticsearch.invalid:9200",
            "INDEX_NAME": INDEX,
        },
    )
    backend = connections.reload(ALIAS).get_backend()
    backend.client = _fake_client()
    backend._ready = True  # setup() is tested on its own
    yield backend
    connections.reload(ALIAS)
    connections.thread_local.connections.pop(ALIAS, None)


def _response(
    hits: list[dict[str, Any]] | None = None,
    *,
    total: int | None = None,
    aggregations: dict[str, Any] | None = None,
    suggest: dict[str, Any] | None = None,
) -> dict[str, Any]:
    hits = hits or []
    response: dict[str, Any] = {
        "took": 1,
        "timed_out": False,
        "hits": {"total": {"value": len(hits) if total is None else total, "relation": "eq"}, "hits": hits},
    }
    if aggregations is not None:
        response["aggregations"] = aggregations
    if suggest is not None:
        response["suggest"] = suggest
    return response


def _hit(ct: str, pk: Any, score: float | None = 1.0, **stored: Any) -> dict[str, Any]:
    return {
        "_index": INDEX,
        "_id": f"{ct}.{pk}",
        "_score": score,
        "_source": {
            "django_ct": ct,
            "django_id": str(pk),
            "dx_data": {"id": f"{ct}.{pk}", "django_ct": ct, "django_id": str(pk), **stored},
        },
    }


def _sent(backend: Elasticsearch8SearchBackend) -> dict[str, Any]:
    """The keyword arguments of the last ``client.search`` call."""
    return backend.client.search.call_args.kwargs


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of a nested request body."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _clauses(body: Any, kind: str) -> list[dict[str, Any]]:
    return [value for key, value in _walk(body) if key == kind]


# --- Configuration and index creation ------------------------------------------------------------


def test_url_is_required():
    with pytest.raises(ImproperlyConfigured):
        Elasticsearch8SearchBackend("nowhere", INDEX_NAME="x")


def test_client_is_created_from_the_url(monkeypatch):
    created = {}

    def fake_new_client(url, options):
        created.update(url=url, options=options)
        return "client"

    monkeypatch.setattr("search.backends.elasticsearch8._new_client", fake_new_client)
    backend = Elasticsearch8SearchBackend("x", URL="http://es:9200", KWARGS={"request_timeout": 5})
    assert backend.client == "client"
    assert created == {"url": "http://es:9200", "options": {"request_timeout": 5}}
    assert backend.index_name == "dxconnect"


def test_settings_files_are_valid_json():
    for name in ("index-settings.json", "mappings-base.json", "field-mappings.json"):
        assert json.loads((es_schema.CONFIG_DIR / name).read_text(encoding="utf-8"))
    assert not (es_schema.CONFIG_DIR.parent / "__init__.py").exists()


def test_setup_creates_the_index_with_vietnamese_analysers(es_backend):
    es_backend._ready = False
    es_backend.client.indices.exists.return_value = False
    es_backend.setup()
    create = es_backend.client.indices.create.call_args.kwargs
    assert create["index"] == INDEX
    analysis = create["settings"]["analysis"]
    assert analysis["char_filter"]["dx_d_stroke"] == {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}
    folded = analysis["analyzer"]["dx_folded"]
    assert folded["tokenizer"] == "standard"
    assert folded["char_filter"] == ["dx_d_stroke"]
    assert folded["filter"] == ["lowercase", "dx_folding"]
    assert analysis["filter"]["dx_folding"]["type"] == "asciifolding"
    assert analysis["analyzer"]["dx_exact"]["filter"] == ["lowercase"]
    # Synonyms only at search time, inline (no file on the cluster's nodes).
    for name in ("dx_exact", "dx_folded", "dx_edge", "dx_edge_folded"):
        assert not any("synonym" in f for f in analysis["analyzer"][name]["filter"])
    assert analysis["analyzer"]["dx_exact_search"]["filter"] == ["lowercase", "dx_synonyms_exact"]
    assert analysis["analyzer"]["dx_folded_search"]["filter"][-1] == "dx_synonyms_folded"
    for form in ("exact", "folded"):
        synonym_filter = analysis["filter"][f"dx_synonyms_{form}"]
        assert synonym_filter["type"] == "synonym_graph"
        assert "synonyms_path" not in synonym_filter
    exact_rules = analysis["filter"]["dx_synonyms_exact"]["synonyms"]
    folded_rules = analysis["filter"]["dx_synonyms_folded"]["synonyms"]
    assert "cđs, chuyển đổi số, dx, digital transformation" in exact_rules
    assert "cds, chuyen doi so, dx, digital transformation" in folded_rules
    assert "đà nẵng, danang" in exact_rules
    assert "da nang, danang" in folded_rules


def test_case_sensitive_synonyms_are_left_to_the_query():
    synonyms = load_synonyms()
    rules = es_schema.synonym_rules(synonyms, "exact")
    ai_rule = next(rule for rule in rules if "trí tuệ nhân tạo" in rule)
    assert ai_rule == "trí tuệ nhân tạo, artificial intelligence"  # no lower-cased "ai" ("who")
    assert all(not rule.startswith("ai,") for rule in rules)
    one_way = es_schema.synonym_rules(es_schema.SynonymSet(), "exact")
    assert one_way == []


def test_mappings_have_exact_and_folded_sub_fields(es_backend):
    mappings = es_backend.index_body()["mappings"]
    assert mappings["dynamic"] is False
    properties = mappings["properties"]
    for reserved in ("id", "django_ct", "django_id"):
        assert properties[reserved] == {"type": "keyword"}
    assert properties["dx_data"] == {"type": "object", "enabled": False}
    text = properties["text"]
    assert (text["type"], text["analyzer"], text["search_analyzer"]) == (
        "text",
        "dx_exact",
        "dx_exact_search",
    )
    assert text["fields"]["folded"]["analyzer"] == "dx_folded"
    assert text["fields"]["folded"]["search_analyzer"] == "dx_folded_search"
    assert "text__k" not in properties  # the document field is never a filter value
    assert properties["title"]["fields"]["folded"]["type"] == "text"
    # Faceted and multi-valued fields: normalised keyword (filters, sort) and display keyword (facets).
    for name in ("kind", "tags", "province", "kind_exact", "tags_exact"):
        assert properties[f"{name}__k"]["type"] == "keyword"
        assert properties[f"{name}__v"]["type"] == "keyword"
    auto = properties["autocomplete"]
    assert auto["fields"]["edge"] == {"type": "text", "analyzer": "dx_edge", "search_analyzer": "dx_exact"}
    assert auto["fields"]["edge_folded"]["analyzer"] == "dx_edge_folded"
    assert properties["published"]["type"] == "date"
    assert properties["date"]["type"] == "date"
    assert properties["verified"] == {"type": "boolean"}
    assert "url" not in properties  # indexed=False: stored in dx_data only
    assert mappings["_meta"]["dxconnect"]["fingerprint"] == es_schema.fingerprint(
        es_schema.field_properties(es_backend.specs)
    )


def test_setup_adds_new_fields_to_an_existing_index(es_backend):
    es_backend._ready = False
    es_backend.client.indices.get_mapping.return_value = {
        INDEX: {"mappings": {"_meta": {"dxconnect": {"fingerprint": "old"}}, "properties": {"text": {}}}}
    }
    es_backend.setup()
    es_backend.client.indices.create.assert_not_called()
    added = es_backend.client.indices.put_mapping.call_args.kwargs["properties"]
    assert "title" in added and "text" not in added
    assert es_backend.needs_rebuild is True


def test_setup_leaves_an_up_to_date_index_alone(es_backend):
    es_backend._ready = False
    fingerprint = es_backend.index_body()["mappings"]["_meta"]["dxconnect"]["fingerprint"]
    es_backend.client.indices.get_mapping.return_value = {
        INDEX: {"mappings": {"_meta": {"dxconnect": {"fingerprint": fingerprint}}, "properties": {}}}
    }
    es_backend.setup()
    es_backend.client.indices.put_mapping.assert_not_called()
    assert es_backend.needs_rebuild is False


def test_update_synonyms_reopens_the_index(es_backend):
    es_backend.update_synonyms()
    client = es_backend.client
    client.indices.close.assert_called_once_with(index=INDEX)
    analysis = client.indices.put_settings.call_args.kwargs["settings"]["analysis"]
    assert analysis["filter"]["dx_synonyms_exact"]["synonyms"]
    client.indices.open.assert_called_once_with(index=INDEX)


# --- Documents and writes -----------------------------------------------------------------------------


def test_documents_are_normalised_in_python(db, es_backend):
    note = Note.objects.create(
        title=unicodedata.normalize("NFD", "Bệnh viện Thanh Hoá dùng AI"),
        body="<b>Hồ sơ</b>",
        province="Thanh Hoá",
        kind="Challenge",
        tags="IoT, dữ liệu",
        published=dt.date(2024, 3, 1),
    )
    es_backend.update(connections[ALIAS].get_unified_index().get_index(Note), [note])
    operations = es_backend.client.bulk.call_args.kwargs["operations"]
    assert es_backend.client.bulk.call_args.kwargs["refresh"] is True
    assert operations[0] == {"index": {"_index": INDEX, "_id": f"testapp.note.{note.pk}"}}
    document = operations[1]
    assert document["django_ct"] == "testapp.note"
    assert document["django_id"] == str(note.pk)
    assert document["title"] == "Bệnh viện Thanh Hóa dùng AI"  # NFC, canonical tone placement
    assert unicodedata.is_normalized("NFC", document["text"])
    assert document["province__k"] == ["thanh hóa"]  # filters ignore case and tone placement
    assert document["province__v"] == ["Thanh Hóa"]  # facets show the canonical spelling
    assert document["kind__k"] == "challenge"
    assert document["kind__v"] == "Challenge"
    assert document["tags__k"] == ["iot", "dữ liệu"]
    assert document["published"] == "2024-03-01"
    assert document["dx_acronyms"].split() == ["AI", "AI"]  # title and text
    stored = document["dx_data"]
    assert stored["title"] == note.title  # returned exactly as prepared
    assert stored["published"] == "2024-03-01"


def test_datetimes_are_sent_in_utc(db, es_backend):
    hanoi = dt.timezone(dt.timedelta(hours=7))
    org = Organisation.objects.create(
        name="Sở", created_at=dt.datetime(2024, 5, 2, 8, 0, tzinfo=hanoi), verified=True
    )
    es_backend.update(connections[ALIAS].get_unified_index().get_index(Organisation), [org])
    document = es_backend.client.bulk.call_args.kwargs["operations"][1]
    assert document["date"] == "2024-05-02T01:00:00.000000Z"
    assert document["verified"] is True
    assert "url" not in document and document["dx_data"]["url"] == ""


def test_bulk_errors_are_raised(db, es_backend):
    note = Note.objects.create(title="Một")
    es_backend.client.bulk.return_value = {
        "errors": True,
        "items": [{"index": {"_id": f"testapp.note.{note.pk}", "status": 400, "error": {"type": "mapper"}}}],
    }
    with pytest.raises(SearchBackendError, match="1 documents were not indexed"):
        es_backend.update(connections[ALIAS].get_unified_index().get_index(Note), [note])


def test_skipped_and_broken_objects_lose_their_old_version(db, es_backend):
    from haystack.exceptions import SkipDocument

    skipped, broken = Note.objects.create(title="Một"), Note.objects.create(title="Hai")
    index = connections[ALIAS].get_unified_index().get_index(Note)

    def prepare_text(obj):
        if obj.pk == skipped.pk:
            raise SkipDocument
        raise ValueError("broken")

    with mock.patch.object(type(index), "prepare_text", side_effect=prepare_text):
        es_backend.update(index, [skipped, broken])
    operations = es_backend.client.bulk.call_args.kwargs["operations"]
    assert operations == [
        {"delete": {"_index": INDEX, "_id": f"testapp.note.{skipped.pk}"}},
        {"delete": {"_index": INDEX, "_id": f"testapp.note.{broken.pk}"}},
    ]


def test_remove_and_clear(es_backend):
    client = es_backend.client
    es_backend.remove("testapp.note.7")
    client.delete.assert_called_once_with(index=INDEX, id="testapp.note.7", refresh=True)
    client.search.return_value = {"hits": {"hits": [{"_id": "testapp.note.1", "sort": ["testapp.note.1"]}]}}
    es_backend.clear(models=[Note])
    # Core search + bulk, not _delete_by_query (the reindex module, absent from a Maven-assembled node).
    client.delete_by_query.assert_not_called()
    kwargs = client.search.call_args.kwargs
    assert kwargs["query"] == {"terms": {"django_ct": ["testapp.note"]}}
    assert kwargs["index"] == INDEX
    assert client.bulk.call_args.kwargs["operations"] == [
        {"delete": {"_index": INDEX, "_id": "testapp.note.1"}}
    ]
    es_backend.clear()
    client.indices.delete.assert_called_once_with(index=INDEX)
    assert es_backend._ready is False  # recreated on next use


def test_ping_counts_documents(es_backend):
    assert es_backend.ping() == 3
    es_backend.client.count.assert_called_once_with(index=INDEX)


# --- Search requests ------------------------------------------------------------------------------------


def test_search_request_with_filters_facets_highlight_order_and_page(es_backend):
    es_backend.client.search.return_value = _response(total=0)
    page = api.search(
        "Đà Nẵng",
        filters={"province": "thanh hoá", "tags": ["IoT", "AI"], "published__gte": dt.date(2024, 1, 1)},
        facets=("kind", "province"),
        order_by=("-published",),
        page=3,
        page_size=10,
        using=ALIAS,
    )
    assert page.ok
    sent = _sent(es_backend)
    assert sent["index"] == INDEX
    assert (sent["from_"], sent["size"]) == (20, 10)
    assert sent["track_total_hits"] is True
    assert sent["sort"] == [{"published": {"order": "desc", "missing": "_last", "unmapped_type": "keyword"}}]
    assert sent["aggs"]["field:kind_exact"]["terms"]["field"] == "kind_exact__v"
    assert sent["aggs"]["field:province_exact"]["terms"]["field"] == "province_exact__v"
    terms = _clauses(sent["query"], "term")
    assert {"province__k": "thanh hóa"} in terms  # normalised like the indexed value
    assert {"tags__k": "iot"} in terms and {"tags__k": "ai"} in terms
    assert {"published": {"gte": "2024-01-01"}} in _clauses(sent["query"], "range")
    # Filters never score: they sit in bool.filter clauses.
    filters = _clauses(sent["query"], "filter")
    assert any({"term": {"province__k": "thanh hóa"}} in f for f in filters if isinstance(f, list))
    # Registered models only.
    assert any(
        isinstance(f, list)
        and any("terms" in c and "testapp.note" in c["terms"].get("django_ct", []) for c in f)
        for f in filters
    )


def test_exact_match_is_boosted_above_folded(es_backend):
    list(SearchQuerySet(using=ALIAS).auto_query("Đà Nẵng"))
    matches = _clauses(_sent(es_backend)["query"], "match")
    by_field = {}
    for match in matches:
        for name, body in match.items():
            if "fuzziness" not in body:
                by_field.setdefault(name, body)
    assert by_field["text"]["query"] == "Đà Nẵng"
    assert by_field["text"]["boost"] > by_field["text.folded"].get("boost", 1.0)
    assert by_field["title"]["boost"] > by_field["text"]["boost"]  # title boost=2.0
    assert by_field["title.folded"]["boost"] > by_field["text.folded"].get("boost", 1.0)
    phrases = _clauses(_sent(es_backend)["query"], "match_phrase")
    assert {"text": {"query": "Đà Nẵng", "boost": 2.0}} in phrases  # phrase bonus


def test_long_queries_need_most_words_and_function_words_are_optional(es_backend):
    list(SearchQuerySet(using=ALIAS).auto_query("công ty may ở Hưng Yên nên bắt đầu chuyển đổi số"))
    matches = [m["text.folded"] for m in _clauses(_sent(es_backend)["query"], "match") if "text.folded" in m]
    required = [m for m in matches if m.get("minimum_should_match") == "4<67%" and "fuzziness" not in m]
    assert required and "ở" not in required[0]["query"].split()
    assert "chuyển đổi số" in required[0]["query"]  # a synonym span is kept whole for the analyser
    optional = [m for m in matches if m.get("minimum_should_match") == "1"]
    assert optional and optional[0]["query"] == "ở nên"


def test_fuzzy_clause_uses_the_analyser_without_synonyms(es_backend):
    list(SearchQuerySet(using=ALIAS).auto_query("telemedicine"))
    fuzzy = [
        body
        for m in _clauses(_sent(es_backend)["query"], "match")
        for body in m.values()
        if "fuzziness" in body
    ]
    assert fuzzy and all(body["analyzer"] == "dx_folded" for body in fuzzy)


def test_uppercase_acronym_synonym_uses_the_acronym_field(es_backend):
    list(SearchQuerySet(using=ALIAS).auto_query("AI"))
    query = _sent(es_backend)["query"]
    assert {"dx_acronyms": {"value": "AI", "boost": 3.0}} in _clauses(query, "term")
    phrases = [body["query"] for m in _clauses(query, "match_phrase") for body in m.values()]
    assert "trí tuệ nhân tạo" in phrases
    # A lower-case "ai" ("who") is just a word.
    list(SearchQuerySet(using=ALIAS).auto_query("ai"))
    assert not any("dx_acronyms" in t for t in _clauses(_sent(es_backend)["query"], "term"))


def test_exclusions_and_phrases(es_backend):
    list(SearchQuerySet(using=ALIAS).auto_query('"nông nghiệp thông minh" -lúa'))
    query = _sent(es_backend)["query"]
    phrases = [body for m in _clauses(query, "match_phrase") for body in m.values()]
    assert {"query": "nông nghiệp thông minh", "boost": 3.0} in phrases
    must_not = list(_clauses(query, "must_not"))
    assert must_not and any("lúa" in json.dumps(v, ensure_ascii=False) for v in must_not)


def test_date_range_and_datetime_day_filters(es_backend):
    sqs = SearchQuerySet(using=ALIAS)
    list(sqs.filter(published__range=(dt.date(2024, 1, 1), dt.date(2024, 12, 31))))
    assert {"published": {"gte": "2024-01-01", "lte": "2024-12-31"}} in _clauses(
        _sent(es_backend)["query"], "range"
    )
    list(sqs.filter(published__lte=dt.date(2024, 3, 1)))
    assert {"published": {"lte": "2024-03-01"}} in _clauses(_sent(es_backend)["query"], "range")
    list(sqs.filter(published__gt=dt.date(2024, 3, 1)))
    assert {"published": {"gt": "2024-03-01"}} in _clauses(_sent(es_backend)["query"], "range")
    # A bare date on a date-time field is that whole local day (Asia/Ho_Chi_Minh, UTC+7).
    list(sqs.filter(date=dt.date(2024, 5, 1)))
    assert {"date": {"gte": "2024-04-30T17:00:00.000000Z", "lt": "2024-05-01T17:00:00.000000Z"}} in _clauses(
        _sent(es_backend)["query"], "range"
    )


def test_autocomplete_request_uses_edge_ngram_sub_fields(es_backend):
    es_backend.client.search.return_value = _response(
        [_hit("testapp.note", 4, title="Hà Nội số", autocomplete="Hà Nội số")]
    )
    suggestions = api.autocomplete("ha no", limit=5, using=ALIAS)
    assert [(s.label, s.model_label, s.pk) for s in suggestions] == [("Hà Nội số", "testapp.note", "4")]
    sent = _sent(es_backend)
    assert sent["size"] == 5
    fields = {name for m in _clauses(sent["query"], "match") for name in m}
    assert fields == {"autocomplete", "autocomplete.folded", "autocomplete.edge", "autocomplete.edge_folded"}
    queries = {body["query"] for m in _clauses(sent["query"], "match") for body in m.values()}
    assert queries == {"ha", "no"}
    assert "suggest" not in sent or "ha" in sent["suggest"]["dx_spelling"]["text"]


def test_more_like_this_request(db, es_backend):
    note = Note.objects.create(title="Bệnh án điện tử ở bệnh viện tỉnh", body="Triển khai bệnh án điện tử")
    other = Note.objects.create(title="Bệnh án điện tử ở Huế")
    es_backend.client.search.return_value = _response(
        [_hit("testapp.note", other.pk, 2.5, title=other.title)]
    )
    hits = api.more_like_this(note, limit=3, using=ALIAS)
    assert [(h.object, h.score) for h in hits] == [(other, 2.5)]
    sent = _sent(es_backend)
    assert sent["size"] == 3
    mlt = sent["query"]["bool"]["must"][0]["more_like_this"]
    assert mlt["fields"] == ["text.folded", "title.folded"]
    assert any("benh an dien tu" in text for text in mlt["like"])  # folded words, stopwords out
    assert all(" o " not in f" {text} " for text in mlt["like"])
    assert mlt["min_doc_freq"] == 2 and mlt["max_query_terms"] == 25
    assert sent["query"]["bool"]["must_not"] == [{"ids": {"values": [f"testapp.note.{note.pk}"]}}]


# --- Reading responses ----------------------------------------------------------------------------------


def test_response_is_parsed_into_haystack_results(db, es_backend):
    one = Note.objects.create(title="<script>alert(1)</script> Đà Nẵng thông minh")
    two = Note.objects.create(title="Hội An")
    es_backend.client.search.return_value = _response(
        [
            _hit(
                "testapp.note",
                one.pk,
                3.5,
                title=one.title,
                text=one.title,
                published="2024-03-01",
                tags=["ai"],
            ),
            _hit("testapp.note", two.pk, 1.0, title=two.title, text=two.title),
            _hit("gone.model", 9, 0.5, title="stale"),
        ],
        total=3,
    )
    sqs = SearchQuerySet(using=ALIAS).auto_query("da nang").highlight()
    results = list(sqs)
    assert sqs.count() == 2  # the stale model is neither returned nor counted
    first = results[0]
    assert (first.app_label, first.model_name, first.pk, first.score) == ("testapp", "note", str(one.pk), 3.5)
    assert first.object == one
    assert first.published == dt.date(2024, 3, 1)
    assert first.tags == ["ai"]
    [snippet] = first.highlighted["text"]
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    assert "<mark>Đà Nẵng</mark>" in snippet


def test_facets_are_returned_in_haystack_format(es_backend):
    es_backend.client.search.return_value = _response(
        total=3,
        aggregations={
            "field:kind_exact": {"buckets": [{"key": "experience", "doc_count": 1}, {"key": "challenge", "doc_count": 2}]},
            "field:verified": {"buckets": [{"key": 1, "key_as_string": "true", "doc_count": 1},
                                           {"key": 0, "key_as_string": "false", "doc_count": 2}]},
            "field:published_exact": {
                "buckets": [{"key": 1709251200000, "key_as_string": "2024-03-01T00:00:00.000Z", "doc_count": 1}]
            },
            "date:published_exact": {"buckets": [{"key": "0", "doc_count": 1}, {"key": "1", "doc_count": 2}]},
        },
    )  # fmt: skip
    sqs = (
        SearchQuerySet(using=ALIAS)
        .facet("kind")
        .facet("verified")
        .facet("published")
        .date_facet("published", start_date=dt.date(2023, 1, 1), end_date=dt.date(2025, 1, 1), gap_by="year")
    )
    counts = sqs.facet_counts()
    assert counts["fields"]["kind"] == [("challenge", 2), ("experience", 1)]
    assert counts["fields"]["verified"] == [(False, 2), (True, 1)]
    assert counts["fields"]["published"] == [(dt.date(2024, 3, 1), 1)]
    assert counts["dates"]["published"] == [(dt.date(2023, 1, 1), 1), (dt.date(2024, 1, 1), 2)]
    ranges = _sent(es_backend)["aggs"]["date:published_exact"]["date_range"]["ranges"]
    assert [(r["from"], r["to"]) for r in ranges] == [
        ("2023-01-01", "2024-01-01"),
        ("2024-01-01", "2025-01-01"),
    ]


def test_spelling_suggestion_from_the_term_suggester(es_backend):
    es_backend.client.search.return_value = _response(
        total=0,
        suggest={
            "dx_spelling": [
                {"text": "chuyen", "offset": 0, "length": 6, "options": []},
                {
                    "text": "doii",
                    "offset": 7,
                    "length": 4,
                    "options": [{"text": "doi", "score": 0.7, "freq": 4}],
                },
                {
                    "text": "nongg",
                    "offset": 12,
                    "length": 5,
                    "options": [{"text": "nong", "score": 0.8, "freq": 9}],
                },
            ]
        },
    )
    page = api.search("chuyển doii nongg", using=ALIAS)
    sent = _sent(es_backend)["suggest"]["dx_spelling"]
    assert sent["text"] == "chuyen doii nongg"
    assert sent["term"]["field"] == "text.folded"
    assert sent["term"]["suggest_mode"] == "missing"
    assert page.suggestion == "chuyển doi nong"


def test_api_search_end_to_end_with_facets(db, es_backend):
    note = Note.objects.create(title="Chuyển đổi số y tế", kind="challenge")
    es_backend.client.search.return_value = _response(
        [_hit("testapp.note", note.pk, 2.0, title=note.title, text=note.title, kind="challenge")],
        aggregations={"field:kind_exact": {"buckets": [{"key": "challenge", "doc_count": 1}]}},
    )
    page = api.search("CĐS", facets=("kind",), using=ALIAS)
    assert page.ok and page.count == 1
    assert page.results[0].object == note
    assert page.results[0].highlighted == "<mark>Chuyển đổi số</mark> y tế"
    assert [(f.value, f.count) for f in page.facets["kind"]] == [("challenge", 1)]


def test_engine_errors_make_the_api_degrade(es_backend):
    es_backend.client.search.side_effect = ConnectionError("cluster down")
    page = api.search("da nang", using=ALIAS)
    assert page.ok is False and page.count == 0
    assert api.autocomplete("da", using=ALIAS) == []


def test_silently_fail_logs_instead_of_raising(es_backend, caplog):
    es_backend.silently_fail = True
    es_backend.client.search.side_effect = ConnectionError("cluster down")
    assert list(SearchQuerySet(using=ALIAS).auto_query("x")) == []
    assert "Searching failed" in caplog.text


# --- The real client: the keyword arguments the backend uses exist and end up in the request body ---------


@pytest.fixture
def real_client(es_backend):
    """An ``elasticsearch.Elasticsearch`` whose transport is replaced: requests are recorded, not sent."""
    from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, ObjectApiResponse
    from elasticsearch import Elasticsearch

    client = Elasticsearch(hosts=["http://elasticsearch.invalid:9200"])
    meta = ApiResponseMeta(
        status=200,
        http_version="1.1",
        headers=HttpHeaders({"x-elastic-product": "Elasticsearch"}),
        duration=0.0,
        node=NodeConfig("http", "elasticsearch.invalid", 9200),
    )
    sent: list[dict[str, Any]] = []
    answers: dict[str, Any] = {"default": _response(total=0)}

    def perform_request(method, path, *, params=None, headers=None, body=None, **_):
        sent.append({"method": method, "path": path, "params": params, "body": body})
        return ObjectApiResponse(body=answers.get(path.rsplit("/", 1)[-1], answers["default"]), meta=meta)

    client.perform_request = perform_request  # type: ignore[method-assign]
    es_backend.client = client
    return sent, answers


def test_real_client_search_body(es_backend, real_client):
    sent, answers = real_client
    answers["_search"] = _response(
        total=1, aggregations={"field:kind_exact": {"buckets": [{"key": "challenge", "doc_count": 1}]}}
    )
    page = api.search(
        "nông nghiệp", facets=("kind",), order_by=("-published",), page=2, page_size=5, using=ALIAS
    )
    assert page.ok and [(f.value, f.count) for f in page.facets["kind"]] == [("challenge", 1)]
    request = sent[-1]
    assert (request["method"], request["path"]) == ("POST", f"/{INDEX}/_search")
    body = request["body"]
    assert (body["from"], body["size"]) == (5, 5)
    assert body["_source"] == ["django_ct", "django_id", "dx_data"]
    assert body["track_total_hits"] is True
    assert set(body) >= {"query", "aggs", "sort", "suggest"}


def test_real_client_index_creation_and_bulk(db, es_backend, real_client):
    sent, _ = real_client
    es_backend._ready = False
    with mock.patch.object(type(es_backend.client.indices), "exists", return_value=False):
        note = Note.objects.create(title="Đà Nẵng")
        es_backend.update(connections[ALIAS].get_unified_index().get_index(Note), [note])
    create, bulk = sent[-2], sent[-1]
    assert (create["method"], create["path"]) == ("PUT", f"/{INDEX}")
    assert set(create["body"]) == {"settings", "mappings"}
    assert (bulk["method"], bulk["path"]) == ("PUT", "/_bulk")
    assert bulk["params"] == {"refresh": True}
    action, document = bulk["body"]
    assert action == {"index": {"_index": INDEX, "_id": f"testapp.note.{note.pk}"}}
    assert document["title"] == "Đà Nẵng"


def test_words_the_index_knows_get_no_typo_alternatives_and_unknown_ones_their_correction(es_backend):
    client = es_backend.client
    client.search.return_value = _response(
        aggregations={"known": {"buckets": {"trien": {"doc_count": 3}, "khaii": {"doc_count": 0}}}},
        suggest={
            "typos": [
                {"text": "trien", "offset": 0, "options": []},
                {"text": "khaii", "offset": 6, "options": [{"text": "khai"}]},
            ]
        },
    )
    assert es_backend._lookup_words(["trien", "khaii"]) == {"trien": "trien", "khaii": "khai"}
    body = client.search.call_args.kwargs
    assert body["aggs"]["known"]["filters"]["filters"]["trien"] == {"term": {"text.folded": "trien"}}

    text = str(es_backend._compiler().compile(es_backend._parse("trien khaii")).query)
    assert "'query': 'khaii', 'analyzer': 'dx_folded', 'fuzziness'" in text  # the unknown word
    assert "'query': 'trien', 'analyzer': 'dx_folded', 'fuzziness'" not in text  # the known one
    assert "'query': 'trien khai'" in text  # searched as corrected too

    client.search.return_value = _response(
        aggregations={"known": {"buckets": {"trien": {"doc_count": 3}}}}, suggest={"typos": []}
    )
    assert "fuzziness" not in str(es_backend._compiler().compile(es_backend._parse("trien")).query)


def _searches(backend: Elasticsearch8SearchBackend) -> list[str]:
    """The queries of the ``client.search`` calls that searched (not the term-suggester lookups)."""
    sent = [
        json.dumps(c.kwargs.get("query", {}), ensure_ascii=False)
        for c in backend.client.search.call_args_list
    ]
    return [query for query in sent if "minimum_should_match" in query]


def test_few_hits_send_one_relaxed_search_with_the_precise_query_optional(es_backend):
    es_backend.client.search.side_effect = lambda **kwargs: _response(
        total=5 if "2<-1 4<34%" in json.dumps(kwargs.get("query", {})) else 1
    )
    query = (
        SearchQuerySet(using=ALIAS).auto_query("bệnh án điện tử bệnh viện huyện miền núi").query.build_query()
    )
    assert es_backend.search(query, end_offset=10)["hits"] == 5
    searches = _searches(es_backend)
    assert len(searches) == 2
    assert "2<-1 4<34%" in searches[1] and "4<67%" in searches[1]  # relaxed required, precise optional


def test_enough_hits_send_no_second_search(es_backend):
    es_backend.client.search.return_value = _response(total=50)
    es_backend.search(
        SearchQuerySet(using=ALIAS).auto_query("bệnh án điện tử").query.build_query(), end_offset=10
    )
    assert len(_searches(es_backend)) == 1


def test_question_words_are_optional_and_weighed_down(es_backend):
    es_backend.client.search.return_value = _response(total=50)
    list(SearchQuerySet(using=ALIAS).auto_query("chuyển đổi số làm thế nào"))
    query = _sent(es_backend)["query"]
    bodies = [body for m in _clauses(query, "match") for body in m.values()]
    required = [body for body in bodies if body.get("minimum_should_match") == "4<67%"]
    assert required and all("nào" not in body["query"] for body in required)
    assert any(body["query"] == "làm thế nào" for body in bodies)


def test_boosted_keyword_value_adds_a_constant_score(es_backend):
    es_backend.client.search.return_value = _response(total=50)
    list(SearchQuerySet(using=ALIAS).filter(content=Raw('bệnh án ?province:"48"^6')))
    bodies = _clauses(_sent(es_backend)["query"], "constant_score")
    assert {"filter": {"term": {"province__k": "48"}}, "boost": 6.0} in bodies

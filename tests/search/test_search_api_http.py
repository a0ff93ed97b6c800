"""The JSON search API over HTTP: its shape, every 400, the rate limit, the engine-down 503, OpenAPI."""

import json

import pytest
from django.test import override_settings
from django.urls import reverse
from haystack import connections

import search.api
from search.api import SearchResults
from search.api_views import KINDS, build_document
from tests.factories import ExpertProfileFactory, OrganisationFactory, province, sector

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"kind", "title", "url", "snippet", "score", "sector", "province", "date"}


@pytest.fixture
def content(index_all):
    OrganisationFactory(
        name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn", province=province("48"),
        sectors=[sector("tai-nguyen-moi-truong")],
    )  # fmt: skip
    OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bv-th", province=province("38"))
    ExpertProfileFactory(
        user__full_name="Lê Văn Hùng", slug="le-van-hung", skills=["eKYC", "định danh điện tử"],
        headline="Chuyên gia định danh điện tử", provinces=[province("01")],
    )  # fmt: skip
    ExpertProfileFactory(user__full_name="Ẩn Danh", slug="an-danh", skills=["eKYC"], is_public=False)
    index_all()


def get(client, **params):
    return client.get("/en/api/search/", params)


# --- routes ---------------------------------------------------------------------------------


def test_routes_live_under_the_language_prefix():
    assert reverse("search:api") == "/api/search/"
    assert reverse("search:openapi") == "/api/openapi.json"
    assert reverse("search:suggest") == "/search/suggest/"


# --- valid answers --------------------------------------------------------------------------


def test_unaccented_query_returns_the_documented_shape(client, content):
    response = client.get("/api/search/", {"q": "da nang"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"count", "results", "facets", "offered_filters"}
    assert set(body["facets"]) == {"kind", "sector", "province"}
    assert body["offered_filters"] == [{"field": "province", "value": "48", "label": "Đà Nẵng"}]
    assert body["count"] >= 1
    first = body["results"][0]
    assert set(first) == RESULT_KEYS
    assert first["kind"] == "organisation"
    assert first["title"] == "Sở Khoa học và Công nghệ Đà Nẵng"
    assert first["url"] == "/organisations/so-khcn-dn/"
    assert "<mark>" in first["snippet"]
    assert isinstance(first["score"], float) and first["score"] > 0
    assert first["sector"] == "tai-nguyen-moi-truong"
    assert first["province"] == "48"
    assert first["date"][:4].isdigit() and "T" in first["date"]  # ISO 8601


def test_expert_title_is_the_persons_name_and_unlisted_experts_stay_hidden(client, content):
    body = get(client, q="ekyc").json()
    urls = [r["url"] for r in body["results"]]
    assert "/en/experts/le-van-hung/" in urls
    assert "/en/experts/an-danh/" not in urls
    expert = body["results"][urls.index("/en/experts/le-van-hung/")]
    assert expert["kind"] == "expert"
    assert expert["title"] == "Lê Văn Hùng"
    assert expert["province"] == "01"
    assert expert["sector"] == "y-te"


def test_facets_are_value_to_count_objects(client, content):
    body = get(client, q="").json()
    assert body["count"] == 3
    assert body["facets"]["kind"] == {"organisation": 2, "expert": 1}
    assert body["facets"]["province"] == {"48": 1, "38": 1, "01": 1}
    assert body["facets"]["sector"]["y-te"] == 2
    assert all(isinstance(n, int) for facet in body["facets"].values() for n in facet.values())


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "expert"}, {"/en/experts/le-van-hung/"}),
        ({"kind": "organisation", "province": "38"}, {"/en/organisations/bv-th/"}),
        ({"sector": "tai-nguyen-moi-truong"}, {"/en/organisations/so-khcn-dn/"}),
        ({"kind": "case_study"}, set()),  # a valid kind that has no content yet
    ],
)
def test_filters(client, content, params, expected):
    body = get(client, **params).json()
    assert {r["url"] for r in body["results"]} == expected
    assert body["count"] == len(expected)


def test_pagination(client, content):
    first = get(client, page_size=2).json()
    second = get(client, page_size=2, page=2).json()
    assert first["count"] == second["count"] == 3
    assert len(first["results"]) == 2 and len(second["results"]) == 1
    assert {r["url"] for r in first["results"]}.isdisjoint(r["url"] for r in second["results"])
    beyond = get(client, page=50).json()
    assert beyond["results"] == [] and beyond["count"] == 3


def test_snippets_are_escaped(client, index_all):
    OrganisationFactory(name="Trung tâm <script>alert(1)</script> Dữ liệu", slug="tt-xss")
    index_all()
    body = get(client, q="dữ liệu").json()
    snippet = body["results"][0]["snippet"]
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet


def test_query_with_control_characters_is_cleaned_not_rejected(client, content):
    response = get(client, q="da\x00 nang")
    assert response.status_code == 200
    assert response.json()["count"] >= 1


def test_post_is_not_allowed(client):
    assert client.post("/api/search/", {"q": "x"}).status_code == 405


# --- every 400 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page": "1.5"}, "page"),
        ({"page": "99999999999999999999"}, "page"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "51"}, "page_size"),
        ({"page_size": "x"}, "page_size"),
        ({"kind": "person"}, "kind"),
        ({"kind": "\x00"}, "kind"),
        ({"q": "x" * 201}, "q"),
        ({"sector": "Y-TE"}, "sector"),
        ({"sector": "y_te"}, "sector"),
        ({"sector": "a" * 61}, "sector"),
        ({"province": "1"}, "province"),
        ({"province": "001"}, "province"),
        ({"province": "ha-noi"}, "province"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_field(client, params, field):
    response = get(client, **params)
    assert response.status_code == 400
    body = response.json()
    assert body["field"] == field
    assert isinstance(body["error"], str) and body["error"]


def test_two_hundred_characters_are_still_fine(client, index_all):
    assert get(client, q="x" * 200).status_code == 200


def test_error_messages_follow_the_language(client):
    english = client.get("/en/api/search/", {"page_size": "99"}).json()["error"]
    assert "page size" in english
    with override_settings(LANGUAGE_CODE="vi"):
        vietnamese = client.get("/api/search/", {"page_size": "99"}).json()
    assert vietnamese["field"] == "page_size"


# --- rate limit -------------------------------------------------------------------------------


@override_settings(SEARCH_RATE_LIMITS={"api": (3, 60)})
def test_requests_beyond_the_limit_get_a_429_with_retry_after(client, index_all):
    for _ in range(3):
        assert get(client, q="y tế").status_code == 200
    response = get(client, q="y tế")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["error"]
    # Another client is not affected.
    assert client.get("/en/api/search/", {"q": "y tế"}, REMOTE_ADDR="10.0.0.9").status_code == 200


@override_settings(SEARCH_RATE_LIMITS={"api": (2, 60)})
def test_bad_requests_count_against_the_limit_too(client):
    assert get(client, page="x").status_code == 400
    assert get(client, page="x").status_code == 400
    assert get(client, page="x").status_code == 429


def test_default_limit_is_sixty_a_minute(client, index_all):
    statuses = [get(client).status_code for _ in range(61)]
    assert statuses[:60] == [200] * 60
    assert statuses[60] == 429


@override_settings(SEARCH_RATE_LIMITS={"api": (1, 60)}, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_client_is_counted(client, index_all):
    url = "/en/api/search/"
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 200
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200
    # A spoofed first hop does not escape the limit: nginx appends the real address last.
    assert client.get(url, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5").status_code == 429


# --- engine down --------------------------------------------------------------------------


def test_engine_down_is_a_503(client, monkeypatch):
    def down(query, **kwargs):
        return SearchResults(query=query, count=0, page=1, page_size=20, ok=False)

    monkeypatch.setattr(search.api, "search", down)
    response = get(client, q="y tế")
    assert response.status_code == 503
    assert response.json() == {"error": "search temporarily unavailable"}
    assert response["Retry-After"]


def test_backend_exception_becomes_a_503_not_a_500(client, monkeypatch):
    backend = connections["default"].get_backend()

    def broken(*args, **kwargs):
        raise RuntimeError("index gone")

    monkeypatch.setattr(backend, "search", broken)
    response = get(client, q="y tế")
    assert response.status_code == 503


# --- OpenAPI ----------------------------------------------------------------------------------


def _resolve(document, ref):
    node = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_openapi_document_is_served_as_valid_json(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.1.")
    assert document["info"]["title"] and document["info"]["version"]
    for ref in _refs(document):
        assert ref.startswith("#/")
        _resolve(document, ref)  # every reference resolves


def test_openapi_documents_every_parameter_and_error_response():
    document = build_document()
    operation = document["paths"][reverse("search:api")]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == {"q", "kind", "sector", "province", "page", "page_size"}
    for parameter in parameters.values():
        assert parameter["in"] == "query" and parameter["description"] and parameter["schema"]
    assert _resolve(document, parameters["kind"]["schema"]["$ref"])["enum"] == list(KINDS)
    assert parameters["page_size"]["schema"]["maximum"] == 50
    assert parameters["q"]["schema"]["maxLength"] == 200
    assert {"200", "400", "429", "503"} <= set(operation["responses"])
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    result = _resolve(document, "#/components/schemas/SearchResult")
    assert set(result["required"]) == RESULT_KEYS


def test_openapi_schema_matches_a_real_answer(client, content):
    """The 200 schema's required keys and types agree with what the endpoint returns."""
    document = build_document()
    body = get(client, q="da nang").json()
    response_schema = _resolve(document, "#/components/schemas/SearchResponse")
    assert set(body) == set(response_schema["required"])
    result_schema = _resolve(document, "#/components/schemas/SearchResult")["properties"]
    json_types = {str: "string", float: "number", int: "integer", type(None): "null"}
    for result in body["results"]:
        for key, value in result.items():
            declared = result_schema[key].get("type")
            if declared is None:
                continue
            declared = declared if isinstance(declared, list) else [declared]
            assert json_types[type(value)] in declared or (
                json_types[type(value)] == "integer" and "number" in declared
            )


def test_urls_follow_the_language_of_the_request_whatever_the_language_at_indexing(client, index_all):
    from django.utils import translation

    OrganisationFactory(name="Trung tâm Chuyển đổi số Huế", slug="tt-cds-hue")
    with translation.override("en"):
        index_all()  # the stored url is then /en/organisations/...
    assert (
        client.get("/api/search/", {"q": "huế"}).json()["results"][0]["url"] == "/organisations/tt-cds-hue/"
    )
    assert get(client, q="huế").json()["results"][0]["url"] == "/en/organisations/tt-cds-hue/"

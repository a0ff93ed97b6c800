"""The search API on django-ninja: the generated OpenAPI document, the parameter models, the seams kept."""

import pytest
from django.core.exceptions import PermissionDenied

from search.api_views import build_document
from search.kinds import KINDS
from search.schemas import SearchParams, SearchResponse, SimilarParams, SimilarResponse
from tests.factories import OrganisationFactory, province

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(index_all):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn", province=province("48"))
    index_all()


# --- the generated document -----------------------------------------------------------------


def test_document_describes_exactly_the_public_operations():
    document = build_document()
    assert set(document["paths"]) == {"/api/search/", "/api/search/similar/"}  # suggest is not public
    assert document["paths"]["/api/search/"]["get"]["operationId"] == "searchContent"
    assert document["paths"]["/api/search/similar/"]["get"]["operationId"] == "similarContent"
    assert [server["url"] for server in document["servers"]] == ["/", "/en"]


@pytest.mark.parametrize(
    ("path", "model"), [("/api/search/", SearchParams), ("/api/search/similar/", SimilarParams)]
)
def test_parameters_are_the_fields_of_the_models_in_their_order(path, model):
    parameters = build_document()["paths"][path]["get"]["parameters"]
    assert [p["name"] for p in parameters] == list(model.model_fields)
    for parameter in parameters:
        assert parameter["in"] == "query" and parameter["required"] is False
        schema = parameter["schema"]
        # A query parameter is absent or a string, never null.
        assert "anyOf" not in schema and "null" not in str(schema.get("type"))


def test_kind_parameter_refers_to_the_kind_schema():
    document = build_document()
    search = {p["name"]: p for p in document["paths"]["/api/search/"]["get"]["parameters"]}
    assert search["kind"]["schema"]["$ref"] == "#/components/schemas/Kind"
    assert document["components"]["schemas"]["Kind"]["enum"] == list(KINDS)
    similar = {p["name"]: p for p in document["paths"]["/api/search/similar/"]["get"]["parameters"]}
    assert similar["kind"]["schema"]["type"] == "array"
    assert similar["kind"]["schema"]["items"]["enum"] == list(KINDS)
    assert similar["exclude"]["schema"]["maxItems"] == 10


def test_parameter_examples_are_named_openapi_examples():
    parameters = {p["name"]: p for p in build_document()["paths"]["/api/search/"]["get"]["parameters"]}
    assert parameters["q"]["examples"] == {
        "unaccented": {"value": "chuyen doi so nong nghiep"},
        "abbreviation": {"value": "CĐS y tế"},
    }
    assert "x-example-names" not in parameters["q"]["schema"]
    # A schema-only example list (JSON Schema's form) is not copied to the parameter as a list.
    assert parameters["sector"]["schema"]["examples"] == ["y-te"]
    assert "examples" not in parameters["sector"]


def test_error_responses_have_their_schemas_examples_and_headers():
    operation = build_document()["paths"]["/api/search/"]["get"]
    responses = operation["responses"]
    assert set(responses) == {"200", "400", "405", "429", "503"}
    for status in ("200", "400", "429", "503"):
        content = responses[status]["content"]["application/json"]
        assert content["schema"]["$ref"].startswith("#/components/schemas/")
        assert content["example"]
    assert responses["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/ParameterError")
    assert "Retry-After" in responses["503"]["headers"]
    assert {"Retry-After", "X-RateLimit-Limit"} <= set(responses["429"]["headers"])


def test_documented_examples_are_valid_answers():
    operation = build_document()["paths"]["/api/search/"]["get"]
    SearchResponse.model_validate(operation["responses"]["200"]["content"]["application/json"]["example"])


def test_nullable_result_fields_are_typed_with_null():
    result = build_document()["components"]["schemas"]["SearchResult"]["properties"]
    assert result["url"]["type"] == ["string", "null"]
    assert result["score"]["type"] == "number"
    assert result["date"]["format"] == "date-time"


def test_served_document_is_the_generated_one_and_cacheable(client):
    response = client.get("/en/api/openapi.json")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"
    assert response.json() == build_document()


@pytest.mark.parametrize("path", ["/api/docs/", "/en/api/docs/", "/api/openapi.json/docs"])
def test_no_docs_page_that_would_load_assets_from_a_cdn(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"swagger" not in response.content.lower()


# --- parameters as before -----------------------------------------------------------------------


def test_empty_and_unknown_parameters_take_their_defaults(client, content):
    response = client.get(
        "/api/search/",
        {"q": "", "kind": "", "sector": "", "province": "", "page": "", "page_size": "", "x": "1"},
    )
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_the_first_bad_parameter_in_the_documented_order_is_reported(client):
    body = client.get("/en/api/search/", {"page": "0", "kind": "person", "province": "x"}).json()
    assert body["field"] == "kind"
    assert body["error"].startswith("Unknown kind.")


def test_answers_are_utf8_json_not_escaped(client, content):
    response = client.get("/api/search/", {"q": "da nang"})
    assert response["Content-Type"] == "application/json"
    assert "Đà Nẵng".encode() in response.content


def test_real_answers_validate_against_the_response_models(client, content):
    SearchResponse.model_validate(client.get("/api/search/", {"q": "da nang"}).json())
    SimilarResponse.model_validate(client.get("/api/search/similar/", {"q": "khoa học công nghệ"}).json())


def test_a_refusal_by_the_rate_limiter_is_still_a_403(client, db, monkeypatch):
    """allauth refuses a request without a usable client address; ninja must not turn that into a 500."""
    from allauth.core.internal import ratelimit

    def refuse(*args, **kwargs):
        raise PermissionDenied

    monkeypatch.setattr(ratelimit, "consume", refuse)
    assert client.get("/en/api/search/").status_code == 403
    assert client.get("/en/api/search/similar/").status_code == 403


def test_head_and_post_are_not_allowed(client, db):
    assert client.head("/api/search/").status_code == 405
    assert client.post("/api/search/similar/").status_code == 405
    assert client.post("/search/suggest/").status_code == 405


def test_every_component_schema_is_referred_to():
    document = build_document()
    text = str(document["paths"]) + str(document["components"]["schemas"])
    for name in document["components"]["schemas"]:
        assert f"#/components/schemas/{name}'" in text, name
    assert "SearchParams" not in document["components"]["schemas"]

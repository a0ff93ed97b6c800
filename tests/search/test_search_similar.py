"""``GET /api/search/similar/``: duplicate suggestions while posting (shape, kinds, exclusions, errors)."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

import search.api
from community.models import Challenge, Visibility
from search.api import similar_query
from tests.factories import ExpertProfileFactory, OrganisationFactory, challenge, province

pytestmark = pytest.mark.django_db

URL = "/api/search/similar/"


@pytest.fixture
def content(index_all, owner, organisation):
    first = challenge(organisation, owner)  # "Liên thông bệnh án điện tử với 45 trạm y tế xã"
    second = challenge(
        organisation,
        owner,
        title="Số hóa hồ sơ bệnh án tại bệnh viện huyện",
        description="Bệnh viện huyện cần số hóa hồ sơ bệnh án giấy của mười năm.",
    )
    hidden = challenge(
        organisation,
        owner,
        title="Bệnh án điện tử bản nháp ẩn",
        description="Nội dung bệnh án điện tử bị ẩn bởi điều phối viên diễn đàn.",
    )
    members_only = challenge(
        organisation,
        owner,
        title="Bệnh án điện tử nội bộ",
        description="Bệnh án điện tử chỉ dành cho thành viên của tổ chức.",
    )
    ExpertProfileFactory(
        user__full_name="Lê Văn Hùng", slug="le-van-hung", skills=["bệnh án điện tử"],
        headline="Chuyên gia bệnh án điện tử", provinces=[province("01")],
    )  # fmt: skip
    OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bv-th", province=province("38"))
    index_all()
    # Hidden and restricted after indexing (the removal task has not run yet): never suggested.
    Challenge.objects.filter(pk=hidden.pk).update(is_hidden=True)
    Challenge.objects.filter(pk=members_only.pk).update(visibility=Visibility.MEMBERS)
    return {"first": first, "second": second, "hidden": hidden, "members_only": members_only}


def test_route():
    with translation.override("vi"):
        assert reverse("search:similar") == URL


def test_finds_similar_challenges_with_the_documented_shape(client, content):
    response = client.get(URL, {"q": "bệnh án điện tử trạm y tế", "kind": "challenge"})
    assert response.status_code == 200
    body = response.json()
    assert {"results", "heading", "new_tab"} <= set(body)
    assert body["results"], body
    first = body["results"][0]
    assert set(first) == {"kind", "kind_label", "title", "url", "snippet"}
    assert first["title"] == content["first"].title
    assert first["url"] == content["first"].get_absolute_url()
    assert "<mark>" in first["snippet"]
    assert all(row["kind"] == "challenge" for row in body["results"])
    assert len(body["results"]) <= 5


def test_unaccented_text_finds_accented_content(client, content):
    body = client.get(URL, {"q": "so hoa ho so benh an", "kind": "challenge"}).json()
    assert body["results"][0]["title"] == content["second"].title


def test_hidden_and_members_only_content_is_never_suggested(client, content):
    body = client.get(URL, {"q": "bệnh án điện tử", "kind": "challenge"}).json()
    titles = {row["title"] for row in body["results"]}
    assert content["first"].title in titles
    assert content["hidden"].title not in titles
    assert content["members_only"].title not in titles


def test_several_kinds_repeated_or_comma_separated(client, content):
    repeated = client.get(URL + "?q=bệnh+án+điện+tử&kind=challenge&kind=expert").json()
    comma = client.get(URL, {"q": "bệnh án điện tử", "kind": "challenge,expert"}).json()
    kinds = {row["kind"] for row in repeated["results"]}
    assert kinds == {"challenge", "expert"}
    assert repeated["results"] == comma["results"]


def test_without_kind_every_kind_may_match(client, content):
    kinds = {row["kind"] for row in client.get(URL, {"q": "bệnh viện"}).json()["results"]}
    assert "organisation" in kinds


def test_exclude_drops_the_item_being_edited(client, content):
    pk = content["first"].pk
    body = client.get(
        URL, {"q": content["first"].title, "kind": "challenge", "exclude": f"challenge:{pk}"}
    ).json()
    assert content["first"].title not in {row["title"] for row in body["results"]}
    # Excluding another kind with the same id changes nothing.
    other = client.get(
        URL, {"q": content["first"].title, "kind": "challenge", "exclude": f"expert:{pk}"}
    ).json()
    assert other["results"][0]["title"] == content["first"].title


def test_english_urls_and_labels(client, content):
    body = client.get("/en" + URL, {"q": "bệnh án điện tử", "kind": "challenge"}).json()
    assert body["results"][0]["url"].startswith("/en/")
    assert body["heading"] == "Similar existing content — check before posting"


@pytest.mark.parametrize("text", ["", "  ", "ab", "và của"])
def test_short_or_empty_text_finds_nothing(client, content, text):
    response = client.get(URL, {"q": text})
    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "bệnh án", "kind": "nonsense"}, "kind"),
        ({"q": "bệnh án", "kind": "challenge,<script>"}, "kind"),
        ({"q": "bệnh án", "exclude": "challenge"}, "exclude"),
        ({"q": "bệnh án", "exclude": "nonsense:1"}, "exclude"),
        ({"q": "bệnh án", "exclude": "challenge:1;drop"}, "exclude"),
        ({"q": "x" * 301}, "q"),
    ],
)
def test_bad_parameters_are_a_json_400(client, db, params, field):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["field"] == field
    assert body["error"]


def test_too_many_excludes_is_a_400(client, db):
    query = "&".join(f"exclude=challenge:{n}" for n in range(11))
    response = client.get(f"{URL}?q=bệnh+án&{query}")
    assert response.status_code == 400
    assert response.json()["field"] == "exclude"


def test_only_get(client, db):
    assert client.post(URL, {"q": "bệnh án"}).status_code == 405


def test_control_characters_and_nul_never_500(client, content):
    response = client.get(URL, {"q": "bệnh\x00án\x1f điện tử"})
    assert response.status_code == 200


@override_settings(SEARCH_RATE_LIMITS={"similar": (2, 60)})
def test_rate_limited_per_client(client, content):
    from django.core.cache import cache

    cache.clear()
    for _ in range(2):
        assert client.get(URL, {"q": "bệnh án"}).status_code == 200
    response = client.get(URL, {"q": "bệnh án"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "error" in response.json()
    cache.clear()


def test_engine_failure_gives_no_suggestions(client, content, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("engine down")

    monkeypatch.setattr(search.api.SearchQuerySet, "_fill_cache", broken)
    response = client.get(URL, {"q": "bệnh án điện tử"})
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_similar_query_drops_function_words_and_keeps_a_run_bonus():
    assert similar_query("và của") is None
    assert similar_query("eKYC") == "eKYC"
    query = similar_query("bệnh án của trạm y tế")
    assert query.startswith("(bệnh OR án OR trạm OR y OR tế)")
    assert "?(bệnh án của trạm y tế)^2" in query


def test_openapi_describes_the_similar_endpoint():
    from search.api_views import build_document

    operation = build_document()["paths"][URL]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"q", "kind", "exclude"}
    assert {"200", "400", "429"} <= set(operation["responses"])

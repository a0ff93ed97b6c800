"""/healthz: everyone learns ok/degraded per part; engines, classes and exceptions only staff and local probes."""

import pytest

from config import views
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OUTSIDE = {"REMOTE_ADDR": "203.0.113.7"}
THROUGH_PROXY = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
PARTS = {"database", "cache", "channel_layer", "search"}


@pytest.fixture
def broken_search(monkeypatch):
    def broken():
        raise ConnectionError("elasticsearch at 10.0.0.5:9200 refused the connection")

    monkeypatch.setitem(views.CHECKS, "search", broken)


@pytest.mark.parametrize("meta", [OUTSIDE, THROUGH_PROXY], ids=["outside", "through-the-proxy"])
def test_the_public_answer_says_ok_or_degraded_per_part_and_nothing_more(client, broken_search, meta):
    response = client.get("/healthz", **meta)
    assert response.status_code == 503
    assert response.json() == {
        "status": "degraded",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "ok"},
            "channel_layer": {"status": "ok"},
            "search": {"status": "degraded"},
        },
    }
    body = response.content.decode()
    for leak in ("ConnectionError", "10.0.0.5", "sqlite", "LocMemCache", "InMemoryChannelLayer", "detail"):
        assert leak not in body


def test_a_healthy_site_answers_ok_to_everyone(client):
    response = client.get("/healthz", **OUTSIDE)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {part: {"status": "ok"} for part in PARTS}}


def test_staff_see_each_parts_detail_from_anywhere(client, broken_search):
    client.force_login(UserFactory(is_staff=True))
    checks = client.get("/healthz", **OUTSIDE).json()["checks"]
    assert checks["search"] == {"status": "degraded", "detail": "ConnectionError"}
    assert checks["database"]["detail"] == "sqlite" or checks["database"]["detail"] == "postgresql"


def test_a_signed_in_member_who_is_not_staff_gets_the_public_answer(client, broken_search):
    client.force_login(UserFactory())
    checks = client.get("/healthz", **OUTSIDE).json()["checks"]
    assert checks["search"] == {"status": "degraded"}


@pytest.mark.parametrize("address", ["127.0.0.1", "::1"])
def test_a_probe_on_the_machine_itself_sees_the_details(client, broken_search, address):
    checks = client.get("/healthz", REMOTE_ADDR=address).json()["checks"]
    assert checks["search"] == {"status": "degraded", "detail": "ConnectionError"}
    assert set(checks) == PARTS and all("detail" in part for part in checks.values())

"""Every id in a URL answers 404 for a number no database column can hold, never a 500 (issue 11)."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter

from community.core.converters import DatabaseIdConverter
from tests.events.factories import make_event
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# 20 digits (past the converter's pattern) and 19 digits (matches it, but past 2**63 - 1).
HUGE_IDS = ["99999999999999999999", "9999999999999999999"]
OUR_PACKAGES = ("community", "cms", "search", "config")
SAMPLE = {"slug": "x", "str": "x", "path": "x", "uuid": str(uuid.uuid4())}
PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _routes(resolver=None, prefix=""):
    """(route text, callback module) of every path() pattern with an integer or id part."""
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, route)
        elif isinstance(pattern, URLPattern):
            converters = getattr(pattern.pattern, "converters", {}).values()
            if any(isinstance(c, IntConverter | DatabaseIdConverter) for c in converters):
                yield route, getattr(pattern.callback, "__module__", "")


def _url(route: str, number: str) -> str:
    def fill(match):
        converter = match["converter"] or "str"
        return number if converter in {"int", "id"} else SAMPLE.get(converter, "x")

    return "/" + PARAMETER.sub(fill, route).lstrip("^").rstrip("$")


def _ours(module: str) -> bool:
    return module.split(".")[0] in OUR_PACKAGES


def test_our_routes_take_ids_through_the_bounded_converter():
    routes = list(_routes())
    assert any(_ours(module) for _, module in routes)
    unbounded = [route for route, module in routes if _ours(module) and "<int:" in route]
    assert unbounded == []


def test_the_reported_download_url_is_a_404(client):
    for number in HUGE_IDS:
        assert client.get(f"/reports/{number}/download/").status_code == 404
        assert client.get(f"/en/reports/{number}/download/").status_code == 404


@pytest.mark.parametrize("number", HUGE_IDS)
def test_every_id_route_of_ours_is_a_404_for_a_signed_in_member_on_get_and_post(client, number):
    client.force_login(UserFactory())
    routes = [route for route, module in _routes() if _ours(module)]
    assert any(route.endswith("reports/<id:pk>/download/") for route in routes)
    answers = {}
    for route in routes:
        url = _url(route, number)
        answers[url] = (client.get(url).status_code, client.post(url).status_code)
    assert {url: codes for url, codes in answers.items() if codes != (404, 404)} == {}


def test_every_integer_route_of_the_site_never_fails_for_an_anonymous_visitor(client):
    # Wagtail's and Django's own routes too: a redirect to sign in, 403, 404 or 405, never a 500.
    routes = list(_routes())
    assert len(routes) > 100
    failures = {}
    for route, _module in routes:
        url = _url(route, HUGE_IDS[1])
        status = client.get(url).status_code
        if status >= 500 or status == 200:
            failures[url] = status
    assert failures == {}


def test_an_event_cancel_route_with_a_huge_id_is_a_404(client):
    event = make_event(capacity=10)
    client.force_login(UserFactory())
    for number in HUGE_IDS:
        assert client.post(f"{event.url}registrations/{number}/cancel/").status_code == 404


def test_every_integer_route_of_the_site_never_fails_for_a_superuser(client):
    # Past the admin's sign-in: Wagtail's and Django's admin views look the huge id up and answer 404.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    client.raise_request_exception = False
    failures = {}
    for route, _module in _routes():
        url = _url(route, HUGE_IDS[1])
        status = client.get(url).status_code
        if status >= 500:
            failures[url] = status
    assert failures == {}

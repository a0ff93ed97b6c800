"""The suggest endpoint behind the header search box, and the markup the combobox script hooks into."""

import re

import pytest
from django.test import override_settings
from haystack import connections

from community.models import Organisation
from tests.factories import ExpertProfileFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(index_all):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn")
    OrganisationFactory(name="Sở Y tế Đà Nẵng", slug="so-y-te-dn")
    ExpertProfileFactory(user__full_name="Đặng Hải Đăng", slug="dang-hai-dang")
    ExpertProfileFactory(user__full_name="Đặng Ẩn Danh", slug="dang-an-danh", is_public=False)
    index_all()


def suggest(client, q, prefix=""):
    response = client.get(f"{prefix}/search/suggest/", {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def test_suggestions_have_label_url_and_kind(client, content):
    results = suggest(client, "so kh")
    assert results, "an unaccented prefix finds the organisation"
    assert set(results[0]) == {"label", "url", "kind"}
    assert results[0] == {
        "label": "Sở Khoa học và Công nghệ Đà Nẵng",
        "url": "/organisations/so-khcn-dn/",
        "kind": "organisation",
    }


def test_expert_suggestions_and_hidden_experts(client, content):
    results = suggest(client, "đặng")
    urls = {r["url"] for r in results}
    assert "/experts/dang-hai-dang/" in urls
    assert "/experts/dang-an-danh/" not in urls
    assert {r["kind"] for r in results} == {"expert"}


def test_urls_follow_the_page_language(client, content):
    results = suggest(client, "dang", prefix="/en")
    assert "/en/experts/dang-hai-dang/" in {r["url"] for r in results}


def test_at_most_eight_suggestions(client, index_all):
    for n in range(12):
        OrganisationFactory(name=f"Trung tâm Dữ liệu số {n}", slug=f"tt-du-lieu-{n}")
    index_all()
    assert len(suggest(client, "trung tâm")) == 8


@pytest.mark.parametrize("q", ["", "   ", "\x00", "x" * 5000, "<script>", '"', "-", "AND OR NOT", "(*"])
def test_odd_prefixes_answer_with_a_list_never_an_error(client, index_all, q):
    assert isinstance(suggest(client, q), list)


def test_engine_down_gives_no_suggestions_not_an_error(client, monkeypatch):
    backend = connections["default"].get_backend()

    def broken(*args, **kwargs):
        raise RuntimeError("index gone")

    monkeypatch.setattr(backend, "search", broken)
    assert suggest(client, "đà nẵng") == []


@override_settings(SEARCH_RATE_LIMITS={"suggest": (2, 60)})
def test_suggest_is_rate_limited(client, index_all):
    suggest(client, "da")
    suggest(client, "da n")
    response = client.get("/search/suggest/", {"q": "da na"})
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "error" in response.json()


# --- markup for static/js/autocomplete.js ---------------------------------------------------------


def test_every_page_loads_the_script_and_marks_the_header_box(client, db):
    body = client.get("/en/search/").content.decode()
    assert '<script src="/static/js/autocomplete.js" defer></script>' in body
    header = re.search(r'<input id="header-q"[^>]*>', body).group(0)
    assert 'data-autocomplete-url="/en/search/suggest/"' in header
    assert "data-autocomplete-some=" in header and "{count}" in header
    assert "data-autocomplete-none=" in header
    page_box = re.search(r'<input id="search-q"[^>]*>', body).group(0)
    assert 'data-autocomplete-url="/en/search/suggest/"' in page_box


def test_script_follows_the_combobox_pattern_and_the_csp():
    from pathlib import Path

    script = (Path(__file__).resolve().parents[2] / "static" / "js" / "autocomplete.js").read_text()
    for needle in (
        '"combobox"',
        '"listbox"',
        '"option"',
        "aria-expanded",
        "aria-controls",
        "aria-activedescendant",
        "aria-selected",
        "ArrowDown",
        "ArrowUp",
        "Enter",
        "Escape",
        "DEBOUNCE_MS = 150",
    ):
        assert needle in script, needle
    # CSP: no inline styles and no HTML from the server.
    assert ".style." not in script and "innerHTML" not in script and "eval(" not in script


# --- the combobox in headless Chromium ------------------------------------------------------------


@pytest.fixture
def chromium_page():
    import os
    import shutil
    from pathlib import Path

    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip(f"Chromium is not installed at {chromium}")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(15000)
            yield page
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("reference_data")
def test_keyboard_and_mouse_use_of_the_header_combobox(live_server, chromium_page):
    page = chromium_page
    backend = connections["default"].get_backend()
    backend.clear()
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn")
    OrganisationFactory(name="Sở Y tế Đà Nẵng", slug="so-y-te-dn")
    index = connections["default"].get_unified_index().get_index(Organisation)
    backend.update(index, list(index.index_queryset()))
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    try:
        page.goto(live_server.url + "/en/search/")
        box = page.locator("#header-q")
        assert box.get_attribute("role") == "combobox"
        assert box.get_attribute("aria-expanded") == "false"
        listbox = page.locator("#" + box.get_attribute("aria-controls"))
        assert listbox.get_attribute("role") == "listbox"

        box.click()
        box.press_sequentially("so ")
        page.wait_for_selector("#header-q[aria-expanded=true]")
        options = listbox.locator("[role=option]")
        assert options.count() == 2
        box.press("ArrowDown")
        first = options.nth(0)
        assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
        assert first.get_attribute("aria-selected") == "true"
        box.press("ArrowUp")  # wraps to the last
        assert options.nth(1).get_attribute("aria-selected") == "true"
        box.press("Escape")
        assert box.get_attribute("aria-expanded") == "false"
        assert box.get_attribute("aria-activedescendant") is None
        assert page.evaluate("document.activeElement.id") == "header-q"  # focus stays
        box.press("ArrowDown")  # reopens
        assert box.get_attribute("aria-expanded") == "true"
        box.press("Enter")
        page.wait_for_url("**/en/organisations/**")

        page.goto(live_server.url + "/en/search/")
        page.locator("#search-q").press_sequentially("so y")
        page.wait_for_selector("#search-q[aria-expanded=true]")
        page.get_by_role("option", name="Sở Y tế Đà Nẵng").click()
        page.wait_for_url("**/en/organisations/so-y-te-dn/")

        page.goto(live_server.url + "/en/search/")
        page.locator("#search-q").press_sequentially("so y")
        page.wait_for_selector("#search-q[aria-expanded=true]")
        page.keyboard.press("Tab")  # no keyboard trap: focus leaves, the list closes
        assert page.evaluate("document.activeElement.id") != "search-q"
        assert page.locator("#search-q").get_attribute("aria-expanded") == "false"
    finally:
        backend.clear()
    assert not [p for p in problems if "Content Security Policy" in p]

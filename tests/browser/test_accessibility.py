"""axe-core (WCAG 2.0–2.2 A and AA rules) finds nothing on the main pages, on a desktop and a phone."""

import pytest

from tests.factories import ExpertProfileFactory, OrganisationFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

# Only violations come back: passes and "incomplete" nodes would triple the time spent serialising results.
WCAG = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
PAGES = [
    "/",
    "/en/",
    "/organisations/",
    "/organisations/so-khcn-da-nang/",
    "/en/experts/",
    "/experts/nguyen-thi-minh-anh/",
    "/account/login/",
    "/en/account/signup/",
    "/search/?q=da+nang",
    "/en/khong-co/",
]


def _violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options=WCAG)
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in result.response["violations"]]


@pytest.mark.parametrize("width", [1280, 390])
def test_main_pages_have_no_wcag_violations(site_server, browser, width):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-da-nang")
    ExpertProfileFactory(user__full_name="Nguyễn Thị Minh Anh", slug="nguyen-thi-minh-anh")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    found = {}
    for path in PAGES:
        page.goto(site_server.url + path)
        violations = _violations(page)
        if violations:
            found[path] = violations
    context.close()
    assert not found, found


def test_signed_in_pages_have_no_wcag_violations(site_server, page):
    from tests.factories import PASSWORD

    UserFactory(email="a11y@example.vn", full_name="Phạm Thu Hà")
    page.goto(site_server.url + "/en/account/login/")
    page.locator("input[name=login]").fill("a11y@example.vn")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/en/me/")
    found = {}
    for path in [
        "/en/me/",
        "/me/expert-profile/",
        "/organisations/new/",
        "/en/account/email/",
        "/account/sessions/",
        "/en/account/delete/",
    ]:
        page.goto(site_server.url + path)
        violations = _violations(page)
        if violations:
            found[path] = violations
    assert not found, found

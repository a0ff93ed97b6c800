"""Journeys a person takes, in headless Chromium: reading in two languages, signing in, keyboard, phone."""

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, ExpertProfileFactory, OrganisationFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def test_visitor_reads_the_home_page_and_switches_to_english(site_server, page, shot):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng")
    page.goto(site_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".sector-card").count() == 8
    assert page.get_by_text("Y tế", exact=True).first.is_visible()
    shot(page, "home-vi-desktop")
    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.get_by_text("Health", exact=True).first).to_be_visible()
    shot(page, "home-en-desktop")


def test_person_signs_in_with_email_and_reaches_the_dashboard(site_server, page):
    UserFactory(email="minhanh@example.vn", full_name="Nguyễn Thị Minh Anh")
    page.goto(site_server.url + "/account/login/")
    page.get_by_label("E-mail").fill("minhanh@example.vn")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/me/")
    expect(page.get_by_role("heading", name="Xin chào, Nguyễn Thị Minh Anh")).to_be_visible()


def test_keyboard_user_skips_to_the_content(site_server, page):
    page.goto(site_server.url + "/organisations/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.bounding_box()["y"] >= 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_phone_menu_opens_and_closes_with_escape(site_server, phone, shot):
    ExpertProfileFactory(user__full_name="Trần Quốc Bảo", headline="Chuyển đổi số doanh nghiệp sản xuất")
    phone.goto(site_server.url + "/experts/")
    nav = phone.locator("#site-nav")
    assert not nav.is_visible()
    toggle = phone.get_by_role("button", name="Menu")
    toggle.click()
    expect(nav).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    phone.keyboard.press("Escape")
    expect(nav).to_be_hidden()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways on a phone"
    shot(phone, "experts-vi-phone")


def test_organisation_form_keeps_what_was_typed_when_something_is_missing(site_server, page):
    UserFactory(email="owner@example.vn")
    page.goto(site_server.url + "/en/account/login/")
    page.get_by_label("Email").fill("owner@example.vn")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/en/me/")
    page.goto(site_server.url + "/en/organisations/new/")
    page.locator("#id_name").fill("Hợp tác xã Chè Tân Cương")
    page.get_by_role("button", name="Create organisation").click()
    # The refused form comes back as a new page: wait for it rather than reading the one being left.
    expect(page.locator(".errorlist").first).to_be_visible()
    expect(page.locator("#id_name")).to_have_value("Hợp tác xã Chè Tân Cương")

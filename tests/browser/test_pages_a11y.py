"""axe-core (WCAG 2.0–2.2 A and AA rules) finds nothing on the forum, challenges, events, case studies,
reports, news, sector and standard pages, the moderators' pages, the dashboards and search with facets.

One dataset is built with the factories (not `seed_demo`, which takes half a minute) and every page is
checked twice: on a desktop in Vietnamese and on a phone in English, or in Vietnamese again where the page
has no English translation. Each person signs in once and the viewport changes between the two passes.
"""

from datetime import date

import pytest
from django.contrib.auth.models import Group

from community.organisations.models import MemberRole
from tests.factories import (
    PASSWORD,
    ExpertProfileFactory,
    OrganisationFactory,
    UserFactory,
    challenge,
    member,
)
from tests.factories import sector as get_sector

from .test_accessibility import _violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _content() -> dict[str, str]:
    """Every page type, with enough in it to show its lists, forms and states; returns their paths."""
    from cms.events.models import EventSpeaker
    from cms.services import ensure_case_study_index
    from community.discussion.services import comment_create
    from community.forum import services as forum
    from community.moderation import services as moderation
    from community.moderation.models import MODERATORS_GROUP
    from tests.cms.factories import case_study
    from tests.events.factories import event_index, make_event, make_speaker
    from tests.forum.factories import category, reply, topic
    from tests.publications import factories as pub

    organisation = OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-da-nang")
    owner = member(organisation, MemberRole.OWNER, email="owner@example.vn", full_name="Trần Quốc Bảo")
    expert = ExpertProfileFactory(
        user__email="expert@example.vn",
        user__full_name="Nguyễn Thị Minh Anh",
        slug="nguyen-thi-minh-anh",
        headline="Dữ liệu y tế và bệnh án điện tử",
    )
    moderator = UserFactory(email="moderator@example.vn", full_name="Vũ Thanh Hương")
    # A transactional test before this one may have flushed the group its migration made.
    moderator.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    asker = UserFactory(full_name="Đỗ Thu Trang")

    posted = challenge(organisation, owner)
    spam = comment_create(author=asker, target=posted, body="Quảng cáo giá rẻ, liên hệ Zalo 0909 000 000")
    moderation.flag_create(reporter=expert.user, target=spam, reason="spam", note="Quảng cáo")
    rude = comment_create(author=asker, target=posted, body="Bình luận thiếu tôn trọng người khác.")
    moderation.flag_create(reporter=owner, target=rude, reason="abuse")
    moderation.hide(moderator=moderator, target=rude, reason="Ngôn từ xúc phạm")
    moderation.warn(moderator=moderator, member=asker, message="Xin giữ lời lẽ lịch sự.")

    forum.ensure_categories()  # flushed with the other migration data by an earlier transactional test
    question = topic(asker, category_slug="y-te")
    answer = reply(question, expert.user)
    reply(question, owner, body="Chúng tôi đã dùng bộ công cụ DBI, mất khoảng hai tuần.")
    forum.vote(user=owner, target=answer)
    forum.accept_reply(topic=question, actor=asker, reply=answer)

    event = make_event(title="Diễn đàn quốc gia về dữ liệu y tế", slug="dien-dan-du-lieu-y-te", capacity=120)
    make_event(title="Hội thảo chính quyền số cấp tỉnh", slug="hoi-thao-chinh-quyen-so", days_ahead=20)
    event.speaker_links.add(EventSpeaker(speaker=make_speaker(), role="Diễn giả chính"))
    event.save_revision().publish()
    event_en = event.copy_for_translation(_english(), copy_parents=True)
    event_en.title = event_en.draft_title = "National forum on health data"
    event_en.save()
    event_en.save_revision().publish()
    index_en = event_index("en")

    cases = ensure_case_study_index()
    study = case_study(cases, title="Bệnh viện Đà Nẵng số hóa bệnh án")

    health = get_sector("y-te")
    report = pub.report(sector=health, title="Báo cáo chuyển đổi số ngành y tế 2024")
    report_en = pub.translate(report, title="Digital transformation in health 2024")
    item = pub.news(title="Khai trương cổng DX Connect", date=date(2024, 9, 10), tags=["ra mắt"])
    item_en = pub.translate(item, title="DX Connect opens")
    sector_page = pub.sector_page(health)
    about = pub.standard_page(title="Giới thiệu", slug="gioi-thieu")
    about_en = pub.translate(about, title="About")

    return {
        "forum": "/forum/",
        "forum_category": f"/forum/c/{category('y-te').slug}/",
        "forum_topic": question.get_absolute_url(),
        "challenges": "/challenges/",
        "challenge": posted.get_absolute_url(),
        "events": event_index().url,
        "events_en": index_en.url,
        "event": event.url,
        "event_en": event_en.url,
        "case_studies": cases.url,
        "case_study": study.url,
        "reports": report.get_parent().url,
        "reports_en": report_en.get_parent().url,
        "report": report.url,
        "report_en": report_en.url,
        "news": item.get_parent().url,
        "news_en": item_en.get_parent().url,
        "news_item": item.url,
        "news_item_en": item_en.url,
        "sector": sector_page.url,
        "about": about.url,
        "about_en": about_en.url,
        "search": "/search/?q=benh+an+dien+tu",
    }


def _english():
    from wagtail.models import Locale

    from tests.publications.factories import home

    home("en")
    return Locale.objects.get(language_code="en")


def _en(path: str) -> str:
    return path if path.startswith("/en/") else "/en" + path


def _check(page, base: str, pairs: list[tuple[str, str]], found: dict) -> None:
    """Desktop on the first path of each pair, phone on the second."""
    for viewport, which in ((DESKTOP, 0), (PHONE, 1)):
        page.set_viewport_size(viewport)
        for pair in pairs:
            path = pair[which]
            response = page.goto(base + path)
            assert response.status < 400, f"{path} answered {response.status}"
            violations = _violations(page)
            if violations:
                found[f"{path} @{viewport['width']}"] = violations


def _signed_in(browser, base: str, email: str):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(base + "/account/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/me/")
    return context, page


def test_new_pages_have_no_wcag_violations(site_server, browser):
    paths = _content()
    pairs = [
        (paths[name], paths.get(f"{name}_en") or _en(paths[name]))
        for name in (
            "forum",
            "forum_category",
            "forum_topic",
            "challenges",
            "challenge",
            "events",
            "event",
            "reports",
            "report",
            "news",
            "news_item",
            "about",
            "search",
        )
    ]
    # Case studies and sector pages exist in Vietnamese only here: both passes in Vietnamese.
    pairs += [(paths[name], paths[name]) for name in ("case_studies", "case_study", "sector")]
    found: dict = {}
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15000)
    _check(page, site_server.url, pairs, found)
    # The states the checks were meant to see are there: an accepted answer, search facets.
    page.goto(site_server.url + paths["forum_topic"])
    assert page.locator(".post-answer.is-accepted").count() == 1
    page.goto(site_server.url + paths["search"])
    assert page.locator(".facet-list").count() >= 1
    context.close()

    # The owner of the organisation: dashboard, own challenge, an event with its registration form.
    context, page = _signed_in(browser, site_server.url, "owner@example.vn")
    _check(
        page,
        site_server.url,
        [
            ("/me/", "/en/me/"),
            (paths["challenge"], _en(paths["challenge"])),
            (paths["event"], paths["event_en"]),
        ],
        found,
    )
    # A keyboard user skips the agenda and speakers to the registration button, and sees where focus is.
    page.goto(site_server.url + paths["event"])
    page.locator(".event-skip").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "registration"
    page.keyboard.press("Tab")
    focused = page.locator("#registration button[type=submit]")
    assert focused.evaluate("el => el === document.activeElement")
    assert focused.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    context.close()

    # The expert: dashboard and the challenges matched to them.
    context, page = _signed_in(browser, site_server.url, "expert@example.vn")
    _check(
        page,
        site_server.url,
        [
            ("/me/", "/en/me/"),
            ("/me/for-you/", "/en/me/for-you/"),
            (paths["forum_topic"], _en(paths["forum_topic"])),
        ],
        found,
    )
    context.close()

    # A community moderator: the queue and the log.
    context, page = _signed_in(browser, site_server.url, "moderator@example.vn")
    _check(
        page,
        site_server.url,
        [("/moderation/", "/en/moderation/"), ("/moderation/log/", "/en/moderation/log/")],
        found,
    )
    # Each item's buttons are a group named after the item, so "Hide" is never said without what it hides.
    page.goto(site_server.url + "/moderation/")
    group = page.get_by_role("group", name="Quảng cáo giá rẻ")
    assert group.get_by_role("button", name="Ẩn").count() == 1
    context.close()
    assert not found, found

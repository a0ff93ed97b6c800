"""The site's section pages (cms.selectors.section_pages): one cached read behind the header and the footer, in
both languages, dropped whenever a page is published, unpublished, renamed, moved or deleted."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.selectors import section_pages
from cms.services import ensure_case_study_index
from tests.events.factories import event_index
from tests.publications import factories as f

pytestmark = pytest.mark.django_db


def _reads_sections(sql: str) -> bool:
    """The section query: depth-3 pages with their type (the old header and footer queries matched too)."""
    return '"wagtailcore_page"."depth" = 3' in sql and '"django_content_type"."app_label"' in sql


def _nav(html: str) -> list[tuple[str, str]]:
    nav = html[html.index('class="nav-list"') :]
    nav = nav[: nav.index("</ul>")]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def _footer(html: str) -> str:
    return html[html.index('class="site-footer"') :]


def _footer_links(html: str) -> list[tuple[str, str]]:
    footer = _footer(html)
    links = footer[footer.index('class="footer-links"') :]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', links[: links.index("</ul>")])


def _footer_meta(html: str) -> list[tuple[str, str]]:
    footer = _footer(html)
    meta = footer[footer.index('class="footer-meta"') :]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', meta[: meta.index("</p>")])


@pytest.fixture
def site(db):
    """Every kind of section in Vietnamese and in English, plus pages that must not show."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    f.home("en")
    ensure_case_study_index()
    ensure_case_study_index(english)
    event_index("vi")
    event_index("en")
    reports = f.report_index()
    f.translate(reports, title="Reports and publications", slug="reports")
    news = f.news_index()
    f.translate(news, title="News", slug="news")
    contact = f.standard_page(title="Liên hệ", slug="lien-he", footer_order=2)
    about = f.standard_page(title="Giới thiệu", slug="gioi-thieu", footer_order=1)
    f.translate(about, title="About us", slug="about")
    f.translate(contact, title="Contact", slug="contact")
    f.standard_page(title="Trang không ở chân trang", slug="khong-o-chan-trang", show_in_footer=False)
    f.standard_page(title="Bản nháp", slug="ban-nhap", live=False)
    f.standard_page(parent=about, title="Trang con của giới thiệu", slug="trang-con")  # depth 4
    cache.clear()


def test_header_and_footer_show_the_sections_in_vietnamese(client, site):
    html = client.get("/").content.decode()
    assert _nav(html) == [
        ("/challenges/", "Thách thức"),
        ("/case-studies/", "Kinh nghiệm điển hình"),
        ("/forum/", "Diễn đàn"),
        ("/events/", "Sự kiện"),
        ("/experts/", "Chuyên gia"),
        ("/organisations/", "Tổ chức"),
    ]
    links = _footer_links(html)
    assert ("/reports/", "Báo cáo và ấn phẩm") in links and ("/news/", "Tin tức") in links
    assert links.index(("/reports/", "Báo cáo và ấn phẩm")) < links.index(("/news/", "Tin tức"))  # tree order
    assert _footer_meta(html) == [("/gioi-thieu/", "Giới thiệu"), ("/lien-he/", "Liên hệ")]  # footer_order
    for absent in (
        "Trang không ở chân trang",
        "Bản nháp",
        "Trang con của giới thiệu",
        "Reports and publications",
    ):
        assert absent not in _footer(html)


def test_header_and_footer_show_the_sections_in_english(client, site):
    html = client.get("/en/").content.decode()
    assert _nav(html) == [
        ("/en/challenges/", "Challenges"),
        ("/en/case-studies/", "Case studies"),
        ("/en/forum/", "Forum"),
        ("/en/events/", "Events"),
        ("/en/experts/", "Experts"),
        ("/en/organisations/", "Organisations"),
    ]
    links = _footer_links(html)
    assert ("/en/reports/", "Reports and publications") in links and ("/en/news/", "News") in links
    assert _footer_meta(html) == [("/en/about/", "About us"), ("/en/contact/", "Contact")]
    assert "Báo cáo và ấn phẩm" not in _footer(html) and "Giới thiệu" not in _footer(html)


def test_a_language_without_a_section_gets_no_link(client, site):
    from cms.events.models import EventIndexPage

    EventIndexPage.objects.get(locale__language_code="en").unpublish()
    assert ("/en/events/", "Events") not in _nav(client.get("/en/").content.decode())
    assert ("/events/", "Sự kiện") in _nav(client.get("/").content.decode())


def test_section_pages_cost_one_query_per_language_then_none(site):
    with CaptureQueriesContext(connection) as cold:
        vi = section_pages("vi")
        en = section_pages("en")
    assert len(cold) == 2
    with CaptureQueriesContext(connection) as warm:
        assert section_pages("vi") == vi
        assert section_pages("en-us") == en  # a regional variant reads the language's list
        assert section_pages(None) == vi  # the active language (Vietnamese in tests)
    assert len(warm) == 0
    kinds = {page["type"] for page in vi}
    assert {
        "cms.casestudyindexpage",
        "events.eventindexpage",
        "publications.reportindexpage",
        "publications.newsindexpage",
        "publications.standardpage",
    } <= kinds
    hidden = next(p for p in vi if p["slug"] == "khong-o-chan-trang")
    assert hidden["show_in_footer"] is False and hidden["type"] == "publications.standardpage"
    assert next(p for p in vi if p["slug"] == "reports")["show_in_footer"] is None
    assert "ban-nhap" not in {p["slug"] for p in vi} and "trang-con" not in {p["slug"] for p in vi}


def test_publishing_a_footer_page_shows_it_on_the_next_request(client, site):
    assert "Điều khoản sử dụng" not in _footer(client.get("/").content.decode())
    assert cache.get("dx:cms:sections:vi") is not None  # the list is cached now
    page = f.standard_page(title="Điều khoản sử dụng", slug="dieu-khoan", footer_order=3, live=False)
    assert "Điều khoản sử dụng" not in _footer(client.get("/").content.decode())  # a draft
    page.save_revision().publish()
    assert ("/dieu-khoan/", "Điều khoản sử dụng") in _footer_meta(client.get("/").content.decode())


def test_renaming_unpublishing_moving_and_deleting_update_header_and_footer(client, site):
    from wagtail.models import Page

    client.get("/")  # cached
    about = Page.objects.get(slug="gioi-thieu").specific
    about.title = "Về chúng tôi"
    about.save_revision().publish()
    assert ("/gioi-thieu/", "Về chúng tôi") in _footer_meta(client.get("/").content.decode())

    reports = Page.objects.get(slug="reports", locale__language_code="vi").specific
    reports.slug = "bao-cao"
    reports.save_revision().publish()
    assert ("/bao-cao/", "Báo cáo và ấn phẩm") in _footer_links(client.get("/").content.decode())

    contact = Page.objects.get(slug="lien-he").specific
    contact.unpublish()
    assert "Liên hệ" not in _footer(client.get("/").content.decode())

    child = Page.objects.get(slug="trang-con")
    child.move(f.home("vi"), pos="last-child")  # up to depth 3: now a footer page
    assert ("/trang-con/", "Trang con của giới thiệu") in _footer_meta(client.get("/").content.decode())
    Page.objects.get(slug="trang-con").move(Page.objects.get(slug="gioi-thieu"), pos="last-child")
    assert "Trang con của giới thiệu" not in _footer(client.get("/").content.decode())

    Page.objects.get(slug="gioi-thieu").delete()
    assert "Về chúng tôi" not in _footer(client.get("/").content.decode())

    Page.objects.get(slug="case-studies", locale__language_code="vi").delete()
    assert "/case-studies/" not in dict(_nav(client.get("/").content.decode()))


def test_a_section_added_live_without_a_publication_shows_at_once(client, site):
    from cms.publications.models import SectorIndexPage

    client.get("/")
    f.home("vi").add_child(instance=SectorIndexPage(title="8 lĩnh vực trọng điểm", slug="sectors"))  # live
    assert ("/sectors/", "8 lĩnh vực trọng điểm") in _footer_links(client.get("/").content.decode())


def _home_queries(client) -> tuple[int, int, list[str]]:
    """Queries of the home page with nothing cached, then with the caches filled."""
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        assert client.get("/").status_code == 200
    # The header and the footer share one read of the section pages.
    assert len([q for q in cold.captured_queries if _reads_sections(q["sql"])]) == 1
    with CaptureQueriesContext(connection) as warm:
        assert client.get("/").status_code == 200
    return len(cold), len(warm), [q["sql"] for q in warm.captured_queries]


def test_the_home_page_costs_the_same_whatever_the_number_of_sections(client, site):
    client.get("/")  # renditions, sessions and site roots made once
    few_cold, few_warm, _sql = _home_queries(client)
    for i in range(12):
        f.standard_page(title=f"Trang chân trang {i}", slug=f"trang-chan-trang-{i}", footer_order=10 + i)
    f.sector_index()
    many_cold, many_warm, warm_sql = _home_queries(client)
    html = client.get("/").content.decode()
    assert len(_footer_meta(html)) == 2 + 12
    assert many_cold == few_cold
    assert many_warm == few_warm
    assert not [sql for sql in warm_sql if _reads_sections(sql)]  # header and footer read the cache

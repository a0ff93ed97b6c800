"""News (index, tags, pagination) and standard pages (body, footer links)."""

import pytest

from tests.factories import sector

from . import factories as f

pytestmark = pytest.mark.django_db


def test_news_index_lists_newest_first_and_hides_drafts(client):
    from datetime import date

    index = f.news_index()
    old = f.news(index, title="Tin cũ", date=date(2023, 1, 1))
    new = f.news(index, title="Tin mới", date=date(2024, 1, 1))
    f.news(index, title="Tin nháp", live=False)
    html = client.get(index.url).content.decode()
    assert html.index(new.title) < html.index(old.title)
    assert "Tin nháp" not in html


def test_news_index_filters_by_tag(client):
    index = f.news_index()
    tagged = f.news(index, title="Ngày Chuyển đổi số", tags=["10/10"])
    f.news(index, title="Tin khác hẳn", tags=["giải thưởng"])
    html = client.get(index.url, {"tag": "10/10"}).content.decode()
    assert tagged.title in html
    assert "Tin khác hẳn" not in html


def test_news_index_paginates_and_survives_bad_page(client):
    index = f.news_index()
    for _ in range(11):
        f.news(index)
    assert client.get(index.url, {"page": 2}).content.decode().count("news-card") == 1
    assert client.get(index.url, {"page": "zzz"}).status_code == 200


def test_news_page_renders_body_tags_and_more_news(client):
    index = f.news_index()
    other = f.news(index, title="Một tin khác")
    body = [
        {"type": "heading", "value": "Hoạt động chính"},
        {"type": "quote", "value": {"quote": "Đi từng ngõ, gõ từng nhà", "attribution": "Ban tổ chức"}},
    ]
    page = f.news(
        index,
        tags=["xã thí điểm"],
        sector=sector("nong-nghiep"),
        hero_image=f.image(),
        hero_alt="Ruộng bậc thang",
        body=body,
    )
    html = client.get(page.url).content.decode()
    assert "Hoạt động chính" in html
    assert "Đi từng ngõ, gõ từng nhà" in html
    assert "xã thí điểm" in html
    assert 'alt="Ruộng bậc thang"' in html
    assert other.title in html


def test_news_index_queries_do_not_grow(count_queries):
    index = f.news_index()
    for _ in range(2):
        f.news(index, tags=["a", "b"], hero_image=f.image(), hero_alt="Ảnh")
    _, few = count_queries(index.url)
    for _ in range(6):
        f.news(index, tags=["c"], hero_image=f.image(), hero_alt="Ảnh", sector=sector("y-te"))
    response, many = count_queries(index.url)
    assert response.status_code == 200
    assert many == few
    assert many <= 30


def test_standard_page_renders_stream_body_and_contact(client):
    page = f.standard_page(
        title="Liên hệ",
        slug="lien-he",
        body=[
            {"type": "paragraph", "value": "<p>Thời gian làm việc: 8:00 – 17:00.</p>"},
            {
                "type": "contact",
                "value": {
                    "name": "Ban thư ký",
                    "role": "",
                    "email": "bantochuc@dxconnect.vn",
                    "phone": "024 3200 6868",
                    "address": "Hà Nội",
                },
            },
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Thời gian làm việc" in html
    assert 'href="mailto:bantochuc@dxconnect.vn"' in html
    assert 'href="tel:02432006868"' in html


def test_footer_links_standard_pages_and_sections_of_the_language(client, english):
    about = f.standard_page(title="Giới thiệu", slug="gioi-thieu")
    f.standard_page(title="Trang ẩn khỏi chân trang", slug="an", show_in_footer=False)
    f.standard_page(title="Bản nháp", slug="nhap", live=False)
    f.translate(about, title="About us", slug="about")
    index = f.report_index()
    html = client.get(index.url).content.decode()
    footer = html[html.index('class="site-footer"') :]
    assert about.url in footer
    assert "Báo cáo và ấn phẩm" in footer
    assert "Trang ẩn khỏi chân trang" not in footer
    assert "Bản nháp" not in footer
    english_footer = client.get("/en/about/").content.decode()
    assert "About us" in english_footer[english_footer.index('class="site-footer"') :]


def test_footer_follows_publishing_at_once(client):
    f.report_index()
    client.get("/reports/")
    page = f.standard_page(title="Điều khoản sử dụng", slug="dieu-khoan")
    assert "Điều khoản sử dụng" in client.get("/reports/").content.decode().split('class="site-footer"')[1]
    page.unpublish()
    after = client.get("/reports/").content.decode().split('class="site-footer"')[1]
    assert "Điều khoản sử dụng" not in after


def test_footer_costs_one_query(rf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.publications.selectors import footer_links

    f.standard_page(title="Giới thiệu", slug="gioi-thieu", footer_order=2)
    f.standard_page(title="Liên hệ", slug="lien-he", footer_order=1)
    f.report_index()
    with CaptureQueriesContext(connection) as ctx:
        links = footer_links(locale="vi", request=rf.get("/"))
    assert len(ctx.captured_queries) == 1
    assert [link["title"] for link in links["pages"]] == ["Liên hệ", "Giới thiệu"]
    assert [link["title"] for link in links["sections"]] == ["Báo cáo và ấn phẩm"]

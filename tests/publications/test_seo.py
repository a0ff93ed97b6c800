"""sitemap.xml, robots.txt, RSS/Atom feeds and the head's meta, canonical, hreflang and Open Graph tags."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache

from tests.factories import ExpertProfileFactory

from . import factories as f

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


def _sitemap(client):
    cache.clear()  # the view is cached for a few minutes
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.find(f"{SM}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SM}url")
    }


def test_sitemap_lists_published_pages_in_both_languages_with_alternates(client, english):
    report = f.report(title="Báo cáo công khai")
    copy = f.translate(report, title="Public report", slug="public-report")
    draft = f.report(title="Báo cáo nháp", live=False)
    entries = _sitemap(client)
    vi_url = "http://testserver" + report.url
    en_url = "http://testserver" + copy.url
    assert copy.url.startswith("/en/")
    assert vi_url in entries
    assert en_url in entries
    assert entries[vi_url] == {"vi": vi_url, "en": en_url, "x-default": vi_url}
    assert entries[en_url]["vi"] == vi_url
    assert not any(draft.slug in loc for loc in entries)


def test_sitemap_excludes_private_pages(client):
    from wagtail.models import PageViewRestriction

    page = f.standard_page(title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert not any("noi-bo" in loc for loc in _sitemap(client))


def test_sitemap_lists_community_directory_pages_in_both_languages(client):
    expert = ExpertProfileFactory(slug="chuyen-gia-cong-khai")
    hidden = ExpertProfileFactory(slug="chuyen-gia-an", is_public=False)
    entries = _sitemap(client)
    assert "http://testserver/experts/" in entries
    assert "http://testserver/en/experts/" in entries
    assert any(expert.slug in loc for loc in entries)
    assert not any(hidden.slug in loc for loc in entries)


def test_sitemap_query_count_does_not_grow_with_pages(client, django_assert_max_num_queries):
    index = f.news_index()
    for _ in range(2):
        f.news(index)
    cache.clear()
    client.get("/sitemap.xml")
    cache.clear()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    for _ in range(5):
        f.news(index)
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")
    assert len(many) == len(few)


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_news_feed_is_valid_xml_with_live_items_only(client, kind):
    index = f.news_index()
    live = f.news(index, title="Tin đã đăng")
    f.news(index, title="Tin nháp", live=False)
    response = client.get(f"/feeds/news/{kind}/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    if kind == "rss":
        titles = [i.find("title").text for i in root.iter("item")]
        links = [i.find("link").text for i in root.iter("item")]
    else:
        titles = [e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")]
        links = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    assert titles == [live.title]
    assert links == ["http://testserver" + live.url]


def test_english_feed_lists_english_pages(client, english):
    index = f.news_index()
    item = f.news(index, title="Tin tiếng Việt")
    f.translate(item, title="English news", slug="english-news")
    root = ET.fromstring(client.get("/en/feeds/news/rss/").content)
    assert [i.find("title").text for i in root.iter("item")] == ["English news"]
    assert root.find("channel/language").text == "en"


@pytest.mark.parametrize("url", ["/feeds/case-studies/rss/", "/feeds/events/atom/", "/en/feeds/events/rss/"])
def test_case_study_and_event_feeds_answer_with_valid_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    ET.fromstring(response.content)


def test_case_study_feed_hides_drafts(client):
    from django.apps import apps

    try:
        apps.get_model("cms", "CaseStudyPage")
    except LookupError:
        pytest.skip("case studies are not built yet")
    root = ET.fromstring(client.get("/feeds/case-studies/rss/").content)
    from cms.models import CaseStudyPage

    live_titles = set(
        CaseStudyPage.objects.live()
        .public()
        .filter(locale__language_code="vi")
        .values_list("title", flat=True)
    )
    assert {i.find("title").text for i in root.iter("item")} <= live_titles


def test_page_head_has_description_canonical_hreflang_and_open_graph(client, english):
    report = f.report(title="Báo cáo có bìa", summary="Tóm tắt ngắn của báo cáo.")
    copy = f.translate(report, title="Report with a cover", slug="report-with-a-cover")
    html = client.get(report.url).content.decode()
    head = html[: html.index("</head>")]
    absolute = "http://testserver" + report.url
    assert '<meta name="description" content="Tóm tắt ngắn của báo cáo.">' in head
    assert f'<link rel="canonical" href="{absolute}">' in head
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{copy.url}">' in head
    assert f'<link rel="alternate" hreflang="x-default" href="{absolute}">' in head
    assert '<meta property="og:title" content="Báo cáo có bìa">' in head
    assert f'<meta property="og:url" content="{absolute}">' in head
    assert '<meta property="og:locale" content="vi_VN">' in head
    assert '<meta property="og:locale:alternate" content="en_US">' in head
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:image" content="http://testserver/media/images/' in head
    english_head = client.get(copy.url).content.decode().split("</head>")[0]
    assert '<meta property="og:locale" content="en_US">' in english_head
    assert f'<link rel="canonical" href="http://testserver{copy.url}">' in english_head


def test_non_wagtail_page_gets_default_canonical_and_alternates(client):
    html = client.get("/experts/?sector=y-te").content.decode()
    head = html[: html.index("</head>")]
    assert '<link rel="canonical" href="http://testserver/experts/">' in head
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/experts/' in head
    assert '<meta property="og:site_name" content="DX Connect">' in head
    assert '<meta name="description" content="' in head


def test_language_switch_leads_to_the_translation(client, english):
    page = f.standard_page(title="Giới thiệu", slug="gioi-thieu")
    copy = f.translate(page, title="About", slug="about")
    links = {link["code"]: link["url"] for link in client.get(page.url).context["language_links"]}
    assert links == {"vi": page.url, "en": copy.url}


def test_language_switch_falls_back_to_the_translated_section_and_says_so(client, english):
    index = f.report_index()
    english_index = f.translate(index, title="Reports")
    report = f.report(index, title="Chỉ có tiếng Việt")
    response = client.get(report.url)
    links = {link["code"]: link["url"] for link in response.context["language_links"]}
    assert links["en"] == english_index.url
    assert '<p class="pub-translation-note" lang="en">' in response.content.decode()
    assert 'hreflang="en"' not in response.content.decode().split("</head>")[0]

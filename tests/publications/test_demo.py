"""The demo's publications (fixtures of cms/publications): the sector index with 8 pages, 4 reports with real
PDFs, 6 news, standard pages, English copies of at least a third, and nothing new on a second load."""

import pytest
from wagtail.models import Page

from cms.publications.models import NewsPage, ReportPage, SectorPage, StandardPage
from tests.demo_fixtures import load_demo, outcomes

pytestmark = pytest.mark.django_db

KINDS = ("publications_index", "sector_page", "report", "news", "standard_page")


def test_demo_publications_load_once(english):
    first = load_demo(*KINDS)
    assert outcomes(first, *KINDS) == {"created"}
    assert SectorPage.objects.filter(locale__language_code="vi").count() == 8
    assert ReportPage.objects.filter(locale__language_code="vi", live=True).count() == 4
    assert NewsPage.objects.filter(locale__language_code="vi", live=True).count() == 6
    assert StandardPage.objects.filter(locale__language_code="vi", live=True).count() == 4
    for report in ReportPage.objects.all():
        with report.document.open_file() as handle:
            assert handle.read(5) == b"%PDF-"
        assert report.cover_image.width == 900
    ours = Page.objects.type(SectorPage, ReportPage, NewsPage, StandardPage)
    vi, en = ours.filter(locale__language_code="vi").count(), ours.filter(locale__language_code="en").count()
    assert en * 3 >= vi
    assert ours.filter(locale__language_code="en", live=False).count() == 0

    again = load_demo(*KINDS)
    assert outcomes(again, *KINDS) == {"unchanged"}
    assert ours.count() == vi + en


def test_english_news_has_english_tags(english):
    load_demo("news")
    page = NewsPage.objects.get(locale__language_code="en", slug="national-digital-transformation-day-2024")
    assert "digital economy" in page.tags.names()
    assert "kinh tế số" not in page.tags.names()

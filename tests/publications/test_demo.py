"""The seed step: the sector index with 8 pages, 4 reports with real PDFs, 6 news, standard pages, English
copies of at least a third, and nothing new on a second run."""

import pytest
from wagtail.models import Page

from cms.publications.demo import seed_publications
from cms.publications.models import NewsPage, ReportPage, SectorPage, StandardPage
from community.demo.steps import SeedContext

pytestmark = pytest.mark.django_db


def test_seed_publications_creates_content_once(english):
    from . import factories as f

    f.home("en")
    ctx = SeedContext()
    seed_publications(ctx)
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

    again = SeedContext()
    seed_publications(again)
    assert all(t.new == 0 for t in again.tallies.values())
    assert ours.count() == vi + en


def test_english_news_has_english_tags(english):
    from . import factories as f

    f.home("en")
    seed_publications(SeedContext())
    page = NewsPage.objects.get(locale__language_code="en", slug="national-digital-transformation-day-2024")
    assert "digital economy" in page.tags.names()
    assert "kinh tế số" not in page.tags.names()

"""Page-type rules: the tree of reports, news, sectors and standard pages cannot be built wrongly."""

import pytest
from django.core.exceptions import ValidationError

from cms.models import HomePage
from cms.publications.models import (
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    SectorIndexPage,
    SectorPage,
    StandardPage,
)
from tests.factories import sector

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (ReportIndexPage, HomePage, True),
        (NewsIndexPage, HomePage, True),
        (SectorIndexPage, HomePage, True),
        (StandardPage, HomePage, True),
        (StandardPage, StandardPage, True),
        (ReportPage, ReportIndexPage, True),
        (NewsPage, NewsIndexPage, True),
        (SectorPage, SectorIndexPage, True),
        (ReportPage, HomePage, False),
        (ReportPage, NewsIndexPage, False),
        (NewsPage, HomePage, False),
        (NewsPage, ReportIndexPage, False),
        (SectorPage, HomePage, False),
        (ReportIndexPage, StandardPage, False),
        (NewsIndexPage, ReportIndexPage, False),
        (StandardPage, NewsIndexPage, False),
    ],
)
def test_page_type_rules(child, parent, allowed):
    both_ways = parent in child.allowed_parent_page_models() and child in parent.allowed_subpage_models()
    assert both_ways is allowed


def test_leaf_pages_take_no_children():
    for model in (ReportPage, NewsPage, SectorPage):
        assert model.allowed_subpage_models() == []


def test_only_one_report_index_per_home():
    index = f.report_index()
    assert not ReportIndexPage.can_create_at(index.get_parent().specific)


def test_second_sector_page_for_the_same_sector_and_language_is_refused():
    health = sector("y-te")
    f.sector_page(health)
    duplicate = SectorPage(title="Y tế (2)", slug="y-te-2", sector=health, locale=f.home().locale)
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "sector" in excinfo.value.message_dict


def test_translation_of_a_sector_page_is_not_a_duplicate(english):
    page = f.sector_page(sector("y-te"))
    copy = f.translate(page, title="Health")
    copy.full_clean()  # no error: another language
    assert copy.sector_id == page.sector_id


def test_report_document_must_be_a_pdf():
    doc = f.document("Bảng tính", content=b"a,b\n1,2\n", name="bang.csv")
    page = ReportPage(
        title="Báo cáo",
        slug="bc",
        summary="Tóm tắt",
        publication_date="2024-01-01",
        document=doc,
        locale=f.home().locale,
    )
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "document" in excinfo.value.message_dict


def test_report_document_named_pdf_but_not_a_pdf_is_refused():
    doc = f.document("Giả mạo", content=b"<html>not a pdf</html>", name="gia-mao.pdf")
    page = ReportPage(
        title="Báo cáo",
        slug="bc",
        summary="Tóm tắt",
        publication_date="2024-01-01",
        document=doc,
        locale=f.home().locale,
    )
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "document" in excinfo.value.message_dict


def test_news_hero_image_needs_alt_text():
    page = NewsPage(
        title="Tin", slug="tin", summary="Tóm tắt", hero_image=f.image(), hero_alt=" ", locale=f.home().locale
    )
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    assert "hero_alt" in excinfo.value.message_dict

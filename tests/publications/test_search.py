"""Search documents of reports and news: live, public, default-language pages only, with the shared fields."""

import pytest
from haystack import connections

from cms.publications.models import NewsPage, ReportPage
from tests.factories import sector

from . import factories as f

pytestmark = pytest.mark.django_db


def _indexed(model):
    index = connections["default"].get_unified_index().get_index(model)
    return index, list(index.index_queryset())


def test_report_index_has_live_default_language_reports_only(english):
    live = f.report(title="Báo cáo công khai", sector=sector("y-te"), with_files=False)
    f.report(title="Báo cáo nháp", live=False, with_files=False)
    f.translate(live, title="Public report", slug="public-report")
    index, objects = _indexed(ReportPage)
    assert [o.pk for o in objects] == [live.pk]
    data = index.full_prepare(objects[0])
    assert data["kind"] == "report"
    assert data["sector"] == ["y-te"]
    assert data["url"] == live.url
    assert "Báo cáo công khai" in data["text"]


def test_news_index_prepares_tags_and_body_text():
    item = f.news(
        title="Tin có thẻ",
        tags=["xã thí điểm"],
        body=[{"type": "paragraph", "value": "<p>Sản phẩm <b>chủ lực</b> lên sàn.</p>"}],
    )
    f.news(title="Tin nháp", live=False)
    index, objects = _indexed(NewsPage)
    assert [o.pk for o in objects] == [item.pk]
    data = index.full_prepare(objects[0])
    assert data["kind"] == "news"
    assert data["tags"] == ["xã thí điểm"]
    assert "Sản phẩm chủ lực lên sàn." in data["text"]


def test_paragraphs_of_a_body_never_run_together_in_the_indexed_text():
    f.news(
        title="Tin nhiều đoạn",
        body=[
            {"type": "paragraph", "value": "<p>Mở rộng theo cụm.</p><p>Đào tạo nhân viên&nbsp;trạm y tế.</p>"}
        ],
    )
    index, objects = _indexed(NewsPage)
    text = index.full_prepare(objects[0])["text"]
    assert "cụm.Đào" not in text
    assert "Mở rộng theo cụm.\nĐào tạo nhân viên\xa0trạm y tế." in text


def test_private_page_is_not_indexed():
    from wagtail.models import PageViewRestriction

    report = f.report(with_files=False)
    PageViewRestriction.objects.create(page=report, restriction_type=PageViewRestriction.LOGIN)
    _, objects = _indexed(ReportPage)
    assert report.pk not in [o.pk for o in objects]


def test_search_finds_a_report_without_accents():
    from search.api import search

    backend = connections["default"].get_backend()
    backend.clear()
    report = f.report(title="Liên thông dữ liệu y tế tuyến xã", with_files=False)
    index, objects = _indexed(ReportPage)
    backend.update(index, objects)
    try:
        page = search("lien thong du lieu", filters={"kind": "report"})
        assert report.pk in [hit.object.pk for hit in page.results if hit.object is not None]
    finally:
        backend.clear()

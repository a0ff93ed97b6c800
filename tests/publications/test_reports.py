"""Reports: the index with sector and year filters, the report page, and downloads counted atomically."""

from datetime import date

import pytest
from django.urls import reverse

from cms.publications.models import ReportDownloadCount
from tests.factories import sector

from . import factories as f

pytestmark = pytest.mark.django_db


def test_report_index_lists_live_reports_only(client):
    index = f.report_index()
    live = f.report(index, title="Báo cáo đã xuất bản")
    f.report(index, title="Bản nháp chưa duyệt", live=False)
    response = client.get(index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert live.title in html
    assert "Bản nháp chưa duyệt" not in html


def test_report_index_filters_by_sector_and_year(client):
    index = f.report_index()
    health = f.report(index, title="Y tế 2024", sector=sector("y-te"), publication_date=date(2024, 5, 1))
    f.report(index, title="Nông nghiệp 2024", sector=sector("nong-nghiep"), publication_date=date(2024, 6, 1))
    f.report(index, title="Y tế 2023", sector=sector("y-te"), publication_date=date(2023, 6, 1))
    html = client.get(index.url, {"sector": "y-te", "year": "2024"}).content.decode()
    assert health.title in html
    assert "Nông nghiệp 2024" not in html
    assert "Y tế 2023" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"sector": "khong-co"},
        {"year": "abc"},
        {"year": "1900"},
        {"page": "999"},
        {"page": "-1"},
        {"sector": "x" * 500},
    ],
)
def test_report_index_ignores_bad_filters(client, params):
    index = f.report_index()
    report = f.report(index)
    response = client.get(index.url, params)
    assert response.status_code == 200
    assert report.title in response.content.decode()


def test_report_index_paginates(client):
    index = f.report_index()
    for _ in range(13):
        f.report(index, with_files=False)
    first = client.get(index.url).content.decode()
    second = client.get(index.url, {"page": 2}).content.decode()
    assert first.count('class="card pub-card report-card"') == 12
    assert second.count('class="card pub-card report-card"') == 1


def test_download_counts_and_serves_the_pdf(client):
    report = f.report()
    url = reverse("publications:report_download", args=[report.pk])
    first = client.get(url)
    assert first.status_code == 200
    assert first.content.startswith(b"%PDF-")  # read by django-sendfile2's simple backend
    assert first["X-Content-Type-Options"] == "nosniff"
    client.get(url)
    assert ReportDownloadCount.count_for(report.translation_key) == 2
    response = client.get(report.url)
    assert response.context["page"].download_count == 2


def test_download_count_is_shared_by_translations(client, english):
    report = f.report()
    copy = f.translate(report, title="A report in English", slug="a-report")
    client.get(reverse("publications:report_download", args=[report.pk]))
    client.get(reverse("publications:report_download", args=[copy.pk]))
    assert ReportDownloadCount.count_for(report.translation_key) == 2


def test_head_request_does_not_count(client):
    report = f.report()
    client.head(reverse("publications:report_download", args=[report.pk]))
    assert ReportDownloadCount.count_for(report.translation_key) == 0


def test_increment_is_a_database_update():
    """F() arithmetic: the stored value grows even when another process incremented in between."""
    report = f.report(with_files=False)
    ReportDownloadCount.increment(report.translation_key)
    ReportDownloadCount.objects.filter(translation_key=report.translation_key).update(
        downloads=10
    )  # "another process"
    ReportDownloadCount.increment(report.translation_key)
    assert ReportDownloadCount.count_for(report.translation_key) == 11


def test_draft_report_cannot_be_downloaded(client):
    report = f.report(live=False)
    response = client.get(reverse("publications:report_download", args=[report.pk]))
    assert response.status_code == 404
    assert ReportDownloadCount.count_for(report.translation_key) == 0


def test_report_without_document_is_404_not_500(client):
    report = f.report(with_files=False)
    assert client.get(reverse("publications:report_download", args=[report.pk])).status_code == 404


def test_post_to_download_is_refused(client):
    report = f.report()
    assert client.post(reverse("publications:report_download", args=[report.pk])).status_code == 405


def test_report_page_shows_summary_download_and_related(client):
    index = f.report_index()
    report = f.report(index, sector=sector("y-te"))
    other = f.report(index, title="Báo cáo y tế khác", sector=sector("y-te"))
    html = client.get(report.url).content.decode()
    assert report.summary in html
    assert reverse("publications:report_download", args=[report.pk]) in html
    assert other.title in html


def _report_count(n):
    index = f.report_index()
    for _ in range(n):
        f.report(index, sector=sector("y-te"))
    return index


def test_report_index_queries_do_not_grow_with_reports(count_queries):
    index = _report_count(2)
    _, few = count_queries(index.url)
    for _ in range(6):
        f.report(index, sector=sector("y-te"))
    response, many = count_queries(index.url)
    assert response.status_code == 200
    assert many == few
    assert many <= 30


def test_report_page_queries_do_not_grow_with_related_reports(count_queries):
    index = _report_count(1)
    report = f.report(index, sector=sector("y-te"))
    _, few = count_queries(report.url)
    for _ in range(4):
        f.report(index, sector=sector("y-te"))
    _, many = count_queries(report.url)
    assert many == few
    assert many <= 30

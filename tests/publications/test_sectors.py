"""Sector pages: the editor's introduction, then the sector's challenges, experts and reports from the data."""

import pytest

import cms.events.selectors
import cms.selectors
from cms.publications import selectors as publication_selectors
from community.models import Challenge
from tests.factories import ExpertProfileFactory, OrganisationFactory, sector

from . import factories as f

pytestmark = pytest.mark.django_db


def _challenge(org, title, sector_slug="y-te", status="open"):
    from django.utils import timezone

    from community.core.text import vn_slugify
    from tests.factories import province

    return Challenge.objects.create(
        organisation=org,
        title=title,
        slug=vn_slugify(title)[:60],
        description="Mô tả thách thức.",
        sector=sector(sector_slug),
        province=province(),
        status=status,
        published_at=timezone.now(),
    )


def _expert(sector_slug="y-te", name="Nguyễn Thị Minh Anh"):
    profile = ExpertProfileFactory(user__full_name=name)
    profile.sectors.set([sector(sector_slug)])
    return profile


def test_sector_page_shows_intro_and_data_of_its_sector_only(client, organisation):
    page = f.sector_page(sector("y-te"), introduction="<p>Bệnh án điện tử là ưu tiên.</p>")
    _challenge(organisation, "Liên thông bệnh án điện tử")
    _challenge(organisation, "Truy xuất nguồn gốc chè", sector_slug="nong-nghiep")
    _challenge(organisation, "Thách thức đã đóng", status="closed")
    _expert(name="Trần Y Tế")
    _expert("nong-nghiep", name="Lê Nông Nghiệp")
    report = f.report(sector=sector("y-te"), title="Báo cáo y tế")
    f.report(sector=sector("nong-nghiep"), title="Báo cáo nông nghiệp")
    html = client.get(page.url).content.decode()
    assert "Bệnh án điện tử là ưu tiên." in html
    assert "Liên thông bệnh án điện tử" in html
    assert "Truy xuất nguồn gốc chè" not in html
    assert "Thách thức đã đóng" not in html
    assert "Trần Y Tế" in html
    assert "Lê Nông Nghiệp" not in html
    assert report.title in html
    assert "Báo cáo nông nghiệp" not in html


def test_sector_index_links_every_live_sector_page(client):
    pages = [f.sector_page(sector(slug)) for slug in ("y-te", "giao-duc", "nong-nghiep")]
    html = client.get(f.sector_index().url).content.decode()
    for page in pages:
        assert page.url in html


def test_sector_page_lists_the_case_studies_and_events_of_its_sector(monkeypatch):
    # The case-study and events apps are always installed: the sector page reads their selectors directly.
    calls = []

    def fake_reader(name):
        def read(sector, limit, locale=None):
            calls.append((name, sector.slug, limit, locale))
            return ["x"]

        return read

    monkeypatch.setattr(cms.selectors, "case_studies_for_sector", fake_reader("case_studies"))
    monkeypatch.setattr(cms.events.selectors, "events_for_sector", fake_reader("events"))
    sections = publication_selectors.sector_sections(sector("y-te"), viewer=None, locale="vi", limit=4)
    assert sections["case_studies"] == ["x"]
    assert sections["events"] == ["x"]
    assert ("case_studies", "y-te", 4, "vi") in calls
    assert ("events", "y-te", 4, "vi") in calls


def test_sector_page_queries_do_not_grow(count_queries, organisation):
    page = f.sector_page(sector("y-te"))
    for i in range(2):
        _challenge(organisation, f"Thách thức {i}")
        _expert(name=f"Chuyên gia {i}")
        f.report(sector=sector("y-te"))
    _, few = count_queries(page.url)
    other_org = OrganisationFactory()
    for i in range(2, 8):
        _challenge(other_org, f"Thách thức {i}")
        _expert(name=f"Chuyên gia {i}")
        f.report(sector=sector("y-te"))
    response, many = count_queries(page.url)
    assert response.status_code == 200
    assert many == few
    assert many <= 40


def test_reports_for_sector_selector_by_slug_and_language(english):
    from cms.publications.selectors import reports_for_sector

    report = f.report(sector=sector("y-te"))
    f.report(sector=sector("y-te"), live=False)
    copy = f.translate(report, title="Health report", slug="health-report")
    assert [r.pk for r in reports_for_sector("y-te", locale="vi")] == [report.pk]
    assert [r.pk for r in reports_for_sector(sector("y-te"), locale="en")] == [copy.pk]


def test_latest_news_selector_limits_and_orders():
    from datetime import date

    from cms.publications.selectors import latest_news

    index = f.news_index()
    items = [f.news(index, date=date(2024, 1, d)) for d in (1, 2, 3, 4)]
    assert [n.pk for n in latest_news(limit=3, locale="vi")] == [items[3].pk, items[2].pk, items[1].pk]

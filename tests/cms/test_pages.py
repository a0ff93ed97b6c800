"""What readers see: the index and its filters, a case study, the home page's figures, languages, and a fixed
number of queries whatever the number of rows."""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from cms import selectors
from cms.models import CaseStudyPage
from cms.services import upsert_case_study
from community.models import Organisation, Province, Sector

from .factories import case_study, image

pytestmark = pytest.mark.django_db


def _warm(client, url):
    assert client.get(url).status_code == 200  # renditions and site caches are made on the first view


def test_index_filters_by_sector_province_technology_and_year(client, index):
    case_study(index, title="Bệnh án điện tử Thanh Hóa", sector="y-te", province="38", year=2024)
    case_study(
        index,
        title="eKYC quỹ tín dụng",
        sector="tai-chinh-ngan-hang",
        province="82",
        year=2023,
        technologies=["eKYC"],
    )
    case_study(
        index,
        title="Chè Tân Cương QR",
        sector="nong-nghiep",
        province="19",
        year=2024,
        technologies=["Mã QR"],
    )
    url = index.url

    def titles(query):
        html = client.get(url + query).content.decode()
        return {
            t for t in ("Bệnh án điện tử Thanh Hóa", "eKYC quỹ tín dụng", "Chè Tân Cương QR") if t in html
        }

    assert titles("") == {"Bệnh án điện tử Thanh Hóa", "eKYC quỹ tín dụng", "Chè Tân Cương QR"}
    assert titles("?sector=y-te") == {"Bệnh án điện tử Thanh Hóa"}
    assert titles("?province=82") == {"eKYC quỹ tín dụng"}
    assert titles("?technology=ma-qr") == {"Chè Tân Cương QR"}
    assert titles("?year=2024") == {"Bệnh án điện tử Thanh Hóa", "Chè Tân Cương QR"}
    assert titles("?year=abc&sector=<script>") == set()  # bad input: an empty result, never an error
    assert client.get(url + "?page=999").status_code == 200


def test_drafts_never_show_on_the_index_or_in_selectors(client, index):
    case_study(index, title="Bản nháp chưa duyệt", publish=False)
    assert "Bản nháp chưa duyệt" not in client.get(index.url).content.decode()
    assert selectors.case_studies_for_sector("y-te") == []
    assert selectors.featured_case_studies() == []


@pytest.mark.parametrize("rows", [3, 30])
def test_the_index_costs_a_fixed_number_of_queries(client, index, django_assert_max_num_queries, rows):
    hero = image()
    for i in range(rows):
        case_study(
            index,
            hero_image=hero,
            hero_image_alt="Minh họa lĩnh vực y tế",
            technologies=[f"Công nghệ {i % 5}"],
        )
    _warm(client, index.url)
    with django_assert_max_num_queries(24):
        assert client.get(index.url).status_code == 200
    with django_assert_max_num_queries(24):
        assert client.get(index.url + "?sector=y-te&page=2").status_code == 200


@pytest.mark.parametrize("rows", [2, 25])
def test_a_case_study_costs_a_fixed_number_of_queries(
    client, index, organisation, expert, django_assert_max_num_queries, rows
):
    pages = [
        case_study(index, organisation=organisation, hero_image=image(), hero_image_alt="Ảnh minh họa")
        for _ in range(rows)
    ]
    page = pages[0]
    page.experts.set([expert])
    page.solution_providers.set([organisation])
    page.save_revision().publish()
    _warm(client, page.url)
    with django_assert_max_num_queries(35):
        html = client.get(page.url).content.decode()
    assert "Nguyễn Thị Minh Anh" in html and organisation.name in html
    assert "Thời gian chờ khám" in html  # outcome figures
    assert 'loading="lazy"' in html and "image/webp" in html  # responsive images, lazy below the fold


def test_home_figures_count_only_what_is_public(client, index, organisation, org_member):
    from tests.factories import challenge

    case_study(index, sector="y-te", province="38")
    case_study(index, sector="y-te", province="38", publish=False)
    challenge(organisation, org_member)
    cache.clear()
    figures = selectors.home_figures()
    assert figures["case_studies"] == 1
    assert figures["open_challenges"] == 1
    assert figures["per_sector"]["y-te"]["case_studies"] == 1
    assert figures["per_sector"]["y-te"]["open_challenges"] == 1
    assert figures["per_sector"]["nong-nghiep"]["case_studies"] == 0
    top = {p["code"]: p for p in figures["top_provinces"]}
    assert top["38"]["case_studies"] == 1 and top["38"]["open_challenges"] == 1
    assert figures["organisations"] == Organisation.objects.count()


def test_sector_tiles_count_every_case_study_of_the_sector_as_the_filter_does(
    client, index, organisation, org_member
):
    # The tiles said "1 điển hình" where each sector had 3 (issue 17): pages' default ordering split the count.
    from tests.factories import challenge

    for n in range(3):
        case_study(index, title=f"Bệnh án điện tử {n}", sector="y-te", province="38")
    for n in range(2):
        challenge(organisation, org_member, title=f"Liên thông bệnh án điện tử xã số {n}")
    cache.clear()
    figures = selectors.home_figures()
    assert figures["per_sector"]["y-te"]["case_studies"] == 3
    assert figures["per_sector"]["y-te"]["open_challenges"] == 2
    assert {p["code"]: p for p in figures["top_provinces"]}["38"]["case_studies"] == 3
    offered = {s.slug: s.n for s in selectors.case_study_filter_options()["sectors"]}
    assert offered["y-te"] == figures["per_sector"]["y-te"]["case_studies"]


def test_publishing_refreshes_the_home_figures(index):
    assert selectors.home_figures()["case_studies"] == 0
    case_study(index)
    assert selectors.home_figures()["case_studies"] == 1


@pytest.mark.parametrize("rows", [2, 20])
def test_home_page_shows_featured_case_studies_and_sectors_in_fixed_queries(
    client, index, rows, django_assert_max_num_queries
):
    for i in range(rows):
        case_study(
            index,
            title=f"Điển hình nổi bật {i}",
            featured=i == 0,
            hero_image=image(),
            hero_image_alt="Ảnh minh họa",
        )
    _warm(client, "/")
    with django_assert_max_num_queries(30):
        html = client.get("/").content.decode()
    assert "Điển hình nổi bật 0" in html
    assert html.count('class="sector-card"') == Sector.objects.filter(is_key_sector=True).count()
    assert index.url in html


def test_language_switch_goes_to_the_translation_or_says_it_is_missing(client, index, english):
    page = case_study(index, title="Bệnh án điện tử liên thông")
    other = case_study(index, title="Chưa có bản tiếng Anh")
    translated = page.copy_for_translation(english, copy_parents=True)
    translated.title = translated.draft_title = "Linked electronic medical records"
    translated.save()
    translated.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert f'href="{translated.url}" hreflang="en"' in html
    assert "has not been translated" not in html

    html = client.get(other.url).content.decode()
    en_index = index.get_translation(english)
    assert f'href="{en_index.url}" hreflang="en"' in html  # the nearest English section
    assert "This page has not been translated into English yet." in html

    html = client.get(translated.url).content.decode()
    assert "Linked electronic medical records" in html and f'href="{page.url}" hreflang="vi"' in html


def test_the_english_home_completes_featured_case_studies_with_vietnamese_ones(index, english):
    page = case_study(index, title="Chỉ có tiếng Việt", featured=True)
    found = selectors.featured_case_studies(limit=3, locale=english)
    assert [p.pk for p in found] == [page.pk]


def test_import_service_upserts_by_reference(index):
    sector, province = Sector.objects.get(slug="y-te"), Province.objects.get(code="38")
    kwargs = {
        "ref": "imp-1",
        "title": "Bệnh án điện tử tuyến xã",
        "summary": "Tóm tắt kết quả đạt được.",
        "body_paragraphs": ["Đoạn một.", "Đoạn <hai>."],
        "sector": sector,
        "province": province,
        "organisation": None,
        "tags": ["y tế", "liên thông"],
        "published_at": None,
    }
    page, created = upsert_case_study(**kwargs)
    assert created and page.live and page.get_parent().pk == index.pk
    assert "&lt;hai&gt;" in page.body.raw_data[0]["value"]
    revisions = page.revisions.count()
    again, created_again = upsert_case_study(**kwargs)
    assert again.pk == page.pk and not created_again and again.revisions.count() == revisions
    upsert_case_study(**{**kwargs, "title": "Bệnh án điện tử tuyến xã (cập nhật)"})
    assert CaseStudyPage.objects.get(pk=page.pk).title.endswith("(cập nhật)")


def test_search_indexes_live_case_studies_only(index):
    from cms.search_indexes import CaseStudyIndex

    live = case_study(index, title="Bệnh án điện tử đã xuất bản", technologies=["HL7 FHIR"])
    case_study(index, title="Bản nháp", publish=False)
    search_index = CaseStudyIndex()
    assert list(search_index.index_queryset()) == [live]
    prepared = search_index.full_prepare(live)
    assert prepared["kind"] == "case_study"
    assert prepared["sector"] == ["y-te"] and prepared["province"] == ["38"]
    assert "HL7 FHIR" in prepared["text"] and prepared["url"] == live.url


def test_a_document_that_is_not_what_its_name_says_is_refused():
    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document

    from cms.forms import DocumentForm

    form_class = get_document_form(Document)
    assert issubclass(form_class, DocumentForm)
    fake = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 this is a program", content_type="application/pdf")
    form = form_class(data={"title": "Báo cáo"}, files={"file": fake})
    with translation.override("en"):
        assert not form.is_valid()
        assert "not a real PDF file" in str(form.errors["file"])
    real = SimpleUploadedFile(
        "bao-cao.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n%%EOF", content_type="application/pdf"
    )
    form = form_class(data={"title": "Báo cáo"}, files={"file": real})
    form.is_valid()
    assert "file" not in form.errors


def test_filter_counts_follow_publication(client, index):
    case_study(index, sector="y-te")
    assert "(1)" in client.get(index.url).content.decode().split('id="f-sector"')[1].split("</select>")[0]
    case_study(index, sector="y-te")
    options = client.get(index.url).content.decode().split('id="f-sector"')[1].split("</select>")[0]
    assert "(2)" in options  # the cached counts were dropped when the second one was published


def test_words_are_searched_without_accents_through_the_search_engine(client, index):
    from haystack import connections

    case_study(index, title="Bệnh án điện tử tuyến xã")
    case_study(
        index,
        title="Truy xuất nguồn gốc chè",
        summary="Hợp tác xã bán chè trên sàn thương mại điện tử.",
        technologies=["Mã QR"],
        body=[],
    )
    backend = connections["default"].get_backend()
    backend.clear()
    search_index = connections["default"].get_unified_index().get_index(CaseStudyPage)
    backend.update(search_index, list(search_index.index_queryset()))
    try:
        html = client.get(index.url + "?q=benh+an").content.decode()
    finally:
        backend.clear()
    assert "Bệnh án điện tử tuyến xã" in html and "Truy xuất nguồn gốc chè" not in html


def test_an_english_query_finds_a_case_study_by_the_body_of_its_translation(index, english):
    from haystack import connections

    page = case_study(index, title="Bệnh án điện tử liên thông")
    translated = page.copy_for_translation(english, copy_parents=True)
    translated.title = translated.draft_title = "Linked electronic medical records"
    translated.body = [
        {"type": "rich_text", "value": "<p>Referral letters now travel between commune clinics.</p>"}
    ]
    translated.save()
    translated.save_revision().publish()
    search_index = connections["default"].get_unified_index().get_index(type(page))
    text = search_index.full_prepare(page)["text"]
    assert "Referral letters now travel between commune clinics." in text
    assert "Bối cảnh và giải pháp." in text

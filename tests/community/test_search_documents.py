"""Organisations and experts reach the search page, unlisted experts never do, and bad input is handled."""

import pytest

from tests.factories import ExpertProfileFactory, OrganisationFactory, province

pytestmark = pytest.mark.django_db



def test_unaccented_query_finds_the_da_nang_department(client, index_all):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn", province=province("48"))
    OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bv-th", province=province("38"))
    index_all()
    body = client.get("/search/", {"q": "da nang"}).content.decode()
    assert "/organisations/so-khcn-dn/" in body
    assert "<mark>" in body
    assert body.index("/organisations/so-khcn-dn/") < body.find("/organisations/bv-th/") or "/bv-th/" not in body


def test_expert_is_found_by_skill_and_unlisted_expert_is_not(client, index_all):
    ExpertProfileFactory(user__full_name="Lê Văn Hùng", slug="le-van-hung", skills=["eKYC", "định danh điện tử"])
    ExpertProfileFactory(user__full_name="Ẩn Danh", slug="an-danh", skills=["eKYC"], is_public=False)
    index_all()
    body = client.get("/en/search/", {"q": "ekyc"}).content.decode()
    assert "/experts/le-van-hung/" in body
    assert "/experts/an-danh/" not in body
    assert "Expert" in body  # the kind facet is named in English


def test_kind_facet_filters_results(client, index_all):
    OrganisationFactory(name="Trung tâm Dữ liệu Y tế", slug="tt-du-lieu-y-te")
    ExpertProfileFactory(user__full_name="Nguyễn Dữ Liệu", slug="nguyen-du-lieu", headline="Chuyên gia dữ liệu y tế")
    index_all()
    body = client.get("/search/", {"q": "dữ liệu y tế", "kind": "expert"}).content.decode()
    assert "/experts/nguyen-du-lieu/" in body
    assert "/organisations/tt-du-lieu-y-te/" not in body


@pytest.mark.parametrize("params", [{"q": "<script>alert(1)</script>"}, {"q": "a", "page": "abc"},
                                    {"q": "y tế", "kind": "\x00"}, {"q": "", "province": "zz"}, {}])
def test_search_page_survives_odd_input(client, index_all, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_absurdly_long_query_is_a_400_not_a_500(client):
    response = client.get("/search/", {"q": "x" * 5000})
    assert response.status_code == 400


def test_only_public_published_challenges_are_searchable(client, organisation, org_member, index_all):
    from tests.factories import challenge

    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính công khai")
    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính nội bộ", visibility="members")
    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính bản nháp", publish=False)
    index_all()
    body = client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    assert "Số hóa hồ sơ địa chính công khai" in body
    assert "nội bộ" not in body
    assert "bản nháp" not in body

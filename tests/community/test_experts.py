"""Expert profiles: opting in, skills with suggestions, the directory and its filters."""

import pytest
from django.urls import reverse

from community.models import ExpertProfile
from tests.factories import ExpertProfileFactory, province, sector

pytestmark = pytest.mark.django_db


def _form(**overrides):
    data = {
        "honorific": "TS.",
        "headline": "Chuyển đổi số doanh nghiệp sản xuất",
        "affiliation": "Viện Chiến lược Chuyển đổi số",
        "bio": "IoT giám sát năng lượng, đánh giá mức độ chuyển đổi số.",
        "skills": "IoT, đánh giá mức độ chuyển đổi số,  iot , MES",
        "sectors": [sector("san-xuat-cong-nghiep").pk, sector("nang-luong").pk],
        "provinces": [province("24").pk],
        "languages": ["vi", "en"],
        "years_experience": "15",
        "is_available": "on",
        "links": "https://baotq.example.vn",
        "is_public": "on",
    }
    data.update(overrides)
    return data


def test_a_person_opts_in_as_an_expert(client, user):
    client.force_login(user)
    response = client.post(reverse("community:expert_profile_edit"), _form())
    profile = ExpertProfile.objects.get(user=user)
    assert response.status_code == 302
    assert sorted(s.name for s in profile.skills.all()) == ["IoT", "MES", "đánh giá mức độ chuyển đổi số"]
    assert profile.languages == ["vi", "en"]
    assert profile.links == ["https://baotq.example.vn"]
    assert not profile.verified


def test_a_javascript_link_is_refused_and_the_rest_kept(client, user):
    client.force_login(user)
    response = client.post(reverse("community:expert_profile_edit"), _form(links="javascript:alert(1)"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "javascript:alert(1)" in body  # kept in the field for correction
    assert "Chuyển đổi số doanh nghiệp sản xuất" in body
    assert not ExpertProfile.objects.filter(user=user).exists()


def test_too_short_headline_is_explained(client, user):
    client.force_login(user)
    response = client.post(reverse("community:expert_profile_edit"), _form(headline="IT"))
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_skill_suggestions_match_without_diacritics(client, expert):
    response = client.get(reverse("community:skill_suggest"), {"q": "du lieu"})
    assert response.json() == {"results": ["dữ liệu y tế"]}


def test_directory_filters_by_sector_province_skill_and_availability(client):
    ExpertProfileFactory(
        user__full_name="Lê Văn Hùng",
        skills=["eKYC"],
        sectors=[sector("tai-chinh-ngan-hang")],
        provinces=[province("79")],
        is_available=False,
    )
    ExpertProfileFactory(
        user__full_name="Phạm Thu Hà",
        skills=["GIS"],
        sectors=[sector("nong-nghiep")],
        provinces=[province("92")],
    )
    url = reverse("community:expert_list")
    assert "Lê Văn Hùng" in client.get(url, {"skill": "ekyc"}).content.decode()
    assert "Phạm Thu Hà" not in client.get(url, {"skill": "ekyc"}).content.decode()
    assert "Phạm Thu Hà" in client.get(url, {"sector": "nong-nghiep"}).content.decode()
    assert "Lê Văn Hùng" in client.get(url, {"province": "79"}).content.decode()
    assert "Lê Văn Hùng" not in client.get(url, {"available": "1"}).content.decode()


def test_unlisted_experts_stay_out_of_the_directory(client):
    ExpertProfileFactory(user__full_name="Đỗ Hải Đăng", is_public=False)
    assert "Đỗ Hải Đăng" not in client.get(reverse("community:expert_list")).content.decode()


def test_directory_costs_the_same_queries_for_4_or_30_experts(client, django_assert_max_num_queries):
    url = reverse("community:expert_list")
    ExpertProfileFactory.create_batch(4)
    with django_assert_max_num_queries(10) as small:
        client.get(url)
    ExpertProfileFactory.create_batch(26)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_expert_page_shows_profile_in_fixed_queries(client, expert, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get(expert.get_absolute_url())
    body = response.content.decode()
    assert "ThS. Nguyễn Thị Minh Anh" in body
    assert "HL7 FHIR" in body


def test_skill_filter_folds_diacritics_like_search(client):
    # `skill=du lieu y te` found 0 where `dữ liệu y tế` found 7 (issue 17).
    ExpertProfileFactory(user__full_name="Đỗ Minh Châu", skills=["dữ liệu y tế"], is_public=True)
    ExpertProfileFactory(user__full_name="Phan Văn Đức", skills=["đào tạo số"], is_public=True)
    url = reverse("community:expert_list")
    for typed in ("du lieu y te", "Dữ liệu Y tế", "dữ liệu y tế"):
        html = client.get(url, {"skill": typed}).content.decode()
        assert "Đỗ Minh Châu" in html and "Phan Văn Đức" not in html, typed
    assert "Phan Văn Đức" in client.get(url, {"skill": "dao tao so"}).content.decode()

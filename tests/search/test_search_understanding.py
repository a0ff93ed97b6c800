"""Query understanding: a query asking for an expert ranks experts first and says why; a province named
in the query is preferred, never required, and offered as a filter."""

import pytest

from search.api import search
from search.understanding import understand

pytestmark = pytest.mark.django_db


def test_operator_queries_are_taken_as_written():
    assert understand('"bệnh án điện tử" Đà Nẵng') is None
    assert understand("province:48 bệnh án") is None
    assert understand("bệnh án điện tử") is None  # nothing named


def test_expert_query_ranks_the_matching_expert_first_and_explains_it(make_notes):
    make_notes(
        {
            "title": "Hợp tác xã chuyển đổi số thành công",
            "body": "Hợp tác xã chuyển đổi số với sự hỗ trợ của chuyên gia.",
            "kind": "case_study",
        },
        {
            "title": "Trần Thị Bình",
            "body": "Kỹ sư phần mềm bệnh viện. Bệnh án điện tử.",
            "kind": "expert",
            "tags": "y tế, bệnh án điện tử",
        },
        {
            "title": "Nguyễn Văn An",
            "body": "Tư vấn chuyển đổi số cho hợp tác xã nông nghiệp ở đồng bằng.",
            "kind": "expert",
            "tags": "hợp tác xã, nông nghiệp số",
        },
    )
    found = search("chuyên gia chuyển đổi số cho hợp tác xã")
    assert found.intent == "expert"
    assert [hit.fields["title"] for hit in found.results][:2] == [
        "Nguyễn Văn An",
        "Hợp tác xã chuyển đổi số thành công",
    ]
    snippet = str(found.results[0].highlighted)
    assert 'class="search-why"' in snippet
    assert "<mark>hợp tác xã</mark>" in snippet
    assert "search-why" not in str(found.results[1].highlighted or "")  # not an expert


def test_english_expert_query(make_notes):
    make_notes(
        {"title": "Lê Hoa", "body": "Precision agriculture and drones.", "kind": "expert", "tags": "drones"},
        {"title": "Precision agriculture in the Mekong delta", "body": "Precision agriculture report."},
    )
    assert search("expert in precision agriculture").results[0].fields["title"] == "Lê Hoa"


def test_province_in_the_query_boosts_without_filtering(make_notes):
    make_notes(
        {
            "title": "Bệnh án điện tử ở bệnh viện tuyến tỉnh",
            "body": "Triển khai bệnh án điện tử.",
            "province": "01",
        },
        {"title": "Bệnh án điện tử", "body": "Bệnh viện triển khai.", "province": "48"},
        {"title": "Du lịch thông minh", "body": "Đà Nẵng.", "province": "48"},
    )
    found = search("bệnh án điện tử Đà Nẵng")
    titles = [hit.fields["title"] for hit in found.results]
    assert titles[0] == "Bệnh án điện tử"  # in Đà Nẵng
    assert "Bệnh án điện tử ở bệnh viện tuyến tỉnh" in titles  # elsewhere, still found
    assert "Du lịch thông minh" not in titles  # the place alone is not the topic
    assert found.named == {"province": ("48",)}


def test_place_alone_is_still_required(make_notes):
    make_notes(
        {"title": "Du lịch", "province": "48", "body": "Đà Nẵng"}, {"title": "Hà Nội", "province": "01"}
    )
    assert [hit.fields["title"] for hit in search("Đà Nẵng").results] == ["Du lịch"]

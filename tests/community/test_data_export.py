""" "Download my data" holds everything a person put on the platform, at a fixed cost in queries (issue 11)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.events import services as event_services
from community.accounts import services as account_services
from community.challenges import services as challenge_services
from community.forum import services as forum_services
from community.models import Notification, NotificationKind
from community.moderation.services import flag_create
from tests.discussion.factories import comment
from tests.events.factories import make_event
from tests.factories import ExpertProfileFactory, OrganisationFactory, UserFactory, challenge, member
from tests.forum.factories import topic

pytestmark = pytest.mark.django_db

CATEGORIES = [
    "challenges",
    "proposals",
    "challenge_follows",
    "comments",
    "forum_topics",
    "forum_replies",
    "forum_votes",
    "forum_subscriptions",
    "notifications",
    "event_registrations",
    "reports",
]
# The addresses, memberships, invitations, expert profile (with three prefetches), the tags of challenges and
# of questions, and one query per other section: 23, measured. The point is that it does not grow with rows.
MAX_QUERIES = 23


@pytest.fixture
def person(organisation):
    person = member(organisation, email="xuat@example.vn", full_name="Bùi Ngọc Lan")
    ExpertProfileFactory(user=person, headline="Chuyên gia GIS nông nghiệp")
    return person


@pytest.fixture
def elsewhere(db):
    """Another organisation and its member, whose challenges and questions the person answers."""
    other = OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bvdk-thanh-hoa")
    return other, member(other)


def _add_rows(person, organisation, elsewhere, n: int, start: int = 0) -> None:
    """n of everything the person can leave on the platform."""
    other_organisation, other_member = elsewhere
    for i in range(start, start + n):
        mine = challenge(
            organisation,
            person,
            title=f"Số hóa hồ sơ hợp tác xã chè số {i}",
            expected_outcome=f"Kết quả mong đợi {i}",
        )
        theirs = challenge(other_organisation, other_member, title=f"Liên thông bệnh án điện tử đợt {i}")
        challenge_services.solution_create(
            challenge=theirs,
            author=person,
            title=f"Đề xuất chuẩn dữ liệu {i}",
            summary="Áp dụng chuẩn HL7 FHIR cho dữ liệu khám chữa bệnh giữa các tuyến.",
            approach="Khảo sát hiện trạng, chọn bộ dữ liệu tối thiểu, thí điểm ở năm trạm y tế xã rồi mở rộng.",
        )
        challenge_services.challenge_follow(challenge=theirs, user=person)
        comment(person, theirs, body=f"Bình luận của tôi số {i}")
        comment(other_member, mine)
        their_topic = topic(other_member, title=f"Nên bắt đầu chuyển đổi số ở trạm y tế từ đâu, đợt {i}?")
        topic(person, title=f"Câu hỏi của tôi về dữ liệu đất đai, đợt {i}?")
        forum_services.reply_create(
            topic=their_topic, author=person, body=f"Câu trả lời của tôi số {i}: bắt đầu từ bài tự đánh giá."
        )
        forum_services.vote(user=person, target=their_topic)
        forum_services.subscribe(user=person, topic=their_topic)
        flag_create(reporter=person, target=their_topic, reason="spam", note=f"Quảng cáo {i}")
        Notification.objects.create(
            recipient=person,
            kind=NotificationKind.CHALLENGE_STATUS,
            title=f"Thông báo số {i}",
            url="/challenges/",
        )
        event_services.registration_create(event=make_event(capacity=10), user=person)


def _export(person) -> dict:
    return json.loads(account_services.account_export(user=person))


def test_every_category_of_a_persons_data_is_exported(client, person, organisation, elsewhere):
    _add_rows(person, organisation, elsewhere, 2)
    client.force_login(person)
    response = client.get(reverse("community:account_export"))
    assert response.status_code == 200
    data = json.loads(response.content)
    # Posting a challenge or a question follows it too: two of their own and two they chose.
    assert {key: len(data[key]) for key in CATEGORIES} == dict.fromkeys(CATEGORIES, 2) | {
        "challenge_follows": 4,
        "forum_subscriptions": 4,
    }
    assert {c["title"] for c in data["challenges"]} == {
        "Số hóa hồ sơ hợp tác xã chè số 0",
        "Số hóa hồ sơ hợp tác xã chè số 1",
    }
    assert data["challenges"][0]["expected_outcome"] == "Kết quả mong đợi 0"
    assert len(data["challenges"][0]["tags"]) == 2 and "bệnh án điện tử" in data["challenges"][0]["tags"]
    assert data["proposals"][0]["title"] == "Đề xuất chuẩn dữ liệu 0"
    assert data["comments"][0]["body"] == "Bình luận của tôi số 0"
    assert data["forum_replies"][1]["body"].startswith("Câu trả lời của tôi số 1")
    assert data["forum_topics"][0]["title"] == "Câu hỏi của tôi về dữ liệu đất đai, đợt 0?"
    assert data["reports"][0]["note"] == "Quảng cáo 0"
    assert data["notifications"][1]["title"] == "Thông báo số 1"
    assert data["event_registrations"][0]["status"] == "registered"
    assert "Liên thông bệnh án điện tử đợt 0" in {f["challenge__title"] for f in data["challenge_follows"]}


def test_nobody_elses_rows_are_exported(person, organisation, elsewhere):
    _add_rows(person, organisation, elsewhere, 1)
    data = _export(person)
    text = json.dumps(data, ensure_ascii=False)
    assert (
        "Xin hỏi đơn vị đã có dữ liệu mẫu" not in text
    )  # the other member's comment on the person's challenge
    assert all(t["title"].startswith("Câu hỏi của tôi") for t in data["forum_topics"])


def test_the_export_costs_the_same_queries_for_one_row_or_many(
    person, organisation, elsewhere, django_assert_max_num_queries
):
    _add_rows(person, organisation, elsewhere, 1)
    with CaptureQueriesContext(connection) as few, django_assert_max_num_queries(MAX_QUERIES):
        small = _export(person)
    _add_rows(person, organisation, elsewhere, 4, start=1)
    with CaptureQueriesContext(connection) as many, django_assert_max_num_queries(MAX_QUERIES):
        large = _export(person)
    assert len(small["forum_replies"]) == 1 and len(large["forum_replies"]) == 5
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_profile_page_lists_every_section_of_the_file(client, person):
    client.force_login(person)
    html = client.get(reverse("community:profile_edit")).content.decode()
    for key in [*CATEGORIES, "account", "expert_profile", "notification_preferences", "attachments"]:
        assert f"<code>{key}</code>" in html
    assert set(account_services.account_export_sections()) >= set(_export(person)) - {"exported_at"}


def test_a_stranger_gets_only_their_own_empty_sections(client, person, organisation, elsewhere):
    _add_rows(person, organisation, elsewhere, 1)
    stranger = UserFactory()
    data = _export(stranger)
    assert all(data[key] == [] for key in CATEGORIES)

"""Imported challenges and proposals go through the challenge services: history, followers, events."""

import json

import pytest
from django.utils import translation

from community.exchange import import_lines
from community.models import Challenge, ChallengeFollow, Notification, NotificationKind, Solution
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHALLENGE = {
    "kind": "challenge", "ref": "ch-h1", "title": "Số hóa hồ sơ bệnh án tại bệnh viện huyện",
    "description": "Bệnh viện huyện cần số hóa hồ sơ bệnh án giấy của mười năm và liên thông với Sở Y tế.",
    "sector": "y-te", "province": "38", "organisation": "Bệnh viện Đa khoa huyện Thọ Xuân",
}  # fmt: skip
EXPERT = {
    "kind": "expert",
    "ref": "exp-h1",
    "name": "TS. Phạm Thu Hà",
    "headline": "Chuyên gia bệnh án điện tử",
}
SOLUTION = {
    "kind": "solution", "ref": "sol-h1", "challenge_ref": "ch-h1", "title": "Lộ trình bệnh án điện tử",
    "description": "Khảo sát hiện trạng, chuẩn hóa dữ liệu theo HL7 FHIR.", "author_ref": "exp-h1",
}  # fmt: skip


def run(*rows):
    with translation.override("en"):
        report = import_lines([json.dumps(row, ensure_ascii=False) for row in rows])
    assert report.ok, report.errors
    return [o.outcome for o in report.outcomes]


def test_an_imported_status_change_is_recorded_in_the_history_and_told_to_followers(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        assert run(CHALLENGE) == ["created"]
    challenge = Challenge.objects.get(import_ref="ch-h1")
    follower = UserFactory()
    ChallengeFollow.objects.create(challenge=challenge, user=follower)
    with django_capture_on_commit_callbacks(execute=True):
        assert run({**CHALLENGE, "status": "closed"}) == ["updated"]
    history = list(challenge.status_changes.order_by("pk").values_list("from_status", "to_status", "note"))
    assert history == [("", "open", "Imported"), ("open", "closed", "Imported")]
    assert Notification.objects.filter(recipient=follower, kind=NotificationKind.CHALLENGE_STATUS).exists()
    # The same line again writes nothing: no new history.
    assert run({**CHALLENGE, "status": "closed"}) == ["unchanged"]
    assert challenge.status_changes.count() == 2


def test_an_imported_proposal_makes_its_author_follow_the_challenge():
    assert run(CHALLENGE, EXPERT, SOLUTION) == ["created", "created", "created"]
    solution = Solution.objects.get(import_ref="sol-h1")
    assert ChallengeFollow.objects.filter(challenge=solution.challenge, user=solution.author).exists()

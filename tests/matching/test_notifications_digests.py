"""Matched-challenge notifications on publishing, and the daily / weekly digests."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from community.challenges.services import challenge_set_status, solution_create
from community.matching.selectors import NOTIFY_TOP
from community.models import (
    Challenge,
    ChallengeFollow,
    ChallengeStatusChange,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from community.notifications.digests import build_digests, digest_window, send_digests
from tests.factories import UserFactory

from .factories import expert_with, finance_challenge

pytestmark = pytest.mark.django_db


def _prefer(user, digest, language="vi"):
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    pref, _ = NotificationPreference.objects.get_or_create(user=user)
    pref.digest = digest
    pref.save()
    return pref


def _backdate(challenge, when):
    Challenge.objects.filter(pk=challenge.pk).update(published_at=when, created_at=when)
    challenge.refresh_from_db()


# --- Notifications when a challenge is published --------------------------------------------------


def test_publishing_tells_the_top_matched_experts_in_app(
    organisation, owner, django_capture_on_commit_callbacks
):
    experts = [
        expert_with(
            name=f"Chuyên Gia {i}",
            skills=["eKYC", "quản trị dữ liệu"],
            sectors=["tai-chinh-ngan-hang"],
            provinces=["01"],
        )
        for i in range(NOTIFY_TOP + 2)
    ]
    weak = expert_with(
        name="Ít Liên Quan", skills=["kế toán"], sectors=["tai-chinh-ngan-hang"], provinces=["96"]
    )
    busy = expert_with(
        name="Bận Rộn",
        skills=["eKYC", "quản trị dữ liệu"],
        sectors=["tai-chinh-ngan-hang"],
        provinces=["01"],
        available=False,
        verified=True,
    )
    with django_capture_on_commit_callbacks(execute=True):
        challenge = finance_challenge(organisation, owner)
    told = Notification.objects.filter(kind=NotificationKind.MATCHED_CHALLENGE)
    assert told.count() == NOTIFY_TOP
    recipients = set(told.values_list("recipient_id", flat=True))
    assert recipients <= {e.user_id for e in experts}
    assert weak.user_id not in recipients and busy.user_id not in recipients
    note = told.first()
    assert note.url == challenge.get_absolute_url()
    assert challenge.title in note.title


def test_reopening_does_not_tell_the_same_experts_twice(
    organisation, owner, django_capture_on_commit_callbacks
):
    expert = expert_with(
        skills=["eKYC", "quản trị dữ liệu"], sectors=["tai-chinh-ngan-hang"], provinces=["01"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        challenge = finance_challenge(organisation, owner, publish=False)
    assert not Notification.objects.filter(kind=NotificationKind.MATCHED_CHALLENGE).exists()
    with django_capture_on_commit_callbacks(execute=True):
        challenge_set_status(challenge=challenge, actor=owner, status="open")
    assert (
        Notification.objects.filter(kind=NotificationKind.MATCHED_CHALLENGE, recipient=expert.user).count()
        == 1
    )
    from community.matching.services import notify_matches_for

    assert notify_matches_for(Challenge.objects.get(pk=challenge.pk)) == 0
    assert (
        Notification.objects.filter(kind=NotificationKind.MATCHED_CHALLENGE, recipient=expert.user).count()
        == 1
    )


def test_matched_notification_is_written_in_the_experts_language(
    organisation, owner, django_capture_on_commit_callbacks
):
    expert = expert_with(
        skills=["eKYC", "quản trị dữ liệu"], sectors=["tai-chinh-ngan-hang"], provinces=["01"]
    )
    expert.user.preferred_language = "en"
    expert.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        finance_challenge(organisation, owner)
    title = Notification.objects.get(recipient=expert.user).title
    assert title.startswith("A new challenge matches your profile")
    assert "shared skills: eKYC" in title


# --- Digests --------------------------------------------------------------------------------------


NOW = timezone.make_aware(dt.datetime(2026, 11, 24, 7, 30))


def test_window_is_the_previous_whole_day_or_week():
    start, end = digest_window("daily", NOW)
    assert (start.day, start.hour, end.day, end.hour) == (23, 0, 24, 0)
    start, end = digest_window("weekly", NOW)
    assert end - start == dt.timedelta(days=7) and end.day == 24
    with pytest.raises(ValueError):
        digest_window("hourly", NOW)


def test_daily_digest_lists_new_matched_challenges_with_reasons_and_unsubscribe(organisation, owner):
    expert = expert_with(
        skills=["eKYC", "quản trị dữ liệu"], sectors=["tai-chinh-ngan-hang"], provinces=["01"]
    )
    pref = _prefer(expert.user, "daily", "en")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, NOW - dt.timedelta(hours=20))  # yesterday
    old = finance_challenge(organisation, owner, title="Thách thức eKYC cũ từ tuần trước")
    _backdate(old, NOW - dt.timedelta(days=3))
    assert send_digests(frequency="daily", now=NOW) == 1
    message = mail.outbox[0]
    assert message.to == [expert.user.email]
    assert message.subject == "[DX Connect] Your daily digest"
    assert challenge.title in message.body and "Thách thức eKYC cũ" not in message.body
    assert "shared skills: eKYC, quản trị dữ liệu" in message.body
    assert f"/notifications/unsubscribe/{pref.unsubscribe_token}/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert pref.unsubscribe_token in message.extra_headers["List-Unsubscribe"]
    html = message.alternatives[0][0]
    assert challenge.title in html and pref.unsubscribe_token in html
    assert "/en/challenges/" in message.body  # links in the reader's language


def test_digest_is_in_the_readers_language(organisation, owner):
    expert = expert_with(skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], provinces=["01"])
    _prefer(expert.user, "daily", "vi")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, NOW - dt.timedelta(hours=20))
    send_digests(frequency="daily", now=NOW)
    body = mail.outbox[0].body
    assert "/en/" not in body
    assert "\n/challenges/" not in body and "/challenges/" in body


def test_no_email_when_nothing_is_new(organisation, owner):
    expert = expert_with(skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    _prefer(expert.user, "daily")
    _prefer(UserFactory(), "daily")
    old = finance_challenge(organisation, owner)
    _backdate(old, NOW - dt.timedelta(days=5))
    assert send_digests(frequency="daily", now=NOW) == 0
    assert mail.outbox == []


def test_digest_is_not_sent_twice_for_the_same_window(organisation, owner):
    expert = expert_with(skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    _prefer(expert.user, "daily")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, NOW - dt.timedelta(hours=20))
    assert send_digests(frequency="daily", now=NOW) == 1
    assert send_digests(frequency="daily", now=NOW + dt.timedelta(hours=3)) == 0
    assert len(mail.outbox) == 1


def test_people_who_chose_another_frequency_or_never_get_nothing(organisation, owner):
    weekly = expert_with(name="Hàng Tuần", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    never = expert_with(name="Không Bao Giờ", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    _prefer(weekly.user, "weekly")
    _prefer(never.user, "none")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, NOW - dt.timedelta(hours=20))
    assert send_digests(frequency="daily", now=NOW) == 0
    assert send_digests(frequency="weekly", now=NOW) == 1
    assert mail.outbox[0].to == [weekly.user.email]


def test_weekly_digest_reports_activity_on_followed_challenges(organisation, owner):
    follower = UserFactory(full_name="Người Theo Dõi")
    _prefer(follower, "weekly", "en")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, NOW - dt.timedelta(days=30))
    ChallengeFollow.objects.create(challenge=challenge, user=follower)
    proposer = expert_with(name="Người Đề Xuất", skills=["eKYC"])
    solution_create(
        challenge=challenge,
        author=proposer.user,
        title="Giải pháp eKYC trọn gói",
        summary="Tóm tắt giải pháp eKYC trọn gói cho quỹ",
        approach="Các bước triển khai chi tiết, từ khảo sát đến vận hành.",
    )
    challenge_set_status(challenge=challenge, actor=owner, status="closed")
    ChallengeStatusChange.objects.filter(challenge=challenge).update(created_at=NOW - dt.timedelta(days=2))
    from community.models import Solution

    Solution.objects.filter(challenge=challenge).update(created_at=NOW - dt.timedelta(days=2))
    digests, _end = build_digests("weekly", NOW)
    mine = next(d for d in digests if d.user == follower)
    assert len(mine.followed) == 1 and mine.followed[0].new_proposals == 1
    assert send_digests(frequency="weekly", now=NOW) >= 1
    body = next(m for m in mail.outbox if m.to == [follower.email]).body
    assert challenge.title in body and "1 new proposal" in body and "now closed" in body


def test_own_actions_are_not_reported_back(organisation, owner):
    _prefer(owner, "weekly")
    challenge = finance_challenge(organisation, owner)
    challenge_set_status(challenge=challenge, actor=owner, status="closed")
    ChallengeStatusChange.objects.filter(challenge=challenge).update(created_at=NOW - dt.timedelta(days=2))
    digests, _end = build_digests("weekly", NOW)
    assert next(d for d in digests if d.user == owner).is_empty


def test_send_digests_command(organisation, owner, capsys):
    expert = expert_with(skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    _prefer(expert.user, "daily")
    challenge = finance_challenge(organisation, owner)
    _backdate(challenge, timezone.now() - dt.timedelta(days=1))
    call_command("send_digests", "--frequency", "daily")
    assert "Sent 1 daily digest" in capsys.readouterr().out
    assert len(mail.outbox) == 1

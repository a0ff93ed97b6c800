"""Every write goes through a service, and notification fan-out runs in a background task after commit,
never inside the request that caused it."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django_tasks import default_task_backend

from community.accounts import services as account_services
from community.challenges import services as svc
from community.forum import tasks as forum_tasks
from community.models import ChallengeFollow, Notification, NotificationKind, NotificationPreference
from community.notifications import receivers
from community.notifications import services as notification_services
from tests.factories import challenge

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_a_status_change_queues_the_followers_fan_out_instead_of_telling_them_in_the_request(
    organisation, owner, org_member, django_capture_on_commit_callbacks
):
    posted = challenge(organisation, org_member)
    assert ChallengeFollow.objects.filter(challenge=posted, user=org_member).exists()
    with override_settings(TASKS=DUMMY_TASKS):
        default_task_backend.clear()
        with django_capture_on_commit_callbacks(execute=True):
            svc.challenge_set_status(challenge=posted, actor=owner, status="in_progress")
        queued = [
            r for r in default_task_backend.results if r.task.func is receivers.tell_followers_of_status.func
        ]
        # the request created nothing: the fan-out waits in the queue with primary keys only
        assert not Notification.objects.filter(kind=NotificationKind.CHALLENGE_STATUS).exists()
        assert len(queued) == 1 and queued[0].args == [posted.pk, owner.pk, False]
        default_task_backend.clear()
    assert receivers.tell_followers_of_status.call(*queued[0].args) == 1
    assert Notification.objects.filter(recipient=org_member, kind=NotificationKind.CHALLENGE_STATUS).exists()


def test_a_fan_out_queued_while_email_is_muted_sends_no_email_from_the_worker(
    organisation, owner, org_member, expert, django_capture_on_commit_callbacks, mailoutbox
):
    posted = challenge(organisation, org_member)
    with override_settings(TASKS=DUMMY_TASKS):
        default_task_backend.clear()
        with notification_services.without_email(), django_capture_on_commit_callbacks(execute=True):
            solution = svc.solution_create(
                challenge=posted,
                author=expert.user,
                title="Chuẩn hóa dữ liệu HL7 FHIR",
                summary="Lộ trình 12 tháng với 5 trạm thí điểm.",
                approach="Cách làm chi tiết " * 5,
            )
        queued = [r for r in default_task_backend.results if r.task.func is receivers.tell_new_proposal.func]
        default_task_backend.clear()
    assert queued[0].args == [solution.pk, True]
    with django_capture_on_commit_callbacks(execute=True):
        assert receivers.tell_new_proposal.call(*queued[0].args) >= 1  # run as the worker would
    assert Notification.objects.filter(recipient=owner, kind=NotificationKind.NEW_PROPOSAL).exists()
    assert not [m for m in mailoutbox if owner.email in m.to]


def test_forum_fan_out_tasks_are_plain_tasks_the_worker_can_import():
    for fan_out in (
        forum_tasks.announce_topic,
        forum_tasks.announce_reply,
        forum_tasks.tell_mentions,
        forum_tasks.tell_answer_accepted,
    ):
        assert fan_out.module_path.startswith("community.forum.tasks.")


def test_reading_all_notifications_goes_through_the_service(client, organisation, owner):
    Notification.objects.create(recipient=owner, kind=NotificationKind.NEW_PROPOSAL, title="a", url="/")
    Notification.objects.create(recipient=owner, kind=NotificationKind.NEW_PROPOSAL, title="b", url="/")
    assert notification_services.notification_mark_all_read(user=owner) == 2
    assert notification_services.notification_mark_all_read(user=owner) == 0


def test_opening_a_notification_twice_keeps_the_first_reading_time(owner):
    note = Notification.objects.create(
        recipient=owner, kind=NotificationKind.NEW_PROPOSAL, title="a", url="/"
    )
    first = notification_services.notification_mark_read(notification=note).read_at
    assert first is not None
    assert notification_services.notification_mark_read(notification=note).read_at == first


def test_notification_settings_are_saved_by_the_service_and_reject_an_unknown_frequency(client, owner):
    client.force_login(owner)
    response = client.post(reverse("community:notification_settings"), {"digest": "daily"})
    assert response.status_code == 302
    preference = NotificationPreference.for_user(owner)
    assert (preference.email_immediate, preference.digest) == (False, "daily")
    with pytest.raises(ValidationError):
        notification_services.notification_preference_update(
            user=owner, email_immediate=True, digest="hourly"
        )
    preference.refresh_from_db()
    assert preference.digest == "daily"


def test_unsubscribing_turns_off_every_email(owner):
    preference = NotificationPreference.for_user(owner)
    notification_services.notification_unsubscribe(preference=preference)
    preference.refresh_from_db()
    assert (preference.email_immediate, preference.digest) == (False, "none")


def test_profile_update_cleans_the_name_and_refuses_an_unknown_language(user):
    account_services.user_profile_update(user=user, full_name="  Nguyễn   Văn  An ", preferred_language="en")
    user.refresh_from_db()
    assert (user.full_name, user.preferred_language) == ("Nguyễn Văn An", "en")
    with pytest.raises(ValidationError) as caught:
        account_services.user_profile_update(user=user, full_name="Nguyễn Văn An", preferred_language="fr")
    assert "preferred_language" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        account_services.user_profile_update(user=user, full_name=" x ", preferred_language="vi")
    assert "full_name" in caught.value.message_dict


# --- rate limits: one decorator on the services that post, counted only when a view asks -------------


def test_a_service_counts_its_rate_limit_only_when_asked(organisation, org_member):
    from community.core.ratelimit import LIMITS, RateLimited

    org_member.date_joined = org_member.date_joined.replace(year=2000)  # an established account
    org_member.save(update_fields=["date_joined"])
    limit = LIMITS["challenge"][0]
    for n in range(limit + 2):  # seeding and imports call the service freely
        challenge(organisation, org_member, title=f"Thách thức không giới hạn số {n}")
    for n in range(limit):
        challenge(organisation, org_member, title=f"Thách thức có giới hạn số {n}", rate_limit=True)
    before = organisation.challenges.count()
    with pytest.raises(ValidationError) as caught:  # a RateLimited: forms show its message like any other
        challenge(organisation, org_member, title="Thách thức một lần quá nhiều", rate_limit=True)
    assert isinstance(caught.value, RateLimited)
    assert str(limit) in caught.value.message
    assert organisation.challenges.count() == before  # refused before any write


def test_every_posting_service_carries_its_limit():
    from community.challenges import services as challenge_services
    from community.discussion import services as discussion_services
    from community.forum import services as forum_services
    from community.moderation import services as moderation_services

    assert {
        f.rate_limit_action
        for f in (
            challenge_services.challenge_create,
            challenge_services.solution_create,
            challenge_services.expert_invite,
            forum_services.topic_create,
            forum_services.reply_create,
            discussion_services.comment_create,
            moderation_services.flag_create,
        )
    } == {"challenge", "solution", "invite_expert", "topic", "reply", "comment", "flag"}

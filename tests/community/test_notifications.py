"""Notifications: who is told what, the bell, reading, e-mail with one-click unsubscribe, live push."""

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.core import mail
from django.urls import reverse

from community.challenges import services as svc
from community.models import Notification, NotificationKind, NotificationPreference
from tests.factories import ExpertProfileFactory, challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def posted(organisation, org_member):
    return challenge(organisation, org_member)


def _propose(posted, author):
    return svc.solution_create(
        challenge=posted,
        author=author,
        title="Chuẩn hóa dữ liệu HL7 FHIR",
        summary="Lộ trình 12 tháng với 5 trạm thí điểm.",
        approach="Cách làm chi tiết " * 5,
    )


def test_owner_is_told_of_a_new_proposal_in_their_language_and_by_email(
    posted, owner, expert, django_capture_on_commit_callbacks
):
    owner.preferred_language = "en"
    owner.save()
    with django_capture_on_commit_callbacks(execute=True):
        _propose(posted, expert.user)
    note = Notification.objects.get(recipient=owner)
    assert note.kind == NotificationKind.NEW_PROPOSAL
    assert note.title.startswith("New proposal on")
    sent = [m for m in mail.outbox if owner.email in m.to]
    assert len(sent) == 1
    assert "/notifications/unsubscribe/" in sent[0].body
    assert sent[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_author_is_told_of_the_decision_and_followers_of_the_status_change(
    posted, owner, org_member, expert, django_capture_on_commit_callbacks
):
    solution = _propose(posted, expert.user)
    with django_capture_on_commit_callbacks(execute=True):
        svc.solution_decide(
            solution=solution, actor=owner, decision="selected", feedback="Phương án rõ ràng."
        )
    assert Notification.objects.filter(recipient=expert.user, kind=NotificationKind.PROPOSAL_DECIDED).exists()
    # org_member posted and follows the challenge; the owner acted and is not told of their own change
    assert Notification.objects.filter(recipient=org_member, kind=NotificationKind.CHALLENGE_STATUS).exists()
    assert not Notification.objects.filter(recipient=owner, kind=NotificationKind.CHALLENGE_STATUS).exists()


def test_bell_shows_the_unread_count_and_read_all_clears_it(
    client, posted, owner, expert, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _propose(posted, expert.user)
    client.force_login(owner)
    body = client.get(reverse("community:notification_list")).content.decode()
    assert "data-bell-count >1</span>" in body
    client.post(reverse("community:notification_read_all"))
    assert not Notification.objects.filter(recipient=owner, read_at=None).exists()


def test_nobody_opens_someone_elses_notification(
    client, posted, owner, expert, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _propose(posted, expert.user)
    note = Notification.objects.get(recipient=owner)
    client.force_login(user)
    assert client.post(reverse("community:notification_open", args=[note.pk])).status_code == 404
    client.force_login(owner)
    response = client.post(reverse("community:notification_open", args=[note.pk]))
    assert response.status_code == 302
    note.refresh_from_db()
    assert note.read_at is not None


def test_one_click_unsubscribe_stops_emails(client, posted, owner, django_capture_on_commit_callbacks):

    token = NotificationPreference.for_user(owner).unsubscribe_token
    url = reverse("community:notifications_unsubscribe", args=[token])
    assert client.get(url).status_code == 200
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 204
    assert NotificationPreference.for_user(owner).email_immediate is False
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _propose(posted, ExpertProfileFactory().user)
    assert Notification.objects.filter(recipient=owner).exists()
    assert not [m for m in mail.outbox if owner.email in m.to]
    assert client.get(reverse("community:notifications_unsubscribe", args=["wrong"])).status_code == 404


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("reference_data")
async def test_a_new_notification_is_pushed_to_the_open_page():
    from config.asgi import application
    from tests.factories import OrganisationFactory, member
    from tests.test_websocket import _session_cookie_for

    organisation = await sync_to_async(OrganisationFactory)()
    owner = await sync_to_async(member)(organisation, "owner")
    poster = await sync_to_async(member)(organisation, "member")
    proposer = await sync_to_async(lambda: ExpertProfileFactory().user)()
    posted = await sync_to_async(challenge)(organisation, poster)
    comm = WebsocketCommunicator(
        application,
        "/ws/notifications/",
        headers=[(b"origin", b"http://testserver"), (b"cookie", (await _session_cookie_for(owner)).encode())],
    )
    connected, _ = await comm.connect()
    assert connected
    await sync_to_async(_propose)(posted, proposer)
    message = await comm.receive_json_from(timeout=3)
    assert message["type"] == "notification"
    assert "Chuẩn hóa dữ liệu HL7 FHIR" in message["notification"]["title"]
    await comm.disconnect()

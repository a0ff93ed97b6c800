"""The notifications websocket: signed-in people only, from allowed origins, their own group only.

Every test runs twice: on the in-memory channel layer (`make run`) and on the Redis layer
(production). The Redis run needs a server: TEST_REDIS_URL, REDIS_URL, or redis://127.0.0.1:6379/0.
"""

import os
import socket
import uuid
from urllib.parse import urlparse

import pytest
from asgiref.sync import sync_to_async
from channels.layers import channel_layers, get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from community.models import NotificationKind
from community.notifications.consumers import user_group
from community.notifications.services import notify
from config.asgi import application
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("reference_data")]

# TEST_REDIS_URL lets a run keep its channel-layer tests away from another run's Redis database.
REDIS_URL = os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def _redis_answers(url: str) -> bool:
    parts = urlparse(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(params=["in-memory", "redis"])
def layer(request, settings):
    """Point Channels at the requested layer for one test, then put the configured one back."""
    if request.param == "redis":
        if not _redis_answers(REDIS_URL):
            pytest.skip(
                f"no Redis server answers at {REDIS_URL}: set REDIS_URL to run the Redis channel layer tests"
            )
        settings.CHANNEL_LAYERS = {
            "default": {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                # A prefix of its own so parallel runs and the dev server never share groups.
                "CONFIG": {"hosts": [REDIS_URL], "prefix": f"dx-test-{uuid.uuid4().hex[:8]}"},
            }
        }
    else:
        settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    channel_layers.backends.clear()
    yield request.param
    channel_layers.backends.clear()


@sync_to_async
def _session_cookie_for(user) -> str:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _communicator(cookie: str | None = None, origin: bytes = b"http://testserver"):
    headers = [(b"origin", origin)]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    return WebsocketCommunicator(application, "/ws/notifications/", headers=headers)


async def test_anonymous_connection_is_refused(layer):
    connected, code = await _communicator().connect()
    assert not connected
    assert code == 4401


async def test_foreign_origin_is_refused(layer):
    user = await sync_to_async(UserFactory)()
    cookie = await _session_cookie_for(user)
    connected, _ = await _communicator(cookie, origin=b"https://evil.example.com").connect()
    assert not connected


async def test_deactivated_account_is_refused(layer):
    user = await sync_to_async(UserFactory)()
    cookie = await _session_cookie_for(user)
    user.is_active = False
    await sync_to_async(user.save)()
    connected, _ = await _communicator(cookie).connect()
    assert not connected


async def test_signed_in_user_receives_only_their_own_notifications(layer):
    alice = await sync_to_async(UserFactory)()
    bob = await sync_to_async(UserFactory)()
    comm = _communicator(await _session_cookie_for(alice))
    connected, _ = await comm.connect()
    assert connected
    channel_layer = get_channel_layer()
    await channel_layer.group_send(
        user_group(bob.pk), {"type": "notify", "notification": {"text": "for bob"}}
    )
    await channel_layer.group_send(
        user_group(alice.pk), {"type": "notify", "notification": {"text": "for alice"}}
    )
    message = await comm.receive_json_from(timeout=3)
    assert message == {"type": "notification", "notification": {"text": "for alice"}}
    assert await comm.receive_nothing(timeout=0.3)
    await comm.disconnect()


async def test_every_open_page_of_a_person_gets_the_push(layer):
    alice = await sync_to_async(UserFactory)()
    cookie = await _session_cookie_for(alice)
    first, second = _communicator(cookie), _communicator(cookie)
    assert (await first.connect())[0] and (await second.connect())[0]
    await get_channel_layer().group_send(user_group(alice.pk), {"type": "notify", "notification": {"n": 1}})
    assert (await first.receive_json_from(timeout=3))["notification"] == {"n": 1}
    assert (await second.receive_json_from(timeout=3))["notification"] == {"n": 1}
    await first.disconnect()
    await second.disconnect()


async def test_a_notification_created_by_the_site_is_pushed_after_commit(layer):
    """The whole path: notify() saves, and after commit the layer carries it to the open page."""
    alice = await sync_to_async(UserFactory)(preferred_language="en")
    actor = await sync_to_async(UserFactory)()
    comm = _communicator(await _session_cookie_for(alice))
    assert (await comm.connect())[0]
    notification = await sync_to_async(notify)(
        recipient=alice,
        kind=NotificationKind.MENTION,
        actor=actor,
        url="/forum/",
        title_builder=lambda: "You were mentioned",
    )
    message = await comm.receive_json_from(timeout=3)
    assert message["type"] == "notification"
    assert message["notification"]["id"] == notification.pk
    assert message["notification"]["title"] == "You were mentioned"
    await comm.disconnect()


async def test_ping_answers_pong_and_disconnect_leaves_the_group(layer):
    alice = await sync_to_async(UserFactory)()
    comm = _communicator(await _session_cookie_for(alice))
    assert (await comm.connect())[0]
    await comm.send_json_to({"type": "ping"})
    assert await comm.receive_json_from(timeout=3) == {"type": "pong"}
    await comm.disconnect()
    # A second page opened later still receives; the closed one is gone from the group.
    later = _communicator(await _session_cookie_for(alice))
    assert (await later.connect())[0]
    await get_channel_layer().group_send(user_group(alice.pk), {"type": "notify", "notification": {"n": 2}})
    assert (await later.receive_json_from(timeout=3))["notification"] == {"n": 2}
    await later.disconnect()


@pytest.mark.parametrize(
    "frame",
    [
        {"text_data": "this is not json"},
        {"text_data": "[1, 2, 3]"},
        {"text_data": "42"},
        {"text_data": '"ping"'},
        {"text_data": '{"type": '},
        {"bytes_data": b"\x00\x01binary"},
    ],
)
async def test_a_frame_that_is_not_a_json_object_is_ignored_without_an_error_log(layer, caplog, frame):
    alice = await sync_to_async(UserFactory)()
    comm = _communicator(await _session_cookie_for(alice))
    assert (await comm.connect())[0]
    caplog.clear()
    with caplog.at_level("DEBUG"):
        await comm.send_to(**frame)
        assert await comm.receive_nothing(timeout=0.3)
        # The socket is still open and still answers.
        await comm.send_json_to({"type": "ping"})
        assert await comm.receive_json_from(timeout=3) == {"type": "pong"}
    assert [
        record.getMessage()
        for record in caplog.records
        if record.levelname in {"WARNING", "ERROR", "CRITICAL"}
    ] == []
    await comm.disconnect()

"""The notifications websocket: signed-in people only, from allowed origins, their own group only."""

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from community.consumers import user_group
from config.asgi import application
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("reference_data")]


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


async def test_anonymous_connection_is_refused():
    connected, _ = await _communicator().connect()
    assert not connected


async def test_foreign_origin_is_refused():
    user = await sync_to_async(UserFactory)()
    cookie = await _session_cookie_for(user)
    connected, _ = await _communicator(cookie, origin=b"https://evil.example.com").connect()
    assert not connected


async def test_signed_in_user_receives_only_their_own_notifications():
    alice = await sync_to_async(UserFactory)()
    bob = await sync_to_async(UserFactory)()
    comm = _communicator(await _session_cookie_for(alice))
    connected, _ = await comm.connect()
    assert connected
    layer = get_channel_layer()
    await layer.group_send(user_group(bob.pk), {"type": "notify", "notification": {"text": "for bob"}})
    await layer.group_send(user_group(alice.pk), {"type": "notify", "notification": {"text": "for alice"}})
    message = await comm.receive_json_from(timeout=2)
    assert message == {"type": "notification", "notification": {"text": "for alice"}}
    assert await comm.receive_nothing(timeout=0.2)
    await comm.disconnect()

"""Websocket consumers: each signed-in person listens on a group of their own."""

import json

from channels.generic.websocket import AsyncJsonWebsocketConsumer


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


class NotificationConsumer(AsyncJsonWebsocketConsumer):
    """Pushes a person's notifications to their open pages; anonymous connections are refused."""

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            await self.close(code=4401)
            return
        self.group = user_group(user.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "group", None):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        """Only a JSON object is a message; anything else a page (or a prober) sends is ignored.

        Channels' JSON consumer raised on such a frame: the socket closed with 1011 and a traceback was
        logged per frame, so one client could fill the logs."""
        if text_data is None:
            return
        try:
            content = json.loads(text_data)
        except ValueError:
            return
        if isinstance(content, dict):
            await self.receive_json(content, **kwargs)

    async def receive_json(self, content, **kwargs):
        if content.get("type") == "ping":
            await self.send_json({"type": "pong"})

    async def notify(self, event):
        await self.send_json({"type": "notification", "notification": event.get("notification", {})})

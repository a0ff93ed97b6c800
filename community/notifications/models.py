"""In-app notifications and each person's choices about e-mail."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    NEW_PROPOSAL = "new_proposal", _("New proposal on my challenge")
    PROPOSAL_DECIDED = "proposal_decided", _("Decision on my proposal")
    EXPERT_INVITED = "expert_invited", _("Invitation to a challenge")
    INVITATION_ANSWERED = "invitation_answered", _("Answer to my invitation")
    CHALLENGE_STATUS = "challenge_status", _("Status change of a followed challenge")
    MATCHED_CHALLENGE = "matched_challenge", _("New challenge matching my profile")
    TOPIC_REPLY = "topic_reply", _("Reply to my topic or a topic I follow")
    MENTION = "mention", _("Mention of me")
    NEW_COMMENT = "new_comment", _("Comment on my challenge or proposal")
    MODERATION = "moderation", _("Message from the moderators")
    EVENT = "event", _("News about an event I registered for")


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices)
    # Written in the recipient's language when created, so lists and e-mails need no lookups.
    title = models.CharField(max_length=300)
    url = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return self.title

    def as_payload(self) -> dict:
        return {
            "id": self.pk,
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "created_at": self.created_at.isoformat(),
        }


def _token() -> str:
    return secrets.token_urlsafe(24)


class DigestFrequency(models.TextChoices):
    NONE = "none", _("Never")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class NotificationPreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_immediate = models.BooleanField(
        _("e-mail me at once about invitations, decisions and proposals"), default=True
    )
    digest = models.CharField(
        _("digest of matched challenges and followed activity"),
        max_length=10,
        choices=DigestFrequency.choices,
        default=DigestFrequency.WEEKLY,
    )
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=_token, editable=False)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user}: {self.digest}"

    @classmethod
    def for_user(cls, user) -> NotificationPreference:
        """A person's preferences, created with the defaults the first time they are asked for."""
        preference, _created = cls.objects.get_or_create(user=user)
        return preference

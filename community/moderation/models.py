"""Flags raised by members, and every action moderators take (the audit log)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from community.core import groups

MODERATORS_GROUP = groups.COMMUNITY_MODERATORS


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abuse or harassment")
    OFF_TOPIC = "off_topic", _("Off-topic")
    MISINFORMATION = "misinformation", _("Misinformation")
    PERSONAL_DATA = "personal_data", _("Personal data shown without consent")
    OTHER = "other", _("Something else")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACTIONED = "actioned", _("Content hidden")
    DISMISSED = "dismissed", _("Dismissed")


class Flag(models.Model):
    """One member's report of one item. Targets are any model in moderation.registry (all have `is_hidden`)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags_raised"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    note = models.CharField(_("details for the moderators"), max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "reporter"], name="one_flag_per_item_and_reporter"
            )
        ]
        indexes = [models.Index(fields=["status", "content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} · {self.content_type.model} {self.object_id}"


class ActionKind(models.TextChoices):
    HIDE = "hide", _("Hid content")
    RESTORE = "restore", _("Restored content")
    DISMISS = "dismiss", _("Dismissed flags")
    DELETE = "delete", pgettext_lazy("moderation action", "Deleted a comment")
    WARN = "warn", _("Warned a member")
    SUSPEND = "suspend", _("Suspended a member")
    UNSUSPEND = "unsuspend", _("Lifted a suspension")


class ModerationAction(models.Model):
    """The audit log: who did what to which item or person, when, and why. Rows are never edited."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="moderation_actions",
        verbose_name=_("moderator"),
    )
    action = models.CharField(_("action"), max_length=12, choices=ActionKind.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    # Kept as text too, so the log still reads well after the item is gone.
    target_label = models.CharField(_("item"), max_length=200, blank=True)
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="moderation_received",
        verbose_name=_("member"),
    )
    message = models.TextField(_("reason or message"), blank=True)
    suspended_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    # Stable key of demo rows (seed_demo upserts by it).
    import_ref = models.CharField(max_length=100, unique=True, null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        indexes = [models.Index(fields=["action", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.target_label}"

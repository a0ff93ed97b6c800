"""Writes of the moderation app: flags, and moderators' actions, each recorded in the audit log."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.core.ratelimit import rate_limited
from community.moderation import permissions, registry
from community.moderation.models import ActionKind, Flag, FlagReason, FlagStatus, ModerationAction
from community.moderation.tasks import send_moderation_email
from community.notifications.models import NotificationKind
from community.notifications.services import email_muted, notify, without_email

ALREADY_FLAGGED = gettext_lazy("You have already reported this. The moderators will look at it.")
NOTE_TOO_LONG = gettext_lazy("Keep the details under %(limit)d characters.")
NOTE_REQUIRED = gettext_lazy("Tell the moderators what is wrong when you choose “Something else”.")
MESSAGE_REQUIRED = gettext_lazy("Write the message the member will receive.")
BAD_DAYS = gettext_lazy("Choose a suspension between 1 and 365 days.")
CANNOT_SUSPEND = gettext_lazy("Staff members and your own account cannot be suspended here.")
MAX_NOTE = 500
MAX_DAYS = 365


def record_action(
    *,
    moderator,
    action: str,
    target=None,
    target_user=None,
    message: str = "",
    suspended_until=None,
    import_ref: str | None = None,
) -> ModerationAction:
    return ModerationAction.objects.create(
        moderator=moderator,
        action=action,
        content_type=ContentType.objects.get_for_model(target) if target is not None else None,
        object_id=target.pk if target is not None else None,
        target_label=registry.title_of(target)[:200] if target is not None else "",
        target_user=target_user,
        message=message,
        suspended_until=suspended_until,
        import_ref=import_ref,
    )


# --- Flags -------------------------------------------------------------------------------------------


def flag_exists(*, reporter, target) -> bool:
    return Flag.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk, reporter=reporter
    ).exists()


@rate_limited("flag", actor="reporter")
def flag_create(*, reporter, target, reason: str, note: str = "") -> Flag:
    if not permissions.can_flag(reporter, target):
        raise PermissionDenied
    note = " ".join((note or "").split())
    errors = {}
    if reason not in FlagReason.values:
        errors["reason"] = _("Choose a reason.")
    if len(note) > MAX_NOTE:
        errors["note"] = NOTE_TOO_LONG % {"limit": MAX_NOTE}
    elif reason == FlagReason.OTHER and not note:
        errors["note"] = NOTE_REQUIRED
    if errors:
        raise ValidationError(errors)
    if flag_exists(reporter=reporter, target=target):
        raise ValidationError(ALREADY_FLAGGED)
    try:
        with transaction.atomic():
            return Flag.objects.create(
                content_type=ContentType.objects.get_for_model(target),
                object_id=target.pk,
                reporter=reporter,
                reason=reason,
                note=note,
            )
    except IntegrityError as exc:  # a double click raced the check above
        raise ValidationError(ALREADY_FLAGGED) from exc


def _resolve_flags(target, *, moderator, status: str) -> int:
    return Flag.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk, status=FlagStatus.OPEN
    ).update(status=status, resolved_at=timezone.now(), resolved_by=moderator)


# --- Actions on content ------------------------------------------------------------------------------


def _require_moderator(user) -> None:
    if not permissions.can_moderate(user):
        raise PermissionDenied


def _set_hidden(target, hidden: bool) -> None:
    # save() (not a queryset update) so post_save re-indexes: hidden items leave the search index.
    target.is_hidden = hidden
    target.save(update_fields=["is_hidden"])


@transaction.atomic
def hide(*, moderator, target, reason: str = "") -> ModerationAction:
    """Hide the item from everyone but moderators (and its own organisation, for a challenge); close its flags."""
    _require_moderator(moderator)
    _set_hidden(target, True)
    _resolve_flags(target, moderator=moderator, status=FlagStatus.ACTIONED)
    author = registry.author_of(target)
    action = record_action(
        moderator=moderator, action=ActionKind.HIDE, target=target, target_user=author, message=reason
    )
    if author is not None:
        title = registry.title_of(target)
        notify(
            recipient=author,
            kind=NotificationKind.MODERATION,
            actor=None,
            url=_notice_url(action),
            title_builder=lambda: _("A moderator hid your content “%(title)s”") % {"title": title[:120]},
        )
    return action


@transaction.atomic
def restore(*, moderator, target, reason: str = "") -> ModerationAction:
    _require_moderator(moderator)
    _set_hidden(target, False)
    _resolve_flags(target, moderator=moderator, status=FlagStatus.DISMISSED)
    return record_action(
        moderator=moderator,
        action=ActionKind.RESTORE,
        target=target,
        target_user=registry.author_of(target),
        message=reason,
    )


@transaction.atomic
def dismiss(*, moderator, target, reason: str = "") -> ModerationAction:
    """The flags were not right: close them and leave the item as it is."""
    _require_moderator(moderator)
    _resolve_flags(target, moderator=moderator, status=FlagStatus.DISMISSED)
    return record_action(
        moderator=moderator,
        action=ActionKind.DISMISS,
        target=target,
        target_user=registry.author_of(target),
        message=reason,
    )


# --- Actions on people -------------------------------------------------------------------------------


def _notice_url(action: ModerationAction) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("moderation:notice", kwargs={"pk": action.pk})


def _tell(member, action: ModerationAction, title_builder) -> None:
    """An in-app notification, and an e-mail carrying the moderator's own words (sent whatever the
    member's e-mail choices: a warning or a suspension is a service message, not news)."""
    with without_email():
        notify(
            recipient=member,
            kind=NotificationKind.MODERATION,
            actor=None,
            url=_notice_url(action),
            title_builder=title_builder,
        )
    if not email_muted():  # demo seeding and imports send no e-mail
        transaction.on_commit(lambda: send_moderation_email.enqueue(action.pk), robust=True)


@transaction.atomic
def warn(*, moderator, member, message: str, target=None) -> ModerationAction:
    _require_moderator(moderator)
    message = (message or "").strip()
    if not message:
        raise ValidationError({"message": MESSAGE_REQUIRED})
    action = record_action(
        moderator=moderator, action=ActionKind.WARN, target=target, target_user=member, message=message
    )
    _tell(
        member, action, lambda: _("A message from the moderators: %(message)s") % {"message": message[:200]}
    )
    return action


@transaction.atomic
def suspend(*, moderator, member, days: int, message: str, target=None) -> ModerationAction:
    if not permissions.can_suspend(moderator, member):
        raise ValidationError(CANNOT_SUSPEND)
    message = (message or "").strip()
    errors = {}
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        errors["days"] = BAD_DAYS
    if not message:
        errors["message"] = MESSAGE_REQUIRED
    if errors:
        raise ValidationError(errors)
    until = timezone.now() + timedelta(days=days)
    member.suspended_until = until
    member.save(update_fields=["suspended_until"])
    action = record_action(
        moderator=moderator,
        action=ActionKind.SUSPEND,
        target=target,
        target_user=member,
        message=message,
        suspended_until=until,
    )

    def title():
        return _("Your account is suspended until %(date)s: you can read, but not post") % {
            "date": formats.date_format(timezone.localtime(until), "SHORT_DATE_FORMAT")
        }

    _tell(member, action, title)
    return action


@transaction.atomic
def unsuspend(*, moderator, member, message: str = "") -> ModerationAction:
    _require_moderator(moderator)
    member.suspended_until = None
    member.save(update_fields=["suspended_until"])
    action = record_action(
        moderator=moderator, action=ActionKind.UNSUSPEND, target_user=member, message=(message or "").strip()
    )
    with without_email():
        notify(
            recipient=member,
            kind=NotificationKind.MODERATION,
            actor=None,
            url=_notice_url(action),
            title_builder=lambda: _("Your suspension is lifted: you can post again"),
        )
    return action


def backdate(*, flags=(), actions=(), created_at=None, resolved_at=None) -> None:
    """Give flags and actions just written through the services the dates of the history they stand for
    (the demo's moderation queue): when they were made and, for flags, resolved."""
    if created_at is not None:
        Flag.objects.filter(pk__in=[f.pk for f in flags]).update(created_at=created_at)
        ModerationAction.objects.filter(pk__in=[a.pk for a in actions]).update(created_at=created_at)
    if resolved_at is not None:
        Flag.objects.filter(pk__in=[f.pk for f in flags]).update(resolved_at=resolved_at)

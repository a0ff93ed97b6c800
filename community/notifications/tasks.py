"""Background tasks of notifications: the immediate e-mail and the digests (Django's task framework)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from community.notifications import digests
from community.notifications.models import Notification, NotificationPreference


@task()
def send_notification_email(notification_id: int) -> None:
    notification = Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    if notification is None or not notification.recipient.is_active:
        return
    preference = NotificationPreference.for_user(notification.recipient)
    if not preference.email_immediate:
        return
    with translation.override(notification.recipient.preferred_language or settings.LANGUAGE_CODE):
        unsubscribe = settings.SITE_URL + reverse(
            "community:notifications_unsubscribe", args=[preference.unsubscribe_token]
        )
        context = {
            "notification": notification,
            "link": settings.SITE_URL + notification.url,
            "unsubscribe_url": unsubscribe,
            "site_url": settings.SITE_URL,
        }
        body = render_to_string("community/email/notification_body.txt", context)
    message = EmailMessage(
        subject=f"[DX Connect] {notification.title}"[:200],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.recipient.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()


@task()
def send_digests(frequency: str) -> int:
    """E-mail the daily or weekly digest to everyone who chose that frequency; returns how many were sent."""
    return digests.send_digests(frequency=frequency)

"""Background tasks of the community app (Django's task framework, django-tasks backport)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def send_invitation_email(invitation_id: int) -> None:
    from community.models import Invitation

    invitation = Invitation.objects.select_related("organisation", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or not invitation.is_pending:
        return
    lang = getattr(invitation.invited_by, "preferred_language", None) or settings.LANGUAGE_CODE
    with translation.override(lang):
        context = {
            "invitation": invitation,
            "accept_url": settings.SITE_URL + invitation.get_absolute_url(),
            "site_url": settings.SITE_URL,
        }
        subject = render_to_string("community/email/invitation_subject.txt", context).strip()
        body = render_to_string("community/email/invitation_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email])


@task()
def send_notification_email(notification_id: int) -> None:
    from community.models import Notification
    from community.notifications import preferences_for

    notification = Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    if notification is None or not notification.recipient.is_active:
        return
    preference = preferences_for(notification.recipient)
    if not preference.email_immediate:
        return
    from django.core.mail import EmailMessage
    from django.urls import reverse

    with translation.override(notification.recipient.preferred_language or settings.LANGUAGE_CODE):
        unsubscribe = settings.SITE_URL + reverse("community:notifications_unsubscribe",
                                                  args=[preference.unsubscribe_token])
        context = {"notification": notification, "link": settings.SITE_URL + notification.url,
                   "unsubscribe_url": unsubscribe, "site_url": settings.SITE_URL}
        body = render_to_string("community/email/notification_body.txt", context)
    message = EmailMessage(subject=f"[DX Connect] {notification.title}"[:200], body=body,
                           from_email=settings.DEFAULT_FROM_EMAIL, to=[notification.recipient.email],
                           headers={"List-Unsubscribe": f"<{unsubscribe}>",
                                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
    message.send()


@task()
def notify_matched_experts(challenge_id: int) -> int:
    """Tell the best-matched experts of a newly published challenge (in-app; the digest e-mails it later)."""
    from community.matching import notify_matches_for
    from community.models import Challenge

    challenge = (Challenge.objects.select_related("organisation", "sector", "province").prefetch_related("tags")
                 .filter(pk=challenge_id).first())
    if challenge is None:
        return 0
    return notify_matches_for(challenge)


@task()
def send_digests(frequency: str) -> int:
    """E-mail the daily or weekly digest to everyone who chose that frequency; returns how many were sent."""
    from community.digests import send_digests as run

    return run(frequency=frequency)

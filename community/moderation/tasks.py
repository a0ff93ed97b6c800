"""Background tasks of the moderation app: the e-mail that carries a moderator's message."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from community.moderation.models import ModerationAction


@task()
def send_moderation_email(action_id: int) -> None:
    action = ModerationAction.objects.select_related("target_user").filter(pk=action_id).first()
    member = action.target_user if action else None
    if member is None or not member.is_active or not member.email:
        return
    with translation.override(member.preferred_language or settings.LANGUAGE_CODE):
        context = {
            "action": action,
            "member": member,
            "site_url": settings.SITE_URL,
            "link": settings.SITE_URL + reverse("moderation:notice", kwargs={"pk": action.pk}),
        }
        subject = render_to_string("moderation/email/message_subject.txt", context).strip()
        body = render_to_string("moderation/email/message_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split())[:200],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[member.email],
    ).send()

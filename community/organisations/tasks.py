"""Background tasks of organisations: the invitation e-mail (Django's task framework, django-tasks backport)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from community.organisations.models import Invitation


@task()
def send_invitation_email(invitation_id: int) -> None:
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by").filter(pk=invitation_id).first()
    )
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

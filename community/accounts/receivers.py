"""Reactions to allauth events (invitations waiting for a person who signs in) and to challenge changes."""

from allauth.account.signals import email_confirmed, user_logged_in
from django.contrib import messages
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from community.challenges.models import Solution
from community.organisations.services import pending_invitations_for
from search.api import schedule_update


def _announce_invitations(request, user):
    invitations = pending_invitations_for(user)
    if invitations and request is not None:
        messages.info(
            request,
            _("You have %(count)d invitation(s) to join an organisation. See your dashboard.")
            % {"count": len(invitations)},
        )


@receiver(user_logged_in)
def on_login(sender, request, user, **kwargs):
    _announce_invitations(request, user)


@receiver(email_confirmed)
def on_email_confirmed(sender, request, email_address, **kwargs):
    if request is not None and getattr(request, "user", None) and request.user.is_authenticated:
        _announce_invitations(request, request.user)


@receiver(post_save, sender="community.Challenge")
def reindex_proposals(sender, instance, created, **kwargs):
    """A challenge's proposals are found only while it is published and shown: re-read them with it."""
    if created:
        return

    for solution in Solution.objects.filter(challenge=instance).only("pk"):
        schedule_update(solution)

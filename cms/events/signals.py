"""Reactions to Wagtail's page events: places added by an organiser go to the waiting list at once."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage, RegistrationStatus
from .services import fill_free_places


@receiver(page_published, dispatch_uid="events-fill-free-places")
def on_event_published(sender, instance, **kwargs):

    if not isinstance(instance, EventPage):
        return
    event = instance.registration_page
    if event.registrations.filter(status=RegistrationStatus.WAITLISTED).exists():
        fill_free_places(event)

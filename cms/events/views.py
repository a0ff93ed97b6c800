"""Thin views behind the event page's routes: register, cancel, and the calendar file."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import selectors, services
from .feeds import EventAtomFeed
from .ical import calendar_ics, event_ics
from .models import Registration, RegistrationStatus


def _back(request, page):
    return redirect(page.get_url(request) + "#registration")


def _render_with_error(request, page, message: str, status: int = 200):
    """Refusals are shown inside the registration box, on the page the person was reading."""
    context = page.get_context(request)
    context["registration_error"] = message
    return TemplateResponse(request, page.get_template(request), context, status=status)


def register(request, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    try:
        registration = services.registration_create(event=page, user=request.user)
    except PermissionDenied as exc:
        return _render_with_error(request, page, str(exc) or _("You cannot register for this event."), 403)
    except ValidationError as exc:
        return _render_with_error(request, page, exc.messages[0], 409)
    if registration.status == RegistrationStatus.REGISTERED:
        messages.success(
            request,
            _("You are registered. A confirmation with a calendar file is on its way to your e-mail."),
        )
    else:
        messages.info(
            request,
            _(
                "Every place is taken, so you are on the waiting list. We will tell you at once "
                "if a place frees up."
            ),
        )
    return _back(request, page)


def cancel(request, page, pk: int):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=pk, event__translation_key=page.translation_key
    )
    try:
        registration = services.registration_cancel(registration=registration, actor=request.user)
    except PermissionDenied as exc:
        raise PermissionDenied(str(exc)) from exc
    except ValidationError as exc:
        return _render_with_error(request, page, exc.messages[0], 409)
    if registration.user_id == request.user.pk:
        messages.success(request, _("Your registration is cancelled. Thank you for freeing the place."))
    else:
        messages.success(
            request,
            _("The registration of %(name)s is cancelled.") % {"name": registration.user.display_name},
        )
    return _back(request, page)


def ics(request, page):
    response = HttpResponse(event_ics(page), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug[:80]}.ics"'
    return response


def index_feed(request, index_page):
    """Atom feed of the latest announced events (newest start first), in the index's language."""
    return EventAtomFeed()(request, page=index_page)


def index_calendar(request, index_page):
    """Every coming event in one calendar that people can subscribe to."""
    events = selectors.upcoming_events(limit=100, locale=index_page.locale)
    response = HttpResponse(
        calendar_ics(events, name=index_page.title), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="dxconnect-events.ics"'
    return response

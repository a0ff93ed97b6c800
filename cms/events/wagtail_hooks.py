"""Admin wiring of events: the Speaker snippet and the organisers' list of registrants with CSV export."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventPage, Registration, Speaker
from .permissions import can_view_registrations


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "job_title", "organisation", "locale"]
    search_fields = ["name", "organisation"]
    list_filter = ["locale"]


register_snippet(SpeakerViewSet)


class RegistrationPolicy(ModelPermissionPolicy):
    """Registrations change only through the site's rules (capacity, waiting list, e-mails), so the admin
    lists, inspects and exports them but never adds, edits or deletes one."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        # The columns show the person and the event: load both with the rows (a fixed number of queries).
        return super().get_base_queryset().select_related("user", "event")


class RegistrationViewSet(ModelViewSet):
    model = Registration
    index_view_class = RegistrationIndexView
    icon = "group"
    menu_label = _("Event registrations")
    menu_order = 320
    add_to_admin_menu = True
    url_prefix = "event-registrations"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]  # required by ModelViewSet; the policy never lets anyone use the form
    list_display = ["person_name", "person_email", "event", "status", "created_at", "reminded_at"]
    list_filter = ["status", "event"]
    search_fields = ["user__full_name", "user__email"]
    list_export = [
        "event_title",
        "event_start",
        "person_name",
        "person_email",
        "preferred_language",
        "status_label",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "reminded_at",
    ]
    export_headings = {
        "event_title": _("Event"),
        "event_start": _("Starts"),
        "person_name": _("Name"),
        "person_email": _("E-mail"),
        "preferred_language": _("Language"),
        "status_label": _("Status"),
        "created_at": _("Registered at"),
        "promoted_at": _("Moved from the waiting list at"),
        "cancelled_at": _("Cancelled at"),
        "reminded_at": _("Reminder sent at"),
    }
    export_filename = "event-registrations"
    inspect_view_fields = [
        "event",
        "person_name",
        "person_email",
        "status",
        "created_at",
        "promoted_at",
        "cancelled_at",
        "reminded_at",
    ]


register_permission_policy(Registration, RegistrationPolicy(Registration))
registration_viewset = RegistrationViewSet("event_registrations")


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


class RegistrantsMenuItem(PageMenuItem):
    """“Registrants” in an event's “…” menu (page header and explorer), for organisers."""

    label = _("Registrants")
    icon_name = "group"
    priority = 66

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, EventPage) and can_view_registrations(user)

    @property
    def url(self):
        page = self.page.specific_deferred
        return reverse("event_registrations:index") + f"?event={page.registration_page.pk}"


@hooks.register("register_page_header_buttons")
def event_registrants_header_button(page, user, view_name, next_url=None):
    yield RegistrantsMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def event_registrants_listing_button(page, user, next_url=None):
    yield RegistrantsMenuItem(page=page)

"""National forums and thematic seminars: the index, the event page, speakers and registrations.

An event and its translations are separate Wagtail pages that share a `translation_key`. Places are
counted once per event, whatever the language people registered in: every registration points at the
event's page in the default language (`EventPage.registration_page`).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import AgendaBlock, MaterialsBlock

# Page methods import the selectors, services, filters and views inside: each of them imports these models
# (a genuine cycle).

EVENT_TIME_ZONE = "Asia/Ho_Chi_Minh"
http_url = URLValidator(schemes=["http", "https"])

END_BEFORE_START = _("The event must end after it starts. Check the end date and time.")
CLOSE_BEFORE_OPEN = _("Registration must close after it opens.")
NO_PLACE = _("Give a place, an online link, or both, so that people know where to go.")


class EventKind(models.TextChoices):
    NATIONAL_FORUM = "forum", _("National forum")
    THEMATIC_SEMINAR = "seminar", _("Thematic seminar")


class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks at forums and seminars; translated like a page (the English bio is a copy)."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("With the academic title, e.g. “TS. Trần Quốc Bảo”.")
    )
    job_title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("e.g. Deputy Director"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square portrait. Its description is read out as the alternative text."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("job_title"), FieldPanel("organisation")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name

    @property
    def affiliation(self) -> str:
        return ", ".join(p for p in (self.job_title, self.organisation) if p)

    @property
    def initials(self) -> str:
        # "TS. Trần Quốc Bảo" -> "QB": titles end with a dot; people are called by their last names.
        words = [w for w in self.name.split() if not w.endswith(".")]
        return "".join(w[0] for w in words[-2:]).upper() or "?"

    @property
    def photo_alt(self) -> str:
        description = getattr(self.photo, "description", "") if self.photo_id else ""
        return description or str(_("Portrait of %(name)s") % {"name": self.name})


class EventIndexPage(RoutablePageMixin, Page):
    """/events/: upcoming and past forums and seminars, filtered by kind and sector; an Atom feed
    (feed/) and a calendar of the coming events to subscribe to (calendar/)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    PAST_PER_PAGE = 9

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        from . import selectors
        from .filters import EventFilter

        context = super().get_context(request, *args, **kwargs)
        sectors = selectors.sector_choices()
        filters = EventFilter(request.GET, sectors=sectors)
        tab = "past" if request.GET.get("tab") == "past" else "upcoming"
        listing = selectors.event_listing(
            index_page=self,
            filters=filters,
            tab=tab,
            page=request.GET.get("page"),
            per_page=self.PAST_PER_PAGE,
        )
        context.update(listing)
        context["filters"] = filters
        context["tab"] = tab
        context["kinds"] = EventKind.choices
        context["sectors"] = sectors
        return context

    @path("feed/", name="feed")
    def feed_route(self, request):
        from . import views

        return views.index_feed(request, self)

    @path("calendar/", name="calendar")
    def calendar_route(self, request):
        from . import views

        return views.index_calendar(request, self)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("events.EventPage", related_name="tagged_items", on_delete=models.CASCADE)


class EventPage(RoutablePageMixin, Page):
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.THEMATIC_SEMINAR
    )
    start_at = models.DateTimeField(_("starts"), help_text=_("Vietnam time (Asia/Ho_Chi_Minh, GMT+7)."))
    end_at = models.DateTimeField(_("ends"), help_text=_("Vietnam time (Asia/Ho_Chi_Minh, GMT+7)."))
    venue = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("e.g. Trung tâm Hội nghị Quốc gia")
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    province = models.ForeignKey(
        "community.Province",
        verbose_name=_("province or city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_url = models.URLField(
        _("online link"),
        max_length=500,
        blank=True,
        validators=[http_url],
        help_text=_("Livestream or video-conference address, if people can join online."),
    )
    sector = models.ForeignKey(
        "community.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for forums about every sector."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    registration_enabled = models.BooleanField(
        _("registration on this site"),
        default=True,
        help_text=_("Untick for events that are open to everyone without registration."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty for no limit. When every place is taken, new registrations join the waiting list."
        ),
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Registration always closes when the event starts."),
    )
    materials = StreamField(
        MaterialsBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_("Slides, proceedings and recordings, usually added after the event."),
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")], heading=_("Date and time")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("province"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("sector"),
        FieldPanel("description"),
        FieldPanel("agenda"),
        InlinePanel("speaker_links", heading=_("Speakers"), label=_("Speaker")),
        FieldPanel("tags"),
    ]
    registration_panels = [
        HelpPanel(
            content=_(
                "Signed-in members register on the event's page. Registrants are listed under "
                "“Event registrations” in the menu, where they can be exported."
            )
        ),
        FieldPanel("registration_enabled"),
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
    ]
    materials_panels = [FieldPanel("materials")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(materials_panels, heading=_("Materials")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("start_at"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- validation -------------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors: dict[str, list] = {}
        if self.start_at and self.end_at and self.end_at <= self.start_at:
            errors.setdefault("end_at", []).append(END_BEFORE_START)
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors.setdefault("registration_closes_at", []).append(CLOSE_BEFORE_OPEN)
        if not (self.venue or "").strip() and not (self.online_url or "").strip():
            errors.setdefault("venue", []).append(NO_PLACE)
        if errors:
            raise ValidationError(errors)

    # --- state ------------------------------------------------------------------------------------

    def phase(self, now=None) -> str:
        now = now or timezone.now()
        if now < self.start_at:
            return "upcoming"
        if now < self.end_at:
            return "ongoing"
        return "past"

    @property
    def is_past(self) -> bool:
        return self.phase() == "past"

    @property
    def places_left(self) -> int | None:
        """Free places on a card; `places_taken` is annotated by cms.events.selectors.live_events."""
        if self.capacity is None:
            return None
        return max(self.capacity - getattr(self, "places_taken", 0), 0)

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def is_in_person(self) -> bool:
        return bool(self.venue)

    @property
    def location_text(self) -> str:
        parts = [self.venue, self.address]
        province = getattr(self, "province", None) if self.province_id else None
        if province and province.name_vi not in (self.address or ""):
            parts.append(province.name)
        text = ", ".join(p for p in parts if p)
        if self.online_url:
            text = f"{text} · {_('Online')}" if text else str(_("Online"))
        return text

    @property
    def when_text(self) -> str:
        """ "Thứ Năm, 10/12/2026 · 08:30–11:30" or, over several days, "Thứ Năm, 10/12/2026 08:30 – Thứ Sáu,
        11/12/2026 17:00", in Vietnam time and the active language's formats."""
        start, end = timezone.localtime(self.start_at), timezone.localtime(self.end_at)
        if start.date() == end.date():
            return _("%(weekday)s, %(date)s · %(start)s–%(end)s") % {
                "weekday": formats.date_format(start, "l"),
                "date": formats.date_format(start, "SHORT_DATE_FORMAT"),
                "start": formats.time_format(start, "TIME_FORMAT"),
                "end": formats.time_format(end, "TIME_FORMAT"),
            }
        return _("%(start_weekday)s, %(start_date)s %(start)s – %(end_weekday)s, %(end_date)s %(end)s") % {
            "start_weekday": formats.date_format(start, "l"),
            "start_date": formats.date_format(start, "SHORT_DATE_FORMAT"),
            "start": formats.time_format(start, "TIME_FORMAT"),
            "end_weekday": formats.date_format(end, "l"),
            "end_date": formats.date_format(end, "SHORT_DATE_FORMAT"),
            "end": formats.time_format(end, "TIME_FORMAT"),
        }

    @property
    def duration_days(self) -> int:
        start = timezone.localtime(self.start_at).date()
        end = timezone.localtime(self.end_at - timedelta(seconds=1)).date()
        return (end - start).days + 1

    @cached_property
    def registration_page(self) -> EventPage:
        """Places are counted on the default-language page; translations point there."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = EventPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return source or self

    def registration_window_message(self, now=None) -> str | None:
        """Why registration is not possible right now, or None when it is."""
        from . import services

        return services.registration_refusal(self, now=now)

    def calendar_uid(self) -> str:
        # Stable across languages and edits, so calendars update the same entry.
        host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "dxconnect.vn"
        return f"event-{self.translation_key}@{host}"

    # --- routes -----------------------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.event_detail(page=self, viewer=request.user))
        return context

    @path("register/", name="register")
    def register_route(self, request):
        from . import views

        return views.register(request, self)

    @path("registrations/<id:pk>/cancel/", name="cancel")
    def cancel_route(self, request, pk: int):
        from . import views

        return views.cancel(request, self, pk)

    @path("calendar/", name="ics")
    def ics_route(self, request):
        from . import views

        return views.ics(request, self)

    def subpage_url(self, name: str, *args) -> str:
        return self.url + self.reverse_subpage(name, args=args or None)


class EventSpeaker(Orderable):
    page = ParentalKey(EventPage, related_name="speaker_links", on_delete=models.CASCADE)
    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=80, blank=True, help_text=_("e.g. Keynote, Moderator"))

    panels = [FieldPanel("speaker"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's place (or place in the queue) at one event; never deleted, only cancelled."""

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RegistrationStatus.choices, default=RegistrationStatus.REGISTERED
    )
    # Reset when someone registers again after cancelling: the waiting list is served in this order.
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    promoted_at = models.DateTimeField(_("moved from the waiting list at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        constraints = [
            # One row per person and event: a second registration is refused by the database too.
            models.UniqueConstraint(fields=["event", "user"], name="events_registration_once"),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.event}"

    @property
    def is_active(self) -> bool:
        return self.status != RegistrationStatus.CANCELLED

    # Columns of the organisers' list and its CSV export.
    @property
    @admin.display(description=_("Name"))
    def person_name(self) -> str:
        return self.user.display_name

    @property
    @admin.display(description=_("E-mail"))
    def person_email(self) -> str:
        return self.user.email

    @property
    @admin.display(description=_("Language"))
    def preferred_language(self) -> str:
        return self.user.preferred_language

    @property
    @admin.display(description=_("Status"))
    def status_label(self) -> str:
        return str(self.get_status_display())

    @property
    @admin.display(description=_("Event"))
    def event_title(self) -> str:
        return self.event.title

    @property
    @admin.display(description=_("Starts"))
    def event_start(self):
        return timezone.localtime(self.event.start_at)


ACTIVE_STATUSES = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)
ACTIVE = Q(status__in=ACTIVE_STATUSES)

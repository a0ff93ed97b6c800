"""The home page: what the platform is for, where to start, and figures computed from the data."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=160, blank=True)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from community import challenge_selectors, selectors

        context = super().get_context(request, *args, **kwargs)
        context["figures"] = selectors.platform_figures()
        context["sectors"] = selectors.sector_figures()
        context["featured_organisations"] = list(
            selectors.organisation_list(filters=selectors.OrganisationFilters(verified=True))[:6]
        )
        context["open_challenges"] = list(
            challenge_selectors.challenge_list(viewer=request.user, filters={"status": "open"})[:6]
        )
        context["featured_experts"] = list(
            selectors.expert_list(filters=selectors.ExpertFilters(verified=True, available=True))[:6]
        )
        return context

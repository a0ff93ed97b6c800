"""The home page: what the platform is for, where to start, and figures computed from the data."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from community.challenges import selectors as challenge_selectors
from community.organisations import selectors as organisation_selectors

from .case_studies import CaseStudyIndexPage

# Page methods import the selectors inside: the selectors import these models (a genuine cycle).


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=160, blank=True)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # The site's sections; each section's own rules decide what may go below it.
    subpage_types = [
        "cms.CaseStudyIndexPage",
        "events.EventIndexPage",
        "publications.ReportIndexPage",
        "publications.NewsIndexPage",
        "publications.StandardPage",
        "publications.SectorIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def clean_subpage_models(cls):
        # The events and publications apps land separately; a section whose model does not exist yet is
        # simply not offered, instead of breaking the admin.
        if cls._clean_subpage_models is None:
            found = []
            for label in cls.subpage_types:
                try:
                    found.append(apps.get_model(label))
                except LookupError:
                    continue
            cls._clean_subpage_models = [m for m in found if issubclass(m, Page)]
        return cls._clean_subpage_models

    def get_context(self, request, *args, **kwargs):
        from .. import selectors as cms_selectors

        context = super().get_context(request, *args, **kwargs)
        context["figures"] = {**organisation_selectors.platform_figures(), **cms_selectors.home_figures()}
        context["sectors"] = cms_selectors.sector_entry_points(locale=self.locale)
        context["featured_case_studies"] = cms_selectors.featured_case_studies(limit=8, locale=self.locale)
        context["open_challenges"] = list(
            challenge_selectors.challenge_list(viewer=request.user, filters={"status": "open"})[:6]
        )
        context["upcoming_events"] = cms_selectors.upcoming_events(limit=3, locale=self.locale)
        context["case_study_index"] = self.get_children().live().type(CaseStudyIndexPage).first()
        return context

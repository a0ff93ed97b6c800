"""Sector pages: one per key sector, an editor's introduction followed by everything the data holds."""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.organisations import selectors as organisation_selectors

from ..blocks import RICH_FEATURES
from .mixins import SeoMixin

# Page methods import the selectors inside: the selectors import these models (a genuine cycle).

logger = logging.getLogger(__name__)

SECTION_LIMIT = 4


class SectorIndexPage(SeoMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["publications.SectorPage"]
    max_count_per_parent = 1
    description_field = "intro"
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("sector index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = {s.pk: s for s in organisation_selectors.sector_figures()}
        pages = list(
            SectorPage.objects.child_of(self)
            .live()
            .public()
            .select_related("sector")
            .order_by("sector__position")
        )
        for page in pages:
            counted = figures.get(page.sector_id)
            page.organisation_count = getattr(counted, "organisation_count", 0)
            page.expert_count = getattr(counted, "expert_count", 0)
        context["sector_pages"] = pages
        return context


class SectorPage(SeoMixin, Page):
    sector = models.ForeignKey(
        "community.Sector", verbose_name=_("sector"), on_delete=models.PROTECT, related_name="+"
    )
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences under the title."))
    introduction = RichTextField(_("editor's introduction"), blank=True, features=RICH_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("sector"),
        FieldPanel("lead"),
        FieldPanel("introduction"),
    ]
    parent_page_types = ["publications.SectorIndexPage"]
    subpage_types: list[str] = []
    description_field = "lead"
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("introduction"),
        index.FilterField("sector"),
    ]

    class Meta:
        verbose_name = _("sector page")

    def clean(self):
        super().clean()
        if not self.sector_id or not self.locale_id:
            return
        taken = SectorPage.objects.filter(sector_id=self.sector_id, locale_id=self.locale_id).exclude(
            pk=self.pk
        )
        if taken.exists():
            raise ValidationError({"sector": _("This sector already has a page in this language.")})

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.sector_sections(
                self.sector, viewer=request.user, locale=self.locale, limit=SECTION_LIMIT
            )
        )
        return context

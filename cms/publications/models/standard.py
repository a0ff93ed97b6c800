"""About, terms, privacy, contact: pages of prose that the footer links to."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from .mixins import SeoMixin


class StandardPage(SeoMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    show_in_footer = models.BooleanField(
        _("link in the footer"), default=True, help_text=_("About, terms, privacy and contact belong there.")
    )
    footer_order = models.PositiveSmallIntegerField(_("footer position"), default=0)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("show_in_footer"), FieldPanel("footer_order")]
    parent_page_types = ["cms.HomePage", "publications.StandardPage"]
    subpage_types = ["publications.StandardPage"]
    description_field = "intro"
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Siblings and children as a small local menu (about → contact, terms → privacy).
        context["children"] = list(self.get_children().live().public().only("title", "url_path", "locale_id"))
        return context

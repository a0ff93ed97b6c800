"""News: dated announcements of the programme, with tags and an optional sector."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..paging import paginate, querystring_without_page
from .mixins import SeoMixin

# Page methods import the selectors inside: the selectors import these models (a genuine cycle).

NEWS_PER_PAGE = 10


class NewsIndexPage(SeoMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["publications.NewsPage"]
    max_count_per_parent = 1
    description_field = "intro"
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        tag = request.GET.get("tag", "")[:100].strip()
        page = paginate(request, selectors.news_list(parent=self, tag=tag), NEWS_PER_PAGE)
        context.update(news=page, selected_tag=tag, querystring=querystring_without_page(request))
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(SeoMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown on cards and in previews.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Required with an image."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    sector = models.ForeignKey(
        "community.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("sector"), FieldPanel("tags")], heading=_("Details")),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero image")),
        FieldPanel("body"),
    ]
    parent_page_types = ["publications.NewsIndexPage"]
    subpage_types: list[str] = []
    description_field = "summary"
    image_field = "hero_image"
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("sector"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": _("Describe the hero image: alternative text is required.")})

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["tags"] = list(self.tags.all())
        context["more_news"] = [
            n for n in selectors.latest_news(limit=4, locale=self.locale) if n.pk != self.pk
        ][:3]
        return context

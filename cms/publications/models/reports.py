"""Reports and publications: a summary, a cover, a PDF that is counted each time it is downloaded."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.models import Sector

from ..blocks import RICH_FEATURES
from ..paging import paginate, querystring_without_page
from .mixins import SeoMixin

# Page methods import the selectors inside: the selectors import these models (a genuine cycle).

REPORTS_PER_PAGE = 12
NOT_A_PDF = _("Choose a PDF document: this file is not a PDF.")


def is_pdf(document) -> bool:
    """By extension and by content: a file named .pdf must also start like one ("%PDF-")."""
    if document.file_extension.lower() != "pdf":
        return False
    try:
        with document.open_file() as handle:
            return handle.read(5) == b"%PDF-"
    except (OSError, ValueError):
        return False


class ReportIndexPage(SeoMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["publications.ReportPage"]
    max_count_per_parent = 1
    description_field = "intro"
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("report index")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        sectors = list(Sector.objects.all())
        sector_slug = request.GET.get("sector", "")[:40]
        sector = next((s for s in sectors if s.slug == sector_slug), None)
        years = selectors.report_years(self)
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = None
        if year not in years:
            year = None
        reports = selectors.report_list(parent=self, sector=sector, year=year)
        page = paginate(request, reports, REPORTS_PER_PAGE)
        selectors.attach_download_counts(page.object_list)
        context.update(
            reports=page,
            sectors=sectors,
            years=years,
            selected_sector=sector,
            selected_year=year,
            querystring=querystring_without_page(request),
            filtered=bool(sector or year),
        )
        return context


class ReportPage(SeoMixin, Page):
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences shown on cards and in previews.")
    )
    publication_date = models.DateField(_("publication date"))
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    sector = models.ForeignKey(
        "community.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("key findings"), blank=True, features=RICH_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("publisher"), FieldPanel("sector")],
            heading=_("Publication"),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("document")], heading=_("Files")),
        FieldPanel("body"),
    ]
    parent_page_types = ["publications.ReportIndexPage"]
    subpage_types: list[str] = []
    description_field = "summary"
    image_field = "cover_image"
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("publisher"),
        index.FilterField("sector"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def clean(self):
        super().clean()
        if self.document is not None and not is_pdf(self.document):
            raise ValidationError({"document": NOT_A_PDF})

    @property
    def download_url(self) -> str:
        return reverse("publications:report_download", args=[self.pk])

    @property
    def download_count(self) -> int:
        # Set in bulk by selectors.attach_download_counts on lists; read one row on a single page.
        if not hasattr(self, "_download_count"):
            self._download_count = ReportDownloadCount.count_for(self.translation_key)
        return self._download_count

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        related = []
        if self.sector_id:
            related = [
                r
                for r in selectors.reports_for_sector(self.sector, limit=4, locale=self.locale)
                if r.pk != self.pk
            ][:3]
        context["related_reports"] = related
        return context


class ReportDownloadCount(models.Model):
    """Downloads of one report in every language, keyed by its translation key.

    Kept outside the page row on purpose: publishing a revision rewrites every page field from the
    revision, which would put an old count back."""

    translation_key = models.UUIDField(_("translation key"), unique=True)
    downloads = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("report download count")
        verbose_name_plural = _("report download counts")

    def __str__(self) -> str:
        return f"{self.translation_key}: {self.downloads}"

    @classmethod
    def count_for(cls, translation_key) -> int:
        return (
            cls.objects.filter(translation_key=translation_key).values_list("downloads", flat=True).first()
            or 0
        )

    @classmethod
    def increment(cls, translation_key) -> None:
        """Atomic in the database (UPDATE ... SET downloads = downloads + 1): parallel downloads are never lost."""
        if cls.objects.filter(translation_key=translation_key).update(downloads=F("downloads") + 1):
            return
        cls.objects.get_or_create(translation_key=translation_key)
        cls.objects.filter(translation_key=translation_key).update(downloads=F("downloads") + 1)

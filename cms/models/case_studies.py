"""Case studies: what an organisation changed, with figures, and where the experience came from."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.core.text import vn_slugify
from search.text import html_to_text

from ..blocks import ALT_TEXT_REQUIRED, CaseStudyBodyBlock

# Page methods import the selectors and the filters inside: both import these models (a genuine cycle).

PAGE_SIZE = 12


class _AsciiSlugTag(TagBase):
    """Tags whose slugs read well in a filter address: "Mã QR" -> "ma-qr" (taggit would keep "mã-qr")."""

    free_tagging = True

    class Meta:
        abstract = True

    def slugify(self, tag, i=None):
        slug = vn_slugify(tag)[:90] or "tag"
        return f"{slug}-{i}" if i is not None else slug


class CaseStudyTechnology(_AsciiSlugTag):
    """A technology a case study used ("eKYC", "IoT", "bệnh án điện tử"); kept apart from topic tags."""

    class Meta:
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")


class TaggedCaseStudyTechnology(ItemBase):
    tag = models.ForeignKey(CaseStudyTechnology, on_delete=models.CASCADE, related_name="tagged_case_studies")
    content_object = ParentalKey(
        "cms.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_technologies"
    )


class CaseStudyTag(_AsciiSlugTag):
    class Meta:
        verbose_name = _("case study tag")
        verbose_name_plural = _("case study tags")


class TaggedCaseStudy(ItemBase):
    tag = models.ForeignKey(CaseStudyTag, on_delete=models.CASCADE, related_name="tagged_case_studies")
    content_object = ParentalKey("cms.CaseStudyPage", on_delete=models.CASCADE, related_name="tagged_items")


class CaseStudyIndexPage(Page):
    """`/case-studies/`: every published case study, filtered by sector, province, technology and year."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case study index")

    def get_context(self, request, *args, **kwargs):
        from .. import selectors
        from ..filters import CaseStudyFilter

        context = super().get_context(request, *args, **kwargs)
        filters = CaseStudyFilter(request.GET)
        qs = selectors.case_study_list(filters=filters, locale=self.locale)
        paginator = Paginator(qs, PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page") or 1)
        except (EmptyPage, PageNotAnInteger):
            page_obj = paginator.page(paginator.num_pages if request.GET.get("page", "").isdigit() else 1)
        context.update(
            case_studies=page_obj.object_list,
            page_obj=page_obj,
            filters=filters,
            filter_options=selectors.case_study_filter_options(locale=self.locale),
            querystring=filters.querystring(),
        )
        return context


class CaseStudyPage(Page):
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: who, what changed, and by how much."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the hero image shows, for screen readers."),
    )
    body = StreamField(CaseStudyBodyBlock(), verbose_name=_("body"), blank=True)
    sector = models.ForeignKey(
        "community.Sector",
        verbose_name=_("sector"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    province = models.ForeignKey(
        "community.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    organisation = models.ForeignKey(
        "community.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text=_("The organisation whose transformation this is."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("When the results were achieved.")
    )
    technologies = ClusterTaggableManager(
        through=TaggedCaseStudyTechnology,
        blank=True,
        verbose_name=_("technologies"),
        related_name="case_study_pages",
    )
    tags = ClusterTaggableManager(
        through=TaggedCaseStudy, blank=True, verbose_name=_("tags"), related_name="case_study_pages"
    )
    source_challenge = models.ForeignKey(
        "community.Challenge",
        verbose_name=_("challenge it came from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    selected_solution = models.ForeignKey(
        "community.Solution",
        verbose_name=_("selected solution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    solution_providers = ParentalManyToManyField(
        "community.Organisation",
        verbose_name=_("solution providers"),
        blank=True,
        related_name="case_studies_provided",
    )
    experts = ParentalManyToManyField(
        "community.ExpertProfile", verbose_name=_("experts involved"), blank=True, related_name="case_studies"
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Defaults to the organisation's contact e-mail.")
    )
    contact_url = models.URLField(_("contact page"), blank=True)
    featured = models.BooleanField(_("featured on the home page"), default=False)
    # The `ref` of `manage.py import_content`: imports upsert by it; absent for pages made in the admin.
    import_ref = models.CharField(
        _("import reference"), max_length=100, unique=True, null=True, blank=True, editable=False
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("sector"),
        index.FilterField("province"),
        index.FilterField("year"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")),
        FieldPanel("body"),
    ]
    context_panels = [
        FieldRowPanel([FieldPanel("sector"), FieldPanel("province"), FieldPanel("year")]),
        FieldPanel("organisation"),
        FieldPanel("technologies"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("source_challenge"), FieldPanel("selected_solution")], heading=_("Where it came from")
        ),
        FieldPanel("solution_providers"),
        FieldPanel("experts"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_url")], heading=_("Contact button")
        ),
        FieldPanel("featured"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(context_panels, heading=_("Sector and people")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["cms.CaseStudyIndexPage"]
    subpage_types: list[str] = []
    # A copy or a translation is a different page: it must not claim the original's import reference.
    exclude_fields_in_copy = ["import_ref"]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        indexes = [models.Index(fields=["year"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = ALT_TEXT_REQUIRED
        for block in self.body or []:
            if (
                block.block_type == "image"
                and block.value.get("image")
                and not (block.value.get("alt_text") or "").strip()
            ):
                errors["body"] = _("Every image in the body needs alternative text. %(hint)s") % {
                    "hint": ALT_TEXT_REQUIRED
                }
                break
        if (
            self.selected_solution_id
            and self.source_challenge_id
            and (self.selected_solution.challenge_id != self.source_challenge_id)
        ):
            errors["selected_solution"] = _(
                "The selected solution must be one proposed to the same challenge."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.year is None:
            self.year = (self.first_published_at or timezone.now()).year
        return super().save(*args, **kwargs)

    # --- What the templates read -------------------------------------------------------------------

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary

    @cached_property
    def outcome_figures(self) -> list[dict]:
        """The figures of the body's outcome blocks, read from the raw JSON: converting the whole stream would
        fetch its images, one query per card on a list."""
        figures = []
        for block in self.body.raw_data if self.body else []:
            if block.get("type") == "outcome":
                for item in (block.get("value") or {}).get("figures", []):
                    value = item.get("value", item) if isinstance(item, dict) else {}
                    if value.get("label"):
                        figures.append({k: value.get(k, "") for k in ("label", "before", "after", "unit")})
        return figures

    @property
    def contact_link(self) -> str:
        """Where the contact button goes: the page's own address, else the organisation's, else nothing."""
        if self.contact_url:
            return self.contact_url
        email = self.contact_email or (self.organisation.contact_email if self.organisation_id else "")
        if email:
            return f"mailto:{email}"
        if self.organisation_id:
            return self.organisation.website or self.organisation.get_absolute_url()
        return ""

    def body_text(self) -> str:
        """Plain text of the body, for search documents."""
        parts = []
        for block in self.body or []:
            if block.block_type == "rich_text":
                parts.append(html_to_text(block.value.source))
            elif block.block_type == "quote":
                parts += [block.value.get("text", ""), block.value.get("attribution", "")]
            elif block.block_type == "outcome":
                parts.append(block.value.get("heading", ""))
                parts += [f["label"] for f in block.value.get("figures", [])]
            elif block.block_type == "image":
                parts.append(block.value.get("caption", ""))
        return "\n".join(p for p in parts if p)

    def get_context(self, request, *args, **kwargs):
        from .. import selectors

        context = super().get_context(request, *args, **kwargs)
        context["related_case_studies"] = selectors.related_case_studies(self, limit=3)
        context["people"] = selectors.case_study_people(self)
        context["ancestors"] = list(self.get_ancestors().filter(depth__gte=2))
        context["index_url"] = (
            context["ancestors"][-1].get_url(request) if len(context["ancestors"]) > 1 else "/"
        )
        return context

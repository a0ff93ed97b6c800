"""Expert profiles: people who opt in to be matched to challenges."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from community.core.models import Province, Sector
from community.core.text import vn_slugify

# A cap on what an expert types (checked by the form; the column is unbounded TEXT).
BIO_MAX_LENGTH = 5_000

LANGUAGE_CHOICES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("zh", _("Chinese")),
    ("de", _("German")),
]


class Skill(TagBase):
    """A free-form skill ("eKYC", "dữ liệu y tế"); kept apart from content tags."""

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def slugify(self, tag, i=None):
        # Folded as search folds, whoever creates the skill: the directory's filter compares slugs.
        slug = vn_slugify(tag)
        return slug if i is None else f"{slug}_{i}"


class TaggedSkill(TaggedItemBase):
    content_object = models.ForeignKey("ExpertProfile", on_delete=models.CASCADE)
    tag = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="tagged_experts")


class ExpertProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_profile"
    )
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    honorific = models.CharField(
        _("honorific"),
        max_length=20,
        blank=True,
        help_text=_("Academic or professional title, e.g. TS., ThS., PGS.TS."),
    )
    headline = models.CharField(_("headline"), max_length=200)
    bio = models.TextField(_("biography"), blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    skills = TaggableManager(verbose_name=_("skills"), through=TaggedSkill, blank=True)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), related_name="experts", blank=True)
    provinces = models.ManyToManyField(
        Province,
        verbose_name=_("provinces"),
        related_name="experts",
        blank=True,
        help_text=_("Where you can work in person."),
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    years_experience = models.PositiveSmallIntegerField(_("years of experience"), null=True, blank=True)
    is_available = models.BooleanField(_("open to new challenges"), default=True)
    links = models.JSONField(_("links"), default=list, blank=True)
    verified = models.BooleanField(_("verified"), default=False, help_text=_("Set by staff."))
    is_public = models.BooleanField(
        _("listed in the directory"),
        default=True,
        help_text=_("Unlisted profiles are visible only to you and staff."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The `ref` of `manage.py import_content`: imports upsert by it; absent for content made on the site.
    import_ref = models.CharField(
        _("import reference"), max_length=100, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-verified", "user__full_name"]
        verbose_name = _("expert profile")
        verbose_name_plural = _("expert profiles")

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("community:expert_detail", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        name = self.user.display_name
        return f"{self.honorific} {name}" if self.honorific else name

    def get_languages_display(self) -> list[str]:
        labels = dict(LANGUAGE_CHOICES)
        return [str(labels.get(code, code)) for code in self.languages]

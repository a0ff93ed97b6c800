"""The programme's reference data: its 8 key sectors and the 34 provincial-level units."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LocalisedNameMixin:
    """Picks the English name when the active language is English, Vietnamese otherwise."""

    @property
    def name(self) -> str:
        lang = (get_language() or "vi")[:2]
        return self.name_en if lang == "en" and self.name_en else self.name_vi

    def __str__(self) -> str:
        return self.name


class Sector(LocalisedNameMixin, models.Model):
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    icon = models.CharField(_("icon"), max_length=40, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_key_sector = models.BooleanField(
        _("key sector"), default=True, help_text=_("One of the 8 key sectors of Decision 749/QĐ-TTg.")
    )

    class Meta:
        ordering = ["position"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("community:expert_list") + f"?sector={self.slug}"


class Province(LocalisedNameMixin, models.Model):
    """A provincial-level unit as in force since 1 July 2025 (Resolution 202/2025/QH15)."""

    code = models.CharField(_("official code"), max_length=2, unique=True)
    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    is_city = models.BooleanField(_("centrally-run city"), default=False)

    class Meta:
        ordering = ["code"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

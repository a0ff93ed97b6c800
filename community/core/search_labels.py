"""Tells the search app how to name this app's facet values in the active language, and how people
name them in a query ("bệnh án điện tử Đà Nẵng" prefers province 48)."""

from functools import cache

from django.utils.translation import gettext_lazy as _

from community.core.models import Province, Sector
from search.registry import register_labeller, register_vocabulary

KIND_LABELS = {"organisation": _("Organisation"), "expert": _("Expert"), "challenge": _("Challenge")}


@cache
def _sectors() -> dict:
    # Reference data never changes while the process runs: one query per process, not per label.
    return {s.slug: s for s in Sector.objects.all()}


@cache
def _provinces() -> dict:
    return {p.code: p for p in Province.objects.all()}


def _sector(slug: str) -> str:
    sector = _sectors().get(slug)
    return sector.name if sector else slug


def _province(code: str) -> str:
    province = _provinces().get(code)
    return province.name if province else code


def _sector_names():
    return [(slug, (s.name_vi, s.name_en)) for slug, s in _sectors().items()]


def _province_names():
    return [(code, (p.name_vi, p.name_en)) for code, p in _provinces().items()]


def register() -> None:
    register_labeller("kind", lambda value: KIND_LABELS.get(value, value))
    register_labeller("sector", _sector)
    register_labeller("province", _province)
    register_vocabulary("sector", _sector_names)
    register_vocabulary("province", _province_names)

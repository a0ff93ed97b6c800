"""The forum's categories: one per key sector plus a general one, created once."""

from __future__ import annotations

from django.db.models import Q

from community.core.models import Sector
from community.forum.categories import CATEGORY_DESCRIPTIONS, GENERAL_NAMES, GENERAL_SLUG
from community.forum.models import (
    Category,
)

# --- categories ---------------------------------------------------------------------------------


def ensure_categories() -> int:
    """One category per sector plus the general one; creates what is missing, never touches editors' edits."""
    created = 0
    vi, en = CATEGORY_DESCRIPTIONS[GENERAL_SLUG]
    _obj, new = Category.objects.get_or_create(
        slug=GENERAL_SLUG,
        defaults={
            "name_vi": GENERAL_NAMES[0],
            "name_en": GENERAL_NAMES[1],
            "description_vi": vi,
            "description_en": en,
            "order": 0,
        },
    )
    created += new
    for sector in Sector.objects.order_by("position"):
        if Category.objects.filter(Q(sector=sector) | Q(slug=sector.slug)).exists():
            continue
        vi, en = CATEGORY_DESCRIPTIONS.get(sector.slug, ("", ""))
        Category.objects.create(
            slug=sector.slug,
            sector=sector,
            name_vi=sector.name_vi,
            name_en=sector.name_en,
            description_vi=vi,
            description_en=en,
            order=sector.position + 1,
        )
        created += 1
    return created

"""Helpers every domain's services share: unique slugs and length checks."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from community.core.text import length_error, vn_slugify


def unique_slug(model, base: str, *, exclude_pk=None, max_length: int = 200) -> str:
    base = (vn_slugify(base) or "item")[: max_length - 6].strip("-")
    slug, n = base, 2
    qs = model.objects.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def check_length(instance, field: str, limit: int) -> None:
    """The caps on free text (the columns are unbounded TEXT): a clear message instead of megabytes stored."""
    if too_long := length_error(getattr(instance, field) or "", limit):
        raise ValidationError({field: too_long})


# --- Organisations ---------------------------------------------------------------------------

"""Helpers every domain's services share: unique slugs and length checks."""

from __future__ import annotations

from typing import Any

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


# --- Import upserts ----------------------------------------------------------------------------------


def upsert_fields(model, lookup: dict, values: dict, *, on_create: dict | None = None) -> tuple[Any, str]:
    """For the importers' services: create the row, or update only the fields that differ (so ``updated_at``
    moves only on a real change); returns it and ``"created"``, ``"updated"`` or ``"unchanged"``.

    ``on_create`` holds fields written once, such as back-dated timestamps (``auto_now`` fields ignore an
    assigned value, so those are set with a queryset update after the save)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        stamps = {k: v for k, v in (on_create or {}).items() if k in ("created_at", "updated_at")}
        others = {k: v for k, v in (on_create or {}).items() if k not in stamps}
        obj = model(**lookup, **values, **others)
        obj.save()
        if stamps:
            model.objects.filter(pk=obj.pk).update(**stamps)
            for key, value in stamps.items():
                setattr(obj, key, value)
        return obj, "created"
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if not changed:
        return obj, "unchanged"
    for name in changed:
        setattr(obj, name, values[name])
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        changed.append("updated_at")
    obj.save(update_fields=changed)
    return obj, "updated"

"""Vietnamese text helpers for the community app, built on the search app's normalisation."""

from collections.abc import Iterable

from django.core.validators import MaxLengthValidator
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext

from search import text as search_text
from search.text import fold

__all__ = ["clean_labels", "fold", "length_error", "limit_length", "nfc", "vn_slugify"]


def nfc(value: str | None) -> str:
    """NFC, with None read as empty: form fields and services pass optional text."""
    return search_text.nfc(value or "")


def vn_slugify(value: str) -> str:
    """A URL slug that keeps the letter d of đ (Django's slugify drops it)."""
    return slugify(fold(value))


def clean_labels(values: Iterable, *, max_length: int, limit: int) -> list[str]:
    """Skills or tags as typed: NFC, whitespace collapsed, cut to `max_length`, case-insensitive
    duplicates dropped (first spelling wins), at most `limit` of them."""
    seen: set[str] = set()
    labels: list[str] = []
    for raw in values:
        label = " ".join(nfc(str(raw)).split())[:max_length]
        if label and label.lower() not in seen:
            seen.add(label.lower())
            labels.append(label)
    return labels[:limit]


def length_error(value: str, limit: int) -> str | None:
    """The message for text longer than `limit` characters, in the request's language; None when it fits."""
    if len(value) <= limit:
        return None
    return gettext("Shorten this to at most %(limit)s characters (it has %(length)s).") % {
        "limit": number_format(limit, force_grouping=True),
        "length": number_format(len(value), force_grouping=True),
    }


def limit_length(field, limit: int):
    """Give a form field built without one (a model TextField's) a maximum length, as `max_length=` would:
    the same validator, message and `maxlength` attribute."""
    field.max_length = limit
    field.validators.append(MaxLengthValidator(limit))
    field.widget.attrs["maxlength"] = str(limit)
    return field

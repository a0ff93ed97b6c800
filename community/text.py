"""Vietnamese text helpers for the community app, built on the search app's normalisation."""

from collections.abc import Iterable

from django.utils.text import slugify

from search import text as search_text
from search.text import fold

__all__ = ["clean_labels", "fold", "nfc", "vn_slugify"]


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

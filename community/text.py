"""Vietnamese text helpers for slugs and comparisons (search has its own analysers)."""

import unicodedata

from django.utils.text import slugify


def fold(value: str) -> str:
    """Lower-case, strip tone marks and map đ→d: "Đà Nẵng" → "da nang"."""
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in value if unicodedata.category(c) != "Mn").lower()


def vn_slugify(value: str) -> str:
    """A URL slug that keeps the letter d of đ (Django's slugify drops it)."""
    return slugify(fold(value))


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value or "")

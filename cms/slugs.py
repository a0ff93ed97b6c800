"""Page slugs in the admin fold Vietnamese the way search and our own slugs do: "Đà Nẵng" gives "da-nang".

Wagtail's slug field transliterates in the browser with its own character maps, which know no Vietnamese
("Khai mạc Tuần lễ Chuyển đổi số Đà Nẵng" gave "khai-mc-tun-l-chuyn-dji-s-dja-nng"). Its slug widget runs
"formatters" (regex, replacement) before transliterating: ours fold each accented letter to its base letter.
"""

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

BASE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
    "d": "đ",
}

FORMATTERS = [
    # Tone and vowel marks typed as combining characters (decomposed input) go first.
    ("[\u0300-\u036f]", ""),
    *((f"[{letters}]", base) for base, letters in BASE_LETTERS.items()),
    *((f"[{letters.upper()}]", base.upper()) for base, letters in BASE_LETTERS.items()),
]


class VietnameseSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or FORMATTERS, locale=locale)


def register() -> None:
    """Every slug field of the admin's forms (pages, snippets) uses the folding widget."""
    register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})

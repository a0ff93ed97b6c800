"""Page slugs typed in the admin fold Vietnamese letters ("Đà Nẵng" → "da-nang"), as search and our slugs do."""

import json
import re

import pytest

from cms.slugs import FORMATTERS
from community.core.text import vn_slugify
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TITLE = "Khai mạc Tuần lễ Chuyển đổi số Đà Nẵng 2027"


def _as_the_browser_would(title: str, formatters: list) -> str:
    # Wagtail's slug controller: each formatter (a global, unicode regex) in turn, then its plain slugify.
    value = title
    for (pattern, *_flags), replacement in formatters:
        value = re.sub(pattern, replacement, value)
    return re.sub(r"[^A-Za-z0-9\-_]", "", re.sub(r"\s+", "-", value)).lower()


def test_the_page_editors_slug_field_folds_vietnamese(client, index):
    # Wagtail's own maps gave "khai-mc-tun-l-chuyn-dji-s-dja-nng-2027" (issue 17).
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(f"/admin/pages/add/cms/casestudypage/{index.pk}/").content.decode()
    tag = re.search(r'<input[^>]*id="id_slug"[^>]*>', html).group(0)
    formatters = json.loads(
        re.search(r'data-w-slug-formatters-value="([^"]*)"', tag).group(1).replace("&quot;", '"')
    )
    assert _as_the_browser_would(TITLE, formatters) == "khai-mac-tuan-le-chuyen-doi-so-da-nang-2027"
    assert _as_the_browser_would(TITLE, formatters) == vn_slugify(TITLE)


def test_decomposed_marks_and_capitals_fold_too():
    decomposed = "Đa\u0300 Na\u0306\u0303ng"
    assert _as_the_browser_would(decomposed, [([p], r) for p, r in FORMATTERS]) == "da-nang"

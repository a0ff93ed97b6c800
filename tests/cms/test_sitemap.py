"""sitemap.xml on Wagtail's and Django's sitemaps: the community's public objects in both languages with
alternates, and never a draft, a hidden topic or a challenge an anonymous reader may not see."""

import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.utils import timezone

from community.challenges.models import Visibility
from tests.factories import challenge
from tests.forum.factories import topic

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _sitemap(client) -> dict:
    cache.clear()  # the view is cached for a few minutes
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find(f"{SM}loc").text: {
            "lastmod": getattr(url.find(f"{SM}lastmod"), "text", None),
            "alternates": {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")},
        }
        for url in root.findall(f"{SM}url")
    }


def test_public_challenges_are_listed_in_both_languages_with_alternates(client, organisation, owner):
    public = challenge(organisation, owner, title="Số hóa hồ sơ đất đai cấp xã")
    members_only = challenge(organisation, owner, title="Nội bộ hội viên", visibility=Visibility.MEMBERS)
    entries = _sitemap(client)
    vi = f"http://testserver{public.get_absolute_url()}"
    en = vi.replace("testserver/", "testserver/en/", 1)
    assert entries[vi]["alternates"] == {"vi": vi, "en": en, "x-default": vi}
    assert entries[en]["alternates"]["vi"] == vi
    assert entries[vi]["lastmod"] == timezone.localdate(public.updated_at).isoformat()
    assert not any(members_only.slug in loc for loc in entries)


def test_forum_topics_are_listed_until_a_moderator_hides_them(client, user):
    shown = topic(user, title="Nên bắt đầu chuyển đổi số từ đâu?")
    hidden = topic(user, title="Chủ đề bị ẩn vì quảng cáo")
    hidden.is_hidden = True
    hidden.save(update_fields=["is_hidden"])
    locations = set(_sitemap(client))
    assert f"http://testserver{shown.get_absolute_url()}" in locations
    assert f"http://testserver/en{shown.get_absolute_url()}" in locations
    assert not any(loc.endswith(hidden.get_absolute_url()) for loc in locations)


def test_a_bad_sitemap_page_is_a_404_not_an_error(client):
    assert client.get("/sitemap.xml?p=abc").status_code == 404

"""Where the language switch leads from a Wagtail page: its translation, or the nearest translated ancestor."""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Page


def page_language_links(page, request) -> tuple[list[dict], list[dict]]:
    """([{code, name, url, missing}], [the missing ones]) in two queries at most."""
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    links, missing = [], []
    wanted = [code for code, _name in settings.LANGUAGES if code not in translations]
    fallbacks: dict[str, Page] = {}
    if wanted:
        ancestors = list(page.get_ancestors().filter(depth__gte=2).values_list("translation_key", "depth"))
        depth_of = dict(ancestors)
        rows = (
            Page.objects.live()
            .filter(translation_key__in=depth_of, locale__language_code__in=wanted)
            .select_related("locale")
        )
        for p in rows:
            code = p.locale.language_code
            if (
                code not in fallbacks
                or depth_of[p.translation_key] > depth_of[fallbacks[code].translation_key]
            ):
                fallbacks[code] = p
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            links.append({"code": code, "name": name, "url": target.get_url(request), "missing": False})
            continue
        fallback = fallbacks.get(code)
        url = (
            fallback.get_url(request)
            if fallback is not None
            else ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
        )
        item = {"code": code, "name": name, "url": url, "missing": True}
        links.append(item)
        missing.append(item)
    return links, missing

"""The header's sections: community pages by URL name, Wagtail sections by page type, in one cached query."""

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

register = template.Library()

# Wagtail section index pages shown in the header, in order: (app label, model, cache key part).
WAGTAIL_SECTIONS = (("cms", "casestudyindexpage"), ("events", "eventindexpage"))
CACHE_SECONDS = 300


def _wagtail_section_urls(language: str) -> dict[str, str]:
    key = f"dx:nav:{language}"
    urls = cache.get(key)
    if urls is None:
        from django.db.models import Q
        from wagtail.models import Page

        match = Q()
        for app_label, model in WAGTAIL_SECTIONS:
            match |= Q(content_type__app_label=app_label, content_type__model=model)
        rows = (Page.objects.live().filter(match, locale__language_code=language, depth=3)
                .values_list("content_type__model", "slug"))
        with translation.override(language):
            urls = {model: reverse("wagtail_serve", args=[f"{slug}/"]) for model, slug in rows}
        cache.set(key, urls, CACHE_SECONDS)
    return urls


@register.simple_tag(takes_context=True)
def main_sections(context):
    """[{title, url, current}] for the header, in the reader's language."""
    request = context.get("request")
    path = getattr(request, "path", "")
    language = translation.get_language() or "vi"
    wagtail = _wagtail_section_urls(language)
    items = [(_("Challenges"), reverse("community:challenge_list"))]
    if "casestudyindexpage" in wagtail:
        items.append((_("Case studies"), wagtail["casestudyindexpage"]))
    items.append((_("Forum"), reverse("forum:home")))
    if "eventindexpage" in wagtail:
        items.append((_("Events"), wagtail["eventindexpage"]))
    items.append((_("Experts"), reverse("community:expert_list")))
    items.append((_("Organisations"), reverse("community:organisation_list")))
    return [{"title": title, "url": url, "current": path.startswith(url) and url.strip("/") not in ("", "en")}
            for title, url in items]

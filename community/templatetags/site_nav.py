"""The header's sections: community pages by URL name, Wagtail sections by page type (from the CMS's cached
list of section pages, which the CMS hands over through `community.core.hooks.section_pages`)."""

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from community.core import hooks

register = template.Library()

# Wagtail section index pages shown in the header, as `section_pages` types ("app_label.model").
CASE_STUDIES = "cms.casestudyindexpage"
EVENTS = "events.eventindexpage"
WAGTAIL_SECTIONS = (CASE_STUDIES, EVENTS)


def _wagtail_section_urls(language: str) -> dict[str, str]:
    """Page type → URL of the first live section page of that type in the language."""
    urls: dict[str, str] = {}
    for page in hooks.section_pages(language):
        if page["type"] in WAGTAIL_SECTIONS:
            urls.setdefault(page["type"], page["url"])
    return urls


@register.simple_tag(takes_context=True)
def main_sections(context):
    """[{title, url, current}] for the header, in the reader's language."""
    request = context.get("request")
    path = getattr(request, "path", "")
    language = translation.get_language() or "vi"
    wagtail = _wagtail_section_urls(language)
    items = [(_("Challenges"), reverse("community:challenge_list"))]
    if CASE_STUDIES in wagtail:
        items.append((_("Case studies"), wagtail[CASE_STUDIES]))
    items.append((_("Forum"), reverse("forum:home")))
    if EVENTS in wagtail:
        items.append((_("Events"), wagtail[EVENTS]))
    items.append((_("Experts"), reverse("community:expert_list")))
    items.append((_("Organisations"), reverse("community:organisation_list")))
    return [
        {"title": title, "url": url, "current": path.startswith(url) and url.strip("/") not in ("", "en")}
        for title, url in items
    ]

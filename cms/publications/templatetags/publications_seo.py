"""Meta description, canonical URL, hreflang alternates, Open Graph and feed links for every page.

Wagtail pages describe themselves (`SeoMixin`, or `search_description` on any page type); other views
get sensible defaults from the request: their own path as canonical and the language switcher's
targets as alternates."""

from __future__ import annotations

import logging

from django import template
from django.conf import settings
from django.db import DatabaseError
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from ..selectors import footer_links as read_footer_links

logger = logging.getLogger(__name__)
register = template.Library()

OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}
OG_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-80"
ARTICLE_TYPES = {"newspage", "reportpage", "casestudypage", "eventpage"}


def default_description() -> str:
    return _(
        "DX Connect: where Vietnamese organisations and experts share digital transformation challenges, "
        "solutions and practice."
    )


def _wagtail_page(context):

    page = context.get("page") or context.get("self")
    return page if isinstance(page, Page) else None


def page_description(page) -> str:
    if hasattr(page, "get_meta_description"):
        text = page.get_meta_description()
    else:
        text = getattr(page, "search_description", "") or ""
        for name in ("summary", "lead", "intro", "hero_intro"):
            if text:
                break
            text = getattr(page, name, "") or ""
        text = Truncator(strip_tags(str(text)).strip()).chars(200)
    return text or default_description()


@register.simple_tag(takes_context=True)
def seo_description(context) -> str:
    page = _wagtail_page(context)
    return page_description(page) if page is not None else default_description()


def _lang() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def _live_translations(page) -> list:
    """The page and its live, public translations; read once per request and kept on the page."""
    if not hasattr(page, "_dx_translations"):
        page._dx_translations = list(
            page.get_translations(inclusive=True).live().public().select_related("locale")
        )
    return page._dx_translations


def _page_alternates(page, request) -> list[tuple[str, str]]:
    translations = _live_translations(page)
    out = []
    for other in translations:
        url = other.get_url(request)
        if url:
            out.append((other.locale.language_code, request.build_absolute_uri(url)))
    return out


def _og_image(page, request) -> dict | None:
    image = page.get_meta_image() if hasattr(page, "get_meta_image") else None
    image = image or getattr(page, "hero_image", None) or getattr(page, "cover_image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(OG_IMAGE_FILTER)
    except (
        OSError
    ):  # a missing or unreadable source file (Wagtail's SourceImageIOError) must not break the page head
        logger.warning("No Open Graph rendition for image %s.", image.pk, exc_info=True)
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "hero_alt", "") or image.title,
    }


def _feeds() -> list[dict]:
    feeds = []
    for name, title in (
        ("news", _("News")),
        ("case_studies", _("Case studies")),
        ("events", _("Forums and seminars")),
    ):
        try:
            url = reverse(f"publications:feed_{name}_rss")
        except NoReverseMatch:
            continue
        feeds.append({"url": url, "title": f"{title} · DX Connect"})
    return feeds


@register.inclusion_tag("publications/includes/seo_head.html", takes_context=True)
def seo_head(context):
    request = context.get("request")
    lang = _lang()
    data = {"og_locale": OG_LOCALES.get(lang, lang), "site_name": "DX Connect", "feeds": _feeds()}
    if request is None:
        return data
    page = _wagtail_page(context)
    if page is not None:
        url = page.get_url(request)
        data.update(
            title=page.seo_title or page.title,
            description=page_description(page),
            canonical=request.build_absolute_uri(url) if url else "",
            alternates=_page_alternates(page, request),
            image=_og_image(page, request),
            og_type="article" if type(page).__name__.lower() in ARTICLE_TYPES else "website",
        )
    else:
        data.update(
            title="DX Connect",
            description=default_description(),
            canonical=request.build_absolute_uri(request.path),
            alternates=[
                (link["code"], request.build_absolute_uri(link["url"]))
                for link in context.get("language_links", [])
            ],
            og_type="website",
        )
    default = next((url for code, url in data["alternates"] if code == settings.LANGUAGE_CODE), None)
    data["x_default"] = default if len(data["alternates"]) > 1 else None
    data["og_locale_alternates"] = [
        OG_LOCALES.get(code, code) for code, _url in data["alternates"] if code != lang
    ]
    return data


@register.simple_tag(takes_context=True)
def footer_links(context) -> dict:
    """The site's sections (sectors, reports, news) and standard pages (about, terms, privacy, contact)
    of the active language, for the footer."""
    try:
        return read_footer_links(locale=_lang(), request=context.get("request"))
    except DatabaseError:  # error pages render the footer too, possibly with the database down
        logger.warning("Footer links unavailable.", exc_info=True)
        return {"sections": [], "pages": []}


@register.inclusion_tag("publications/includes/translation_notice.html", takes_context=True)
def translation_notice(context):
    """Says, in the missing language itself, that this page has no translation in it yet."""
    page = _wagtail_page(context)
    if page is None or page.pk is None:
        return {"notices": []}
    have = {p.locale.language_code for p in _live_translations(page)}
    notices = []
    for code, _name in settings.LANGUAGES:
        if code in have or code == _lang():
            continue
        with translation.override(code):
            notices.append(
                {
                    "code": code,
                    "text": _("This page is not available in English yet.")
                    if code == "en"
                    else _("This page is not available in this language yet."),
                }
            )
    return {"notices": notices}

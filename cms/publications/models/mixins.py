"""What every publications page shares: a description and an image for search engines and link previews,
and a language switcher that leads to the translation (or the nearest translated section)."""

from django.utils.html import strip_tags
from django.utils.text import Truncator


class SeoMixin:
    """Pages describe themselves once; `publications.templatetags.seo` turns it into meta and Open Graph tags."""

    description_field = ""
    image_field = ""

    def get_meta_description(self) -> str:
        if getattr(self, "search_description", ""):
            return self.search_description
        value = getattr(self, self.description_field, "") if self.description_field else ""
        return Truncator(strip_tags(str(value or "")).strip()).chars(200)

    def get_meta_image(self):
        return getattr(self, self.image_field, None) if self.image_field else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["language_links"] = self.language_links(request)
        return context

    def language_links(self, request) -> list[dict]:
        """The language switcher's targets: this page's translation in each language, or, where there is
        none yet, the nearest translated ancestor (a section index, the home page) instead of a 404."""
        from django.conf import settings
        from wagtail.models import Page

        translations = list(self.get_translations(inclusive=True).live().public().select_related("locale"))
        self._dx_translations = translations  # reused by the head's hreflang tags
        urls = {p.locale.language_code: p.get_url(request) for p in translations}
        missing = [code for code, _name in settings.LANGUAGES if code not in urls]
        if missing:
            keys = list(self.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True))
            fallbacks = (
                Page.objects.live()
                .public()
                .filter(translation_key__in=keys, locale__language_code__in=missing)
                .select_related("locale")
                .order_by("-depth")
            )
            for page in fallbacks:
                urls.setdefault(page.locale.language_code, page.get_url(request))
        return [
            {"code": code, "name": name, "url": urls.get(code) or "/"} for code, name in settings.LANGUAGES
        ]

"""Values every template needs: the site's name and the language switcher's targets."""

from django.conf import settings
from django.urls import translate_url


def site(request):
    path = request.get_full_path()
    return {
        "SITE_NAME": "DX Connect",
        # A Wagtail page stores its own links (its translations, see cms.wagtail_hooks); elsewhere the same
        # address in the other language.
        "language_links": getattr(request, "dx_language_links", None)
        or [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ],
    }

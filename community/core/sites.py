"""The Site record follows SITE_URL: allauth's e-mails name the site and its address from it."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site

SITE_NAME = "DX Connect"


def site_sync(**kwargs) -> Site:
    """Set the current Site's domain from SITE_URL and its name; connected to post_migrate, so every
    ``migrate`` (the first one included, and each deployment's) brings it in line with the environment."""
    domain = urlsplit(settings.SITE_URL).netloc or "localhost"
    site, _ = Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": SITE_NAME}
    )
    Site.objects.clear_cache()
    return site

"""Reports, news, standard pages and the sector pages of the Wagtail site."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "cms.publications"
    label = "publications"
    verbose_name = _("Publications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Models are loaded only now, so the import lives here.
        from cms.publications import exchange

        exchange.register_kinds()

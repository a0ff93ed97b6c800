"""Django app configuration of the search app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Search: engines, indexing signals and the search API."""

    name = "search"
    label = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registers the system checks (synonyms file syntax).
        from . import checks  # noqa: F401

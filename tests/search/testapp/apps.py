"""App configuration of the search tests' model app."""

from django.apps import AppConfig


class SearchTestAppConfig(AppConfig):
    """Models used only by tests/search."""

    name = "tests.search.testapp"
    label = "testapp"
    default_auto_field = "django.db.models.BigAutoField"

"""National forums and thematic seminars: agendas, speakers, registration and materials."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "cms.events"
    label = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community.core import hooks

        from . import exchange, signals  # noqa: F401  (signals connects the receivers)
        from .selectors import EXPORT_SECTIONS, user_export

        hooks.register_export(user_export, EXPORT_SECTIONS)
        exchange.register_kinds()

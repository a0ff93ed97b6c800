"""Flags, the moderators' queue, their actions and the audit log."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "community.moderation"
    label = "moderation"
    verbose_name = _("Moderation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # "Download my data" includes this app's part (community cannot import it).
        from community.core import hooks
        from community.moderation.selectors import EXPORT_SECTIONS, user_export

        hooks.register_export(user_export, EXPORT_SECTIONS)

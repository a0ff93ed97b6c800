"""Comments on challenges and solutions, with one level of replies and an edit history."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "community.discussion"
    label = "discussion"
    verbose_name = _("Discussion")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # "Download my data" includes this app's part (community cannot import it).
        from community.core import hooks
        from community.discussion import exchange
        from community.discussion.selectors import EXPORT_SECTIONS, user_export

        hooks.export_contributors.append(user_export)
        hooks.export_sections.update(EXPORT_SECTIONS)
        exchange.register_kinds()

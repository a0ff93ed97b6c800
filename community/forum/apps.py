"""The Q&A forum: categories per sector, topics, replies, votes and accepted answers."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "community.forum"
    label = "forum"
    verbose_name = _("Forum")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The search kind "forum_topic" is named by search.registry.KIND_NAMES, like every kind.
        from community.core import hooks
        from community.forum import exchange, signals  # noqa: F401 - signals connects the receivers
        from community.forum.selectors import EXPORT_SECTIONS, user_export

        hooks.export_contributors.append(user_export)
        hooks.export_sections.update(EXPORT_SECTIONS)
        exchange.register_kinds()

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
        from community.forum import signals  # noqa: F401 - connects the receivers
        from community.forum.permissions import can_view_reply, can_view_topic
        from community.forum.selectors import EXPORT_SECTIONS, user_export
        from community.moderation.registry import register_view_rule

        hooks.export_contributors.append(user_export)
        register_view_rule("forum.topic", can_view_topic)
        register_view_rule("forum.reply", can_view_reply)
        hooks.export_sections.update(EXPORT_SECTIONS)

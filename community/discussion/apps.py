"""Comments on challenges and solutions, with one level of replies and an edit history."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionConfig(AppConfig):
    name = "community.discussion"
    label = "discussion"
    verbose_name = _("Discussion")
    default_auto_field = "django.db.models.BigAutoField"

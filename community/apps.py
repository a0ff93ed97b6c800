"""The community app: people, organisations, experts and the programme's reference data."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# Registers the `<id:…>` path converter on import: app modules are imported before any model (routable
# pages declare routes in their class body) and before any URLconf.
from community import converters  # noqa: F401


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers connect on import; models are loaded only now, so the imports live here.
        from community import signals  # noqa: F401
        from community.matching import receivers as matching_receivers  # noqa: F401
        from community.notifications import receivers as notification_receivers
        from community.sites import site_sync

        # After django.contrib.sites (earlier in INSTALLED_APPS) has created its "example.com" default.
        post_migrate.connect(site_sync, sender=self, dispatch_uid="community.site_sync")
        # Before wagtail.admin's ready(): our muting wrapper takes the dispatch_uid of its workflow e-mails.
        notification_receivers.connect_wagtail_workflow_mail()
        from community.permissions import search_audiences
        from community.search_labels import register
        from search.audience import register_audience_provider

        register()
        register_audience_provider(search_audiences)

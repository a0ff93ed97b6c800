"""The community app: one package per domain (accounts, organisations, experts, challenges, matching,
notifications) above a shared core; forum, discussion and moderation are apps of their own inside it."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# Registers the `<id:…>` path converter on import: app modules are imported before any model (routable
# pages declare routes in their class body) and before any URLconf.
from community.core import converters  # noqa: F401


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers connect on import; models are loaded only now, so these imports live here.
        from community.accounts import receivers as account_receivers  # noqa: F401
        from community.challenges import selectors as challenge_selectors
        from community.core import hooks
        from community.core.search_labels import register as register_search_labels
        from community.core.sites import site_sync
        from community.exchange import upsert as exchange_kinds
        from community.exchange.kinds import accounts as account_kinds
        from community.exchange.kinds import challenges as challenge_kinds
        from community.exchange.kinds import discussion as discussion_kinds
        from community.exchange.kinds import experts as expert_kinds
        from community.exchange.kinds import forum as forum_kinds
        from community.exchange.kinds import organisations as organisation_kinds
        from community.experts import selectors as expert_selectors
        from community.matching import receivers as matching_receivers  # noqa: F401
        from community.matching import selectors as matching_selectors
        from community.notifications import receivers as notification_receivers
        from community.notifications import selectors as notification_selectors
        from community.organisations import selectors as organisation_selectors
        from community.organisations.permissions import search_audiences
        from search.audience import register_audience_provider

        # After django.contrib.sites (earlier in INSTALLED_APPS) has created its "example.com" default.
        post_migrate.connect(site_sync, sender=self, dispatch_uid="community.site_sync")
        # Before wagtail.admin's ready(): our muting wrapper takes the dispatch_uid of its workflow e-mails.
        notification_receivers.connect_wagtail_workflow_mail()
        register_search_labels()
        # Challenges and notifications sit below matching: they reach it through these hooks.
        hooks.match_experts.register(matching_selectors.match_experts)
        hooks.challenges_for_expert.register(matching_selectors.challenges_for_expert)
        # "Download my data": each domain of this app gives its part (the account's own is in accounts).
        for domain in (organisation_selectors, expert_selectors, challenge_selectors, notification_selectors):
            hooks.register_export(domain.user_export, domain.EXPORT_SECTIONS)
        register_audience_provider(search_audiences)
        # The import kinds the community writes (the CMS adds its own); the demo-only ones after the others.
        exchange_kinds.register()
        for module in (account_kinds, organisation_kinds, expert_kinds, challenge_kinds):
            module.register()
        # The forum's and the comments' kinds (their apps sit below the exchange, so it registers them).
        forum_kinds.register()
        discussion_kinds.register()

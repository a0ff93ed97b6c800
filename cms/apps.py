"""The Wagtail site: home, case studies, events, reports and news."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Models are loaded only now, so the imports live here.
        from cms import exchange, receivers, slugs  # noqa: F401  (receivers connect on import)
        from cms.selectors import case_study_for_challenge, related_case_studies_for_challenge, section_pages
        from community.core import hooks
        from community.exchange.registry import register_kind

        # The community shows what the CMS holds without importing it (dependencies point one way).
        hooks.related_case_studies.register(related_case_studies_for_challenge)
        hooks.case_study_of_challenge.register(case_study_for_challenge)
        hooks.section_pages.register(section_pages)
        slugs.register()
        register_kind(exchange.KIND)
        exchange.register_demo_kinds()  # the demo's site, home page and case studies

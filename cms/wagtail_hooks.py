"""Admin wiring of the CMS: the "case studies awaiting review" dashboard panel."""

from __future__ import annotations

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .i18n import page_language_links
from .selectors import pages_awaiting_review


class CaseStudiesAwaitingReviewPanel(Component):
    """Every case study in moderation, oldest first, with who submitted it and the task it waits on; shown to
    anyone who can reach the dashboard so editors see their queue too (the approve buttons stay in Wagtail's
    own "awaiting your review" panel, for the people allowed to press them)."""

    name = "case_studies_awaiting_review"
    template_name = "cms/admin/awaiting_review_panel.html"
    order = 90

    def get_context_data(self, parent_context):

        context = super().get_context_data(parent_context)
        context["rows"] = pages_awaiting_review(limit=20)
        context["request"] = parent_context.get("request")
        return context


@hooks.register("construct_homepage_panels")
def add_case_study_review_panel(request, panels):
    panels.append(CaseStudiesAwaitingReviewPanel())


@hooks.register("before_serve_page")
def remember_page_translations(page, request, serve_args, serve_kwargs):
    """The header's language switch leads to this page's translation; where there is none, to the nearest
    translated section, and the page says the translation does not exist yet (cms_tags.translation_notice).
    community.core.context_processors reads what is stored here, so the community app never imports the CMS."""
    links, missing = page_language_links(page, request)
    request.dx_language_links = links
    request.dx_missing_translations = missing

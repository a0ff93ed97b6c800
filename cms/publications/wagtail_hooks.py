"""Wagtail hooks of the publications app: an unpublished report's file stays behind the admin."""

from __future__ import annotations

from django.http import Http404
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from .models import ReportPage


@hooks.register("before_serve_document")
def hide_files_of_unpublished_reports(document, request):
    """/documents/<id>/<name> serves a report's file only once some report using it is live and public
    (report_download applies the same rule); until then only people who manage documents can fetch it.
    Wagtail's own hook has already applied the collection's view restrictions."""
    reports = ReportPage.objects.filter(document=document)
    if not reports.exists() or reports.live().public().exists():
        return None
    if policy_registry.get_by_type(get_document_model()).user_has_any_permission(
        request.user, ["change", "choose"]
    ):
        return None
    raise Http404("This document belongs to an unpublished report.")

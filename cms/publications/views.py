"""Views outside the page tree: counted report downloads and robots.txt (sitemap.xml: cms.sitemaps)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe
from wagtail.documents.views.serve import serve as serve_document

from .models import ReportDownloadCount, ReportPage


@require_safe
def report_download(request, pk: int):
    """Count the download, then let Wagtail serve the document (its privacy hooks, safe headers, sendfile).

    Only live, public reports count and serve here; a draft's file stays behind the admin."""
    report = get_object_or_404(ReportPage.objects.live().public().select_related("document"), pk=pk)
    document = report.document
    if document is None:
        raise Http404("This report has no document.")
    response = serve_document(request, document.pk, document.filename)
    if request.method == "GET" and response.status_code == 200:
        ReportDownloadCount.increment(report.translation_key)
    return response


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        # Accounts, administration and personal pages are of no use in search results.
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /account/",
        "Disallow: /en/account/",
        "Disallow: /me/",
        "Disallow: /en/me/",
        "Disallow: /notifications/",
        "Disallow: /en/notifications/",
        "Disallow: /search/",
        "Disallow: /en/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('publications_sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")

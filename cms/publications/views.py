"""Views outside the page tree: counted report downloads, sitemap.xml and robots.txt."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe
from wagtail.documents.views.serve import serve as serve_document

from .models import ReportDownloadCount, ReportPage
from .sitemap import sitemap_entries

SITEMAP_CACHE_SECONDS = 600


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
@cache_page(SITEMAP_CACHE_SECONDS)
def sitemap(request):
    body = render_to_string("publications/sitemap.xml", {"entries": sitemap_entries(request)})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


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

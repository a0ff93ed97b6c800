"""URLs of the publications app under the language prefix: report downloads and feeds."""

from django.urls import path

from . import views
from .feeds import FEEDS

app_name = "publications"

urlpatterns = [
    path("reports/<id:pk>/download/", views.report_download, name="report_download"),
]
for _slug, _feed in FEEDS.items():
    urlpatterns += [
        path(f"feeds/{_slug}/rss/", _feed(), name=f"feed_{_slug.replace('-', '_')}_rss"),
        path(f"feeds/{_slug}/atom/", _feed.atom()(), name=f"feed_{_slug.replace('-', '_')}_atom"),
    ]

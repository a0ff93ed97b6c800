"""URLs of the search app (under the language prefix: Vietnamese at the root, English under /en/).

The JSON endpoints (``search:api``, ``search:similar``, ``search:suggest``) are django-ninja operations
declared in ``search.api_views``; ``/api/openapi.json`` is the document generated from them.
"""

from django.urls import path

from . import api_views, views

app_name = "search"

urlpatterns = [
    path("search/", views.results, name="results"),
    *api_views.urlpatterns,
    path("api/openapi.json", api_views.openapi_document, name="openapi"),
]

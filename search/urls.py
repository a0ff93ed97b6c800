"""URLs of the search app (under the language prefix: Vietnamese at the root, English under /en/)."""

from django.urls import path

from . import api_views, views

app_name = "search"

urlpatterns = [
    path("search/", views.results, name="results"),
    path("search/suggest/", api_views.suggest, name="suggest"),
    path("api/search/", api_views.search_api, name="api"),
    path("api/search/similar/", api_views.similar, name="similar"),
    path("api/openapi.json", api_views.openapi_document, name="openapi"),
]

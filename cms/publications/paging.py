"""Pagination of the index pages: a bad or out-of-range page number shows the nearest page, never an error."""

from django.core.paginator import Paginator
from django.http import QueryDict


def paginate(request, queryset, per_page: int):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def querystring_without_page(request) -> str:
    """The current filters, to carry into the pagination links."""
    params = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key != "page":
            params.setlist(key, [v for v in values if v])
    return params.urlencode()

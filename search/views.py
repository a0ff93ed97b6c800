"""The search results page: one box over everything, with kind, sector and province facets."""

from django.core.exceptions import BadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from .api import search
from .api_views import localise_url, offered_filters
from .audience import audiences_for
from .registry import label

FACETS = ("kind", "sector", "province")
PAGE_SIZE = 20
MAX_QUERY = 200


def _clean(params) -> dict:
    query = " ".join(params.get("q", "").split())[:MAX_QUERY]
    filters = {}
    for name in FACETS:
        value = params.get(name, "").strip()[:60]
        if value:
            filters[name] = value
    try:
        page = max(1, min(int(params.get("page", 1)), 500))
    except (TypeError, ValueError):
        page = 1
    return {"query": query, "filters": filters, "page": page}


def _context(fields) -> str | None:
    """The line under a result's title: who posted a challenge, which challenge a proposal answers."""
    context = [str(part) for part in fields.get("context") or () if part]
    if not context:
        return None
    kind = fields.get("kind")
    kind = kind[0] if isinstance(kind, list | tuple) and kind else kind
    if kind == "solution" and len(context) >= 2:
        return _("Proposal by %(author)s for “%(challenge)s”") % {
            "author": context[1],
            "challenge": context[0],
        }
    if kind == "challenge":
        return _("Posted by %(organisation)s") % {"organisation": context[0]}
    return " · ".join(context)


def results(request):
    if len(request.GET.get("q", "")) > 2000:
        raise BadRequest(_("The search text is too long."))
    cleaned = _clean(request.GET)
    ran = bool(cleaned["query"] or cleaned["filters"])
    found = (
        search(
            cleaned["query"],
            filters=cleaned["filters"],
            facets=FACETS,
            page=cleaned["page"],
            page_size=PAGE_SIZE,
            audiences=audiences_for(request.user),
        )
        if ran
        else None
    )
    facets = []
    if found is not None:
        for name in FACETS:
            values = [
                {
                    "value": fc.value,
                    "label": label(name, fc.value),
                    "count": fc.count,
                    "active": cleaned["filters"].get(name) == str(fc.value),
                }
                for fc in found.facets.get(name, ())
                if fc.count
            ]
            facets.append({"name": name, "values": values[:12]})
    params = request.GET.copy()
    params.pop("page", None)
    hits = []
    for hit in found.results if found else ():
        fields = hit.fields
        hits.append(
            {
                "title": fields.get("title") or str(hit.object or ""),
                "url": localise_url(
                    fields.get("url") or getattr(hit.object, "get_absolute_url", lambda: "#")()
                ),
                "kind": label("kind", fields.get("kind", "")),
                "snippet": hit.highlighted,
                "meta": [label("province", p) for p in (fields.get("province") or [])][:3],
                "context": _context(fields),
            }
        )
    return render(
        request,
        "search/results.html",
        {
            "query": cleaned["query"],
            "filters": {
                name: {"value": value, "label": label(name, value)}
                for name, value in cleaned["filters"].items()
            },
            "found": found,
            "hits": hits,
            "facets": facets,
            "facet_titles": {"kind": _("Kind"), "sector": _("Sector"), "province": _("Province or city")},
            "querystring": params.urlencode(),
            "has_facets": any(facet["values"] for facet in facets),
            "offered": offered_filters(found, cleaned["filters"]) if found is not None else [],
            "ran": ran,
        },
    )

"""The public JSON endpoints of search: ``/api/search/``, ``/api/openapi.json`` and ``/search/suggest/``.

Every answer is JSON, errors included: bad parameters are a 400 naming the field, too many requests a
429 with ``Retry-After``, an unreachable engine a 503. The document format is in ``search.openapi``.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import time
from collections.abc import Mapping
from typing import Any

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import api
from .audience import audiences_for
from .kinds import KINDS
from .registry import label

logger = logging.getLogger(__name__)

__all__ = [
    "FACETS",
    "KINDS",
    "MAX_PAGE",
    "MAX_PAGE_SIZE",
    "MAX_QUERY",
    "ParameterError",
    "clean_search_params",
    "localise_url",
    "openapi_document",
    "search_api",
    "similar",
    "suggest",
]

FACETS = ("kind", "sector", "province")
MAX_QUERY = 200
MAX_SUGGEST_QUERY = 100
MAX_PAGE = 10_000
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
SUGGEST_LIMIT = 8
SIMILAR_LIMIT = 5
SIMILAR_MIN_CHARS = 4
MAX_SIMILAR_QUERY = 300
MAX_SIMILAR_EXCLUDES = 10
EXCLUDE_RE = re.compile(r"^([a-z_]{1,30}):([A-Za-z0-9_-]{1,64})$")
SECTOR_RE = re.compile(r"^[a-z0-9-]{1,60}$")
PROVINCE_RE = re.compile(r"^[0-9]{2}$")
_INT_RE = re.compile(r"^[0-9]{1,9}$")
# Control characters (NUL included) are never part of a query; they become spaces.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_JSON = {"ensure_ascii": False}


class ParameterError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int, message: str) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if not _INT_RE.match(raw) or not low <= int(raw) <= high:
        raise ParameterError(name, message)
    return int(raw)


def clean_search_params(params: Mapping[str, str]) -> dict[str, Any]:
    """Validated ``q``, ``filters``, ``page`` and ``page_size``; raises ``ParameterError``."""
    raw_query = params.get("q") or ""
    if len(raw_query) > MAX_QUERY:
        raise ParameterError(
            "q", _("The search text must be at most %(max)d characters.") % {"max": MAX_QUERY}
        )
    query = " ".join(_CONTROL_RE.sub(" ", raw_query).split())
    filters: dict[str, str] = {}
    kind = (params.get("kind") or "").strip()
    if kind:
        if kind not in KINDS:
            raise ParameterError(
                "kind", _("Unknown kind. Use one of: %(kinds)s.") % {"kinds": ", ".join(KINDS)}
            )
        filters["kind"] = kind
    sector = (params.get("sector") or "").strip()
    if sector:
        if not SECTOR_RE.match(sector):
            raise ParameterError(
                "sector", _("A sector is a slug of lower-case letters, digits and hyphens (at most 60).")
            )
        filters["sector"] = sector
    province = (params.get("province") or "").strip()
    if province:
        if not PROVINCE_RE.match(province):
            raise ParameterError(
                "province", _("A province is its two-digit official code, such as 01 or 79.")
            )
        filters["province"] = province
    page = _int(
        params,
        "page",
        1,
        1,
        MAX_PAGE,
        _("The page must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE},
    )
    page_size = _int(
        params,
        "page_size",
        DEFAULT_PAGE_SIZE,
        1,
        MAX_PAGE_SIZE,
        _("The page size must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE_SIZE},
    )
    return {"query": query, "filters": filters, "page": page, "page_size": page_size}


def _error(status: int, message: str, field: str | None = None, **headers: str) -> JsonResponse:
    body: dict[str, Any] = {"error": message}
    if field is not None:
        body["field"] = field
    response = JsonResponse(body, status=status, json_dumps_params=_JSON)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


# Requests per window seconds for each endpoint; SEARCH_RATE_LIMITS overrides any of them.
# "similar" answers a form field as someone types (debounced), so it allows more than "api".
DEFAULT_RATE_LIMITS: dict[str, tuple[int, int]] = {"api": (60, 60), "suggest": (240, 60), "similar": (120, 60)}


def _rate(scope: str) -> str:
    """``"60/60s/ip"``: allauth's notation for the limit of ``scope``."""
    configured = {**DEFAULT_RATE_LIMITS, **(getattr(settings, "SEARCH_RATE_LIMITS", None) or {})}
    limit, window = configured.get(scope, (60, 60))
    return f"{max(1, int(limit))}/{max(1, int(window))}s/ip"


def _rate_limited(request: HttpRequest, scope: str) -> JsonResponse | None:
    """429 past the client's limit for ``scope``. The site's one rate limiter is allauth's: the same sliding
    window and the same client address (``ALLAUTH_TRUSTED_PROXY_COUNT``) as sign-in and sign-up."""
    notation = _rate(scope)
    rate = allauth_ratelimit.parse_rate(notation)
    try:
        usage = allauth_ratelimit.consume(
            request, app="search", action=scope, config={scope: notation}, limit_get=True)
        if usage is not None:
            return None
        key = allauth_ratelimit.get_cache_key(request, app="search", action=scope, rate=rate)
        history = cache.get(key) or [time.time()]
    except PermissionDenied:  # no usable client address (allauth's rule): refused, as sign-in would be
        raise
    except Exception:  # a cache outage must not take search down with it
        logger.warning("search rate limit: cache unavailable, request let through", exc_info=True)
        return None
    retry_after = max(1, math.ceil(history[-1] + rate.duration - time.time()))
    return _error(
        429,
        _("Too many requests. Please wait %(seconds)d seconds and try again.") % {"seconds": retry_after},
        Retry_After=str(retry_after),
        X_RateLimit_Limit=str(rate.amount),
        X_RateLimit_Remaining="0",
    )


def _first(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        value = next((v for v in value if v not in (None, "")), None)
    return None if value in (None, "") else str(value)


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return _first(value)


def localise_url(url: str | None) -> str | None:
    """``url`` (a site path, stored in whichever language was active at indexing) in the active language.

    Content pages live under ``i18n_patterns(prefix_default_language=False)``: the default language
    at the root, the others under ``/<code>/``.
    """
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    default = settings.LANGUAGE_CODE
    for code, _name in settings.LANGUAGES:
        if code != default and (url == f"/{code}" or url.startswith(f"/{code}/")):
            url = url[len(code) + 1 :] or "/"
            break
    language = get_language() or default
    if language != default and language in dict(settings.LANGUAGES):
        url = f"/{language}{url}"
    return url


def _url(hit: api.SearchHit) -> str | None:
    url = hit.fields.get("url")
    if not url:
        getter = getattr(hit.object, "get_absolute_url", None)
        url = getter() if callable(getter) else None
    return localise_url(str(url)) if url else None


def _result(hit: api.SearchHit) -> dict[str, Any]:
    fields = hit.fields
    title = fields.get("title") or fields.get("name") or (str(hit.object) if hit.object is not None else "")
    return {
        "kind": _first(fields.get("kind")),
        "title": str(title),
        "url": _url(hit),
        "snippet": str(hit.highlighted) if hit.highlighted else None,
        "score": round(float(hit.score), 4),
        "sector": _first(fields.get("sector", fields.get("sectors"))),
        "province": _first(fields.get("province")),
        "date": _iso(fields.get("date")),
    }


@require_GET
def search_api(request: HttpRequest) -> JsonResponse:
    limited = _rate_limited(request, "api")
    if limited is not None:
        return limited
    try:
        cleaned = clean_search_params(request.GET)
    except ParameterError as exc:
        return _error(400, exc.message, exc.field)
    found = api.search(
        cleaned["query"],
        filters=cleaned["filters"],
        facets=FACETS,
        page=cleaned["page"],
        page_size=cleaned["page_size"],
        load_objects=False,  # the answer is made of stored fields only
        audiences=audiences_for(request.user),
    )
    if not found.ok:
        return _error(503, _("search temporarily unavailable"), Retry_After="30")
    return JsonResponse(
        {
            "count": found.count,
            "results": [_result(hit) for hit in found.results],
            "facets": {
                name: {str(fc.value): fc.count for fc in found.facets.get(name, ()) if fc.count}
                for name in FACETS
            },
        },
        json_dumps_params=_JSON,
    )


@require_GET
def openapi_document(request: HttpRequest) -> JsonResponse:
    from .openapi import build_document

    response = JsonResponse(build_document(), json_dumps_params=_JSON)
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Autocomplete for the header search box: ``{"results": [{"label", "url", "kind"}]}``."""
    limited = _rate_limited(request, "suggest")
    if limited is not None:
        return limited
    prefix = " ".join(_CONTROL_RE.sub(" ", (request.GET.get("q") or "")[:MAX_SUGGEST_QUERY]).split())
    results = []
    if prefix:
        search_url = reverse("search:results")
        for suggestion in api.autocomplete(prefix, limit=SUGGEST_LIMIT, audiences=audiences_for(request.user)):
            url = localise_url(str(suggestion.fields.get("url") or "")) or (
                f"{search_url}?{urlencode({'q': suggestion.label})}"
            )
            results.append(
                {"label": suggestion.label, "url": url, "kind": _first(suggestion.fields.get("kind"))}
            )
    return JsonResponse({"results": results}, json_dumps_params=_JSON)


def clean_similar_params(params: Any) -> dict[str, Any]:
    """Validated ``q``, ``kinds`` and ``exclude`` of the similar-content endpoint; raises ``ParameterError``.

    ``params`` is a ``QueryDict``: ``kind`` and ``exclude`` may repeat, and ``kind`` also takes a
    comma-separated list (``kind=challenge,forum_topic``) as ``data-similar-kinds`` does.
    """
    raw_query = params.get("q") or ""
    if len(raw_query) > MAX_SIMILAR_QUERY:
        raise ParameterError(
            "q", _("The text must be at most %(max)d characters.") % {"max": MAX_SIMILAR_QUERY}
        )
    query = " ".join(_CONTROL_RE.sub(" ", raw_query).split())
    kinds: list[str] = []
    for value in params.getlist("kind"):
        for kind in (part.strip() for part in value.split(",")):
            if not kind:
                continue
            if kind not in KINDS:
                raise ParameterError(
                    "kind", _("Unknown kind. Use one of: %(kinds)s.") % {"kinds": ", ".join(KINDS)}
                )
            if kind not in kinds:
                kinds.append(kind)
    excludes: list[tuple[str, str]] = []
    raw_excludes = [value.strip() for value in params.getlist("exclude") if value.strip()]
    if len(raw_excludes) > MAX_SIMILAR_EXCLUDES:
        raise ParameterError(
            "exclude", _("At most %(max)d items can be excluded.") % {"max": MAX_SIMILAR_EXCLUDES}
        )
    for value in raw_excludes:
        match = EXCLUDE_RE.match(value)
        if match is None or match.group(1) not in KINDS:
            raise ParameterError(
                "exclude", _("Exclude an item as kind:id, such as challenge:12.")
            )
        excludes.append((match.group(1), match.group(2)))
    return {"query": query, "kinds": kinds, "exclude": excludes}


@require_GET
def similar(request: HttpRequest) -> JsonResponse:
    """Existing content similar to a text being written (duplicate suggestions on posting forms).

    ``{"results": [{"kind", "kind_label", "title", "url", "snippet"}], "heading", "new_tab"}``: at most
    five visible items; ``heading`` and ``new_tab`` are the translated words ``static/js/similar.js``
    shows, so the script needs no catalogue. A text shorter than four characters finds nothing.
    """
    limited = _rate_limited(request, "similar")
    if limited is not None:
        return limited
    try:
        cleaned = clean_similar_params(request.GET)
    except ParameterError as exc:
        return _error(400, exc.message, exc.field)
    results = []
    if len(cleaned["query"]) >= SIMILAR_MIN_CHARS:
        for hit in api.similar(
            cleaned["query"],
            kinds=cleaned["kinds"],
            exclude=cleaned["exclude"],
            limit=SIMILAR_LIMIT,
            audiences=audiences_for(request.user),
        ):
            row = _result(hit)
            if not row["url"] or not row["title"]:
                continue
            results.append(
                {
                    "kind": row["kind"],
                    "kind_label": label("kind", row["kind"] or ""),
                    "title": row["title"],
                    "url": row["url"],
                    "snippet": row["snippet"],
                }
            )
    return JsonResponse(
        {
            "results": results,
            "heading": _("Similar existing content — check before posting"),
            "new_tab": _("opens in a new tab"),
        },
        json_dumps_params=_JSON,
    )

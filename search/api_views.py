"""The public JSON endpoints of search on django-ninja: ``/api/search/``, ``/api/search/similar/``,
``/search/suggest/`` and the OpenAPI document generated from them at ``/api/openapi.json``.

Every answer is JSON, errors included: bad parameters are a 400 naming the field, too many requests a
429 with ``Retry-After``, an unreachable engine a 503. Parameters and answers are the pydantic models
of ``search.schemas``; the views call ``search.api``, the one entry point into search.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from ninja import NinjaAPI, Query, Status
from ninja.decorators import decorate_view
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from . import api
from .audience import audiences_for
from .kinds import KINDS
from .registry import label
from .schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY,
    PARAMETER_ERROR,
    SIMILAR_LIMIT,
    Error,
    ParameterError,
    SearchParams,
    SearchResponse,
    SimilarParams,
    SimilarResponse,
    SuggestParams,
    SuggestResponse,
)

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "FACETS",
    "KINDS",
    "MAX_PAGE",
    "MAX_PAGE_SIZE",
    "MAX_QUERY",
    "build_document",
    "http_api",
    "localise_url",
    "openapi_document",
    "search_api",
    "similar",
    "suggest",
    "urlpatterns",
]

FACETS = ("kind", "sector", "province")
SUGGEST_LIMIT = 8
SIMILAR_MIN_CHARS = 4
_JSON = {"ensure_ascii": False}


class _Renderer(JSONRenderer):
    json_dumps_params = _JSON


class SearchAPI(NinjaAPI):
    """Answers ``application/json`` (as ``JsonResponse`` does) and names the examples of parameters."""

    def get_content_type(self) -> str:
        return "application/json"

    def get_openapi_schema(self, *, path_prefix: str | None = None, path_params: Any = None) -> Any:
        # The routes are included in search's URLs (under the language prefix), not at an API root.
        document = super().get_openapi_schema(path_prefix=path_prefix or "", path_params=path_params)
        for methods in document["paths"].values():
            for operation in methods.values():
                for parameter in operation.get("parameters", ()):
                    _name_examples(parameter)
                    _without_null(parameter["schema"], keep=False)
        schemas = document["components"]["schemas"]
        for schema in schemas.values():
            for prop in schema.get("properties", {}).values():
                _without_null(prop, keep=True)
        # The parameter models are flattened into parameters above; their own entries are never referred to.
        used = _referred(document["paths"], schemas)
        for name in set(schemas) - used:
            del schemas[name]
        return document


def _referred(node: Any, schemas: dict[str, Any], found: set[str] | None = None) -> set[str]:
    """The names of the component schemas ``node`` refers to, directly or through other schemas."""
    found = set() if found is None else found
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                _referred(schemas.get(name), schemas, found)
        for value in node.values():
            _referred(value, schemas, found)
    elif isinstance(node, list):
        for value in node:
            _referred(value, schemas, found)
    return found


def _without_null(schema: dict[str, Any], *, keep: bool) -> None:
    """pydantic writes ``X | None`` as ``anyOf: [X, {"type": "null"}]``. A query parameter is never null
    (absent, it takes its default): the null branch goes. A property keeps it, as ``"type": [X, "null"]``
    when X is a plain type."""
    branches = schema.get("anyOf")
    if not branches or {"type": "null"} not in branches or len(branches) != 2:
        return
    (other,) = [branch for branch in branches if branch != {"type": "null"}]
    if keep and ("type" not in other or not isinstance(other["type"], str)):
        return
    del schema["anyOf"]
    schema.update(other)
    if keep:
        schema["type"] = [other["type"], "null"]


def _name_examples(parameter: dict[str, Any]) -> None:
    """OpenAPI wants a parameter's ``examples`` as a map of named examples; JSON Schema as a list."""
    names = parameter["schema"].pop("x-example-names", None)
    examples = parameter.pop("examples", None)
    if names and examples:
        parameter["examples"] = {name: {"value": value} for name, value in zip(names, examples, strict=True)}


http_api = SearchAPI(
    title="DX Connect search API",
    version="1.0.0",
    description=(
        "One query over everything DX Connect indexes. Matching is Vietnamese-aware: accents are "
        "optional (`da nang` finds `Đà Nẵng`), tone placement is ignored (`hoà` = `hòa`) and "
        "abbreviations such as `CĐS` or `CNTT` match their expansions. Only public content is "
        "returned. Requests are limited per client address; error messages are in Vietnamese at "
        "the root and in English under `/en`."
    ),
    servers=[
        {"url": "/", "description": "Vietnamese messages"},
        {"url": "/en", "description": "English messages"},
    ],
    openapi_extra={
        "info": {
            "summary": "Search the case studies, challenges, solutions, experts and organisations of DX Connect."
        },
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "tags": [{"name": "search", "description": "Full-text search with facets."}],
    },
    # No docs page: Swagger UI loads its assets from a CDN, which the CSP forbids.
    openapi_url=None,
    docs_url=None,
    renderer=_Renderer(),
    urls_namespace="search-api",
)


@http_api.exception_handler(ValidationError)
def _invalid_parameter(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """The first refused parameter, in the order of the fields: ``{"error", "field"}`` with status 400."""
    first = exc.errors[0] if exc.errors else {}
    names = [part for part in first.get("loc", ()) if isinstance(part, str)]
    body: dict[str, Any] = {
        "error": first["msg"] if first.get("type") == PARAMETER_ERROR else _("Enter a valid value.")
    }
    if len(names) > 1:
        body["field"] = names[-1]
    return http_api.create_response(request, body, status=400)


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
DEFAULT_RATE_LIMITS: dict[str, tuple[int, int]] = {
    "api": (60, 60),
    "suggest": (240, 60),
    "similar": (120, 60),
}


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
            request, app="search", action=scope, config={scope: notation}, limit_get=True
        )
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


def _kind(value: Any) -> str | None:
    """The kind of a hit as the API names them (``Kind``); a kind outside that list is left out."""
    kind = _first(value)
    return kind if kind in KINDS else None


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
        "kind": _kind(fields.get("kind")),
        "title": str(title),
        "url": _url(hit),
        "snippet": str(hit.highlighted) if hit.highlighted else None,
        "score": round(float(hit.score), 4),
        "sector": _first(fields.get("sector", fields.get("sectors"))),
        "province": _first(fields.get("province")),
        "date": _iso(fields.get("date")),
    }


def rate_limit(scope: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Wraps an operation's ``run``: counted and refused before its parameters are even read."""

    def decorator(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(run)
        def limited_run(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            refused = _rate_limited(request, scope)
            return refused if refused is not None else run(request, *args, **kwargs)

        return limited_run

    return decorator


# --- the documented answers beyond the 200 (ninja merges them into what it generates) ---------------

_RESPONSE_400 = {
    "description": "A parameter is invalid; `field` names it.",
    "content": {
        "application/json": {
            "example": {"error": "The page size must be a whole number from 1 to 50.", "field": "page_size"}
        }
    },
}
_RESPONSE_405 = {"description": "Only GET is allowed."}
_RESPONSE_429 = {
    "description": "Too many requests from this client; wait `Retry-After` seconds.",
    "headers": {
        "Retry-After": {
            "description": "Seconds until requests are accepted again.",
            "schema": {"type": "integer", "minimum": 1},
        },
        "X-RateLimit-Limit": {"description": "Requests allowed per window.", "schema": {"type": "integer"}},
    },
    "content": {
        "application/json": {"example": {"error": "Too many requests. Please wait 42 seconds and try again."}}
    },
}
_RESPONSE_503 = {
    "description": "The search engine is unavailable; the rest of the site works.",
    "headers": {
        "Retry-After": {
            "description": "Seconds after which to try again.",
            "schema": {"type": "integer", "minimum": 1},
        }
    },
    "content": {"application/json": {"example": {"error": "search temporarily unavailable"}}},
}
_SEARCH_EXAMPLE = {
    "count": 1,
    "results": [
        {
            "kind": "organisation",
            "title": "Sở Khoa học và Công nghệ Đà Nẵng",
            "url": "/organisations/so-khcn-da-nang/",
            "snippet": "Sở Khoa học và Công nghệ <mark>Đà Nẵng</mark>",
            "score": 7.4213,
            "sector": "tai-nguyen-moi-truong",
            "province": "48",
            "date": "2025-03-14T08:30:00+00:00",
        }
    ],
    "facets": {
        "kind": {"organisation": 1},
        "sector": {"tai-nguyen-moi-truong": 1},
        "province": {"48": 1},
    },
    "offered_filters": [{"field": "province", "value": "48", "label": "Đà Nẵng"}],
}


@http_api.get(
    "/api/search/",
    url_name="api",
    operation_id="searchContent",
    tags=["search"],
    summary="Search all public content",
    description=(
        "Full-text search with kind, sector and province filters and facet counts. An empty "
        "`q` lists everything that matches the filters."
    ),
    response={200: SearchResponse, 400: ParameterError, 429: Error, 503: Error},
    openapi_extra={
        "responses": {
            200: {
                "description": "A page of results with facet counts.",
                "content": {"application/json": {"example": _SEARCH_EXAMPLE}},
            },
            400: _RESPONSE_400,
            405: _RESPONSE_405,
            429: _RESPONSE_429,
            503: _RESPONSE_503,
        }
    },
)
@decorate_view(rate_limit("api"))
def search_api(request: HttpRequest, response: HttpResponse, params: Query[SearchParams]) -> Any:
    found = api.search(
        params.q,
        filters=params.filters(),
        facets=FACETS,
        page=params.page,
        page_size=params.page_size,
        load_objects=False,  # the answer is made of stored fields only
        audiences=audiences_for(request.user),
    )
    if not found.ok:
        response["Retry-After"] = "30"
        return Status(503, {"error": _("search temporarily unavailable")})
    return {
        "count": found.count,
        "results": [_result(hit) for hit in found.results],
        "facets": {
            name: {str(fc.value): fc.count for fc in found.facets.get(name, ()) if fc.count}
            for name in FACETS
        },
        "offered_filters": offered_filters(found, params.filters()),
    }


def offered_filters(found: api.SearchResults, filters: dict[str, Any]) -> list[dict[str, str]]:
    """The sectors and provinces the query names that are not filters already (the API and the page)."""
    offered = []
    for name, values in found.named.items():
        active = filters.get(name)
        active = {str(v) for v in active} if isinstance(active, list | tuple | set) else {str(active)}
        offered.extend(
            {"field": name, "value": value, "label": label(name, value)}
            for value in values
            if value not in active
        )
    return offered


@http_api.get(
    "/api/search/similar/",
    url_name="similar",
    operation_id="similarContent",
    tags=["search"],
    summary="Existing content similar to a text being written",
    description=(
        "Duplicate suggestions while posting: at most five visible items similar to `q` (any of its "
        "words may match; most words and words side by side rank higher). Texts under 4 characters "
        "find nothing. `heading` and `new_tab` are the translated words a page shows with the list."
    ),
    response={200: SimilarResponse, 400: ParameterError, 429: Error},
    openapi_extra={
        "responses": {
            200: {"description": "Similar items, best first (possibly none)."},
            400: _RESPONSE_400,
            405: _RESPONSE_405,
            429: _RESPONSE_429,
        }
    },
)
@decorate_view(rate_limit("similar"))
def similar(request: HttpRequest, params: Query[SimilarParams]) -> Any:
    """Existing content similar to a text being written (duplicate suggestions on posting forms).

    ``{"results": [{"kind", "kind_label", "title", "url", "snippet"}], "heading", "new_tab"}``: at most
    five visible items; ``heading`` and ``new_tab`` are the translated words ``static/js/similar.js``
    shows, so the script needs no catalogue. A text shorter than four characters finds nothing.
    """
    results = []
    if len(params.q) >= SIMILAR_MIN_CHARS:
        for hit in api.similar(
            params.q,
            kinds=[kind.value for kind in params.kind],
            exclude=params.excluded(),
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
    return {
        "results": results,
        "heading": _("Similar existing content — check before posting"),
        "new_tab": _("opens in a new tab"),
    }


@http_api.get("/search/suggest/", url_name="suggest", response=SuggestResponse, include_in_schema=False)
@decorate_view(rate_limit("suggest"))
def suggest(request: HttpRequest, params: Query[SuggestParams]) -> Any:
    """Autocomplete for the header search box: ``{"results": [{"label", "url", "kind"}]}``."""
    results = []
    if params.q:
        search_url = reverse("search:results")
        for suggestion in api.autocomplete(
            params.q, limit=SUGGEST_LIMIT, audiences=audiences_for(request.user)
        ):
            url = localise_url(str(suggestion.fields.get("url") or "")) or (
                f"{search_url}?{urlencode({'q': suggestion.label})}"
            )
            results.append(
                {"label": suggestion.label, "url": url, "kind": _first(suggestion.fields.get("kind"))}
            )
    return {"results": results}


def build_document() -> dict[str, Any]:
    """The OpenAPI document generated from the operations above, as the JSON it is served as."""
    return json.loads(json.dumps(http_api.get_openapi_schema(), cls=_Renderer.encoder_class))


@require_GET
def openapi_document(request: HttpRequest) -> JsonResponse:
    response = JsonResponse(build_document(), json_dumps_params=_JSON)
    response["Cache-Control"] = "public, max-age=3600"
    return response


# The operations' routes without ninja's API root (a 404 at "/" would hide the home page); search's
# urls.py includes them under the language prefix with the names search:api, search:similar, search:suggest.
urlpatterns: list[URLPattern] = [
    pattern for pattern in http_api.urls[0] if getattr(pattern, "name", None) != "api-root"
]

"""The OpenAPI 3.1 description of the public search API, served at ``/api/openapi.json``.

Hand-written: keep it in step with ``search.api_views`` (the tests compare the two).
"""

from __future__ import annotations

import copy
from typing import Any

from .api_views import (
    DEFAULT_PAGE_SIZE,
    KINDS,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    MAX_QUERY,
    PROVINCE_RE,
    SECTOR_RE,
)

__all__ = ["OPENAPI_VERSION", "build_document"]

OPENAPI_VERSION = "3.1.0"

_ERROR_FIELDS = ["q", "kind", "sector", "province", "page", "page_size", "exclude"]

_DOCUMENT: dict[str, Any] = {
    "openapi": OPENAPI_VERSION,
    "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
    "info": {
        "title": "DX Connect search API",
        "version": "1.0.0",
        "summary": "Search the case studies, challenges, solutions, experts and organisations of DX Connect.",
        "description": (
            "One query over everything DX Connect indexes. Matching is Vietnamese-aware: accents are "
            "optional (`da nang` finds `Đà Nẵng`), tone placement is ignored (`hoà` = `hòa`) and "
            "abbreviations such as `CĐS` or `CNTT` match their expansions. Only public content is "
            "returned. Requests are limited per client address; error messages are in Vietnamese at "
            "the root and in English under `/en`."
        ),
    },
    "servers": [
        {"url": "/", "description": "Vietnamese messages"},
        {"url": "/en", "description": "English messages"},
    ],
    "tags": [{"name": "search", "description": "Full-text search with facets."}],
    "paths": {
        "/api/search/": {
            "get": {
                "operationId": "searchContent",
                "tags": ["search"],
                "summary": "Search all public content",
                "description": (
                    "Full-text search with kind, sector and province filters and facet counts. An empty "
                    "`q` lists everything that matches the filters."
                ),
                "parameters": [
                    {
                        "name": "q",
                        "in": "query",
                        "required": False,
                        "description": (
                            'What to look for. "Quoted phrases" and -exclusions work; accents are optional.'
                        ),
                        "schema": {"type": "string", "maxLength": MAX_QUERY, "default": ""},
                        "examples": {
                            "unaccented": {"value": "chuyen doi so nong nghiep"},
                            "abbreviation": {"value": "CĐS y tế"},
                        },
                    },
                    {
                        "name": "kind",
                        "in": "query",
                        "required": False,
                        "description": "Only results of this kind.",
                        "schema": {"$ref": "#/components/schemas/Kind"},
                    },
                    {
                        "name": "sector",
                        "in": "query",
                        "required": False,
                        "description": "Only results in this sector (its slug, e.g. `y-te`).",
                        "schema": {"type": "string", "pattern": SECTOR_RE.pattern, "examples": ["y-te"]},
                    },
                    {
                        "name": "province",
                        "in": "query",
                        "required": False,
                        "description": "Only results in this province or city (its two-digit official code, e.g. `01` Hà Nội, `79` TP. Hồ Chí Minh).",
                        "schema": {"type": "string", "pattern": PROVINCE_RE.pattern, "examples": ["48"]},
                    },
                    {
                        "name": "page",
                        "in": "query",
                        "required": False,
                        "description": "Page number, from 1.",
                        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
                    },
                    {
                        "name": "page_size",
                        "in": "query",
                        "required": False,
                        "description": "Results per page.",
                        "schema": {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": MAX_PAGE_SIZE,
                            "default": DEFAULT_PAGE_SIZE,
                        },
                    },
                ],
                "responses": {
                    "200": {
                        "description": "A page of results with facet counts.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/SearchResponse"},
                                "example": {
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
                                },
                            }
                        },
                    },
                    "400": {
                        "description": "A parameter is invalid; `field` names it.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ParameterError"},
                                "example": {
                                    "error": "The page size must be a whole number from 1 to 50.",
                                    "field": "page_size",
                                },
                            }
                        },
                    },
                    "405": {
                        "description": "Only GET (and HEAD) are allowed.",
                    },
                    "429": {
                        "description": "Too many requests from this client; wait `Retry-After` seconds.",
                        "headers": {
                            "Retry-After": {
                                "description": "Seconds until requests are accepted again.",
                                "schema": {"type": "integer", "minimum": 1},
                            },
                            "X-RateLimit-Limit": {
                                "description": "Requests allowed per window.",
                                "schema": {"type": "integer"},
                            },
                        },
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Error"},
                                "example": {
                                    "error": "Too many requests. Please wait 42 seconds and try again."
                                },
                            }
                        },
                    },
                    "503": {
                        "description": "The search engine is unavailable; the rest of the site works.",
                        "headers": {
                            "Retry-After": {
                                "description": "Seconds after which to try again.",
                                "schema": {"type": "integer", "minimum": 1},
                            }
                        },
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Error"},
                                "example": {"error": "search temporarily unavailable"},
                            }
                        },
                    },
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": list(KINDS), "description": "The kind of content."},
            "SearchResult": {
                "type": "object",
                "additionalProperties": False,
                "required": ["kind", "title", "url", "snippet", "score", "sector", "province", "date"],
                "properties": {
                    "kind": {
                        "oneOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}],
                    },
                    "title": {
                        "type": "string",
                        "description": "The title; for an expert, the person's name.",
                    },
                    "url": {
                        "type": ["string", "null"],
                        "description": "Path of the page on this site.",
                        "examples": ["/experts/nguyen-thi-minh-anh/"],
                    },
                    "snippet": {
                        "type": ["string", "null"],
                        "description": (
                            "HTML: an excerpt with every character escaped and matched words in `<mark>`; "
                            "null when there is nothing to highlight (an empty `q`)."
                        ),
                    },
                    "score": {"type": "number", "description": "Relevance; higher is better."},
                    "sector": {
                        "type": ["string", "null"],
                        "description": "Slug of the first sector of the result.",
                    },
                    "province": {
                        "type": ["string", "null"],
                        "description": "Official code of the first province of the result.",
                    },
                    "date": {
                        "type": ["string", "null"],
                        "format": "date-time",
                        "description": "Publication or last-update time, ISO 8601.",
                    },
                },
            },
            "FacetCounts": {
                "type": "object",
                "description": "Value → number of results with it (values with no results are left out).",
                "additionalProperties": {"type": "integer", "minimum": 1},
            },
            "SearchResponse": {
                "type": "object",
                "additionalProperties": False,
                "required": ["count", "results", "facets"],
                "properties": {
                    "count": {"type": "integer", "minimum": 0, "description": "Results over all pages."},
                    "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}},
                    "facets": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["kind", "sector", "province"],
                        "properties": {
                            "kind": {"$ref": "#/components/schemas/FacetCounts"},
                            "sector": {"$ref": "#/components/schemas/FacetCounts"},
                            "province": {"$ref": "#/components/schemas/FacetCounts"},
                        },
                    },
                },
            },
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "string", "description": "What went wrong, for people."}},
            },
            "ParameterError": {
                "allOf": [
                    {"$ref": "#/components/schemas/Error"},
                    {
                        "type": "object",
                        "required": ["field"],
                        "properties": {"field": {"type": "string", "enum": _ERROR_FIELDS}},
                    },
                ]
            },
        }
    },
}


_SEARCH_GET = _DOCUMENT["paths"]["/api/search/"]["get"]
_DOCUMENT["paths"]["/api/search/similar/"] = {
    "get": {
        "operationId": "similarContent",
        "tags": ["search"],
        "summary": "Existing content similar to a text being written",
        "description": (
            "Duplicate suggestions while posting: at most five visible items similar to `q` (any of its "
            "words may match; most words and words side by side rank higher). Texts under 4 characters "
            "find nothing. `heading` and `new_tab` are the translated words a page shows with the list."
        ),
        "parameters": [
            {
                "name": "q",
                "in": "query",
                "required": True,
                "description": "The text being written, usually a title.",
                "schema": {"type": "string", "maxLength": 300},
                "examples": {"title": {"value": "Số hóa hồ sơ bệnh án tại bệnh viện huyện"}},
            },
            {
                "name": "kind",
                "in": "query",
                "required": False,
                "description": "Kinds to look in; repeat it or separate kinds with commas. None: every kind.",
                "style": "form",
                "explode": True,
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
            },
            {
                "name": "exclude",
                "in": "query",
                "required": False,
                "description": "An item to leave out (the one being edited) as `kind:id`; up to 10.",
                "style": "form",
                "explode": True,
                "schema": {"type": "array", "maxItems": 10, "items": {"type": "string", "examples": ["challenge:12"]}},
            },
        ],
        "responses": {
            "200": {
                "description": "Similar items, best first (possibly none).",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["results", "heading", "new_tab"],
                            "properties": {
                                "results": {
                                    "type": "array",
                                    "maxItems": 5,
                                    "items": {
                                        "type": "object",
                                        "required": ["kind", "kind_label", "title", "url", "snippet"],
                                        "properties": {
                                            "kind": {"$ref": "#/components/schemas/Kind"},
                                            "kind_label": {"type": "string"},
                                            "title": {"type": "string"},
                                            "url": {"type": "string"},
                                            "snippet": {
                                                "type": ["string", "null"],
                                                "description": "Escaped text with <mark> around matches.",
                                            },
                                        },
                                    },
                                },
                                "heading": {"type": "string"},
                                "new_tab": {"type": "string"},
                            },
                        }
                    }
                },
            },
            "400": _SEARCH_GET["responses"]["400"],
            "405": _SEARCH_GET["responses"]["405"],
            "429": _SEARCH_GET["responses"]["429"],
        },
    }
}


def build_document() -> dict[str, Any]:
    """A fresh copy of the document (callers may change it)."""
    return copy.deepcopy(_DOCUMENT)

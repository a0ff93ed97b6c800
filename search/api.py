"""The stable search API for the rest of DX Connect; engine-agnostic (haystack calls only).

Other apps import from here, never from ``search.backends``::

    from search.api import search, autocomplete, more_like_this

Conventions their ``SearchIndex`` classes follow (see the module ``search.backends.tantivy_schema``):

* one ``document=True`` field named ``text`` holding plain text (no HTML) of everything searchable;
* fields to boost in relevance (title, name) are ``CharField(..., boost=2.0)``;
* fields to filter and facet on are declared ``faceted=True`` (or ``MultiValueField``); filter with
  their plain name (``filters={"sector": "y-te"}``), facet with ``facets=("sector",)``;
* an ``EdgeNgramField`` named ``autocomplete`` feeds ``autocomplete()``.

Snippets in ``SearchHit.highlighted`` are HTML with every character of the document escaped and
``<mark>`` around matched words; backends must keep that contract.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from haystack import connections
from haystack.constants import DEFAULT_ALIAS, DOCUMENT_FIELD
from haystack.inputs import Raw
from haystack.models import SearchResult
from haystack.query import SearchQuerySet

from . import querylang as ql
from .audience import FIELD as AUDIENCE_FIELD
from .audience import PUBLIC_ONLY, audiences_for
from .signals import schedule_removal, schedule_update
from .text import STOPWORDS, analyze, fold
from .understanding import Understanding, understand

__all__ = [
    "AUTOCOMPLETE_FIELD",
    "MAX_PAGE_SIZE",
    "FacetCount",
    "SearchHit",
    "SearchResults",
    "Suggestion",
    "audiences_for",
    "autocomplete",
    "more_like_this",
    "schedule_removal",
    "schedule_update",
    "search",
    "similar",
]

logger = logging.getLogger(__name__)

AUTOCOMPLETE_FIELD = "autocomplete"
MAX_PAGE_SIZE = 100
_COLLECTIONS = (list, tuple, set, frozenset)


@dataclass(frozen=True)
class SearchHit:
    """One result: the database object (``None`` if it vanished), its relevance and its snippet."""

    object: Model | None
    model_label: str  # "app_label.model_name"
    pk: str
    score: float
    highlighted: SafeString | None
    fields: Mapping[str, Any] = field(default_factory=dict)  # stored search fields


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet and how many results have it."""

    value: Any
    count: int


@dataclass(frozen=True)
class SearchResults:
    """A page of results. ``ok`` is ``False`` when the engine failed (results are then empty)."""

    query: str
    count: int
    page: int
    page_size: int
    results: tuple[SearchHit, ...] = ()
    facets: Mapping[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    suggestion: str | None = None
    ok: bool = True
    # Facet values the query names ("bệnh án điện tử Đà Nẵng": {"province": ("48",)}): preferred in the
    # ranking, not required; offer them as filters.
    named: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The kind of result the query asks for ("chuyên gia …": "expert"), ranked first.
    intent: str | None = None

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size)) if self.page_size else 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete entry."""

    label: str
    model_label: str
    pk: str
    fields: Mapping[str, Any] = field(default_factory=dict)


def _queryset(using: str | None) -> SearchQuerySet:
    return SearchQuerySet(using=using) if using else SearchQuerySet()


def _snippet(result: SearchResult) -> SafeString | None:
    highlighted = getattr(result, "highlighted", None)
    if isinstance(highlighted, Mapping):
        fragments = highlighted.get(DOCUMENT_FIELD) or next(iter(highlighted.values()), None)
    else:
        fragments = highlighted
    if isinstance(fragments, list | tuple):
        fragments = " … ".join(str(f) for f in fragments if f)
    # Backends escape the document text and add only <mark> tags (see the module docstring).
    return mark_safe(fragments) if fragments else None  # noqa: S308


def _stored_fields(result: SearchResult) -> dict[str, Any]:
    fields = result.get_additional_fields()
    fields.pop("highlighted", None)
    return fields


def _hit(result: SearchResult, *, with_object: bool = True) -> SearchHit:
    return SearchHit(
        object=result.object if with_object else None,
        model_label=f"{result.app_label}.{result.model_name}",
        pk=str(result.pk),
        score=float(result.score or 0.0),
        highlighted=_snippet(result),
        fields=_stored_fields(result),
    )


def _for_readers(sqs: SearchQuerySet, audiences: Iterable[str] | None) -> SearchQuerySet:
    """Keep the documents that one of ``audiences`` may read (a visitor's when ``None``)."""
    tokens = sorted({str(token) for token in (audiences or PUBLIC_ONLY) if token})
    return sqs.filter(**{f"{AUDIENCE_FIELD}__in": tokens or list(PUBLIC_ONLY)})


def _apply_filters(sqs: SearchQuerySet, filters: Mapping[str, Any] | None) -> SearchQuerySet:
    for key, value in (filters or {}).items():
        if value is None or value == "":
            continue  # an unset form field is "no filter", not "empty value"
        if isinstance(value, _COLLECTIONS):
            values = [v for v in value if v not in (None, "")]
            if not values:
                continue
            lookup = key if key.endswith(("__in", "__range")) else f"{key}__in"
            sqs = sqs.filter(**{lookup: values})
        else:
            sqs = sqs.filter(**{key: value})
    return sqs


def search(
    query: str,
    *,
    models: Iterable[type[Model]] | None = None,
    filters: Mapping[str, Any] | None = None,
    facets: Sequence[str] = (),
    page: int = 1,
    page_size: int = 20,
    highlight: bool = True,
    order_by: Sequence[str] = (),
    using: str | None = None,
    load_objects: bool = True,
    audiences: Iterable[str] | None = None,
) -> SearchResults:
    """Full-text search with filters, facets, highlighting and a "did you mean" suggestion.

    ``load_objects=False`` leaves ``SearchHit.object`` empty: callers that need only the stored fields
    (the JSON API) save a database query per kind of result.

    ``audiences`` are the reader's tokens (``audiences_for(request.user)``); without them only what
    anyone may read is found.

    ``query`` is what the user typed ("quoted phrases" and -exclusions work); an empty query lists
    everything that matches ``filters``. ``filters`` maps field names to a value, a list of values
    (any of them) or, with a lookup suffix, a bound: ``{"sector": "y-te", "province": ["Hà Nội",
    "Huế"], "published__gte": date(2024, 1, 1)}``. ``facets`` names faceted fields whose value counts
    are returned. ``order_by`` takes field names (``"-published"``); relevance is the default.
    """
    query = (query or "").strip()
    page = max(1, int(page))
    page_size = min(max(1, int(page_size)), MAX_PAGE_SIZE)
    sqs = _queryset(using)
    understood = understand(query) if query else None
    if understood is not None:
        sqs = sqs.filter(content=Raw(understood.query))
    elif query:
        sqs = sqs.auto_query(query)
    if models:
        sqs = sqs.models(*models)
    sqs = _for_readers(_apply_filters(sqs, filters), audiences)
    for name in facets:
        sqs = sqs.facet(name)
    if highlight:
        sqs = sqs.highlight()
    if order_by:
        sqs = sqs.order_by(*order_by)
    if load_objects:
        sqs = sqs.load_all()
    start = (page - 1) * page_size
    try:
        page_results = list(sqs[start : start + page_size])  # one engine query: hits, count, facets
        count = sqs.count()
        facet_counts = sqs.facet_counts().get("fields", {}) if facets else {}
        suggestion = sqs.spelling_suggestion() if query else None
        if load_objects:
            # A hit whose object changed since it was indexed (made members-only, say) is checked
            # against the object as it is now; its indexing task will soon fix counts and facets too.
            unified = connections[using or DEFAULT_ALIAS].get_unified_index()
            readable = [
                result
                for result in page_results
                if result.object is None
                or _readable(unified.get_index(result.model), result.object, audiences)
            ]
            count -= len(page_results) - len(readable)
            page_results = readable
    except Exception:
        logger.exception("Search for %r failed", query)
        return SearchResults(query=query, count=0, page=page, page_size=page_size, ok=False)
    hits = tuple(_hit(result, with_object=load_objects) for result in page_results)
    if understood is not None and understood.kind:
        hits = tuple(_explained(hit, understood) for hit in hits)
    return SearchResults(
        query=query,
        count=count,
        page=page,
        page_size=page_size,
        named=understood.named if understood is not None else {},
        intent=understood.kind if understood is not None else None,
        results=hits,
        facets={
            name: tuple(FacetCount(value, int(n)) for value, n in facet_counts.get(name, ()))
            for name in facets
        },
        suggestion=suggestion or None,
    )


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list | tuple) and value else value


def _explained(hit: SearchHit, understood: Understanding) -> SearchHit:
    """A hit of the kind the query asks for, its snippet led by the skills (tags) that match the
    query's other words: why this expert is shown."""
    if str(_first(hit.fields.get("kind"))) != understood.kind:
        return hit
    words = {fold(w) for w in understood.words} - {fold(w) for w in STOPWORDS}
    tags = hit.fields.get("tags") or ()
    tags = [tags] if isinstance(tags, str) else list(tags)
    matching = [tag for tag in tags if words & {t.folded for t in analyze(str(tag))}]
    if not matching:
        return hit
    why = format_html(
        '<span class="search-why">{}: {}</span>',
        _("Matching skills"),
        format_html_join(", ", "<mark>{}</mark>", ((tag,) for tag in matching)),
    )
    snippet = format_html("{} · {}", why, hit.highlighted) if hit.highlighted else why
    return SearchHit(
        object=hit.object,
        model_label=hit.model_label,
        pk=hit.pk,
        score=hit.score,
        highlighted=snippet,
        fields=hit.fields,
    )


def _has_field(name: str, using: str | None) -> bool:
    return name in connections[using or DEFAULT_ALIAS].get_unified_index().all_searchfields()


def autocomplete(
    prefix: str,
    *,
    models: Iterable[type[Model]] | None = None,
    limit: int = 8,
    using: str | None = None,
    audiences: Iterable[str] | None = None,
) -> list[Suggestion]:
    """Suggestions whose ``autocomplete`` field starts with the words of ``prefix`` (accents optional)."""
    prefix = (prefix or "").strip()
    if not prefix or limit <= 0:
        return []
    sqs = _queryset(using)
    if _has_field(AUTOCOMPLETE_FIELD, using):
        sqs = sqs.autocomplete(**{AUTOCOMPLETE_FIELD: prefix})
    else:
        sqs = sqs.filter(content__startswith=prefix)
    if models:
        sqs = sqs.models(*models)
    sqs = _for_readers(sqs, audiences)
    try:
        results = list(sqs[: min(limit, MAX_PAGE_SIZE)])
    except Exception:
        logger.exception("Autocomplete for %r failed", prefix)
        return []
    suggestions = []
    for result in results:
        label = (
            getattr(result, AUTOCOMPLETE_FIELD, None)
            or getattr(result, "title", None)
            or getattr(result, "name", None)
            or str(result.object or "")
        )
        suggestions.append(
            Suggestion(
                label=str(label),
                model_label=f"{result.app_label}.{result.model_name}",
                pk=str(result.pk),
                fields=_stored_fields(result),
            )
        )
    return suggestions


def more_like_this(
    instance: Model,
    *,
    limit: int = 5,
    models: Iterable[type[Model]] | None = None,
    using: str | None = None,
    audiences: Iterable[str] | None = None,
    load_objects: bool = True,
) -> list[SearchHit]:
    """Indexed objects most similar in content to ``instance`` (itself excluded) that ``audiences`` may
    read (anyone, by default). ``load_objects=False`` returns stored fields only, with no query."""
    if limit <= 0:
        return []
    sqs = _for_readers(_queryset(using).more_like_this(instance), audiences)
    if models:
        sqs = sqs.models(*models)
    if load_objects:
        sqs = sqs.load_all()
    try:
        results = list(sqs[: min(limit, MAX_PAGE_SIZE)])
    except Exception:
        logger.exception("More-like-this for %r failed", instance)
        return []
    return [_hit(result, with_object=load_objects) for result in results]


# Words of a "similar content" text that count; the rest of a long text is ignored.
SIMILAR_MAX_WORDS = 24
# Hits scoring below this share of the best hit are noise (they share one common syllable).
SIMILAR_MIN_RELATIVE_SCORE = 0.2


def similar_query(text: str) -> str | None:
    """The query-language string finding content similar to ``text`` (a title being typed).

    Any content word may match (a duplicate is rarely worded the same way), and the words as one
    run add the usual bonuses for matching most of them and for matching them side by side.
    ``None`` when ``text`` has no content word.
    """
    tokens = analyze(text or "")
    words = [t.surface for t in tokens if t.exact not in STOPWORDS][:SIMILAR_MAX_WORDS]
    if not words:
        return None
    escaped = [ql.escape_word(word) for word in words]
    unique = list(dict.fromkeys(escaped))
    anyword = " OR ".join(unique)
    if len(unique) == 1:
        return anyword
    run = " ".join(ql.escape_word(t.surface) for t in tokens[: SIMILAR_MAX_WORDS * 2])
    return f"({anyword}) ?({run})^2"


def similar(
    text: str,
    *,
    kinds: Sequence[str] = (),
    exclude: Iterable[tuple[str, str]] = (),
    limit: int = 5,
    using: str | None = None,
    audiences: Iterable[str] | None = None,
) -> list[SearchHit]:
    """Visible content similar to ``text``: duplicate suggestions while someone writes a title.

    ``kinds`` restricts the stored ``kind`` field; ``exclude`` drops ``(kind, pk)`` pairs (the object
    being edited). Hits are loaded from the database through each index's ``read_queryset``, so an
    object hidden since it was indexed never appears, and hits far weaker than the best are dropped.
    Never raises: an engine failure gives no suggestions.
    """
    query = similar_query(text)
    if query is None or limit <= 0:
        return []
    excluded = {(str(kind), str(pk)) for kind, pk in exclude}
    sqs = _for_readers(_queryset(using).filter(content=Raw(query)), audiences)
    if kinds:
        sqs = _apply_filters(sqs, {"kind": list(kinds)})
    sqs = sqs.highlight()
    try:
        results = [r for r in sqs[: min(limit + len(excluded), MAX_PAGE_SIZE)] if r is not None]
        visible = _visible_objects(results, using, audiences)
    except Exception:
        logger.exception("Similar-content search for %r failed", text)
        return []
    hits = []
    best = None
    for result in results:
        obj = visible.get((result.model, str(result.pk)))
        if obj is None:
            continue
        hit = _hit(result, with_object=False)
        kind = hit.fields.get("kind")
        kind = kind[0] if isinstance(kind, list | tuple) and kind else kind
        if (str(kind), hit.pk) in excluded:
            continue
        best = hit.score if best is None else best
        if best > 0 and hit.score < best * SIMILAR_MIN_RELATIVE_SCORE:
            break
        hits.append(
            SearchHit(
                object=obj,
                model_label=hit.model_label,
                pk=hit.pk,
                score=hit.score,
                highlighted=hit.highlighted,
                fields=hit.fields,
            )
        )
        if len(hits) >= limit:
            break
    return hits


def _readable(index: Any, obj: Model, audiences: Iterable[str] | None) -> bool:
    """Whether ``audiences`` may read ``obj`` as it is now in the database (its document may be older)."""
    prepare = getattr(index, "prepare_audience", None)
    if prepare is None:
        return True
    try:
        allowed = {str(token) for token in prepare(obj) or ()}
    except Exception:  # an object whose audience cannot be worked out is shown to nobody
        logger.exception("Search audience of %r failed", obj)
        return False
    return bool(allowed & set(audiences or PUBLIC_ONLY))


def _visible_objects(
    results: Sequence[SearchResult], using: str | None, audiences: Iterable[str] | None = None
) -> dict[tuple[Any, str], Model]:
    """The objects of ``results`` that their index's ``read_queryset()`` still returns and that
    ``audiences`` may still read, by (model, pk).

    One query per model. Done here rather than with haystack's ``load_all()``, which misplaces hits
    in a slice when some of them are left out.
    """
    unified = connections[using or DEFAULT_ALIAS].get_unified_index()
    by_model: dict[Any, list[str]] = {}
    for result in results:
        by_model.setdefault(result.model, []).append(str(result.pk))
    found: dict[tuple[Any, str], Model] = {}
    for model, pks in by_model.items():
        try:
            index = unified.get_index(model)
            queryset = index.read_queryset(using=using)
        except Exception:  # a model no longer indexed: none of its hits are shown
            logger.warning("Similar content: %s is no longer indexed", model)
            continue
        for pk, obj in queryset.in_bulk(pks).items():
            if _readable(index, obj, audiences):
                found[(model, str(pk))] = obj
    return found

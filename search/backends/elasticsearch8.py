"""Haystack engine on Elasticsearch 9 (haystack's own Elasticsearch backends stop at 7).

Supported: Elasticsearch 9.5 and later 9.x, with the pinned ``elasticsearch==9.5.1`` client (a 9.x
client refuses 8.x servers). Tested in CI against a 9.5.3 node (``platform/elasticsearch/node.sh``).

Connection options (``HAYSTACK_CONNECTIONS[alias]``):

``URL``               cluster address, e.g. ``http://elasticsearch:9200`` (required)
``INDEX_NAME``        index holding every model (default ``dxconnect``)
``KWARGS``            extra keyword arguments of ``elasticsearch.Elasticsearch`` (``api_key``,
                      ``basic_auth``, ``ca_certs``, ``request_timeout`` …)
``SETTINGS_DIR``      folder of ``index-settings.json``, ``mappings-base.json`` and
                      ``field-mappings.json`` (default ``platform/elasticsearch``)
``INCLUDE_SPELLING``  compute "did you mean" suggestions (default ``True``)
``SYNONYMS_FILE``     synonyms file (default ``search/synonyms.txt``)
``SILENTLY_FAIL``     log engine errors instead of raising them (default ``False``: callers decide)

The index is created on first use with the analysers, synonyms and mappings described in
``search.backends.es_schema``; fields added later are added to the mapping (``rebuild_index`` fills
them). Queries are haystack's query language (``search.querylang``) compiled by
``search.backends.es_query``; snippets are rendered by ``search.highlight`` from the stored text, so
both engines return the same escaped HTML with ``<mark>`` around matches.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model
from haystack.backends import BaseEngine, BaseSearchBackend, log_query
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import MoreLikeThisError, SearchBackendError, SkipDocument
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from haystack.utils.app_loading import haystack_get_model

from .. import querylang as ql
from ..highlight import DEFAULT_SNIPPET_CHARS
from ..highlight import highlight as render_snippet
from ..synonyms import load_synonyms
from ..text import STOPWORDS, AnalyzedToken, analyze, fold
from .es_query import MATCH_NONE, CompiledQuery, QueryCompiler, filter_only
from .es_schema import (
    DATA,
    FieldSpec,
    Kind,
    build_document,
    build_index_body,
    build_mappings,
    build_settings,
    build_specs,
    decode_stored,
    es_value,
    facet_field,
    folded_field,
    sort_field,
)
from .query_base import RELAX_BELOW
from .tantivy_backend import TantivySearchQuery
from .tantivy_query import FUZZY_KNOWN_DOC_FREQ

__all__ = ["Elasticsearch8SearchBackend", "Elasticsearch8SearchEngine", "Elasticsearch8SearchQuery"]

logger = logging.getLogger(__name__)

DEFAULT_INDEX_NAME = "dxconnect"
DEFAULT_FACET_SIZE = 100
MAX_FACET_SIZE = 10_000
MAX_DATE_FACET_BUCKETS = 400
MAX_RESULT_WINDOW = 10_000  # index.max_result_window
SPELLING_SUGGESTER = "dx_spelling"
SPELLING_SUGGESTER_EXACT = "dx_spelling_exact"
MLT_MAX_QUERY_TERMS = 25
DELETE_PAGE_SIZE = 1000
_SOURCE_FIELDS = [DJANGO_CT, DJANGO_ID, DATA]


def _new_client(url: str, options: Mapping[str, Any]) -> Any:
    from elasticsearch import Elasticsearch

    return Elasticsearch(hosts=[url], **dict(options))


def _body(response: Any) -> Any:
    """The decoded JSON of a client response (``ObjectApiResponse`` is not a ``dict``)."""
    return getattr(response, "body", response)


def _total(response: Mapping[str, Any]) -> int:
    total = response.get("hits", {}).get("total", 0)
    return int(total.get("value", 0) if isinstance(total, Mapping) else total or 0)


def _is_already_exists(exc: BaseException) -> bool:
    return "resource_already_exists_exception" in str(exc)


class Elasticsearch8SearchBackend(BaseSearchBackend):
    """Haystack backend on one Elasticsearch index (official client, 8.x/9.x API)."""

    RESERVED_WORDS = ql.OPERATORS
    RESERVED_CHARACTERS = ("\\", *sorted(ql.SPECIAL_CHARS - {"\\"}))

    def __init__(self, connection_alias: str, **connection_options: Any) -> None:
        super().__init__(connection_alias, **connection_options)
        url = connection_options.get("URL")
        if not url:
            raise ImproperlyConfigured(f"The search connection {connection_alias!r} needs a 'URL'.")
        self.url = str(url)
        self.index_name = str(connection_options.get("INDEX_NAME") or DEFAULT_INDEX_NAME)
        self.client_options = dict(connection_options.get("KWARGS") or {})
        self.settings_dir = connection_options.get("SETTINGS_DIR")
        self.include_spelling = bool(connection_options.get("INCLUDE_SPELLING", True))
        self.silently_fail = bool(connection_options.get("SILENTLY_FAIL", False))
        self.synonyms_file = connection_options.get("SYNONYMS_FILE")
        self._client: Any = None
        self._specs: dict[str, FieldSpec] | None = None
        self._ready = False
        self._outdated = False

    # setup

    @property
    def client(self) -> Any:
        """The ``elasticsearch.Elasticsearch`` client (created on first use; tests may replace it)."""
        if self._client is None:
            self._client = _new_client(self.url, self.client_options)
        return self._client

    @client.setter
    def client(self, value: Any) -> None:
        self._client = value

    @property
    def specs(self) -> dict[str, FieldSpec]:
        if self._specs is None:
            from haystack import connections

            self._specs = build_specs(
                connections[self.connection_alias].get_unified_index().all_searchfields()
            )
        return self._specs

    def index_body(self) -> dict[str, Any]:
        """``settings`` and ``mappings`` for ``indices.create`` (see ``platform/elasticsearch``)."""
        return build_index_body(self.specs, load_synonyms(self.synonyms_file), self.settings_dir)

    def setup(self) -> None:
        """Create the index when missing; add fields that the index does not have yet."""
        if self._ready:
            return
        if not self.client.indices.exists(index=self.index_name):
            try:
                self.client.indices.create(index=self.index_name, **self.index_body())
            except Exception as exc:
                if not _is_already_exists(exc):  # another process created it meanwhile
                    raise
            self._outdated = False
        else:
            self._sync_mapping()
        self._ready = True

    def _sync_mapping(self) -> None:
        wanted = build_mappings(self.specs, self.settings_dir)
        current = _body(self.client.indices.get_mapping(index=self.index_name))
        mapping = next(iter(current.values()), {}).get("mappings", {})
        have = mapping.get("_meta", {}).get("dxconnect", {}).get("fingerprint")
        want = wanted["_meta"]["dxconnect"]["fingerprint"]
        if have == want:
            self._outdated = False
            return
        self._outdated = True
        known = mapping.get("properties", {})
        added = {name: body for name, body in wanted["properties"].items() if name not in known}
        if added:
            try:
                self.client.indices.put_mapping(index=self.index_name, properties=added)
            except Exception:
                logger.exception(
                    "Cannot add search fields %s to %s; run rebuild_index.", sorted(added), self.index_name
                )
        logger.warning(
            "Search index %s was built for other search fields; run `manage.py rebuild_index`.",
            self.index_name,
        )

    def update_synonyms(self) -> None:
        """Send the current ``synonyms.txt`` to the index's search analysers (closes it for a moment)."""
        self.setup()
        analysis = build_settings(load_synonyms(self.synonyms_file), self.settings_dir)["analysis"]
        self.client.indices.close(index=self.index_name)
        try:
            self.client.indices.put_settings(index=self.index_name, settings={"analysis": analysis})
        finally:
            self.client.indices.open(index=self.index_name)

    def _fail(self, message: str, exc: BaseException) -> None:
        if self.silently_fail:
            logger.error("%s: %s", message, exc, exc_info=exc)
            return
        if isinstance(exc, SearchBackendError):
            raise exc
        raise SearchBackendError(f"{message}: {exc}") from exc

    # writing

    def update(self, index: Any, iterable: Iterable[Model], commit: bool = True) -> None:
        """Index (or re-index) ``iterable`` with one bulk request; each object replaces its old version."""
        try:
            self.setup()
            operations: list[dict[str, Any]] = []
            for obj in iterable:
                identifier = get_identifier(obj)
                try:
                    document = build_document(index.full_prepare(obj), self.specs)
                except SkipDocument:
                    logger.debug("Indexing of %s skipped by its search index.", identifier)
                    document = None
                except Exception:
                    # One broken object must not keep a whole batch (update_index: 1000) out.
                    logger.exception("Cannot prepare %s for the search index; it is left out.", identifier)
                    document = None
                if document is None:
                    # As on the embedded engine, a skipped object loses its previous version too.
                    operations.append({"delete": {"_index": self.index_name, "_id": identifier}})
                    continue
                operations.append({"index": {"_index": self.index_name, "_id": identifier}})
                operations.append(document)
            if not operations:
                return
            response = _body(self.client.bulk(operations=operations, refresh=bool(commit)))
            if response.get("errors"):
                failed = [
                    (result.get("_id"), result.get("error"))
                    for item in response.get("items", [])
                    for result in item.values()
                    if isinstance(result, dict) and result.get("error")
                ]
                for identifier, error in failed[:20]:
                    logger.error("Elasticsearch refused %s: %s", identifier, error)
                raise SearchBackendError(f"{len(failed)} documents were not indexed (first: {failed[:1]})")
        except Exception as exc:
            self._fail("Updating the search index failed", exc)

    def remove(self, obj_or_string: Model | str, commit: bool = True) -> None:
        """Remove one object (instance or ``app_label.model_name.pk`` identifier)."""
        try:
            self.setup()
            identifier = get_identifier(obj_or_string)
            self.client.options(ignore_status=404).delete(
                index=self.index_name, id=identifier, refresh=bool(commit)
            )
        except Exception as exc:
            self._fail("Removing from the search index failed", exc)

    def clear(self, models: Sequence[type[Model]] | None = None, commit: bool = True) -> None:
        """Delete the index (it is recreated on next use), or the documents of ``models``."""
        try:
            if models is None:
                self.client.options(ignore_status=404).indices.delete(index=self.index_name)
                self._ready = False
                self._outdated = False
                return
            content_types = sorted({get_model_ct(model) for model in models})
            if not content_types:
                return
            self.setup()
            self._delete_matching({"terms": {DJANGO_CT: content_types}}, refresh=bool(commit))
        except Exception as exc:
            self._fail("Clearing the search index failed", exc)

    def _delete_matching(self, query: Mapping[str, Any], *, refresh: bool) -> None:
        """Delete the documents matching ``query``, a page of ids at a time.

        Search + bulk delete are core APIs; ``_delete_by_query`` lives in Elasticsearch's ``reindex``
        module, which a node assembled from Maven Central (``platform/elasticsearch/``) lacks.
        """
        after: list[Any] | None = None
        while True:
            page = _body(
                self.client.search(
                    index=self.index_name,
                    query=query,
                    sort=[{ID: "asc"}],
                    size=DELETE_PAGE_SIZE,
                    source=False,
                    **({"search_after": after} if after else {}),
                )
            )
            hits = page["hits"]["hits"]
            if hits:
                self.client.bulk(
                    operations=[{"delete": {"_index": self.index_name, "_id": hit["_id"]}} for hit in hits],
                    refresh=refresh,
                )
            if len(hits) < DELETE_PAGE_SIZE:
                return
            after = hits[-1]["sort"]

    # reading

    def ping(self) -> int:
        """The number of indexed documents (health checks); raises when the cluster is unreachable."""
        self.setup()
        return int(_body(self.client.count(index=self.index_name))["count"])

    @property
    def needs_rebuild(self) -> bool:
        """True when the index was created for other search fields."""
        self.setup()
        return self._outdated

    def _compiler(self, *, relaxed: bool = False) -> QueryCompiler:
        return QueryCompiler(
            specs=self.specs,
            synonyms=load_synonyms(self.synonyms_file),
            lookup_words=self._lookup_words,
            relaxed=relaxed,
        )

    def _lookup_words(self, words: Sequence[str]) -> dict[str, str | None]:
        """Each folded word mapped to itself when at least ``FUZZY_KNOWN_DOC_FREQ`` documents have it, else
        to the closest more frequent indexed word (term suggester) or ``None``; one request."""
        document = next((s for s in self.specs.values() if s.document), None)
        words = list(dict.fromkeys(words))
        if document is None or not words:
            return {}
        field = folded_field(document)
        response = _body(
            self.client.search(
                index=self.index_name,
                size=0,
                aggs={"known": {"filters": {"filters": {word: {"term": {field: word}} for word in words}}}},
                suggest={
                    "typos": {
                        "text": " ".join(words),
                        "term": {
                            "field": field,
                            "analyzer": "dx_folded",
                            "suggest_mode": "popular",
                            "prefix_length": 1,
                            "size": 1,
                            "sort": "score",
                        },
                    }
                },
            )
        )
        buckets = (response.get("aggregations") or {}).get("known", {}).get("buckets", {})
        known = {
            word
            for word, bucket in buckets.items()
            if int(bucket.get("doc_count", 0)) >= FUZZY_KNOWN_DOC_FREQ
        }
        corrections: dict[str, str] = {}
        for entry in (response.get("suggest") or {}).get("typos") or []:
            options = entry.get("options") or []
            if options:
                corrections[str(entry.get("text", ""))] = str(options[0].get("text", ""))
        return {word: word if word in known else corrections.get(word) for word in words}

    def _parse(self, query_string: Any) -> ql.Node:
        text = str(query_string or "").strip()
        if not text:
            return ql.Bool(must_not=(ql.MatchAll(),))  # an empty query finds nothing
        known = {*self.specs, ID, DJANGO_CT, DJANGO_ID, "content"}
        return ql.parse_lenient(text, known)

    def _model_filter(
        self, models: Iterable[type[Model]] | None, limit_to_registered: bool | None
    ) -> dict[str, Any] | None:
        if models:
            content_types = sorted({get_model_ct(model) for model in models})
        else:
            if limit_to_registered is None:
                limit_to_registered = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
            if not limit_to_registered:
                return None
            content_types = sorted(self.build_models_list())
        if not content_types:
            return MATCH_NONE
        return {"terms": {DJANGO_CT: content_types}}

    def _window(self, start_offset: int | None, end_offset: int | None) -> tuple[int, int]:
        start = max(int(start_offset or 0), 0)
        if end_offset is None:
            # Unsliced runs come from facet_counts()/spelling_suggestion(): one page is plenty.
            size = int(getattr(settings, "HAYSTACK_SEARCH_RESULTS_PER_PAGE", 20))
        else:
            size = max(int(end_offset) - start, 0)
        start = min(start, MAX_RESULT_WINDOW)
        return start, max(min(size, MAX_RESULT_WINDOW - start), 0)

    def build_search_kwargs(
        self,
        query_string: Any,
        sort_by: Sequence[str] | None = None,
        start_offset: int = 0,
        end_offset: int | None = None,
        fields: Iterable[str] | str = "",
        highlight: bool | Mapping[str, Any] = False,
        facets: Mapping[str, Mapping[str, Any]] | None = None,
        date_facets: Mapping[str, Mapping[str, Any]] | None = None,
        query_facets: Sequence[tuple[str, str]] | None = None,
        narrow_queries: Iterable[str] | None = None,
        spelling_query: str | None = None,
        models: Iterable[type[Model]] | None = None,
        limit_to_registered_models: bool | None = None,
        relaxed: bool = False,
        **_: Any,
    ) -> tuple[dict[str, Any], CompiledQuery]:
        """The keyword arguments of ``client.search`` for a haystack query, and the compiled query
        (``relaxed``: the second pass, see ``RELAX_BELOW``)."""
        compiled = self._compiler(relaxed=relaxed).compile(self._parse(query_string))
        filters = [filter_only(self._compiler().compile(self._parse(n)).query) for n in narrow_queries or ()]
        model_filter = self._model_filter(models, limit_to_registered_models)
        if model_filter is not None:
            filters.append(model_filter)
        query = {"bool": {"must": [compiled.query], "filter": filters}} if filters else compiled.query
        start, size = self._window(start_offset, end_offset)
        kwargs: dict[str, Any] = {
            "index": self.index_name,
            "query": query,
            "from_": start,
            "size": size,
            "track_total_hits": True,
            "source": _SOURCE_FIELDS,
        }
        sort = self._sort(sort_by)
        if sort:
            kwargs["sort"] = sort
        aggs = self._aggregations(facets, date_facets, query_facets)
        if aggs:
            kwargs["aggs"] = aggs
        suggest = self._suggest_body(compiled, spelling_query)
        if suggest:
            kwargs["suggest"] = suggest
        return kwargs, compiled

    @log_query
    def search(self, query_string: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            self.setup()
            request, compiled = self.build_search_kwargs(query_string, **kwargs)
            response = _body(self.client.search(**request))
            if compiled.relaxable and _total(response) < RELAX_BELOW:
                # Few documents have every word: one relaxed pass (most words, other spellings), the
                # precise query kept as an optional clause so what matches every word stays first.
                relaxed_request, relaxed = self.build_search_kwargs(query_string, relaxed=True, **kwargs)
                relaxed_request["query"] = {
                    "bool": {"must": [relaxed_request["query"]], "should": [request["query"]]}
                }
                relaxed_response = _body(self.client.search(**relaxed_request))
                if _total(relaxed_response) > _total(response):
                    response, compiled = relaxed_response, relaxed
            return self.parse_response(
                response,
                compiled=compiled,
                highlight=kwargs.get("highlight", False),
                fields=kwargs.get("fields", ""),
                result_class=kwargs.get("result_class"),
                facets=kwargs.get("facets"),
                date_facets=kwargs.get("date_facets"),
                query_facets=kwargs.get("query_facets"),
                spelling_query=kwargs.get("spelling_query"),
            )
        except Exception as exc:
            self._fail("Searching failed", exc)
            return {"results": [], "hits": 0, "facets": {}, "spelling_suggestion": None}

    # sorting

    def _sort(self, sort_by: Sequence[str] | None) -> list[dict[str, Any]]:
        from haystack import connections

        unified = connections[self.connection_alias].get_unified_index()
        sort: list[dict[str, Any]] = []
        for raw in sort_by or ():
            descending = raw.startswith("-")
            name = unified.get_index_fieldname(raw.lstrip("-"))
            order = "desc" if descending else "asc"
            if name in {"score", "_score", "relevance"}:
                sort.append({"_score": {"order": order}})
                continue
            if name in {DJANGO_CT, ID, DJANGO_ID}:
                sort.append({name: {"order": order}})
                continue
            spec = self.specs.get(name)
            target = sort_field(spec) if spec is not None else None
            if target is None:
                logger.warning("Cannot sort search results by %r (not a sortable field).", raw)
                continue
            # Hits without the value go last either way, as on the embedded engine.
            sort.append({target: {"order": order, "missing": "_last", "unmapped_type": "keyword"}})
        return sort

    # facets

    def _aggregations(
        self,
        facets: Mapping[str, Mapping[str, Any]] | None,
        date_facets: Mapping[str, Mapping[str, Any]] | None,
        query_facets: Sequence[tuple[str, str]] | None,
    ) -> dict[str, Any]:
        aggs: dict[str, Any] = {}
        for name, options in (facets or {}).items():
            spec = self.specs.get(name)
            target = DJANGO_CT if name == DJANGO_CT else (facet_field(spec) if spec is not None else None)
            if target is None:
                logger.warning("Cannot facet on %r (not a keyword, number or date field).", name)
                continue
            size = int(options.get("limit", options.get("size", DEFAULT_FACET_SIZE)) or DEFAULT_FACET_SIZE)
            if size < 0:
                size = MAX_FACET_SIZE
            aggs[f"field:{name}"] = {
                "terms": {
                    "field": target,
                    "size": min(size, MAX_FACET_SIZE),
                    "min_doc_count": max(int(options.get("mincount", 1)), 1),
                }
            }
        for name, options in (date_facets or {}).items():
            spec = self.specs.get(name)
            if spec is None or spec.kind not in {Kind.DATE, Kind.DATETIME}:
                logger.warning("Cannot date-facet on %r (not a date field).", name)
                continue
            ranges = [
                {"key": str(index), "from": es_value(spec, low), "to": es_value(spec, high)}
                for index, (low, high) in enumerate(self._date_buckets(options))
            ]
            aggs[f"date:{name}"] = {"date_range": {"field": spec.name, "ranges": ranges, "keyed": False}}
        for position, (name, facet_query) in enumerate(query_facets or ()):
            narrowed = self._compiler().compile(self._parse(f"{name}:{facet_query}")).query
            aggs[f"query:{position}"] = {"filter": narrowed}
        return aggs

    @staticmethod
    def _date_buckets(options: Mapping[str, Any]) -> list[tuple[Any, Any]]:
        step = relativedelta(**{f"{options['gap_by']}s": int(options.get("gap_amount", 1))})
        start, end = options["start_date"], options["end_date"]
        buckets = []
        current = start
        while current < end and len(buckets) < MAX_DATE_FACET_BUCKETS:
            following = min(current + step, end)
            buckets.append((current, following))
            current = following
        return buckets

    def _facet_value(self, spec: FieldSpec | None, bucket: Mapping[str, Any]) -> Any:
        key = bucket.get("key")
        if spec is None:
            return key
        if spec.kind is Kind.BOOLEAN:
            text = bucket.get("key_as_string")
            return text == "true" if text is not None else bool(key)
        if spec.kind in {Kind.DATE, Kind.DATETIME}:
            text = bucket.get("key_as_string")
            if isinstance(text, str):
                moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            else:
                moment = dt.datetime.fromtimestamp(int(key) / 1000, tz=dt.UTC)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            return moment.date() if spec.kind is Kind.DATE else moment
        if spec.kind is Kind.INTEGER and isinstance(key, float):
            return int(key)
        return key

    def _parse_facets(
        self,
        aggregations: Mapping[str, Any],
        facets: Mapping[str, Mapping[str, Any]] | None,
        date_facets: Mapping[str, Mapping[str, Any]] | None,
        query_facets: Sequence[tuple[str, str]] | None,
    ) -> dict[str, Any]:
        output: dict[str, Any] = {"fields": {}, "dates": {}, "queries": {}}
        for name in facets or {}:
            buckets = aggregations.get(f"field:{name}", {}).get("buckets", [])
            spec = self.specs.get(name)
            pairs = [(self._facet_value(spec, b), int(b.get("doc_count", 0))) for b in buckets]
            pairs.sort(key=lambda pair: (-pair[1], str(pair[0])))
            output["fields"][name] = pairs
        for name, options in (date_facets or {}).items():
            buckets = aggregations.get(f"date:{name}", {}).get("buckets", [])
            counts = {str(b.get("key")): int(b.get("doc_count", 0)) for b in buckets}
            output["dates"][name] = [
                (low, counts.get(str(index), 0)) for index, (low, _) in enumerate(self._date_buckets(options))
            ] if f"date:{name}" in aggregations else []  # fmt: skip
        for position, (name, facet_query) in enumerate(query_facets or ()):
            aggregation = aggregations.get(f"query:{position}", {})
            output["queries"][f"{name}_{facet_query}"] = int(aggregation.get("doc_count", 0))
        return output

    # "did you mean"

    def _spelling_tokens(
        self, compiled: CompiledQuery | None, spelling_query: str | None
    ) -> tuple[list[AnalyzedToken], set[int]]:
        if spelling_query:
            return analyze(spelling_query), set()
        if compiled is None:
            return [], set()
        return compiled.content_tokens, compiled.synonym_tokens

    def _suggest_body(
        self, compiled: CompiledQuery | None, spelling_query: str | None
    ) -> dict[str, Any] | None:
        if not self.include_spelling:
            return None
        document = next((s for s in self.specs.values() if s.document), None)
        tokens, _ = self._spelling_tokens(compiled, spelling_query)
        if document is None or not tokens:
            return None
        return {
            SPELLING_SUGGESTER: {
                "text": " ".join(t.folded for t in tokens),
                "term": {
                    "field": folded_field(document),
                    "analyzer": "dx_folded",  # no synonyms: every word is looked up as typed
                    "suggest_mode": "missing",
                    "min_word_length": 3,
                    "size": 1,
                    "sort": "score",
                },
            },
            # The same words as typed, against the accented field: gives the correction its accents.
            SPELLING_SUGGESTER_EXACT: {
                "text": " ".join(t.exact for t in tokens),
                "term": {
                    "field": document.name,
                    "analyzer": "dx_exact",
                    "suggest_mode": "always",
                    "min_word_length": 3,
                    "size": 5,
                    "sort": "score",
                },
            },
        }

    def _parse_suggestion(
        self, response: Mapping[str, Any], compiled: CompiledQuery | None, spelling_query: str | None
    ) -> str | None:
        suggest = response.get("suggest") or {}
        entries = suggest.get(SPELLING_SUGGESTER) or []
        tokens, covered = self._spelling_tokens(compiled, spelling_query)
        if not entries or not tokens:
            return None
        starts: dict[int, int] = {}
        exact_starts: dict[int, int] = {}
        offset = exact_offset = 0
        for index, token in enumerate(tokens):
            starts[offset] = index
            exact_starts[exact_offset] = index
            offset += len(token.folded) + 1
            exact_offset += len(token.exact) + 1
        accented: dict[int, list[str]] = {}
        for entry in suggest.get(SPELLING_SUGGESTER_EXACT) or []:
            index = exact_starts.get(int(entry.get("offset", -1)))
            if index is not None:
                accented[index] = [str(option.get("text", "")) for option in entry.get("options") or []]
        words = [t.surface for t in tokens]
        changed = False
        for entry in entries:
            index = starts.get(int(entry.get("offset", -1)))
            options = entry.get("options") or []
            if index is None or index in covered or not options:
                continue
            token = tokens[index]
            if len(token.folded) < 3 or not token.folded.isalpha():
                continue
            replacement = str(options[0].get("text", ""))
            # the accented form of the correction when the accented field has it
            replacement = next(
                (word for word in accented.get(index, ()) if fold(word) == replacement), replacement
            )
            if replacement and replacement != token.folded:
                words[index] = replacement
                changed = True
        return " ".join(words) if changed else None

    # results

    def parse_response(
        self,
        response: Mapping[str, Any],
        *,
        compiled: CompiledQuery | None = None,
        highlight: bool | Mapping[str, Any] = False,
        fields: Iterable[str] | str = "",
        result_class: type[SearchResult] | None = None,
        facets: Mapping[str, Mapping[str, Any]] | None = None,
        date_facets: Mapping[str, Mapping[str, Any]] | None = None,
        query_facets: Sequence[tuple[str, str]] | None = None,
        spelling_query: str | None = None,
    ) -> dict[str, Any]:
        """Haystack's result dict (``results``, ``hits``, ``facets``, ``spelling_suggestion``)."""
        from haystack import connections

        result_class = result_class or SearchResult
        indexed_models = set(connections[self.connection_alias].get_unified_index().get_indexed_models())
        wanted = set(fields) if fields and not isinstance(fields, str) else None
        highlight_fields, max_chars = self._highlight_options(highlight)
        hits = response.get("hits") or {}
        total = hits.get("total", 0)
        count = int(total.get("value", 0) if isinstance(total, Mapping) else total or 0)
        results = []
        for hit in hits.get("hits", []):
            source = hit.get("_source") or {}
            data = decode_stored(source.get(DATA) or {}, self.specs)
            content_type = str(source.get(DJANGO_CT) or data.get(DJANGO_CT) or "")
            app_label, _, model_name = content_type.partition(".")
            try:
                model = haystack_get_model(app_label, model_name) if model_name else None
            except LookupError:  # an app that is no longer installed
                model = None
            if model is None or model not in indexed_models:
                count -= 1  # a model no longer indexed: stale until the next rebuild
                continue
            pk = source.get(DJANGO_ID, data.get(DJANGO_ID))
            for reserved in (DJANGO_CT, DJANGO_ID):
                data.pop(reserved, None)
            data[ID] = hit.get("_id") or data.get(ID)  # values_list("id"); update_index --remove needs it
            if wanted is not None:
                data = {key: value for key, value in data.items() if key in wanted}
            if highlight_fields and compiled is not None:
                data["highlighted"] = {
                    name: [render_snippet(str(data[name]), compiled.highlight, max_chars=max_chars)]
                    for name in highlight_fields
                    if data.get(name)
                }
            score = hit.get("_score")
            results.append(result_class(app_label, model_name, pk, float(score or 0.0), **data))
        output: dict[str, Any] = {"results": results, "hits": max(count, 0), "spelling_suggestion": None}
        if facets or date_facets or query_facets:
            output["facets"] = self._parse_facets(
                response.get("aggregations") or {}, facets, date_facets, query_facets
            )
        if self.include_spelling:
            output["spelling_suggestion"] = self._parse_suggestion(response, compiled, spelling_query)
        return output

    def _highlight_options(self, option: bool | Mapping[str, Any]) -> tuple[list[str], int]:
        if not option:
            return [], DEFAULT_SNIPPET_CHARS
        options = option if isinstance(option, Mapping) else {}
        document = next((s.name for s in self.specs.values() if s.document), None)
        names = list(options.get("fields") or ([document] if document else []))
        return names, int(options.get("max_chars", DEFAULT_SNIPPET_CHARS))

    # more like this

    def build_more_like_this_kwargs(
        self,
        model_instance: Model,
        additional_query_string: str | None = None,
        start_offset: int = 0,
        end_offset: int | None = None,
        models: Iterable[type[Model]] | None = None,
        limit_to_registered_models: bool | None = None,
        **_: Any,
    ) -> dict[str, Any] | None:
        """The keyword arguments of ``client.search`` for documents like ``model_instance``.

        The text comes from the instance's prepared fields (so an unsaved or not yet indexed object
        works too), folded so that accented and unaccented texts look alike. ``None``: no text.
        """
        from haystack import connections
        from haystack.exceptions import NotHandled

        model = model_instance._meta.concrete_model
        try:
            index = connections[self.connection_alias].get_unified_index().get_index(model)
        except NotHandled as exc:
            raise MoreLikeThisError(f"{model._meta.label} is not indexed for search") from exc
        try:
            prepared = index.full_prepare(model_instance)
        except SkipDocument:
            return None
        like: list[str] = []
        fields: list[str] = []
        for spec in self.specs.values():
            value = prepared.get(spec.name)
            if not spec.in_content or not value:
                continue
            words = [t.folded for t in analyze(str(value)) if t.exact not in STOPWORDS]
            if words:
                like.append(" ".join(words))
                fields.append(folded_field(spec))
        if not like:
            return None
        similar = {
            "more_like_this": {
                "fields": sorted(set(fields)),
                "like": like,
                "analyzer": "dx_folded",
                "min_term_freq": 1,
                "min_doc_freq": 2,  # the source itself plus at least one other document
                "max_query_terms": MLT_MAX_QUERY_TERMS,
                "min_word_length": 2,
                "stop_words": sorted({fold(word) for word in STOPWORDS}),
            }
        }
        filters = []
        if additional_query_string and additional_query_string.strip() not in {"", "*"}:
            filters.append(self._compiler().compile(self._parse(additional_query_string)).query)
        model_filter = self._model_filter(models, limit_to_registered_models)
        if model_filter is not None:
            filters.append(model_filter)
        query: dict[str, Any] = {
            "bool": {"must": [similar], "must_not": [{"ids": {"values": [get_identifier(model_instance)]}}]}
        }
        if filters:
            query["bool"]["filter"] = filters
        start, size = self._window(start_offset, end_offset)
        return {
            "index": self.index_name,
            "query": query,
            "from_": start,
            "size": size,
            "track_total_hits": True,
            "source": _SOURCE_FIELDS,
        }

    def more_like_this(
        self,
        model_instance: Model,
        additional_query_string: str | None = None,
        start_offset: int = 0,
        end_offset: int | None = None,
        models: Iterable[type[Model]] | None = None,
        limit_to_registered_models: bool | None = None,
        result_class: type[SearchResult] | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        try:
            self.setup()
            request = self.build_more_like_this_kwargs(
                model_instance,
                additional_query_string,
                start_offset,
                end_offset,
                models,
                limit_to_registered_models,
            )
            if request is None:
                return {"results": [], "hits": 0}
            response = _body(self.client.search(**request))
            parsed = self.parse_response(response, result_class=result_class)
            return {"results": parsed["results"], "hits": parsed["hits"]}
        except MoreLikeThisError:
            raise
        except Exception as exc:
            self._fail("More-like-this failed", exc)
            return {"results": [], "hits": 0}


class Elasticsearch8SearchQuery(TantivySearchQuery):
    """Builds ``search.querylang`` strings from haystack filters (shared with the embedded engine)."""


class Elasticsearch8SearchEngine(BaseEngine):
    """``HAYSTACK_CONNECTIONS[...]["ENGINE"]`` for Elasticsearch 8 and 9."""

    backend = Elasticsearch8SearchBackend
    query = Elasticsearch8SearchQuery

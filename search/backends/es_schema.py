"""Elasticsearch index layout: settings and mappings from ``platform/elasticsearch/`` and documents.

The field semantics are those of the embedded engine (``search.backends.tantivy_schema.build_specs``):
one ``FieldSpec`` per haystack field, so both engines agree on what is a keyword, what is boosted and
what the ``content`` of a query searches. Per field the index holds:

========================  ===========================================================================
``f``                     text fields: accented words (``dx_exact``); ``f.folded``: folded words
                          (``dx_folded``: đ→d + ASCII folding); n-gram fields add ``f.edge`` and
                          ``f.edge_folded``; numbers, booleans and dates: the value itself
``f__k``                  keyword fields and non-document text fields: normalised whole value
                          (``search.text.keyword``: NFC, tone placement, lower case) for filters/sort
``f__v``                  the same values in display form (``search.text.canonical``) for facets
``dx_data``               every stored value as prepared (returned with hits, never indexed)
``dx_acronyms``           capitalised words of the content as written ("AI"), case-sensitive synonyms
========================  ===========================================================================

Text is normalised in Python (NFC and tone placement, which no Elasticsearch filter does) before it is
sent; the analysers only tokenize, lower-case and fold. Synonyms are applied by the search analysers
(``synonym_graph`` with an inline list built from ``search/synonyms.txt``), never at index time.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from ..synonyms import SynonymSet, SynonymTerm
from ..text import analyze, canonical, fold, is_acronym, keyword
from .tantivy_schema import (
    MAX_KEYWORD_CHARS,
    FieldSpec,
    Kind,
    build_specs,
    coerce,
    decode_value,
    encode_value,
)

__all__ = [
    "ACRONYMS",
    "CONFIG_DIR",
    "DATA",
    "SCHEMA_VERSION",
    "build_document",
    "build_index_body",
    "build_mappings",
    "build_specs",
    "decode_stored",
    "es_date",
    "facet_field",
    "fingerprint",
    "folded_field",
    "keyword_field",
    "load_config",
    "sort_field",
    "synonym_rules",
]

SCHEMA_VERSION = 1
CONFIG_DIR = Path(__file__).resolve().parents[2] / "platform" / "elasticsearch"
SETTINGS_FILE = "index-settings.json"
MAPPINGS_FILE = "mappings-base.json"
FIELDS_FILE = "field-mappings.json"

DATA = "dx_data"
ACRONYMS = "dx_acronyms"
RESERVED = frozenset({ID, DJANGO_CT, DJANGO_ID, DATA, ACRONYMS})
SYNONYM_FILTERS = {"exact": "dx_synonyms_exact", "folded": "dx_synonyms_folded"}

_TEMPLATE_BY_KIND = {
    Kind.TEXT: "text",
    Kind.EDGE_NGRAM: "edge_ngram",
    Kind.NGRAM: "ngram",
    Kind.INTEGER: "integer",
    Kind.FLOAT: "float",
    Kind.BOOLEAN: "boolean",
    Kind.DATE: "date",
    Kind.DATETIME: "datetime",
}


# --- Field names ------------------------------------------------------------------------------------


def folded_field(spec: FieldSpec) -> str:
    return f"{spec.name}.folded"


def keyword_field(spec: FieldSpec) -> str:
    """Normalised whole values: filters and sorting."""
    return f"{spec.name}__k"


def display_field(spec: FieldSpec) -> str:
    """Display form of whole values: facet counts."""
    return f"{spec.name}__v"


def sort_field(spec: FieldSpec) -> str | None:
    if spec.numeric_like:
        return spec.name
    if spec.has_keyword:
        return keyword_field(spec)
    return None


def facet_field(spec: FieldSpec) -> str | None:
    if spec.numeric_like:
        return spec.name
    if spec.has_keyword:
        return display_field(spec)
    return None


# --- Settings and mappings ---------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _read_json(path: str, stamp: tuple[int, int]) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_config(name: str, directory: Path | str | None = None) -> dict[str, Any]:
    """A JSON file of ``platform/elasticsearch/`` (a fresh copy: callers may change it)."""
    path = Path(directory or CONFIG_DIR) / name
    stat = path.stat()
    return copy.deepcopy(_read_json(str(path), (stat.st_mtime_ns, stat.st_size)))


def _rule(sources: Iterable[SynonymTerm], targets: Iterable[SynonymTerm] | None, form: str) -> str | None:
    def render(terms: Iterable[SynonymTerm]) -> list[str]:
        # Case-sensitive terms ("=AI") cannot live in a lower-casing analyser: the backend matches
        # them in Python against the acronym field instead.
        words = [" ".join(term.exact) for term in terms if not term.case_sensitive]
        if form == "folded":
            words = [fold(word) for word in words]
        return list(dict.fromkeys(word for word in words if word))

    left = render(sources)
    if targets is None:
        return ", ".join(left) if len(left) >= 2 else None
    right = render(targets)
    if not left or not right:
        return None
    return f"{', '.join(left)} => {', '.join(right)}"


def synonym_rules(synonyms: SynonymSet, form: str) -> list[str]:
    """Solr-format rules for the ``exact`` or ``folded`` search analyser (lower case, punctuation gone)."""
    rules = [_rule(group, None, form) for group in synonyms.groups]
    rules += [_rule(sources, targets, form) for sources, targets in synonyms.mappings]
    return list(dict.fromkeys(rule for rule in rules if rule))


def build_settings(synonyms: SynonymSet, directory: Path | str | None = None) -> dict[str, Any]:
    """Index settings (``index-settings.json``) with the synonym lists filled in."""
    settings = load_config(SETTINGS_FILE, directory)
    filters = settings.setdefault("analysis", {}).setdefault("filter", {})
    for form, name in SYNONYM_FILTERS.items():
        if name in filters:
            filters[name]["synonyms"] = synonym_rules(synonyms, form)
    return settings


def field_properties(specs: Mapping[str, FieldSpec], directory: Path | str | None = None) -> dict[str, Any]:
    """Mapping properties of the haystack fields (reserved fields come from ``mappings-base.json``)."""
    templates = load_config(FIELDS_FILE, directory)
    properties: dict[str, Any] = {}
    for spec in sorted(specs.values(), key=lambda s: s.name):
        if spec.name in RESERVED:
            continue
        template = _TEMPLATE_BY_KIND.get(spec.kind)
        if template is not None:
            properties[spec.name] = copy.deepcopy(templates[template])
        if spec.has_keyword:
            properties[keyword_field(spec)] = copy.deepcopy(templates["keyword"])
            properties[display_field(spec)] = copy.deepcopy(templates["keyword"])
    return properties


def fingerprint(properties: Mapping[str, Any]) -> str:
    """Identifies a field layout (``_meta`` of the index): differs → ``rebuild_index`` is due."""
    payload = json.dumps({"version": SCHEMA_VERSION, "properties": properties}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def build_mappings(specs: Mapping[str, FieldSpec], directory: Path | str | None = None) -> dict[str, Any]:
    """``mappings-base.json`` plus the haystack fields, with the layout's fingerprint in ``_meta``."""
    mappings = load_config(MAPPINGS_FILE, directory)
    fields = field_properties(specs, directory)
    mappings.setdefault("properties", {}).update(fields)
    meta = mappings.setdefault("_meta", {}).setdefault("dxconnect", {})
    meta["schema_version"] = SCHEMA_VERSION
    meta["fingerprint"] = fingerprint(fields)
    return mappings


def build_index_body(
    specs: Mapping[str, FieldSpec], synonyms: SynonymSet, directory: Path | str | None = None
) -> dict[str, Any]:
    """The keyword arguments of ``indices.create``: ``settings`` and ``mappings``."""
    return {"settings": build_settings(synonyms, directory), "mappings": build_mappings(specs, directory)}


# --- Values ------------------------------------------------------------------------------------------


def es_date(spec: FieldSpec, value: Any) -> str:
    """A date/datetime (or ISO string) as Elasticsearch expects it: dates as days, instants in UTC."""
    converted = coerce(spec, value)  # naive UTC datetime; dates at midnight
    if spec.kind is Kind.DATE:
        return converted.date().isoformat()
    return converted.isoformat(timespec="microseconds") + "Z"


def es_value(spec: FieldSpec, value: Any) -> Any:
    """A prepared or parsed value converted for a number, boolean or date field."""
    if spec.kind in {Kind.DATE, Kind.DATETIME}:
        return es_date(spec, value)
    return coerce(spec, value)


def decode_stored(data: Mapping[str, Any], specs: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """The stored fields of a hit (``dx_data``), dates turned back into ``date``/``datetime``."""
    return {name: decode_value(specs.get(name), value) for name, value in data.items()}


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple | set | frozenset):
        return [v for v in value if v is not None]
    return [value]


def _one_or_many(values: list[Any], multivalued: bool) -> Any:
    return values if multivalued or len(values) != 1 else values[0]


def build_document(prepared: Mapping[str, Any], specs: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """The ``_source`` sent for haystack's ``full_prepare`` output."""
    document: dict[str, Any] = {
        ID: str(prepared[ID]),
        DJANGO_CT: str(prepared[DJANGO_CT]),
        DJANGO_ID: str(prepared[DJANGO_ID]),
    }
    stored: dict[str, Any] = {
        ID: prepared[ID],
        DJANGO_CT: prepared[DJANGO_CT],
        DJANGO_ID: prepared[DJANGO_ID],
    }
    acronyms: list[str] = []
    for name, value in prepared.items():
        spec = specs.get(name)
        if spec is None or value is None or name in RESERVED:
            continue
        if spec.stored:
            stored[name] = encode_value(value)
        values = _as_list(value)
        if spec.textual:
            texts = [canonical(str(item)) for item in values]
            texts = [text for text in texts if text]
            if texts:
                document[name] = _one_or_many(texts, spec.multivalued)
            if spec.in_content:
                for text in texts:
                    acronyms.extend(t.surface for t in analyze(text) if is_acronym(t.surface))
        if spec.has_keyword:
            texts = [str(item) for item in values if str(item).strip()]
            if texts:
                document[keyword_field(spec)] = _one_or_many(
                    [keyword(text)[:MAX_KEYWORD_CHARS] for text in texts], spec.multivalued
                )
                document[display_field(spec)] = _one_or_many(
                    [canonical(text)[:MAX_KEYWORD_CHARS] for text in texts], spec.multivalued
                )
        elif spec.numeric_like:
            converted = [es_value(spec, item) for item in values]
            if converted:
                document[name] = _one_or_many(converted, spec.multivalued)
    if acronyms:
        document[ACRONYMS] = " ".join(acronyms)
    document[DATA] = stored
    return document

"""How haystack fields map onto tantivy fields, and how prepared documents become tantivy documents.

What a ``SearchIndex`` declares decides how its fields can be queried:

=========================================  ==================================================
haystack field                             indexed as / queried by
=========================================  ==================================================
``CharField(document=True)`` (``text``)    words, accented + folded; searched by ``content``
``CharField(boost=2.0)`` (title, name)     words; also searched by ``content``, weighted 2×
other ``CharField``                        words; ``filter(f="x y")`` needs every word in f
``CharField(faceted=True)``                whole value: ``filter(f=v)``, ``f__in``, facets,
``MultiValueField`` (tags, sectors)        sorting; case and tone placement are ignored
``EdgeNgramField`` / ``NgramField``        word prefixes / word parts (``autocomplete()``)
``DateField`` / ``DateTimeField``          ``__gte`` … ranges, sorting, facets, date facets
``IntegerField`` / ``FloatField``          equality, ranges, sorting, facets
``BooleanField``                           equality, facets
``indexed=False``                          stored and returned only
=========================================  ==================================================

Each text field ``f`` becomes tantivy fields ``f`` (accented words), ``f__f`` (folded words) and,
unless it is the document, ``f__k`` (normalised whole value, for filters and sorting) and ``f__v``
(display form of the whole value, for facet counts). All stored values travel in one JSON field.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

import tantivy
from django.utils import timezone
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.fields import FacetField, SearchField

from ..text import analyze, canonical, is_acronym, keyword

__all__ = [
    "ACRONYMS",
    "DATA",
    "KEY",
    "SCHEMA_VERSION",
    "TOKENIZER",
    "FieldSpec",
    "Kind",
    "build_document",
    "build_schema",
    "build_specs",
    "decode_stored",
    "document_key",
    "fingerprint",
    "physical_fields",
    "register_tokenizers",
    "to_utc_naive",
]

# Bump when analysis or the field layout changes in a way that needs `rebuild_index`.
SCHEMA_VERSION = 1

# Our tokens are produced in Python (search.text) and joined by spaces; tantivy only splits them.
TOKENIZER = "dx_ws"
RAW = "raw"
DATA = "_data"  # JSON of the stored fields, returned with each hit
ACRONYMS = "_acr"  # capitalised words as written ("AI"), for case-sensitive synonyms
# A number per document (from its id), as a fast field: the ranked search reads it for its best hits and
# re-scores just those with the phrase bonuses (see ``TantivySearchBackend._run``).
KEY = "_key"
# Keyword (filter/sort) and facet values longer than this are cut: they are labels, not texts.
MAX_KEYWORD_CHARS = 256

# Physical field types as recorded next to the index.
_T_TEXT, _T_RAW, _T_RAW_FAST, _T_I64, _T_F64, _T_BOOL, _T_DATE, _T_BYTES, _T_U64 = (
    "text",
    "raw",
    "raw_fast",
    "i64",
    "f64",
    "bool",
    "date",
    "bytes",
    "u64",
)


class Kind(StrEnum):
    """How a haystack field is indexed."""

    TEXT = "text"  # analysed words (exact + folded); plus a keyword form unless it is the document
    KEYWORD = "keyword"  # whole values only (facet fields)
    EDGE_NGRAM = "edge_ngram"  # words, queried by prefix (autocomplete)
    NGRAM = "ngram"  # words, queried by substring
    INTEGER = "integer"
    FLOAT = "float"
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"
    STORED = "stored"  # kept for display only (not indexed, or a type we do not search: location)


_TEXTUAL = frozenset({Kind.TEXT, Kind.EDGE_NGRAM, Kind.NGRAM})


@dataclass(frozen=True)
class FieldSpec:
    """One haystack field (by ``index_fieldname``) and what we do with it."""

    name: str
    kind: Kind
    document: bool = False
    boost: float = 1.0
    multivalued: bool = False
    # Filters compare whole values (sector="y-te" must not match "y-te-du-phong"): facet fields,
    # faceted fields and multi-valued fields. Other text fields match on words.
    keyword: bool = False
    stored: bool = True
    # Searched by `content` queries: the document field, plus text fields given a boost.
    in_content: bool = False

    @property
    def exact(self) -> str:
        return self.name

    @property
    def folded(self) -> str:
        return f"{self.name}__f"

    @property
    def kw(self) -> str:
        """Normalised whole value: keyword filters and sorting."""
        return f"{self.name}__k"

    @property
    def facet(self) -> str:
        """Display form of the whole value: facet counts."""
        return f"{self.name}__v"

    @property
    def textual(self) -> bool:
        return self.kind in _TEXTUAL

    @property
    def has_keyword(self) -> bool:
        return self.kind is Kind.KEYWORD or (self.kind is Kind.TEXT and not self.document)

    @property
    def numeric_like(self) -> bool:
        return self.kind in {Kind.INTEGER, Kind.FLOAT, Kind.BOOLEAN, Kind.DATE, Kind.DATETIME}

    def sort_field(self) -> str | None:
        if self.numeric_like:
            return self.name
        if self.has_keyword:
            return self.kw
        return None

    def facet_field(self) -> str | None:
        if self.numeric_like:
            return self.name
        if self.has_keyword:
            return self.facet
        return None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def build_specs(fields: Mapping[str, SearchField]) -> dict[str, FieldSpec]:
    """Describe every field of haystack's unified index (``all_searchfields()``)."""
    specs: dict[str, FieldSpec] = {}
    for name, field in fields.items():
        if name in {ID, DJANGO_CT, DJANGO_ID, DATA, ACRONYMS}:
            continue
        field_type = field.field_type
        kind = {
            "integer": Kind.INTEGER,
            "float": Kind.FLOAT,
            "boolean": Kind.BOOLEAN,
            "date": Kind.DATE,
            "datetime": Kind.DATETIME,
            "edge_ngram": Kind.EDGE_NGRAM,
            "ngram": Kind.NGRAM,
            "location": Kind.STORED,
        }.get(field_type or "", Kind.KEYWORD if isinstance(field, FacetField) else Kind.TEXT)
        if not field.indexed:
            kind = Kind.STORED
        keyword_semantics = isinstance(field, FacetField) or field.is_multivalued or bool(field.faceted)
        boost = float(field.boost or 1.0)
        specs[name] = FieldSpec(
            name=name,
            kind=kind,
            document=bool(field.document),
            boost=boost,
            multivalued=bool(field.is_multivalued),
            keyword=keyword_semantics,
            stored=bool(field.stored),
            in_content=kind is Kind.TEXT and (bool(field.document) or boost != 1.0),
        )
    return specs


def physical_fields(specs: Iterable[FieldSpec]) -> dict[str, str]:
    """The tantivy fields (name → physical type) that ``specs`` need, reserved fields included."""
    fields = {
        ID: _T_RAW,
        DJANGO_CT: _T_RAW_FAST,
        DJANGO_ID: _T_RAW,
        DATA: _T_BYTES,
        ACRONYMS: _T_TEXT,
        KEY: _T_U64,
    }
    for spec in sorted(specs, key=lambda s: s.name):
        if spec.textual:
            fields[spec.exact] = _T_TEXT
            fields[spec.folded] = _T_TEXT
        if spec.has_keyword:
            fields[spec.kw] = _T_RAW_FAST
            fields[spec.facet] = _T_RAW_FAST
        if spec.kind is Kind.INTEGER:
            fields[spec.name] = _T_I64
        elif spec.kind is Kind.FLOAT:
            fields[spec.name] = _T_F64
        elif spec.kind is Kind.BOOLEAN:
            fields[spec.name] = _T_BOOL
        elif spec.kind in {Kind.DATE, Kind.DATETIME}:
            fields[spec.name] = _T_DATE
    return fields


def document_key(identifier: str) -> int:
    """The ``KEY`` of the document whose haystack id is ``identifier`` (64 bits of its hash: ids of
    two documents sharing a key would only share their phrase bonuses)."""
    return int.from_bytes(hashlib.blake2b(identifier.encode(), digest_size=8).digest(), "big")


def fingerprint(physical: Mapping[str, str]) -> str:
    """Identifies a field layout; boosts and query semantics are deliberately not part of it."""
    payload = json.dumps({"version": SCHEMA_VERSION, "fields": sorted(physical.items())})
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def build_schema(physical: Mapping[str, str]) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name, kind in physical.items():
        if kind == _T_TEXT:
            builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
        elif kind == _T_RAW:
            builder.add_text_field(name, tokenizer_name=RAW, index_option="basic")
        elif kind == _T_RAW_FAST:
            builder.add_text_field(name, tokenizer_name=RAW, index_option="basic", fast=True)
        elif kind == _T_I64:
            builder.add_integer_field(name, indexed=True, fast=True)
        elif kind == _T_F64:
            builder.add_float_field(name, indexed=True, fast=True)
        elif kind == _T_BOOL:
            builder.add_boolean_field(name, indexed=True, fast=True)
        elif kind == _T_DATE:
            builder.add_date_field(name, indexed=True, fast=True)
        elif kind == _T_BYTES:
            builder.add_bytes_field(name, stored=True)
        elif kind == _T_U64:
            builder.add_unsigned_field(name, indexed=True, fast=True)
        else:  # pragma: no cover - guarded by physical_fields
            raise ValueError(f"unknown physical field type {kind!r}")
    return builder.build()


def register_tokenizers(index: tantivy.Index) -> None:
    """Tokenizers are not persisted with the index: register ours on every opened index."""
    index.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())


# --- Values ----------------------------------------------------------------------------------------


def to_utc_naive(value: dt.datetime | dt.date, *, date_only: bool = False) -> dt.datetime:
    """Tantivy stores naive UTC datetimes; dates are midnight UTC so that dates compare as dates."""
    if isinstance(value, dt.datetime):
        if date_only:
            return dt.datetime(value.year, value.month, value.day)
        if value.tzinfo is None:
            value = timezone.make_aware(value, timezone.get_default_timezone())
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return dt.datetime(value.year, value.month, value.day)


def coerce(spec: FieldSpec, value: Any) -> Any:
    """Convert a prepared or parsed value to the Python type tantivy expects for ``spec``."""
    if spec.kind is Kind.INTEGER:
        return int(value)
    if spec.kind is Kind.FLOAT:
        return float(value)
    if spec.kind is Kind.BOOLEAN:
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in {"true", "1", "yes", "on"}:
                return True
            if lowered in {"false", "0", "no", "off", ""}:
                return False
            raise ValueError(f"not a boolean: {value!r}")
        return bool(value)
    if spec.kind in {Kind.DATE, Kind.DATETIME}:
        if isinstance(value, str):
            text = value.strip()
            value = dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
        if not isinstance(value, dt.date):
            raise ValueError(f"not a date: {value!r}")
        if spec.kind is Kind.DATETIME and not isinstance(value, dt.datetime):
            # A date compared with a datetime field means that day's midnight in local time.
            value = timezone.make_aware(
                dt.datetime(value.year, value.month, value.day), timezone.get_default_timezone()
            )
        return to_utc_naive(value, date_only=spec.kind is Kind.DATE)
    return value


def encode_value(value: Any) -> Any:
    """A stored field value as JSON-friendly data (shared by both engines' stored documents)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [encode_value(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def decode_value(spec: FieldSpec | None, value: Any) -> Any:
    """The inverse of ``encode_value`` for a field of the given spec."""
    if value is None or spec is None:
        return value
    if isinstance(value, list):
        return [decode_value(spec, v) for v in value]
    try:
        if spec.kind is Kind.DATE and isinstance(value, str):
            return dt.date.fromisoformat(value[:10])
        if spec.kind is Kind.DATETIME and isinstance(value, str):
            return dt.datetime.fromisoformat(value) if len(value) > 10 else dt.date.fromisoformat(value)
    except ValueError:
        return value
    return value


def decode_stored(raw: bytes, specs: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """The stored fields of a hit, with dates turned back into ``date``/``datetime`` objects."""
    data = json.loads(raw)
    return {name: decode_value(specs.get(name), value) for name, value in data.items()}


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, list | tuple | set | frozenset):
        return [v for v in value if v is not None]
    return [value]


def build_document(
    prepared: Mapping[str, Any], specs: Mapping[str, FieldSpec], available: Mapping[str, str]
) -> tantivy.Document:
    """A tantivy document for haystack's ``full_prepare`` output.

    Only fields present in the on-disk schema (``available``) are written, so an index created by an
    older field layout keeps accepting updates until it is rebuilt.
    """
    doc = tantivy.Document()
    stored: dict[str, Any] = {
        ID: prepared[ID],
        DJANGO_CT: prepared[DJANGO_CT],
        DJANGO_ID: prepared[DJANGO_ID],
    }
    doc.add_text(ID, str(prepared[ID]))
    doc.add_text(DJANGO_CT, str(prepared[DJANGO_CT]))
    doc.add_text(DJANGO_ID, str(prepared[DJANGO_ID]))
    if KEY in available:
        doc.add_unsigned(KEY, document_key(str(prepared[ID])))
    acronyms: list[str] = []

    def has(name: str) -> bool:
        return name in available

    for name, value in prepared.items():
        spec = specs.get(name)
        if spec is None or value is None:
            continue
        if spec.stored:
            stored[name] = encode_value(value)
        values = _as_list(value)
        if spec.textual:
            for item in values:
                text = str(item)
                tokens = analyze(text)
                if tokens and has(spec.exact):
                    doc.add_text(spec.exact, " ".join(t.exact for t in tokens))
                if tokens and has(spec.folded):
                    doc.add_text(spec.folded, " ".join(t.folded for t in tokens))
                if spec.in_content:
                    acronyms.extend(t.surface for t in tokens if is_acronym(t.surface))
                if spec.has_keyword and text.strip():
                    if has(spec.kw):
                        doc.add_text(spec.kw, keyword(text)[:MAX_KEYWORD_CHARS])
                    if has(spec.facet):
                        doc.add_text(spec.facet, canonical(text)[:MAX_KEYWORD_CHARS])
        elif spec.kind is Kind.KEYWORD:
            for item in values:
                text = str(item)
                if not text.strip():
                    continue
                if has(spec.kw):
                    doc.add_text(spec.kw, keyword(text)[:MAX_KEYWORD_CHARS])
                if has(spec.facet):
                    doc.add_text(spec.facet, canonical(text)[:MAX_KEYWORD_CHARS])
        elif spec.numeric_like and has(spec.name):
            for item in values:
                converted = coerce(spec, item)
                if spec.kind is Kind.INTEGER:
                    doc.add_integer(spec.name, converted)
                elif spec.kind is Kind.FLOAT:
                    doc.add_float(spec.name, converted)
                elif spec.kind is Kind.BOOLEAN:
                    doc.add_boolean(spec.name, converted)
                else:
                    doc.add_date(spec.name, converted)
    if acronyms and has(ACRONYMS):
        doc.add_text(ACRONYMS, " ".join(acronyms))
    doc.add_bytes(DATA, json.dumps(stored, ensure_ascii=False, separators=(",", ":")).encode())
    return doc

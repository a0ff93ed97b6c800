"""What both query compilers (embedded ``tantivy_query`` and Elasticsearch ``es_query``) share.

A compiler walks one ``search.querylang`` tree and, besides the engine query, collects what the
backend needs to explain the results: the words to highlight in snippets and the content words the
user typed (for "did you mean", minus the ones a synonym covered). That bookkeeping is identical for
both engines and lives here; only the query objects they build differ.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from .. import querylang as ql
from ..highlight import HighlightTerms
from ..synonyms import SynonymMatch, SynonymSet
from ..text import AnalyzedToken
from .tantivy_schema import FieldSpec, Kind

__all__ = ["RELAX_BELOW", "BaseCompiledQuery", "BaseQueryCompiler"]

# The precise pass (every word, or most of a long question) finding fewer documents than this is
# followed by one relaxed pass (fewer words required, other spellings, real words mistyped), on both
# engines: a page of results is what a reader looks at.
RELAX_BELOW = 10

logger = logging.getLogger(__name__)

# Haystack's own fields: matched as stored, never analysed.
RAW_FIELDS = frozenset({ID, DJANGO_CT, DJANGO_ID})


@dataclass(kw_only=True)
class BaseCompiledQuery:
    """What a compiler returns besides the engine query (subclasses add ``query``)."""

    highlight: HighlightTerms
    # Words the user typed for the content fields, for "did you mean".
    content_tokens: list[AnalyzedToken] = field(default_factory=list)
    # Indexes (into content_tokens) of words covered by a synonym: known words, never "corrected".
    synonym_tokens: set[int] = field(default_factory=set)


class BaseQueryCompiler:
    """Single-use: one instance compiles one tree (it accumulates highlight terms as it goes)."""

    def __init__(self, *, specs: Mapping[str, FieldSpec], synonyms: SynonymSet) -> None:
        self.specs = specs
        self.synonyms = synonyms
        self.content_targets: list[tuple[FieldSpec, float]] = [
            (spec, spec.boost) for spec in specs.values() if spec.in_content and self._searchable(spec)
        ]
        self._exact: set[str] = set()
        self._folded: set[str] = set()
        self._prefixes: set[str] = set()
        self._fuzzy: set[str] = set()
        self._phrases: set[tuple[str, ...]] = set()
        self._content_tokens: list[AnalyzedToken] = []
        self._synonym_tokens: set[int] = set()

    def _searchable(self, spec: FieldSpec) -> bool:
        """Whether the engine can search ``spec``'s text now (the embedded index may predate it)."""
        return True

    # --- tree ------------------------------------------------------------------------------------

    def _node(self, node: ql.Node, *, negated: bool) -> Any:
        """One node of the tree as the engine's query: the dispatch is the same for both engines, the
        methods it calls (``_bool``, ``_text``, ``_keyword`` …) build each engine's query objects."""
        if isinstance(node, ql.MatchAll):
            return self._match_all()
        if isinstance(node, ql.Bool):
            return self._bool(node, negated=negated)
        if isinstance(node, ql.Range):
            return self._range(node)
        if isinstance(node, ql.Exists):
            return self._exists(node.field)
        field_name = getattr(node, "field", None)
        if field_name in RAW_FIELDS:
            return self._raw(node, field_name)
        targets = self._targets(field_name)
        if targets is not None:
            return self._text(node, targets, negated=negated, content=field_name in {None, "content"})
        spec = self.specs.get(field_name)
        if spec is None:
            logger.debug("Query on unknown search field %r matches nothing.", field_name)
            return self._match_none()
        if spec.kind in {Kind.EDGE_NGRAM, Kind.NGRAM}:
            return self._ngram(node, spec)
        if spec.numeric_like:
            return self._value(node, spec)
        if spec.has_keyword:
            return self._keyword(node, spec)
        return self._match_none()

    def _match_all(self) -> Any:
        raise NotImplementedError

    def _match_none(self) -> Any:
        raise NotImplementedError

    # --- fields ----------------------------------------------------------------------------------

    def _targets(self, field_name: str | None) -> list[tuple[FieldSpec, float]] | None:
        """Text fields searched for ``field_name``; ``None`` when it is not a text field."""
        if field_name is None or field_name == "content":
            return self.content_targets
        spec = self.specs.get(field_name)
        if spec is not None and spec.kind is Kind.TEXT and not spec.keyword and self._searchable(spec):
            return [(spec, 1.0)]
        return None

    @staticmethod
    def _literal(node: ql.Node) -> str | None:
        """The text of a word, words or phrase node; ``None`` for other nodes."""
        if isinstance(node, ql.Words):
            return " ".join(node.words)
        if isinstance(node, ql.Phrase | ql.Term):
            return node.text
        return None

    # --- highlight and "did you mean" bookkeeping --------------------------------------------------

    def highlight_terms(self) -> HighlightTerms:
        return HighlightTerms(
            exact=frozenset(self._exact),
            folded=frozenset(self._folded),
            prefixes=frozenset(self._prefixes),
            fuzzy=frozenset(self._fuzzy),
            phrases=frozenset(self._phrases),
        )

    def _highlight_tokens(self, tokens: Iterable[AnalyzedToken]) -> None:
        for token in tokens:
            self._exact.add(token.exact)
            self._folded.add(token.folded)  # folded fields match every accent variant

    def _highlight_phrase(self, folded: Sequence[str]) -> None:
        if len(folded) == 1:
            self._folded.add(folded[0])
        elif folded:
            self._phrases.add(tuple(folded))

    def _remember_content(self, tokens: list[AnalyzedToken], matches: list[SynonymMatch]) -> None:
        offset = len(self._content_tokens)
        self._content_tokens.extend(tokens)
        for match in matches:
            self._synonym_tokens.update(range(offset + match.start, offset + match.end))

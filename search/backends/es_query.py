"""Compile a ``search.querylang`` tree into an Elasticsearch query (Query DSL as plain dicts).

The ranking follows the embedded engine (``tantivy_query``), expressed with Elasticsearch queries:

* words typed together are one ``match`` per content field, on the accented field (weight 1.5) and the
  ``.folded`` sub-field (1.0), so an accented match outranks an accent-less one; up to four content
  words every one is required, beyond that two thirds (``minimum_should_match: "4<67%"``); function
  words ("và", "của") only add score; one-typo matches on the folded field add a little;
* synonyms are expanded by the search analysers (``synonym_graph``, multi-word terms as phrases);
  case-sensitive terms ("=AI") are matched here against the ``dx_acronyms`` field;
* a phrase, a proximity and a folded-phrase bonus favour the words side by side;
* filters on keyword, number and date fields never change the score (``bool.filter``), unless boosted
  explicitly (``?province:48^20``: a ``constant_score`` adding 20).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from .. import querylang as ql
from ..query_words import question_positions
from ..synonyms import SynonymMatch, SynonymSet
from ..text import STOPWORDS, AnalyzedToken, analyze, fold, is_acronym, keyword, spelling_variants
from .es_schema import ACRONYMS, es_value, folded_field, keyword_field
from .query_base import RAW_FIELDS, BaseCompiledQuery, BaseQueryCompiler
from .tantivy_schema import MAX_KEYWORD_CHARS, FieldSpec, Kind

__all__ = ["MATCH_NONE", "CompiledQuery", "QueryCompiler", "filter_only"]

logger = logging.getLogger(__name__)

EXACT_WEIGHT = 1.5
FOLDED_WEIGHT = 1.0
FUZZY_WEIGHT = 0.2
FUZZY_MIN_CHARS = 5
FUZZINESS = "AUTO:5,9"  # one typo from 5 characters, two from 9
SYNONYM_WEIGHT = 0.9
CORRECTION_WEIGHT = 0.8
EXACT_WORDING_WEIGHT = 8.0
PHRASE_WEIGHT = 2.0
FOLDED_PHRASE_WEIGHT = 1.0
PROXIMITY_SLOP = 4
PROXIMITY_WEIGHT = 0.5
PREFIX_WEIGHT = 1.0
MINIMUM_SHOULD_MATCH = "4<67%"
# The relaxed pass (the backend's ``RELAX_BELOW``), as the embedded engine's: of three or four words all
# but one, of more a third. Two words stay required: the embedded engine counts a synonym's span ("nông
# nghiệp") as one, which the analyser's synonym graph does not tell this compiler.
RELAXED_MINIMUM_SHOULD_MATCH = "2<-1 4<34%"
# Question words ("làm thế nào", "là gì": query_words.txt) are never required and add little score.
QUESTION_WEIGHT = 0.2
MAX_RUN_TOKENS = 32
# Analysers without synonyms, for queries whose text must not be expanded (fuzzy, prefix).
EXACT_ANALYZER = "dx_exact"
FOLDED_ANALYZER = "dx_folded"

MATCH_ALL: dict[str, Any] = {"match_all": {}}
MATCH_NONE: dict[str, Any] = {"match_none": {}}


@dataclass(kw_only=True)
class CompiledQuery(BaseCompiledQuery):
    """The Elasticsearch query plus what the backend needs for snippets and "did you mean"."""

    query: dict[str, Any]
    # Whether a relaxed compilation could find more (the query has free text searched positively).
    relaxable: bool = False


def _boosted(query: dict[str, Any], weight: float | None) -> dict[str, Any]:
    if weight is None or abs(weight - 1.0) < 1e-9:
        return query
    return {"bool": {"must": [query], "boost": float(weight)}}


def _any(queries: Sequence[dict[str, Any] | None]) -> dict[str, Any] | None:
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"should": list(queries), "minimum_should_match": 1}}


def _all(queries: Sequence[dict[str, Any] | None]) -> dict[str, Any] | None:
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"must": list(queries)}}


def filter_only(query: dict[str, Any]) -> dict[str, Any]:
    """Match without scoring (a ``bool`` of only ``filter`` clauses scores 0)."""
    return {"bool": {"filter": [query]}}


def _wildcard_pattern(parts: Sequence[str], normalise: Any) -> str:
    escaped = [re.sub(r"([?*\\])", r"\\\1", normalise(part)) for part in parts]
    return "*".join(escaped)


class QueryCompiler(BaseQueryCompiler):
    """Compiles one query tree into Query DSL; single-use (see ``BaseQueryCompiler``).

    ``lookup_words(folded_words)`` (optional) maps each word to itself when the index knows it, else to
    the closest indexed word (or ``None``), as the embedded engine does: known words get no typo
    alternatives, which for them only add noise ("trien" also matching "triệu"); an unknown word is
    also searched as its correction, with the phrase bonuses of the corrected words.
    """

    def __init__(
        self,
        *,
        specs: Mapping[str, FieldSpec],
        synonyms: SynonymSet,
        lookup_words: Callable[[Sequence[str]], dict[str, str | None]] | None = None,
        relaxed: bool = False,
    ) -> None:
        super().__init__(specs=specs, synonyms=synonyms)
        self.lookup_words = lookup_words
        # The second pass: fewer words required and other spellings of a word (i/y, Telex, VNI).
        self.relaxed = relaxed
        self._relaxable = False

    # --- entry point -----------------------------------------------------------------------------

    def compile(self, node: ql.Node) -> CompiledQuery:
        query = self._node(node, negated=False)
        return CompiledQuery(
            query=query if query is not None else MATCH_NONE,
            highlight=self.highlight_terms(),
            content_tokens=self._content_tokens,
            synonym_tokens=self._synonym_tokens,
            relaxable=self._relaxable,
        )

    # --- tree ------------------------------------------------------------------------------------

    def _match_all(self) -> dict[str, Any]:
        return MATCH_ALL

    def _match_none(self) -> dict[str, Any]:
        return MATCH_NONE

    def _bool(self, node: ql.Bool, *, negated: bool) -> dict[str, Any] | None:
        must = [q for q in (self._node(c, negated=negated) for c in node.must) if q is not None]
        should = [q for q in (self._node(c, negated=negated) for c in node.should) if q is not None]
        must_not = [q for q in (self._node(c, negated=not negated) for c in node.must_not) if q is not None]
        if not (must or should or must_not):
            return None
        if not must and not should:
            must = [MATCH_ALL]  # "NOT x" alone means everything except x
        body: dict[str, Any] = {}
        if must:
            body["must"] = must
        if should:
            body["should"] = should
            # Like Lucene: optional clauses only add score when something is required.
            body["minimum_should_match"] = 0 if must else 1
        if must_not:
            body["must_not"] = must_not
        if node.boost is not None:
            body["boost"] = float(node.boost)
        return {"bool": body}

    # --- text ------------------------------------------------------------------------------------

    def _text(
        self, node: ql.Node, targets: list[tuple[FieldSpec, float]], *, negated: bool, content: bool
    ) -> dict[str, Any] | None:
        if not targets:
            return MATCH_NONE
        if isinstance(node, ql.Words | ql.Phrase | ql.Term):
            text = " ".join(node.words) if isinstance(node, ql.Words) else node.text
            tokens = analyze(text)[:MAX_RUN_TOKENS]
            if not tokens:
                return None
            if isinstance(node, ql.Term) and node.prefix:
                query = self._prefix_run(tokens, targets)
            elif isinstance(node, ql.Term) and node.fuzzy:
                query = self._fuzzy_run(tokens, targets)
            else:
                matches = self.synonyms.find(tokens)
                if not negated and content:
                    self._remember_content(tokens, matches)
                if isinstance(node, ql.Phrase):
                    query = self._quoted(tokens, targets, node, acronyms=content)
                else:
                    query = self._run(tokens, matches, targets, fuzzy=not negated, acronyms=content)
            return _boosted(query, node.boost) if query is not None else None
        if isinstance(node, ql.Wildcard):
            patterns = [
                {"wildcard": {folded_field(spec): {"value": _wildcard_pattern(node.parts, fold), "boost": w}}}
                for spec, w in targets
            ]
            return _boosted(_any(patterns) or MATCH_NONE, node.boost)
        return MATCH_NONE

    @staticmethod
    def _match(name: str, text: str, weight: float, **options: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"query": text, **options}
        if abs(weight - 1.0) > 1e-9:
            body["boost"] = round(weight, 6)
        return {"match": {name: body}}

    @staticmethod
    def _phrase(name: str, text: str, weight: float, slop: int = 0, **options: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"query": text, **options}
        if slop:
            body["slop"] = slop
        if abs(weight - 1.0) > 1e-9:
            body["boost"] = round(weight, 6)
        return {"match_phrase": {name: body}}

    def _words(
        self,
        text: str,
        targets: list[tuple[FieldSpec, float]],
        *,
        required: str | None,
        fuzzy: bool,
        fuzzy_words: set[str] | None = None,
    ) -> dict[str, Any] | None:
        """``text`` in the accented and folded forms of every target field; with ``fuzzy_words`` (folded),
        only those words tolerate typos."""
        options: dict[str, Any] = (
            {"operator": "and"} if required is None else {"minimum_should_match": required}
        )
        alternatives = []
        for spec, weight in targets:
            alternatives.append(self._match(spec.name, text, weight * EXACT_WEIGHT, **options))
            alternatives.append(self._match(folded_field(spec), text, weight * FOLDED_WEIGHT, **options))
            if fuzzy and fuzzy_words is not None:
                words = [
                    self._match(
                        folded_field(spec),
                        word,
                        1.0,
                        analyzer=FOLDED_ANALYZER,
                        **({"fuzziness": FUZZINESS, "prefix_length": 1} if fold(word) in fuzzy_words else {}),
                    )
                    for word in text.split()
                ]
                alternatives.append(
                    {
                        "bool": {
                            "should": words,
                            "minimum_should_match": required or "100%",
                            "boost": round(weight * FUZZY_WEIGHT, 6),
                        }
                    }
                )
            elif fuzzy:
                alternatives.append(
                    self._match(
                        folded_field(spec),
                        text,
                        weight * FUZZY_WEIGHT,
                        analyzer=FOLDED_ANALYZER,
                        fuzziness=FUZZINESS,
                        prefix_length=1,
                        **options,
                    )
                )
        return _any(alternatives)

    def _words_as_phrase(
        self, text: str, targets: list[tuple[FieldSpec, float]], *, weight: float, slop: int = 0
    ) -> dict[str, Any] | None:
        return _any(
            [
                query
                for spec, field_weight in targets
                for query in (
                    self._phrase(spec.name, text, field_weight * EXACT_WEIGHT * weight, slop),
                    self._phrase(folded_field(spec), text, field_weight * FOLDED_WEIGHT * weight, slop),
                )
            ]
        )

    def _special_span(
        self, tokens: Sequence[AnalyzedToken], match: SynonymMatch, targets: list[tuple[FieldSpec, float]]
    ) -> dict[str, Any] | None:
        """A synonym span involving a case-sensitive term: the analysers cannot expand it."""
        max_weight = max((w for _, w in targets), default=1.0)
        alternatives = []
        own = match.term
        if own.case_sensitive and len(own) == 1 and is_acronym(own.surface[0]):
            # "AI" typed in capitals: the acronym as written, not every "ai" ("who").
            alternatives.append(
                {"term": {ACRONYMS: {"value": own.surface[0], "boost": max_weight * EXACT_WEIGHT}}}
            )
        else:
            alternatives.append(
                self._words(" ".join(t.surface for t in tokens), targets, required=None, fuzzy=False)
            )
        self._highlight_tokens(tokens)
        for alternative in match.alternatives:
            if alternative.case_sensitive and len(alternative) == 1 and is_acronym(alternative.surface[0]):
                alternatives.append(
                    {
                        "term": {
                            ACRONYMS: {
                                "value": alternative.surface[0],
                                "boost": max_weight * EXACT_WEIGHT * SYNONYM_WEIGHT,
                            }
                        }
                    }
                )
                continue
            self._highlight_phrase(alternative.folded)
            alternatives.append(
                self._words_as_phrase(
                    " ".join(alternative.exact), targets, weight=SYNONYM_WEIGHT / len(alternative)
                )
            )
        return _any(alternatives)

    def _run(
        self,
        tokens: list[AnalyzedToken],
        matches: list[SynonymMatch],
        targets: list[tuple[FieldSpec, float]],
        *,
        fuzzy: bool,
        acronyms: bool,
    ) -> dict[str, Any] | None:
        """Words typed together: most must match (synonyms by the analysers); together they earn bonuses."""
        covered: set[int] = set()
        special: list[dict[str, Any]] = []
        for match in matches:
            covered.update(range(match.start, match.end))
            terms = (match.term, *match.alternatives)
            if acronyms and any(term.case_sensitive for term in terms):
                query = self._special_span(tokens[match.start : match.end], match, targets)
                if query is not None:
                    special.append(query)
                continue
            self._highlight_tokens(tokens[match.start : match.end])
            for alternative in match.alternatives:
                if not alternative.case_sensitive:
                    self._highlight_phrase(alternative.folded)
        special_positions = {
            position
            for match in matches
            if acronyms and any(t.case_sensitive for t in (match.term, *match.alternatives))
            for position in range(match.start, match.end)
        }
        # Question words the general list already makes function words stay function words.
        questions = {i for i in question_positions(tokens) - covered if tokens[i].exact not in STOPWORDS}
        required_words = [
            t for i, t in enumerate(tokens)
            if i not in special_positions and (i in covered or (t.exact not in STOPWORDS and i not in questions))
        ]  # fmt: skip
        function_words = [
            t
            for i, t in enumerate(tokens)
            if i not in special_positions and i not in covered and t.exact in STOPWORDS and i not in questions
        ]
        question_words = [t for i, t in enumerate(tokens) if i not in special_positions and i in questions]
        if not required_words and not special:
            # "và" alone is still a query
            required_words, function_words, question_words = function_words + question_words, [], []
        if fuzzy:
            self._relaxable = True
        minimum = RELAXED_MINIMUM_SHOULD_MATCH if self.relaxed else MINIMUM_SHOULD_MATCH
        typo_prone = [
            t.folded for t in required_words if len(t.folded) >= FUZZY_MIN_CHARS and t.folded.isalpha()
        ]
        use_fuzzy = fuzzy and bool(typo_prone)
        lookup = self.lookup_words(typo_prone) if use_fuzzy and self.lookup_words else {}
        unknown = {word for word in typo_prone if lookup.get(word) != word}
        corrections = {word: lookup[word] for word in unknown if lookup.get(word)}
        for index, token in enumerate(tokens):
            if index in covered:
                continue
            self._highlight_tokens([token])
            if fuzzy and token.folded in unknown:
                self._fuzzy.add(token.folded)
        must = list(special)
        if required_words:
            words = self._words(
                " ".join(t.surface for t in required_words),
                targets,
                required=minimum,
                fuzzy=use_fuzzy,
                fuzzy_words=unknown if self.lookup_words else None,
            )
            if self.relaxed and fuzzy:
                # Other spellings ("lí" → "lý", Telex "thoong" → "thông") stand for the word, a little below.
                for token in required_words:
                    variants = spelling_variants(token.exact)
                    if variants and token.folded not in corrections:
                        corrections[token.folded] = variants[0]
            corrected = " ".join(corrections.get(t.folded) or t.surface for t in required_words)
            if words is not None and corrections:
                alternative = self._words(corrected, targets, required=minimum, fuzzy=False)
                words = {
                    "bool": {
                        "should": [words, {"bool": {"must": [alternative], "boost": CORRECTION_WEIGHT}}],
                        "minimum_should_match": 1,
                    }
                }
            if words is not None:
                must.append(words)
        should = []
        if corrections and len(required_words) > 1:
            for spec, weight in targets:
                should.append(
                    self._phrase(
                        folded_field(spec), corrected, weight * FOLDED_PHRASE_WEIGHT * CORRECTION_WEIGHT
                    )
                )
        if function_words:
            should.append(
                self._words(" ".join(t.surface for t in function_words), targets, required="1", fuzzy=False)
            )
        if question_words:
            words = self._words(
                " ".join(t.surface for t in question_words), targets, required="1", fuzzy=False
            )
            if words is not None:
                should.append(_boosted(words, QUESTION_WEIGHT))
        should.extend(self._bonuses(tokens, targets))
        if matches and required_words:
            # The words as typed, without the synonym graph: the exact wording ranks above a synonym
            # (the search analysers expand both alike).
            text = " ".join(t.surface for t in required_words)
            should.extend(
                self._match(spec.name, text, weight * EXACT_WORDING_WEIGHT, analyzer=EXACT_ANALYZER)
                for spec, weight in targets
            )
        if not must:
            return None
        if not should:
            return must[0] if len(must) == 1 else {"bool": {"must": must}}
        return {"bool": {"must": must, "should": should}}

    def _bonuses(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> list[dict[str, Any]]:
        if len(tokens) < 2:
            return []
        text = " ".join(t.surface for t in tokens)
        bonuses = []
        for spec, weight in targets:
            bonuses.append(self._phrase(spec.name, text, weight * PHRASE_WEIGHT))
            bonuses.append(self._phrase(folded_field(spec), text, weight * FOLDED_PHRASE_WEIGHT))
            if len(tokens) > 2:
                bonuses.append(
                    self._phrase(folded_field(spec), text, weight * PROXIMITY_WEIGHT, slop=PROXIMITY_SLOP)
                )
        return bonuses

    def _quoted(
        self,
        tokens: list[AnalyzedToken],
        targets: list[tuple[FieldSpec, float]],
        node: ql.Phrase,
        *,
        acronyms: bool,
    ) -> dict[str, Any] | None:
        if node.prefix:
            return self._prefix_run(tokens, targets)
        matches = self.synonyms.find(tokens)
        whole = len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(tokens)
        if whole and acronyms and any(t.case_sensitive for t in (matches[0].term, *matches[0].alternatives)):
            return self._special_span(tokens, matches[0], targets)
        if node.slop:
            self._highlight_tokens(tokens)
        else:
            self._highlight_phrase([t.folded for t in tokens])
        if whole and node.slop == 0:
            for alternative in matches[0].alternatives:
                if not alternative.case_sensitive:
                    self._highlight_phrase(alternative.folded)
        return self._words_as_phrase(
            " ".join(t.surface for t in tokens), targets, weight=PHRASE_WEIGHT, slop=node.slop
        )

    def _prefix_run(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> dict[str, Any] | None:
        """All words but the last must match; the last is a prefix (autocomplete-style)."""
        *complete, last = tokens
        self._highlight_tokens(complete)
        self._prefixes.add(last.folded)
        text = " ".join(t.surface for t in tokens)
        alternatives = []
        for spec, weight in targets:
            for name, analyzer in ((spec.name, EXACT_ANALYZER), (folded_field(spec), FOLDED_ANALYZER)):
                alternatives.append(
                    {
                        "match_phrase_prefix": {
                            name: {"query": text, "analyzer": analyzer, "boost": weight * PREFIX_WEIGHT}
                        }
                    }
                )
        return _any(alternatives)

    def _fuzzy_run(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> dict[str, Any] | None:
        for token in tokens:
            self._highlight_tokens([token])
            self._fuzzy.add(token.folded)
        text = " ".join(t.folded for t in tokens)
        return _any(
            [
                self._match(
                    folded_field(spec),
                    text,
                    weight,
                    analyzer=FOLDED_ANALYZER,
                    fuzziness="AUTO:3,8",
                    operator="and",
                )
                for spec, weight in targets
            ]
        )

    # --- autocomplete fields ----------------------------------------------------------------------

    def _ngram(self, node: ql.Node, spec: FieldSpec) -> dict[str, Any] | None:
        """Whole words rank above word prefixes (edge n-grams) or word parts (n-grams)."""
        text = self._literal(node) or ""
        tokens = analyze(text)
        if not tokens:
            return None
        per_word = []
        for token in tokens:
            self._prefixes.add(token.folded)
            per_word.append(
                _any(
                    [
                        self._match(spec.name, token.surface, 2.0 * EXACT_WEIGHT),
                        self._match(folded_field(spec), token.surface, 2.0),
                        self._match(f"{spec.name}.edge", token.surface, EXACT_WEIGHT, operator="and"),
                        self._match(f"{spec.name}.edge_folded", token.surface, 1.0, operator="and"),
                    ]
                )
            )
        return _boosted(_all(per_word) or MATCH_NONE, spec.boost)

    # --- keyword, number and date fields --------------------------------------------------------

    def _raw(self, node: ql.Node, field_name: str) -> dict[str, Any]:
        if isinstance(node, ql.Wildcard):
            return filter_only({"wildcard": {field_name: {"value": _wildcard_pattern(node.parts, str)}}})
        value = self._literal(node)
        if value is None:
            return MATCH_NONE
        if isinstance(node, ql.Term) and node.prefix:
            return filter_only({"prefix": {field_name: value}})
        return filter_only({"term": {field_name: value}})

    def _keyword(self, node: ql.Node, spec: FieldSpec) -> dict[str, Any]:
        name = keyword_field(spec)
        if isinstance(node, ql.Wildcard):
            return filter_only({"wildcard": {name: {"value": _wildcard_pattern(node.parts, keyword)}}})
        value = self._literal(node)
        if value is None:
            return MATCH_NONE
        normalised = keyword(value)[:MAX_KEYWORD_CHARS]
        if isinstance(node, ql.Term | ql.Phrase) and node.prefix:
            return filter_only({"prefix": {name: normalised}})
        boost = getattr(node, "boost", None)
        if boost:
            # An explicitly boosted value adds its boost to the score, as on the embedded engine.
            return {"constant_score": {"filter": {"term": {name: normalised}}, "boost": float(boost)}}
        return filter_only({"term": {name: normalised}})

    def _value(self, node: ql.Node, spec: FieldSpec) -> dict[str, Any]:
        value = self._literal(node)
        if value is None:
            return MATCH_NONE
        try:
            if spec.kind is Kind.DATETIME and len(value.strip()) == 10:
                # A bare date on a date-time field means the whole day in the site's time zone.
                day = dt.date.fromisoformat(value.strip())
                start = timezone.make_aware(
                    dt.datetime(day.year, day.month, day.day), timezone.get_default_timezone()
                )
                bounds = {"gte": es_value(spec, start), "lt": es_value(spec, start + dt.timedelta(days=1))}
                return filter_only({"range": {spec.name: bounds}})
            converted = es_value(spec, value)
        except (TypeError, ValueError):
            logger.warning("Cannot compare %r with search field %r; nothing matches.", value, spec.name)
            return MATCH_NONE
        return filter_only({"term": {spec.name: converted}})

    def _range(self, node: ql.Range) -> dict[str, Any]:
        spec = self.specs.get(node.field)
        if spec is None:
            return MATCH_NONE
        if not spec.numeric_like:
            logger.warning("Range queries need a number or date field; %r is text.", node.field)
            return MATCH_NONE
        bounds: dict[str, Any] = {}
        try:
            if node.low is not None:
                bounds["gte" if node.include_low else "gt"] = es_value(spec, node.low)
            if node.high is not None:
                bounds["lte" if node.include_high else "lt"] = es_value(spec, node.high)
        except (TypeError, ValueError):
            logger.warning("Bad range bounds %r..%r for %r; nothing matches.", node.low, node.high, spec.name)
            return MATCH_NONE
        if not bounds:
            return filter_only({"exists": {"field": spec.name}})
        return filter_only({"range": {spec.name: bounds}})

    def _exists(self, field_name: str) -> dict[str, Any]:
        if field_name in RAW_FIELDS:
            return MATCH_ALL
        spec = self.specs.get(field_name)
        if spec is None:
            return MATCH_NONE
        if spec.numeric_like:
            return filter_only({"exists": {"field": spec.name}})
        if spec.has_keyword:
            return filter_only({"exists": {"field": keyword_field(spec)}})
        if spec.textual:
            return filter_only({"exists": {"field": spec.name}})
        return MATCH_NONE

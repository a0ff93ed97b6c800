"""Compile a ``search.querylang`` tree into a tantivy query with Vietnamese-aware ranking.

Ranking model (BM25 underneath, all weights multiply the field's haystack ``boost``):

* every word is looked up in the accented field (weight 1.5) and the folded field (1.0), so an
  accented match outranks an accent-less one, and "da nang" still finds "Đà Nẵng";
* folded words of 5+ characters also match with one typo (small constant weight); one the index does
  not know is also searched as its closest indexed word (accents included, synonyms too), a little
  below the words as typed, and the corrected words earn a folded phrase bonus (as Elasticsearch's
  term suggester does for the other engine);
* words typed together earn a phrase bonus, a proximity bonus and a bonus per adjacent pair
  (Vietnamese words are pairs of syllables: "nông nghiệp", "thông minh"); these bonuses never change
  which documents match, so they are kept apart (``CompiledQuery.bonuses``): the backend counts and
  facets with the core query alone and adds the bonuses only to the ranked search;
* synonyms from ``synonyms.txt`` are alternatives of the span they match (multi-word → phrases, the
  span as typed too);
* filters on keyword, number and date fields never change the score, unless boosted explicitly
  (``?province:48^20`` adds 20 to the documents that have the value).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import tantivy

from .. import querylang as ql
from ..query_words import question_positions
from ..synonyms import SynonymMatch, SynonymSet
from ..text import (
    STOPWORDS,
    AnalyzedToken,
    analyze,
    exact_form,
    fold,
    is_acronym,
    keyword,
    spelling_variants,
)
from .query_base import RAW_FIELDS, BaseCompiledQuery, BaseQueryCompiler
from .tantivy_schema import ACRONYMS, MAX_KEYWORD_CHARS, FieldSpec, Kind, coerce

__all__ = ["CompiledQuery", "QueryCompiler"]

logger = logging.getLogger(__name__)

EXACT_WEIGHT = 1.5
FOLDED_WEIGHT = 1.0
FUZZY_WEIGHT = 0.2
FUZZY_MIN_CHARS = 5
# A word found (folded) in at least this many documents is taken as spelled right and gets no one-typo
# alternatives: they cost the most of any clause (a walk of the term dictionary, then a union of every
# near word's postings) and, for a known word, only add noise ("triển" also matching "triệu").
FUZZY_KNOWN_DOC_FREQ = 3
SYNONYM_WEIGHT = 0.9
# An unknown word searched as its closest indexed word: a little below the words as typed.
CORRECTION_WEIGHT = 0.8
# A real word typed for another (see ``corrections``): the words as typed, below the words meant.
TYPED_WEIGHT = 0.5
PHRASE_WEIGHT = 2.0
FOLDED_PHRASE_WEIGHT = 1.0
PROXIMITY_SLOP = 4
PROXIMITY_WEIGHT = 0.5
PREFIX_WEIGHT = 1.0
# Up to this many content words every one is required; beyond, two thirds are (long questions
# rarely match fully). Function words ("và", "của", "ở") never are; they only add score.
ALL_REQUIRED_UP_TO = 4
MIN_SHOULD_RATIO = 2 / 3
# The relaxed pass (run when the precise one finds few documents; see ``RELAX_BELOW`` in the backend):
# of two words one is enough, of three or four all but one, of more a third of them (at least two): a
# long question shares only its topic with the documents that answer it.
RELAXED_RATIO = 1 / 3
# Question words ("làm thế nào", "là gì", query_words.txt) are never required and add little score.
QUESTION_WEIGHT = 0.2
MAX_RUN_TOKENS = 32

_FIELD_TYPES = {
    Kind.INTEGER: tantivy.FieldType.Integer,
    Kind.FLOAT: tantivy.FieldType.Float,
    Kind.BOOLEAN: tantivy.FieldType.Boolean,
    Kind.DATE: tantivy.FieldType.Date,
    Kind.DATETIME: tantivy.FieldType.Date,
}


@dataclass(kw_only=True)
class CompiledQuery(BaseCompiledQuery):
    """The tantivy query plus what the engine needs to explain it to the user."""

    query: tantivy.Query
    # Optional score-only clauses (phrase and proximity bonuses), added only when ranking.
    bonuses: list[tantivy.Query] = field(default_factory=list)
    # Whether a relaxed compilation could find more (the query has free text searched positively).
    relaxable: bool = False
    # Indexes into ``bonuses`` of the exact phrases of words typed with accents.
    accented_phrases: list[int] = field(default_factory=list)

    def with_bonuses(self) -> tantivy.Query:
        """The query scoring exactly as core plus bonuses (for callers that do not rescore)."""
        if not self.bonuses:
            return self.query
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self.query)] + [(tantivy.Occur.Should, b) for b in self.bonuses]
        )


def _boost(query: tantivy.Query, weight: float | None) -> tantivy.Query:
    if weight is None or math.isclose(weight, 1.0):
        return query
    return tantivy.Query.boost_query(query, float(weight))


def _any(queries: Sequence[tantivy.Query]) -> tantivy.Query | None:
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _all(queries: Sequence[tantivy.Query]) -> tantivy.Query | None:
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])


def _filter(query: tantivy.Query) -> tantivy.Query:
    """Match without scoring: filters must not reorder relevance results."""
    return tantivy.Query.const_score_query(query, 0.0)


class QueryCompiler(BaseQueryCompiler):
    """Compiles one query tree into tantivy queries; single-use (see ``BaseQueryCompiler``)."""

    def __init__(
        self,
        *,
        schema: tantivy.Schema,
        specs: Mapping[str, FieldSpec],
        usable: Iterable[str],
        synonyms: SynonymSet,
        doc_freq: Callable[[str, str], int] | None = None,
        closest: Callable[[AnalyzedToken], str | None] | None = None,
        relaxed: bool = False,
        corrections: Mapping[str, str] | None = None,
        spans_apart: bool = False,
    ) -> None:
        self.schema = schema
        self.usable = frozenset(usable)
        # ``doc_freq(field, term)`` of the index being searched; without it every long word gets the
        # one-typo alternatives.
        self.doc_freq = doc_freq
        # ``closest(token)``: the indexed word (accented) closest to a word the index does not know, or
        # ``None``; without it unknown words are only matched with one typo.
        self.closest = closest
        self._known_words: dict[tuple[str, tuple[str, ...]], bool] = {}
        # The second, relaxed pass: fewer words required, other spellings of a word (i/y, Telex, VNI)
        # and ``corrections`` (exact word → the word meant, found by
        # the backend from the words around it: "thông mình" → "minh").
        self.relaxed = relaxed
        self.corrections = dict(corrections or {})
        self.spans_apart = relaxed and spans_apart
        super().__init__(specs=specs, synonyms=synonyms)
        self._bonus_queries: list[tantivy.Query] = []
        self._accented_phrases: list[int] = []
        self._relaxable = False

    def _searchable(self, spec: FieldSpec) -> bool:
        return spec.exact in self.usable

    # --- entry point -----------------------------------------------------------------------------

    def compile(self, node: ql.Node) -> CompiledQuery:
        query = self._node(node, negated=False)
        return CompiledQuery(
            query=query if query is not None else tantivy.Query.empty_query(),
            highlight=self.highlight_terms(),
            content_tokens=self._content_tokens,
            synonym_tokens=self._synonym_tokens,
            bonuses=self._bonus_queries,
            relaxable=self._relaxable,
            accented_phrases=self._accented_phrases,
        )

    # --- helpers ---------------------------------------------------------------------------------

    def _term(self, name: str, value: object) -> tantivy.Query:
        return tantivy.Query.term_query(self.schema, name, value)

    def _phrase(self, name: str, words: Sequence[str], slop: int = 0) -> tantivy.Query:
        # tantivy panics on one-word phrases, so those are plain terms.
        if len(words) == 1:
            return self._term(name, words[0])
        return tantivy.Query.phrase_query(self.schema, name, list(words), slop=slop)

    def _prefix(self, name: str, text: str) -> tantivy.Query:
        return tantivy.Query.fuzzy_term_query(self.schema, name, text, distance=0, prefix=True)

    def _spec(self, field_name: str) -> FieldSpec | None:
        spec = self.specs.get(field_name)
        if spec is None:
            logger.debug("Query on unknown search field %r matches nothing.", field_name)
        return spec

    # --- tree ------------------------------------------------------------------------------------

    def _match_all(self) -> tantivy.Query:
        return tantivy.Query.all_query()

    def _match_none(self) -> tantivy.Query:
        return tantivy.Query.empty_query()

    def _bool(self, node: ql.Bool, *, negated: bool) -> tantivy.Query | None:
        must = [q for q in (self._node(c, negated=negated) for c in node.must) if q is not None]
        should = [q for q in (self._node(c, negated=negated) for c in node.should) if q is not None]
        must_not = [q for q in (self._node(c, negated=not negated) for c in node.must_not) if q is not None]
        if not (must or should or must_not):
            return None
        if not must and not should:
            must = [tantivy.Query.all_query()]  # "NOT x" alone means everything except x
        clauses = [(tantivy.Occur.Must, q) for q in must]
        clauses += [(tantivy.Occur.Should, q) for q in should]
        clauses += [(tantivy.Occur.MustNot, q) for q in must_not]
        return _boost(tantivy.Query.boolean_query(clauses), node.boost)

    # --- text ------------------------------------------------------------------------------------

    def _text(
        self, node: ql.Node, targets: list[tuple[FieldSpec, float]], *, negated: bool, content: bool
    ) -> tantivy.Query | None:
        if not targets:
            return tantivy.Query.empty_query()
        if isinstance(node, ql.Words):
            tokens = analyze(" ".join(node.words))[:MAX_RUN_TOKENS]
            if not negated and content:
                self._remember_content(tokens, self.synonyms.find(tokens))
            query = self._run(tokens, targets, fuzzy=not negated, acronyms=content, weight=node.boost)
            return _boost(query, node.boost) if query is not None else None
        if isinstance(node, ql.Phrase):
            tokens = analyze(node.text)[:MAX_RUN_TOKENS]
            if not negated and content:
                self._remember_content(tokens, self.synonyms.find(tokens))
            query = self._quoted(tokens, targets, node, acronyms=content)
            return _boost(query, node.boost) if query is not None else None
        if isinstance(node, ql.Term):
            tokens = analyze(node.text)[:MAX_RUN_TOKENS]
            if not tokens:
                return None
            if node.prefix:
                query = self._prefix_run(tokens, targets)
            elif node.fuzzy:
                query = self._fuzzy_run(tokens, targets)
            else:
                query = self._run(tokens, targets, fuzzy=not negated, acronyms=content)
            return _boost(query, node.boost) if query is not None else None
        if isinstance(node, ql.Wildcard):
            alternatives = []
            for spec, weight in targets:
                alternatives.append(_boost(self._regex(spec.folded, node.parts, fold), weight))
                alternatives.append(_boost(self._regex(spec.exact, node.parts, exact_form), weight))
            return _boost(_any(alternatives), node.boost)
        return None

    def _word(
        self,
        token: AnalyzedToken,
        targets: list[tuple[FieldSpec, float]],
        *,
        fuzzy: bool,
        weight: float = 1.0,
    ) -> tantivy.Query | None:
        self._highlight_tokens([token])
        use_fuzzy = fuzzy and len(token.folded) >= FUZZY_MIN_CHARS and token.folded.isalpha()
        if use_fuzzy and self._known(token.folded, targets):
            use_fuzzy = False
        if use_fuzzy:
            self._fuzzy.add(token.folded)
        alternatives = []
        if fuzzy and self.relaxed:
            alternatives.extend(self._respellings(token, targets, weight=weight))
        for spec, field_weight in targets:
            alternatives.append(
                _boost(self._term(spec.exact, token.exact), field_weight * EXACT_WEIGHT * weight)
            )
            if spec.folded in self.usable:
                alternatives.append(
                    _boost(self._term(spec.folded, token.folded), field_weight * FOLDED_WEIGHT * weight)
                )
                if use_fuzzy:
                    fuzzy_query = tantivy.Query.fuzzy_term_query(
                        self.schema, spec.folded, token.folded, distance=1
                    )
                    alternatives.append(_boost(fuzzy_query, field_weight * FUZZY_WEIGHT * weight))
        return _any(alternatives)

    def _respellings(
        self, token: AnalyzedToken, targets: list[tuple[FieldSpec, float]], *, weight: float
    ) -> list[tantivy.Query]:
        """The word's other spellings the index knows (i ↔ y, Telex and VNI slips), below the word."""
        queries = []
        for variant in spelling_variants(token.exact):
            analysed = analyze(variant)
            if len(analysed) != 1 or not self._indexed_exact(analysed[0].exact, targets):
                continue
            self._highlight_tokens(analysed)
            for spec, field_weight in targets:
                queries.append(
                    _boost(
                        self._term(spec.exact, analysed[0].exact),
                        field_weight * EXACT_WEIGHT * CORRECTION_WEIGHT * weight,
                    )
                )
                if spec.folded in self.usable:
                    queries.append(
                        _boost(
                            self._term(spec.folded, analysed[0].folded),
                            field_weight * FOLDED_WEIGHT * CORRECTION_WEIGHT * weight,
                        )
                    )
        return queries

    def _indexed_exact(self, exact: str, targets: list[tuple[FieldSpec, float]]) -> bool:
        if self.doc_freq is None:
            return True
        for spec, _weight in targets:
            try:
                if self.doc_freq(spec.exact, exact):
                    return True
            except Exception:  # a failing lookup only loses this spelling
                logger.debug("doc_freq(%r, %r) failed", spec.exact, exact, exc_info=True)
                return False
        return False

    def _known(self, folded: str, targets: list[tuple[FieldSpec, float]]) -> bool:
        """Whether ``folded`` is a word of the index (see ``FUZZY_KNOWN_DOC_FREQ``)."""
        if self.doc_freq is None:
            return False
        key = (folded, tuple(spec.folded for spec, _ in targets))
        if key not in self._known_words:
            self._known_words[key] = self._count_known(folded, targets, self.doc_freq)
        return self._known_words[key]

    def _count_known(
        self, folded: str, targets: list[tuple[FieldSpec, float]], doc_freq: Callable[[str, str], int]
    ) -> bool:
        total = 0
        for spec, _weight in targets:
            if spec.folded not in self.usable:
                continue
            try:
                total += int(doc_freq(spec.folded, folded))
            except Exception:  # a failing lookup keeps the typo tolerance
                logger.debug("doc_freq(%r, %r) failed", spec.folded, folded, exc_info=True)
                return False
            if total >= FUZZY_KNOWN_DOC_FREQ:
                return True
        return False

    def _words_as_phrase(
        self,
        exact: Sequence[str],
        folded: Sequence[str],
        targets: list[tuple[FieldSpec, float]],
        *,
        weight: float,
        slop: int = 0,
    ) -> tantivy.Query | None:
        alternatives = []
        for spec, field_weight in targets:
            alternatives.append(
                _boost(self._phrase(spec.exact, exact, slop), field_weight * EXACT_WEIGHT * weight)
            )
            if spec.folded in self.usable:
                alternatives.append(
                    _boost(self._phrase(spec.folded, folded, slop), field_weight * FOLDED_WEIGHT * weight)
                )
        return _any(alternatives)

    def _synonym(
        self,
        tokens: Sequence[AnalyzedToken],
        match: SynonymMatch,
        targets: list[tuple[FieldSpec, float]],
        *,
        fuzzy: bool,
        acronyms: bool,
        quoted: bool = False,
        loose: bool = True,
    ) -> tantivy.Query | None:
        """The span as typed, or any of its synonyms (each a phrase when it has several words).

        Several words typed as a synonym's span match side by side (a phrase), as Elasticsearch's
        synonym graph does; with ``loose`` (the run has words long enough to be typos) they also match
        one by one, far below.
        """
        alternatives = []
        use_acronym_field = acronyms and ACRONYMS in self.usable
        max_weight = max((w for _, w in targets), default=1.0)
        own = match.term
        if own.case_sensitive and len(own) == 1 and is_acronym(own.surface[0]) and use_acronym_field:
            # "AI" typed in capitals: the acronym as written, not every "ai" ("who").
            alternatives.append(_boost(self._term(ACRONYMS, own.surface[0]), max_weight * EXACT_WEIGHT))
            self._highlight_tokens(tokens)
        elif quoted and len(tokens) > 1:
            self._highlight_phrase([t.folded for t in tokens])
            alternatives.append(
                self._words_as_phrase(
                    [t.exact for t in tokens], [t.folded for t in tokens], targets, weight=PHRASE_WEIGHT
                )
            )
        else:
            words = [self._word(token, targets, fuzzy=fuzzy) for token in tokens]
            one_by_one = _all([w for w in words if w is not None])
            if len(tokens) == 1:
                alternatives.append(one_by_one)
            else:
                alternatives.append(
                    self._words_as_phrase(
                        [t.exact for t in tokens], [t.folded for t in tokens], targets, weight=1.0
                    )
                )
                if loose and one_by_one is not None:
                    alternatives.append(_boost(one_by_one, FUZZY_WEIGHT))
        for alternative in match.alternatives:
            if alternative.case_sensitive and len(alternative) == 1 and is_acronym(alternative.surface[0]):
                if use_acronym_field:
                    query = self._term(ACRONYMS, alternative.surface[0])
                    alternatives.append(_boost(query, max_weight * EXACT_WEIGHT * SYNONYM_WEIGHT))
                continue
            self._highlight_phrase(alternative.folded)
            # A phrase scores roughly once per word; dividing by its length keeps a long synonym
            # from outranking the shorter wording the user actually typed.
            alternatives.append(
                self._words_as_phrase(
                    alternative.exact, alternative.folded, targets, weight=SYNONYM_WEIGHT / len(alternative)
                )
            )
        return _any([q for q in alternatives if q is not None])

    def _run(
        self,
        tokens: list[AnalyzedToken],
        targets: list[tuple[FieldSpec, float]],
        *,
        fuzzy: bool,
        acronyms: bool,
        weight: float | None = None,
    ) -> tantivy.Query | None:
        """Words typed together: each (or its synonyms) must match; together they earn bonuses.

        The bonuses go to ``CompiledQuery.bonuses`` (weighted like the run), not into the returned
        query; words that are excluded (``fuzzy`` off means negated) earn none.
        """
        if not tokens:
            return None
        core = self._core(tokens, targets, fuzzy=fuzzy, acronyms=acronyms)
        if core is None:
            return None
        if fuzzy:
            self._relaxable = True
            accented = any(t.exact != t.folded for t in tokens)
            for bonus, exact in self._bonuses(tokens, targets):
                if exact and accented:
                    # Words typed with accents: whether they stand side by side as typed in the best
                    # hits tells the backend if a real word was mistyped ("thông mình" for "minh").
                    self._accented_phrases.append(len(self._bonus_queries))
                self._bonus_queries.append(_boost(bonus, weight))
            corrected = self._corrected(tokens, targets)
            if corrected is not None:
                # The words with each unknown one replaced by its closest indexed word, as an
                # alternative a little below the words as typed, with the corrected phrase's bonus.
                alternative = self._core(corrected, targets, fuzzy=False, acronyms=acronyms)
                meant = any(t.exact in self.corrections for t in tokens)
                if alternative is not None and meant:
                    # A real word mistyped ("thông mình"), judged so by the words around it: the words
                    # meant rank first, the words as typed below.
                    core = _any([_boost(core, TYPED_WEIGHT), alternative])
                elif alternative is not None:
                    core = _any([core, _boost(alternative, CORRECTION_WEIGHT)])
                if len(corrected) > 1 and meant:
                    exact = [t.exact for t in corrected]
                    self._bonus_queries.extend(
                        _boost(_boost(self._phrase(spec.exact, exact), w * PHRASE_WEIGHT), weight)
                        for spec, w in targets
                    )
                if len(corrected) > 1:
                    folded = [t.folded for t in corrected]
                    self._bonus_queries.extend(
                        _boost(
                            _boost(
                                self._phrase(spec.folded, folded),
                                w * FOLDED_PHRASE_WEIGHT * CORRECTION_WEIGHT,
                            ),
                            weight,
                        )
                        for spec, w in targets
                        if spec.folded in self.usable
                    )
        return core

    def _corrected(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> list[AnalyzedToken] | None:
        """``tokens`` with each word the index does not know (5+ letters) replaced by the closest
        indexed word (accented as indexed), and each word of ``corrections`` by the word meant;
        ``None`` when no word was replaced."""
        corrected = list(tokens)
        changed = False
        for position, token in enumerate(tokens):
            meant = self.corrections.get(token.exact)
            if meant is not None:
                analysed = analyze(meant)
                if len(analysed) == 1:
                    corrected[position] = analysed[0]
                    changed = True
                    continue
            if self.closest is None or self.doc_freq is None:
                continue
            if len(token.folded) < FUZZY_MIN_CHARS or not token.folded.isalpha():
                continue
            if self._known(token.folded, targets):
                continue
            try:
                replacement = self.closest(token)
            except Exception:  # the engine's term dictionary: a failing lookup only loses the correction
                logger.debug("closest(%r) failed", token.folded, exc_info=True)
                continue
            analysed = analyze(replacement or "")
            if len(analysed) != 1 or analysed[0].folded == token.folded:
                continue
            corrected[position] = analysed[0]
            changed = True
        return corrected if changed else None

    def _core(
        self,
        tokens: list[AnalyzedToken],
        targets: list[tuple[FieldSpec, float]],
        *,
        fuzzy: bool,
        acronyms: bool,
    ) -> tantivy.Query | None:
        """The matching part of a run: every content word (or its synonyms), most of them in long runs."""
        by_start = {m.start: m for m in self.synonyms.find(tokens)}
        # Question words the general list already makes function words stay function words.
        questions = {i for i in question_positions(tokens) if tokens[i].exact not in STOPWORDS}
        # When nothing else matched, a synonym's words typed together also match apart ("cảnh báo sạt
        # lở" in "cảnh báo sớm sạt lở"), far below.
        loose = fuzzy and (
            self.spans_apart or any(len(t.folded) >= FUZZY_MIN_CHARS and t.folded.isalpha() for t in tokens)
        )
        segments: list[tuple[tantivy.Query, bool]] = []  # (query, is a function word)
        words = 0  # content words, a synonym's span counting each of its words
        position = 0
        while position < len(tokens):
            match = by_start.get(position)
            if match is not None:
                segment = self._synonym(
                    tokens[match.start : match.end],
                    match,
                    targets,
                    fuzzy=fuzzy,
                    acronyms=acronyms,
                    loose=loose,
                )
                optional = False
                words += match.end - match.start
                position = match.end
            elif position in questions:
                segment = self._word(tokens[position], targets, fuzzy=False, weight=QUESTION_WEIGHT)
                optional = True
                position += 1
            else:
                segment = self._word(tokens[position], targets, fuzzy=fuzzy)
                optional = tokens[position].exact in STOPWORDS
                words += 0 if optional else 1
                position += 1
            if segment is not None:
                segments.append((segment, optional))
        if not segments:
            return None
        if all(optional for _, optional in segments):
            segments = [(segment, False) for segment, _ in segments]  # "và" alone is still a query
        content = [segment for segment, optional in segments if not optional]
        function_words = [segment for segment, optional in segments if optional]
        count = len(content)
        if self.relaxed:
            # Counted in words, then in clauses: a synonym's span ("nông nghiệp thông minh") weighs as
            # many words as it has, so two short words do not outweigh it.
            words = max(words, count)
            relaxed = (
                1 if words <= 2 else words - 1 if words <= 4 else max(2, math.ceil(words * RELAXED_RATIO))
            )
            required = max(1, min(count, relaxed * count // words))
        elif count <= ALL_REQUIRED_UP_TO:
            required = count
        else:
            required = max(ALL_REQUIRED_UP_TO, math.ceil(count * MIN_SHOULD_RATIO))
        if required >= count and not function_words:
            core = _all(content)
        elif required >= count:
            core = tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, s) for s in content]
                + [(tantivy.Occur.Should, s) for s in function_words]
            )
        else:
            # Long questions: most content words must match; function words only add score.
            core = tantivy.Query.boolean_query(
                [
                    (
                        tantivy.Occur.Must,
                        tantivy.Query.boolean_query(
                            [(tantivy.Occur.Should, s) for s in content], minimum_number_should_match=required
                        ),
                    )
                ]
                + [(tantivy.Occur.Should, s) for s in function_words]
            )
        return core

    def _bonuses(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> list[tuple[tantivy.Query, bool]]:
        """Score-only clauses for words typed together: the exact phrase, the folded phrase and, for
        three words or more, the words near each other (within ``PROXIMITY_SLOP`` positions); each
        with whether it is the exact phrase.

        One phrase per adjacent pair used to be added too; measured, it cost half the query time for
        no gain on the judged phrase queries (bench/search_quality.py), so it was dropped.
        """
        if len(tokens) < 2:
            return []
        exact = [t.exact for t in tokens]
        folded = [t.folded for t in tokens]
        bonuses = []
        for spec, weight in targets:
            bonuses.append((_boost(self._phrase(spec.exact, exact), weight * PHRASE_WEIGHT), True))
            if spec.folded not in self.usable:
                continue
            bonuses.append((_boost(self._phrase(spec.folded, folded), weight * FOLDED_PHRASE_WEIGHT), False))
            if len(tokens) > 2:
                proximity = self._phrase(spec.folded, folded, slop=PROXIMITY_SLOP)
                bonuses.append((_boost(proximity, weight * PROXIMITY_WEIGHT), False))
        return bonuses

    def _quoted(
        self,
        tokens: list[AnalyzedToken],
        targets: list[tuple[FieldSpec, float]],
        node: ql.Phrase,
        *,
        acronyms: bool,
    ) -> tantivy.Query | None:
        if not tokens:
            return None
        if node.prefix:
            return self._prefix_run(tokens, targets)
        matches = self.synonyms.find(tokens)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(tokens) and node.slop == 0:
            return self._synonym(tokens, matches[0], targets, fuzzy=False, acronyms=acronyms, quoted=True)
        if node.slop:
            self._highlight_tokens(tokens)
        else:
            self._highlight_phrase([t.folded for t in tokens])
        return self._words_as_phrase(
            [t.exact for t in tokens],
            [t.folded for t in tokens],
            targets,
            weight=PHRASE_WEIGHT,
            slop=node.slop,
        )

    def _prefix_run(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> tantivy.Query | None:
        """All words but the last must match; the last is a prefix (autocomplete-style)."""
        *complete, last = tokens
        self._highlight_tokens(complete)
        self._prefixes.add(last.folded)
        alternatives = []
        for spec, weight in targets:
            for name, forms in (
                (spec.exact, [t.exact for t in tokens]),
                (spec.folded, [t.folded for t in tokens]),
            ):
                if name not in self.usable:
                    continue
                if len(forms) == 1:
                    query = self._prefix(name, forms[0])
                else:
                    query = tantivy.Query.phrase_prefix_query(self.schema, name, forms)
                alternatives.append(_boost(query, weight * PREFIX_WEIGHT))
        return _any(alternatives)

    def _fuzzy_run(
        self, tokens: list[AnalyzedToken], targets: list[tuple[FieldSpec, float]]
    ) -> tantivy.Query | None:
        queries = []
        for token in tokens:
            self._highlight_tokens([token])
            self._fuzzy.add(token.folded)
            distance = 1 if len(token.folded) < 8 else 2
            alternatives = [
                _boost(
                    tantivy.Query.fuzzy_term_query(self.schema, spec.folded, token.folded, distance=distance),
                    w,
                )
                for spec, w in targets
                if spec.folded in self.usable
            ]
            query = _any(alternatives)
            if query is not None:
                queries.append(query)
        if not queries:
            return None
        return (
            queries[0]
            if len(queries) == 1
            else tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])
        )

    def _regex(self, name: str, parts: Sequence[str], normalise: Callable[[str], str]) -> tantivy.Query:
        pattern = ".*".join(re.escape(normalise(part)) for part in parts)
        return tantivy.Query.regex_query(self.schema, name, pattern)

    # --- autocomplete fields ----------------------------------------------------------------------

    def _ngram(self, node: ql.Node, spec: FieldSpec) -> tantivy.Query | None:
        """Edge n-gram fields match word prefixes; n-gram fields match inside words."""
        if spec.exact not in self.usable:
            return tantivy.Query.empty_query()
        text = self._literal(node) or ""
        tokens = analyze(text)
        if not tokens:
            return None
        per_word = []
        for token in tokens:
            self._prefixes.add(token.folded)
            if spec.kind is Kind.EDGE_NGRAM:
                partial_exact = self._prefix(spec.exact, token.exact)
                partial_folded = self._prefix(spec.folded, token.folded)
            else:
                partial_exact = self._regex(spec.exact, ["", token.exact, ""], str)
                partial_folded = self._regex(spec.folded, ["", token.folded, ""], str)
            per_word.append(
                _any(
                    [
                        # A whole-word match ranks above a partial one ("hà" before "hành").
                        _boost(self._term(spec.exact, token.exact), 2.0 * EXACT_WEIGHT),
                        _boost(self._term(spec.folded, token.folded), 2.0),
                        _boost(partial_exact, EXACT_WEIGHT),
                        partial_folded,
                    ]
                )
            )
        query = (
            per_word[0]
            if len(per_word) == 1
            else tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in per_word])
        )
        return _boost(query, spec.boost)

    # --- keyword, number and date fields --------------------------------------------------------

    def _raw(self, node: ql.Node, field_name: str) -> tantivy.Query | None:
        value = self._literal(node)
        if value is None:
            if isinstance(node, ql.Wildcard):
                return _filter(self._regex(field_name, node.parts, str))
            return tantivy.Query.empty_query()
        if isinstance(node, ql.Term) and node.prefix:
            return _filter(self._prefix(field_name, value))
        return _filter(self._term(field_name, value))

    def _keyword(self, node: ql.Node, spec: FieldSpec) -> tantivy.Query | None:
        if spec.kw not in self.usable:
            return tantivy.Query.empty_query()
        if isinstance(node, ql.Wildcard):
            return _filter(self._regex(spec.kw, node.parts, keyword))
        value = self._literal(node)
        if value is None:
            return tantivy.Query.empty_query()
        normalised = keyword(value)[:MAX_KEYWORD_CHARS]
        if isinstance(node, ql.Term | ql.Phrase) and node.prefix:
            return _filter(self._prefix(spec.kw, normalised))
        boost = getattr(node, "boost", None)
        if boost:
            # An explicitly boosted value ("?kind:expert^50") adds its boost to the score: how a sector,
            # a province or a kind the query names is preferred without hiding the rest.
            return tantivy.Query.const_score_query(self._term(spec.kw, normalised), float(boost))
        return _filter(self._term(spec.kw, normalised))

    def _value(self, node: ql.Node, spec: FieldSpec) -> tantivy.Query | None:
        if spec.name not in self.usable:
            return tantivy.Query.empty_query()
        value = self._literal(node)
        if value is None:
            return tantivy.Query.empty_query()
        try:
            if spec.kind is Kind.DATETIME and len(value.strip()) == 10:
                # A bare date on a date-time field means the whole (local) day.
                day = coerce(spec, value)
                return self._range(ql.Range(spec.name, value, None), whole_day=day)
            converted = coerce(spec, value)
        except (TypeError, ValueError):
            logger.warning("Cannot compare %r with search field %r; nothing matches.", value, spec.name)
            return tantivy.Query.empty_query()
        return _filter(self._term(spec.name, converted))

    def _range(self, node: ql.Range, whole_day: dt.datetime | None = None) -> tantivy.Query | None:
        spec = self._spec(node.field)
        if spec is None or not spec.numeric_like or spec.name not in self.usable:
            if spec is not None and not spec.numeric_like:
                logger.warning("Range queries need a number or date field; %r is text.", node.field)
            return tantivy.Query.empty_query()
        if whole_day is not None:
            low, high = whole_day, whole_day + dt.timedelta(days=1)
            return _filter(
                tantivy.Query.range_query(
                    self.schema,
                    spec.name,
                    tantivy.FieldType.Date,
                    low,
                    high,
                    include_lower=True,
                    include_upper=False,
                )
            )
        try:
            low = coerce(spec, node.low) if node.low is not None else None
            high = coerce(spec, node.high) if node.high is not None else None
        except (TypeError, ValueError):
            logger.warning("Bad range bounds %r..%r for %r; nothing matches.", node.low, node.high, spec.name)
            return tantivy.Query.empty_query()
        return _filter(
            tantivy.Query.range_query(
                self.schema,
                spec.name,
                _FIELD_TYPES[spec.kind],
                low,
                high,
                include_lower=node.include_low,
                include_upper=node.include_high,
            )
        )

    def _exists(self, field_name: str) -> tantivy.Query | None:
        if field_name in RAW_FIELDS:
            return tantivy.Query.all_query()
        spec = self._spec(field_name)
        if spec is None:
            return tantivy.Query.empty_query()
        if spec.numeric_like and spec.name in self.usable:
            return _filter(tantivy.Query.exists_query(spec.name))
        if spec.has_keyword and spec.kw in self.usable:
            return _filter(tantivy.Query.exists_query(spec.kw))
        if spec.textual and spec.folded in self.usable:
            return _filter(tantivy.Query.regex_query(self.schema, spec.folded, ".+"))
        return tantivy.Query.empty_query()

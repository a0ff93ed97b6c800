"""Accent-aware HTML snippets with ``<mark>`` around matched words (pure, engine-agnostic)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape

from .text import MAX_TOKEN_CHARS, WORD_RE, damerau_levenshtein, fold, nfc, normalize_tone_placement

__all__ = ["DEFAULT_SNIPPET_CHARS", "HighlightTerms", "highlight"]

DEFAULT_SNIPPET_CHARS = 200
# Characters of context kept before the first highlighted word of a snippet.
_LEAD_CHARS = 40
_FUZZY_MIN_CHARS = 5
_MAX_WINDOWS = 50
_WEAK_CHARS = 3
_SPACES_RE = re.compile(r"\s+")
# A document longer than this is highlighted in its first part only: snippets come from there anyway
# when it matches, and tokenising a whole report per hit would cost more than the search itself.
_MAX_SCAN_CHARS = 20_000


@lru_cache(maxsize=131072)
def _forms(word: str) -> tuple[str, str]:
    """``(exact, folded)`` of one word; cached across calls (a corpus has few distinct words)."""
    exact = normalize_tone_placement(word).lower()
    return exact, fold(exact)


def _deletions(word: str) -> frozenset[str]:
    """The word and every string one deletion away: a cheap pre-filter for "one typo away"."""
    return frozenset({word, *(word[:i] + word[i + 1 :] for i in range(len(word)))})


@dataclass(frozen=True)
class HighlightTerms:
    """What a query matched, in the forms the analyser produces (see ``search.text``)."""

    exact: frozenset[str] = field(default_factory=frozenset)
    folded: frozenset[str] = field(default_factory=frozenset)
    prefixes: frozenset[str] = field(default_factory=frozenset)  # folded prefixes (autocomplete)
    fuzzy: frozenset[str] = field(default_factory=frozenset)  # folded words allowed one typo
    # Folded word sequences highlighted only where they occur together (synonyms, quoted phrases).
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    # Answers of match_key per word, shared by every snippet of one result page.
    _memo: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )
    _fuzzy_index: dict[str, tuple[str, ...]] | None = field(
        default=None, init=False, repr=False, compare=False, hash=False
    )

    def __bool__(self) -> bool:
        return bool(self.exact or self.folded or self.prefixes or self.fuzzy or self.phrases)

    def __or__(self, other: HighlightTerms) -> HighlightTerms:
        return HighlightTerms(
            exact=self.exact | other.exact,
            folded=self.folded | other.folded,
            prefixes=self.prefixes | other.prefixes,
            fuzzy=self.fuzzy | other.fuzzy,
            phrases=self.phrases | other.phrases,
        )

    def match_key(self, word: str) -> str | None:
        """The folded form of ``word`` when it should be highlighted, else ``None``."""
        memo = self._memo
        if word in memo:
            return memo[word]
        key = self._match_key(word)
        if len(memo) < 50_000:
            memo[word] = key
        return key

    def _match_key(self, word: str) -> str | None:
        exact, folded = _forms(word)
        if exact in self.exact or folded in self.folded:
            return folded
        if self.prefixes and folded.startswith(tuple(self.prefixes)):
            return folded
        if self.fuzzy and len(folded) >= _FUZZY_MIN_CHARS:
            candidates = self._fuzzy_candidates(folded)
            if any(damerau_levenshtein(folded, term, limit=1) <= 1 for term in candidates):
                return folded
        return None

    def _fuzzy_candidates(self, folded: str) -> set[str]:
        """Fuzzy terms sharing a one-deletion form with ``folded`` (every word one edit away does)."""
        index = self._fuzzy_index
        if index is None:
            built: dict[str, list[str]] = {}
            for term in self.fuzzy:
                for form in _deletions(term):
                    built.setdefault(form, []).append(term)
            index = {form: tuple(terms) for form, terms in built.items()}
            object.__setattr__(self, "_fuzzy_index", index)
        found: set[str] = set()
        for form in _deletions(folded):
            found.update(index.get(form, ()))
        return found


def _render(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap the ``spans`` (sorted word offsets) in ``<mark>``; whitespace is collapsed.

    Neighbouring marked words separated only by spaces share one ``<mark>`` ("<mark>Đà Nẵng</mark>").
    """
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    out = []
    cursor = 0
    for start, end in merged:
        out.append(_SPACES_RE.sub(" ", escape(text[cursor:start], quote=False)))
        out.append(f"<mark>{_SPACES_RE.sub(' ', escape(text[start:end], quote=False))}</mark>")
        cursor = end
    out.append(_SPACES_RE.sub(" ", escape(text[cursor:], quote=False)))
    return "".join(out)


def highlight(text: str, terms: HighlightTerms, *, max_chars: int = DEFAULT_SNIPPET_CHARS) -> str:
    """Return an HTML snippet of at most about ``max_chars`` characters of ``text``.

    Everything from ``text`` is escaped, so a stored ``<script>`` is shown, never run; only our
    ``<mark>`` tags are markup. The window is chosen to show the most distinct matched words; when
    nothing matches, the beginning of the text is returned. The input is treated as plain text.

    Called for every hit of a results page, so it works on plain offset lists (no token objects)
    and asks ``terms`` about each distinct word once per page.
    """
    text = nfc(text or "").strip()
    if not text:
        return ""
    full_length = len(text)
    if full_length > _MAX_SCAN_CHARS:
        cut = text.rfind(" ", 0, _MAX_SCAN_CHARS)
        text = text[: cut if cut > 0 else _MAX_SCAN_CHARS]
    found = [m for m in WORD_RE.finditer(text) if m.end() - m.start() <= MAX_TOKEN_CHARS]
    words = [m.group() for m in found]
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    keys: dict[int, str] = {}
    if terms:
        match_key = terms.match_key
        for index, word in enumerate(words):
            key = match_key(word)
            if key is not None:
                keys[index] = key
        # In a query of several words, a short syllable ("an", "tu", "y") standing alone is almost
        # always an unrelated word ("An Khang", "từ"): it is marked only next to another match.
        # Acronyms ("AI", "IoT") and one-word queries keep every match.
        weak = (
            [index for index, key in keys.items() if len(key) <= _WEAK_CHARS and not words[index].isupper()]
            if len(terms.folded) > 1
            else []
        )
        for index in weak:
            if index - 1 not in keys and index + 1 not in keys:
                del keys[index]
        if terms.phrases:
            folded_words = [_forms(word)[1] for word in words]
            for phrase in terms.phrases:
                size = len(phrase)
                head = phrase[0]
                for first in range(len(folded_words) - size + 1):
                    if folded_words[first] == head and tuple(folded_words[first : first + size]) == phrase:
                        for index in range(first, first + size):
                            keys[index] = " ".join(phrase)

    matched = sorted(keys)
    matched_starts = [starts[i] for i in matched]
    matched_ends = [ends[i] for i in matched]
    best_start, best_score = 0, (-1, -1)
    # Each of the first matches is a candidate window start; more would only cost time.
    for index in matched[:_MAX_WINDOWS] or [0]:
        start = 0 if not words else max(0, starts[index] - _LEAD_CHARS)
        # Start on a word boundary so the snippet never opens with half a word.
        first = bisect_left(starts, start)
        # Before the first word there is nothing to cut: keep leading punctuation such as "<".
        start = 0 if first == 0 else (starts[first] if first < len(starts) else start)
        end = start + max_chars
        inside = matched[bisect_left(matched_starts, start) : bisect_right(matched_ends, end)]
        score = (len({keys[i] for i in inside}), len(inside))
        if score > best_score:
            best_start, best_score = start, score

    start = best_start
    end = min(len(text), start + max_chars)
    if end < len(text):
        # End after the last whole word that fits.
        last = bisect_right(ends, end) - 1
        end = ends[last] if last >= 0 and ends[last] > start else end
    first_index = bisect_left(starts, start)
    last_index = bisect_right(ends, end)
    spans = [(starts[i] - start, ends[i] - start) for i in matched if first_index <= i < last_index]
    body = _render(text[start:end], spans).strip()
    return ("… " if start > 0 else "") + body + (" …" if end < full_length else "")

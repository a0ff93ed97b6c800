"""Accent-aware HTML snippets with ``<mark>`` around matched words (pure, engine-agnostic)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from html import escape

from .text import Token, damerau_levenshtein, fold, nfc, normalize_tone_placement, tokenize

__all__ = ["DEFAULT_SNIPPET_CHARS", "HighlightTerms", "highlight"]

DEFAULT_SNIPPET_CHARS = 200
# Characters of context kept before the first highlighted word of a snippet.
_LEAD_CHARS = 40
_FUZZY_MIN_CHARS = 5
_MAX_WINDOWS = 50
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class HighlightTerms:
    """What a query matched, in the forms the analyser produces (see ``search.text``)."""

    exact: frozenset[str] = field(default_factory=frozenset)
    folded: frozenset[str] = field(default_factory=frozenset)
    prefixes: frozenset[str] = field(default_factory=frozenset)  # folded prefixes (autocomplete)
    fuzzy: frozenset[str] = field(default_factory=frozenset)  # folded words allowed one typo
    # Folded word sequences highlighted only where they occur together (synonyms, quoted phrases).
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)

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
        exact = normalize_tone_placement(word).lower()
        folded = fold(exact)
        if exact in self.exact or folded in self.folded:
            return folded
        if any(folded.startswith(prefix) for prefix in self.prefixes):
            return folded
        if len(folded) >= _FUZZY_MIN_CHARS and any(
            abs(len(folded) - len(term)) <= 1 and damerau_levenshtein(folded, term, limit=1) <= 1
            for term in self.fuzzy
        ):
            return folded
        return None


def _render(text: str, tokens: list[Token], marked: set[int]) -> str:
    """Escape ``text`` and wrap the ``marked`` tokens in ``<mark>``; whitespace is collapsed.

    Neighbouring marked words separated only by spaces share one ``<mark>`` ("<mark>Đà Nẵng</mark>").
    """
    spans: list[tuple[int, int]] = []
    for index in sorted(marked):
        token = tokens[index]
        if spans and index - 1 in marked and not text[spans[-1][1] : token.start].strip():
            spans[-1] = (spans[-1][0], token.end)
        else:
            spans.append((token.start, token.end))
    out = []
    cursor = 0
    for start, end in spans:
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
    """
    text = nfc(text or "").strip()
    if not text:
        return ""
    tokens = tokenize(text)
    keys: dict[int, str] = {}
    if terms:
        cache: dict[str, str | None] = {}
        for index, token in enumerate(tokens):
            word = token.text
            if word not in cache:
                cache[word] = terms.match_key(word)
            key = cache[word]
            if key is not None:
                keys[index] = key
        if terms.phrases:
            folded_words = [fold(normalize_tone_placement(t.text)) for t in tokens]
            for phrase in terms.phrases:
                size = len(phrase)
                for start in range(len(folded_words) - size + 1):
                    if tuple(folded_words[start : start + size]) == phrase:
                        for index in range(start, start + size):
                            keys[index] = " ".join(phrase)

    starts = [t.start for t in tokens]
    matched = sorted(keys)
    best_start, best_score = 0, (-1, -1)
    # Each of the first matches is a candidate window start; more would only cost time.
    for index in matched[:_MAX_WINDOWS] or [0]:
        start = 0 if not tokens else max(0, tokens[index].start - _LEAD_CHARS)
        # Start on a word boundary so the snippet never opens with half a word.
        first = bisect_left(starts, start)
        # Before the first word there is nothing to cut: keep leading punctuation such as "<".
        start = 0 if first == 0 else (starts[first] if first < len(starts) else start)
        end = start + max_chars
        inside = [i for i in matched if tokens[i].start >= start and tokens[i].end <= end]
        score = (len({keys[i] for i in inside}), len(inside))
        if score > best_score:
            best_start, best_score = start, score

    start = best_start
    end = min(len(text), start + max_chars)
    if end < len(text):
        # End after the last whole word that fits.
        ends = [t.end for t in tokens if start < t.end <= end]
        end = ends[-1] if ends else end
    first_index = bisect_left(starts, start)
    window = [
        Token(t.text, t.start - start, t.end - start, t.position)
        for t in tokens[first_index:]
        if t.end <= end
    ]
    marked = {i - first_index for i in matched if tokens[i].start >= start and tokens[i].end <= end}
    body = _render(text[start:end], window, marked).strip()
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")

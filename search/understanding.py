"""Query understanding: what a plain query asks for besides its words.

* An intent named in the query ("chuyên gia …", "người có kinh nghiệm …", "expert in …", see
  ``intents.txt``) ranks that kind of result first, by the rest of the query.
* A province or sector named in the query ("bệnh án điện tử Đà Nẵng") is preferred, not required: the
  documents with that value rank higher and the place words become optional, so matches elsewhere
  still show; the caller offers the filter.

Only plain queries are understood (no quotes, fields, operators): whoever writes ``province:48`` says
what they mean. The names come from the apps that own the values (``registry.register_vocabulary``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from . import querylang as ql
from .registry import vocabulary
from .text import analyze

__all__ = ["INTENTS_PATH", "Understanding", "understand"]

INTENTS_PATH = Path(__file__).with_name("intents.txt")
# A result of the kind asked for scores its match with the other words once more times this: experts
# first, ordered among themselves by how well their skills, headline and bio match (a constant would
# not do: scores grow with the number of words).
INTENT_FACTOR = 3.0
# And this is added to it: the phrase bonuses of the words are not multiplied.
INTENT_BOOST = 30.0
# A result in a province the query names beside a topic: its score times 1 + this. The other words are
# matched twice then, so a sector (its words stay required: they are the topic) and a place typed
# alone only add a constant (measured: the second match cost 10-15 ms at 100,000 documents).
PLACE_FACTOR = 0.5
PLACE_BOOST = 6.0
SECTOR_BOOST = 3.0
# Facets whose named values are preferred: (facet, factor when multiplied, constant, words optional).
UNDERSTOOD_FACETS = (("province", PLACE_FACTOR, PLACE_BOOST, True), ("sector", None, SECTOR_BOOST, False))

_OPERATOR_RE = re.compile(r'["():*~^\[\]{}\\]|(^|\s)[-+!?]|\b(AND|OR|NOT)\b')


@dataclass(frozen=True)
class Understanding:
    """A plain query read for its intent and the facet values it names."""

    query: str  # the query-language string to run
    kind: str | None = None  # the kind of result asked for ("expert")
    named: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet -> values named
    words: tuple[str, ...] = ()  # the words left once the intent is taken out (to explain matches)


@cache
def _intents() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, kind) per intent phrase, longest first."""
    phrases = []
    for line in INTENTS_PATH.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        kind, _, names = text.partition(":")
        if not names:
            continue
        for name in names.split(","):
            words = tuple(t.folded for t in analyze(name))
            if words:
                phrases.append((words, kind.strip()))
    return tuple(sorted(phrases, key=lambda p: -len(p[0])))


@lru_cache(maxsize=8)
def _names(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words, value) per registered name, longest first."""
    names = []
    for value, labels in entries:
        for label in labels:
            words = tuple(t.folded for t in analyze(label))
            if words:
                names.append((words, value))
    return tuple(sorted(names, key=lambda n: -len(n[0])))


def _find(
    folded: Sequence[str], phrases: Sequence[tuple[tuple[str, ...], str]], taken: set[int]
) -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, label)`` spans of ``folded`` that are one of ``phrases``."""
    found = []
    for start in range(len(folded)):
        if start in taken:
            continue
        for words, label in phrases:
            end = start + len(words)
            if tuple(folded[start:end]) == words and not taken.intersection(range(start, end)):
                found.append((start, end, label))
                taken.update(range(start, end))
                break
    return found


def _words(surfaces: Sequence[str]) -> str:
    return " ".join(ql.escape_word(word) for word in surfaces)


def understand(text: str) -> Understanding | None:
    """The query to run for ``text`` and what it names; ``None`` when there is nothing to understand."""
    text = (text or "").strip()
    if not text or _OPERATOR_RE.search(text):
        return None
    tokens = analyze(text)
    folded = [t.folded for t in tokens]
    taken: set[int] = set()
    intents = _find(folded, _intents(), taken)
    kind = intents[0][2] if intents else None
    named: dict[str, list[str]] = {}
    optional: set[int] = {i for start, end, _ in intents for i in range(start, end)}
    boosts: list[tuple[str, float | None, float]] = []  # (filter, factor, constant)
    for facet, factor, constant, words_optional in UNDERSTOOD_FACETS:
        entries = vocabulary(facet)
        if not entries:
            continue
        for start, end, value in _find(folded, _names(entries), taken):
            if value not in named.setdefault(facet, []):
                named[facet].append(value)
                boosts.append((f"{facet}:{ql.quote(value)}", factor, constant))
            if words_optional:
                optional.update(range(start, end))
    if kind is None and not named:
        return None
    required = [t.surface for i, t in enumerate(tokens) if i not in optional]
    alone = not required
    if alone:
        # Only an intent or a place was typed ("chuyên gia", "Đà Nẵng"): its words are the query.
        required, optional = [t.surface for t in tokens], set()
    text = f"({_words(required)})"
    parts = [text]
    # Optional words keep their place in the order typed, one group per run of them.
    run: list[str] = []
    for i, token in enumerate(tokens):
        if i in optional:
            run.append(token.surface)
        elif run:
            parts.append(f"?({_words(run)})")
            run = []
    if run:
        parts.append(f"?({_words(run)})")
    if kind is not None:
        boosts.append((f"kind:{ql.quote(kind)}", INTENT_FACTOR, INTENT_BOOST))
    for value, factor, constant in boosts:
        if factor is not None and not (alone and kind is None):
            # The words again, only for the documents with the value: their score multiplied.
            parts.append(f"?({text} AND {value})^{factor}")
        if factor is None or constant == INTENT_BOOST or (alone and kind is None):
            parts.append(f"?{value}^{constant}")
    rest = tuple(
        t.surface for i, t in enumerate(tokens) if i not in {j for s, e, _ in intents for j in range(s, e)}
    )
    return Understanding(
        query=" ".join(parts),
        kind=kind,
        named={facet: tuple(values) for facet, values in named.items() if values},
        words=rest,
    )

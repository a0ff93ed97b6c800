"""Question words ("làm thế nào", "là gì", "how to"): the words of a query that carry no topic.

The list is data (``query_words.txt``); both engines weigh these words down and never require them, so
a question typed the way a person asks it is answered by its other words. Pure, engine-agnostic.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .text import AnalyzedToken, analyze

__all__ = ["QUERY_WORDS_PATH", "question_positions"]

QUERY_WORDS_PATH = Path(__file__).with_name("query_words.txt")


@cache
def _phrases() -> tuple[frozenset[tuple[str, ...]], int]:
    """The phrases of ``query_words.txt`` as tuples of exact word forms, and the longest's length."""
    phrases = set()
    for line in QUERY_WORDS_PATH.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        words = tuple(token.exact for token in analyze(text))
        if words:
            phrases.add(words)
    return frozenset(phrases), max((len(p) for p in phrases), default=0)


def question_positions(tokens: Sequence[AnalyzedToken]) -> set[int]:
    """Positions (indexes into ``tokens``) of the words that belong to a question phrase, longest first."""
    phrases, longest = _phrases()
    covered: set[int] = set()
    position = 0
    exact = [token.exact for token in tokens]
    while position < len(exact):
        for length in range(min(longest, len(exact) - position), 0, -1):
            if tuple(exact[position : position + length]) in phrases:
                covered.update(range(position, position + length))
                position += length
                break
        else:
            position += 1
    return covered

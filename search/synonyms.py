"""Query-time synonyms, abbreviations and the English-Vietnamese glossary, read from the editable
``synonyms.txt`` and ``glossary.txt`` (same format, read together; pure, engine-agnostic)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .text import AnalyzedToken, analyze, canonical

__all__ = [
    "DEFAULT_GLOSSARY_PATH",
    "DEFAULT_PATHS",
    "DEFAULT_SYNONYMS_PATH",
    "SynonymMatch",
    "SynonymSet",
    "SynonymTerm",
    "SynonymsError",
    "load_synonyms",
    "merge_synonyms",
    "parse_synonyms",
]

logger = logging.getLogger(__name__)

DEFAULT_SYNONYMS_PATH = Path(__file__).with_name("synonyms.txt")
DEFAULT_GLOSSARY_PATH = Path(__file__).with_name("glossary.txt")
# What searches use when no file is configured: the abbreviations and synonyms, then the glossary.
DEFAULT_PATHS = (DEFAULT_SYNONYMS_PATH, DEFAULT_GLOSSARY_PATH)

# "=AI" marks a case-sensitive term: "ai" also means "who", so only the upper-case form expands.
_CASE_SENSITIVE_PREFIX = "="
_MAPPING_ARROW = "=>"


class SynonymsError(ValueError):
    """A line of the synonyms file cannot be understood."""

    def __init__(self, line_number: int, message: str) -> None:
        super().__init__(f"synonyms line {line_number}: {message}")
        self.line_number = line_number


@dataclass(frozen=True, slots=True)
class SynonymTerm:
    """One term of a synonym rule, pre-analysed so matching never re-tokenizes it."""

    text: str
    surface: tuple[str, ...]
    exact: tuple[str, ...]
    folded: tuple[str, ...]
    case_sensitive: bool = False

    @classmethod
    def parse(cls, raw: str, line_number: int = 0) -> SynonymTerm:
        raw = raw.strip()
        case_sensitive = raw.startswith(_CASE_SENSITIVE_PREFIX)
        if case_sensitive:
            raw = raw[len(_CASE_SENSITIVE_PREFIX) :].strip()
        tokens = analyze(raw)
        if not tokens:
            raise SynonymsError(line_number, f"empty term {raw!r}")
        return cls(
            text=canonical(raw),
            surface=tuple(t.surface for t in tokens),
            exact=tuple(t.exact for t in tokens),
            folded=tuple(t.folded for t in tokens),
            case_sensitive=case_sensitive,
        )

    def __len__(self) -> int:
        return len(self.exact)

    def matches_at(self, tokens: Sequence[AnalyzedToken], start: int) -> bool:
        """True when the query tokens starting at ``start`` spell this term."""
        if start + len(self) > len(tokens):
            return False
        for offset, token in enumerate(tokens[start : start + len(self)]):
            if self.case_sensitive:
                if token.surface != self.surface[offset]:
                    return False
            elif token.exact != self.exact[offset] and not (
                # Accent-insensitive only when the user typed no accents: "chuyen doi so" is
                # "chuyển đổi số", but an accented "sở" must not be read as "số".
                token.exact == token.folded and token.folded == self.folded[offset]
            ):
                return False
        return True


@dataclass(frozen=True, slots=True)
class SynonymMatch:
    """A span of query tokens ``[start, end)`` that spells ``term``, with what it expands to."""

    start: int
    end: int
    term: SynonymTerm
    alternatives: tuple[SynonymTerm, ...]


@dataclass
class SynonymSet:
    """Equivalence groups (``a, b, c``) and one-way mappings (``a => b``), ready for matching."""

    groups: list[tuple[SynonymTerm, ...]] = field(default_factory=list)
    mappings: list[tuple[tuple[SynonymTerm, ...], tuple[SynonymTerm, ...]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Expansions per source term; keyed by the term itself (frozen dataclass → hashable).
        self._expansions: dict[SynonymTerm, list[SynonymTerm]] = {}
        for group in self.groups:
            for term in group:
                self._add(term, group)
        for sources, targets in self.mappings:
            for term in sources:
                self._add(term, targets)
        # First-token index (folded) so matching a query is a dictionary lookup per token.
        self._by_first: dict[str, list[SynonymTerm]] = {}
        for term in self._expansions:
            self._by_first.setdefault(term.folded[0], []).append(term)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)  # longest match wins

    def _add(self, term: SynonymTerm, others: Iterable[SynonymTerm]) -> None:
        bucket = self._expansions.setdefault(term, [])
        for other in others:
            if other != term and other not in bucket:
                bucket.append(other)

    def __bool__(self) -> bool:
        return bool(self._expansions)

    def __len__(self) -> int:
        return len(self.groups) + len(self.mappings)

    def find(self, tokens: Sequence[AnalyzedToken]) -> list[SynonymMatch]:
        """Non-overlapping synonym spans in ``tokens``, scanning left to right, longest first."""
        matches: list[SynonymMatch] = []
        position = 0
        while position < len(tokens):
            for term in self._by_first.get(tokens[position].folded, ()):
                if term.matches_at(tokens, position):
                    matches.append(
                        SynonymMatch(
                            start=position,
                            end=position + len(term),
                            term=term,
                            alternatives=tuple(self._expansions[term]),
                        )
                    )
                    position += len(term)
                    break
            else:
                position += 1
        return matches

    def expand(self, tokens: Sequence[AnalyzedToken]) -> list[tuple[int, int, tuple[SynonymTerm, ...]]]:
        """Spans of ``tokens`` with their alternatives; convenient for engines building queries."""
        return [(m.start, m.end, m.alternatives) for m in self.find(tokens)]

    def rules(self) -> list[str]:
        """The rules as normalised Solr-style lines (for engines with their own synonym filter)."""
        lines = [", ".join(term.text for term in group) for group in self.groups]
        lines += [
            f"{', '.join(t.text for t in sources)} => {', '.join(t.text for t in targets)}"
            for sources, targets in self.mappings
        ]
        return lines


def _split_terms(part: str, line_number: int) -> tuple[SynonymTerm, ...]:
    terms = []
    for raw in part.split(","):
        if not raw.strip():
            raise SynonymsError(line_number, "empty term (check for doubled or trailing commas)")
        terms.append(SynonymTerm.parse(raw, line_number))
    return tuple(dict.fromkeys(terms))  # drop duplicates, keep order


def parse_synonyms(text: str) -> SynonymSet:
    """Parse Solr-style synonym lines; ``#`` starts a comment line. Raises ``SynonymsError``."""
    groups: list[tuple[SynonymTerm, ...]] = []
    mappings: list[tuple[tuple[SynonymTerm, ...], tuple[SynonymTerm, ...]]] = []
    for line_number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if _MAPPING_ARROW in line:
            left, _, right = line.partition(_MAPPING_ARROW)
            if _MAPPING_ARROW in right:
                raise SynonymsError(line_number, "more than one '=>'")
            mappings.append((_split_terms(left, line_number), _split_terms(right, line_number)))
        else:
            group = _split_terms(line, line_number)
            if len(group) < 2:
                raise SynonymsError(line_number, "a synonym group needs at least two terms")
            groups.append(group)
    return SynonymSet(groups=groups, mappings=mappings)


def merge_synonyms(sets: Iterable[SynonymSet]) -> SynonymSet:
    """One set with the rules of ``sets`` in order (a term in several rules expands to all of them)."""
    sets = list(sets)
    return SynonymSet(
        groups=[group for one in sets for group in one.groups],
        mappings=[mapping for one in sets for mapping in one.mappings],
    )


_cache_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int], SynonymSet]] = {}
_merged: dict[tuple[Path, ...], tuple[tuple[int, ...], SynonymSet]] = {}


def _load_file(path: Path) -> SynonymSet:
    """One file, cached until it changes; a broken file keeps its last good rules (or none)."""
    try:
        stat = path.stat()
    except OSError:
        logger.warning("Synonyms file %s is missing; searching without its rules.", path)
        return SynonymSet()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        synonyms = parse_synonyms(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, SynonymsError):
        logger.exception("Cannot read synonyms file %s; keeping the previous rules.", path)
        synonyms = cached[1] if cached is not None else SynonymSet()
    _cache[path] = (stamp, synonyms)
    return synonyms


def load_synonyms(path: Path | str | Sequence[Path | str] | None = None) -> SynonymSet:
    """Load (and cache) the rules: by default ``synonyms.txt`` and ``glossary.txt`` together, or the
    file (or files, in order) given. An edited file is re-read on the next call.

    A broken file is logged and its last good version (or nothing) is used, so a typo made by an
    editor never takes search down; the other file still applies.
    """
    if path is None:
        paths = DEFAULT_PATHS
    elif isinstance(path, str | Path):
        paths = (Path(path),)
    else:
        paths = tuple(Path(one) for one in path)
    with _cache_lock:
        sets = [_load_file(one) for one in paths]
        if len(sets) == 1:
            return sets[0]
        key = tuple(id(one) for one in sets)
        merged = _merged.get(paths)
        if merged is None or merged[0] != key:
            merged = (key, merge_synonyms(sets))
            _merged[paths] = merged
        return merged[1]

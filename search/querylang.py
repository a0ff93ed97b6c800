"""A small Lucene-like query language: the contract between the haystack query class and an engine.

Haystack builds queries as strings (``SearchQuery.build_query`` and ``SearchQuerySet.narrow``), so
the embedded engine needs a syntax it can parse back into a tree. Supported::

    word other words          implicit AND; consecutive plain words form one "run" (phrase boost)
    "exact phrase"  "phr"~3   phrase, optional slop;  "prefix phr"*  phrase prefix
    word*  *middle*  word~    prefix, wildcard, fuzzy
    field:value  field:(a OR b)  field:"x y"  field:[a TO *]  field:{a TO b]   fielded terms, ranges
    a AND b  a OR b  NOT a  -a  +a  ?a   (?a = optional, only adds score)   (group)^2  word^1.5
    *                          match everything;  field:*  has a value

Backslash escapes any character. Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "Bool",
    "Exists",
    "MatchAll",
    "Node",
    "Phrase",
    "QueryParseError",
    "Range",
    "Term",
    "Wildcard",
    "Words",
    "escape_word",
    "parse",
    "parse_lenient",
    "quote",
]

# Characters with a meaning in the syntax; ``escape_word`` backslash-escapes them.
SPECIAL_CHARS = frozenset('\\()[]{}"^~*?:+-!&|/')
OPERATORS = ("AND", "OR", "NOT", "TO")


class QueryParseError(ValueError):
    """The query string does not follow the syntax."""


# --- Tree ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """Base of every query tree node."""


@dataclass(frozen=True)
class MatchAll(Node):
    """Every document."""


@dataclass(frozen=True)
class Exists(Node):
    """Documents with a value in ``field``."""

    field: str


@dataclass(frozen=True)
class Words(Node):
    """Plain words typed together (``field`` ``None`` = the default content fields)."""

    field: str | None
    words: tuple[str, ...]
    boost: float | None = None


@dataclass(frozen=True)
class Phrase(Node):
    """A quoted phrase; ``prefix`` makes the last word a prefix."""

    field: str | None
    text: str
    slop: int = 0
    prefix: bool = False
    boost: float | None = None


@dataclass(frozen=True)
class Term(Node):
    """A single word with an operator: prefix (``word*``) or fuzzy (``word~``)."""

    field: str | None
    text: str
    prefix: bool = False
    fuzzy: bool = False
    boost: float | None = None


@dataclass(frozen=True)
class Wildcard(Node):
    """A word with ``*`` wildcards; ``parts`` are the literal pieces between them."""

    field: str | None
    parts: tuple[str, ...]
    boost: float | None = None


@dataclass(frozen=True)
class Range(Node):
    """A range of values; ``None`` bounds are open."""

    field: str
    low: str | None
    high: str | None
    include_low: bool = True
    include_high: bool = True


@dataclass(frozen=True)
class Bool(Node):
    """Required, optional (score-only when something is required) and excluded clauses."""

    must: tuple[Node, ...] = ()
    should: tuple[Node, ...] = ()
    must_not: tuple[Node, ...] = ()
    boost: float | None = None


# --- Escaping --------------------------------------------------------------------------------------


def escape_word(text: str) -> str:
    """Escape ``text`` so it reads back as one literal word (spaces included)."""
    return "".join("\\" + c if c in SPECIAL_CHARS or c.isspace() else c for c in text)


def quote(text: str) -> str:
    """Quote ``text`` as a phrase literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- Lexer -----------------------------------------------------------------------------------------


class _Kind(Enum):
    LPAREN = "("
    RPAREN = ")"
    RANGE_OPEN = "["
    RANGE_CLOSE = "]"
    PHRASE = "phrase"
    WORD = "word"
    FIELD = "field"
    OP = "op"
    PREFIX_OP = "prefix-op"  # + - ! ?
    CARET = "^"
    TILDE = "~"


@dataclass
class _Tok:
    kind: _Kind
    value: str = ""
    # For WORD: positions (in value) of unescaped "*" characters.
    stars: tuple[int, ...] = ()
    inclusive: bool = True  # for range brackets
    spaced_before: bool = True
    extra: dict = field(default_factory=dict)


_WORD_STOP = set(' \t\r\n\f\v()[]{}"^~')


def _is_identifier(text: str) -> bool:
    return bool(text) and (text[0].isalpha() or text[0] == "_") and all(c.isalnum() or c == "_" for c in text)


def _lex(text: str, fields: Collection[str] | None) -> list[_Tok]:
    tokens: list[_Tok] = []
    i, n = 0, len(text)
    spaced = True
    while i < n:
        c = text[i]
        if c.isspace():
            spaced = True
            i += 1
            continue
        if c in "()":
            tokens.append(_Tok(_Kind.LPAREN if c == "(" else _Kind.RPAREN, c, spaced_before=spaced))
            i += 1
        elif c in "[{":
            tokens.append(_Tok(_Kind.RANGE_OPEN, c, inclusive=c == "[", spaced_before=spaced))
            i += 1
        elif c in "]}":
            tokens.append(_Tok(_Kind.RANGE_CLOSE, c, inclusive=c == "]", spaced_before=spaced))
            i += 1
        elif c in "^~":
            i += 1
            start = i
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(_Tok(_Kind.CARET if c == "^" else _Kind.TILDE, text[start:i], spaced_before=spaced))
        elif c == '"':
            i += 1
            chars = []
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(text[i])
                i += 1
            if i >= n:
                raise QueryParseError("unterminated phrase")
            i += 1
            tok = _Tok(_Kind.PHRASE, "".join(chars), spaced_before=spaced)
            if i < n and text[i] == "*":
                tok.extra["prefix"] = True
                i += 1
            tokens.append(tok)
        elif c in "+-!?" and spaced and i + 1 < n and not text[i + 1].isspace():
            tokens.append(_Tok(_Kind.PREFIX_OP, c, spaced_before=spaced))
            i += 1
            spaced = False
            continue
        elif text.startswith("&&", i) or text.startswith("||", i):
            tokens.append(_Tok(_Kind.OP, "AND" if c == "&" else "OR", spaced_before=spaced))
            i += 2
        else:
            chars = []
            stars = []
            escaped_any = False
            while i < n and text[i] not in _WORD_STOP:
                ch = text[i]
                if ch == "\\" and i + 1 < n:
                    chars.append(text[i + 1])
                    escaped_any = True
                    i += 2
                    continue
                if ch == ":":
                    so_far = "".join(chars)
                    if (
                        not escaped_any
                        and not stars
                        and _is_identifier(so_far)
                        and (fields is None or so_far in fields)
                    ):
                        break
                if ch == "*":
                    stars.append(len(chars))
                chars.append(ch)
                i += 1
            word = "".join(chars)
            if i < n and text[i] == ":" and word and not escaped_any and not stars:
                tokens.append(_Tok(_Kind.FIELD, word, spaced_before=spaced))
                i += 1
                spaced = False
                continue
            if word in OPERATORS and not escaped_any:
                tokens.append(_Tok(_Kind.OP, word, spaced_before=spaced))
            elif word:
                tokens.append(_Tok(_Kind.WORD, word, stars=tuple(stars), spaced_before=spaced))
        spaced = False
    return tokens


# --- Parser ----------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[_Tok]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.peek()
        if tok is None:
            raise QueryParseError("unexpected end of query")
        self.pos += 1
        return tok

    def at_op(self, name: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind is _Kind.OP and tok.value == name

    def parse(self) -> Node:
        if not self.tokens:
            raise QueryParseError("empty query")
        node = self.or_expr(None)
        if self.peek() is not None:
            raise QueryParseError(f"unexpected {self.peek().value!r}")
        return node

    def or_expr(self, fld: str | None) -> Node:
        parts = [self.and_expr(fld)]
        while self.at_op("OR"):
            self.take()
            parts.append(self.and_expr(fld))
        return parts[0] if len(parts) == 1 else Bool(should=tuple(parts))

    def and_expr(self, fld: str | None) -> Node:
        clauses: list[tuple[str, Node, bool]] = []
        explicit_and = False
        while True:
            tok = self.peek()
            if tok is None or tok.kind is _Kind.RPAREN or self.at_op("OR"):
                break
            if self.at_op("AND"):
                self.take()
                explicit_and = True
                continue
            occur = "must"
            if self.at_op("NOT"):
                self.take()
                occur = "must_not"
            elif tok.kind is _Kind.PREFIX_OP:
                self.take()
                occur = {"-": "must_not", "!": "must_not", "+": "must", "?": "should"}[tok.value]
            nxt = self.peek()
            # Only bare words joined by spaces form a run; "a AND b" and "(a) (b)" stay separate.
            bare = nxt is not None and nxt.kind is _Kind.WORD and not explicit_and
            clauses.append((occur, self.primary(fld), bare))
            explicit_and = False
        if not clauses:
            raise QueryParseError("empty group")
        return _combine(clauses)

    def boost(self) -> float | None:
        tok = self.peek()
        if tok is not None and tok.kind is _Kind.CARET and not tok.spaced_before:
            self.take()
            try:
                return float(tok.value)
            except ValueError as exc:
                raise QueryParseError(f"bad boost {tok.value!r}") from exc
        return None

    def primary(self, fld: str | None) -> Node:
        tok = self.take()
        if tok.kind is _Kind.LPAREN:
            node = self.or_expr(fld)
            if self.take().kind is not _Kind.RPAREN:
                raise QueryParseError("missing ')'")
            boost = self.boost()
            return _with_boost(node, boost) if boost is not None else node
        if tok.kind is _Kind.FIELD:
            if fld is not None and fld != tok.value:
                raise QueryParseError(f"field {tok.value!r} inside field {fld!r}")
            return self.primary(tok.value)
        if tok.kind is _Kind.RANGE_OPEN:
            if fld is None:
                raise QueryParseError("a range needs a field")
            return self.range(fld, tok.inclusive)
        if tok.kind is _Kind.PHRASE:
            slop = 0
            nxt = self.peek()
            if nxt is not None and nxt.kind is _Kind.TILDE and not nxt.spaced_before:
                self.take()
                slop = int(float(nxt.value or "1"))
            return Phrase(fld, tok.value, slop=slop, prefix=bool(tok.extra.get("prefix")), boost=self.boost())
        if tok.kind is _Kind.WORD:
            return self.word(fld, tok)
        raise QueryParseError(f"unexpected {tok.value!r}")

    def word(self, fld: str | None, tok: _Tok) -> Node:
        fuzzy = False
        nxt = self.peek()
        if nxt is not None and nxt.kind is _Kind.TILDE and not nxt.spaced_before:
            self.take()
            fuzzy = True
        boost = self.boost()
        text, stars = tok.value, tok.stars
        if stars:
            if text == "*" or set(text) == {"*"}:
                return MatchAll() if fld is None else Exists(fld)
            if stars == (len(text) - 1,):
                return Term(fld, text[:-1], prefix=True, boost=boost)
            parts, last = [], 0
            for star in stars:
                parts.append(text[last:star])
                last = star + 1
            parts.append(text[last:])
            return Wildcard(fld, tuple(parts), boost=boost)
        if fuzzy:
            return Term(fld, text, fuzzy=True, boost=boost)
        if boost is not None:
            return Term(fld, text, boost=boost)
        return Words(fld, (text,))

    def range(self, fld: str, include_low: bool) -> Node:
        low = self.bound()
        if not self.at_op("TO"):
            raise QueryParseError("range without TO")
        self.take()
        high = self.bound()
        close = self.take()
        if close.kind is not _Kind.RANGE_CLOSE:
            raise QueryParseError("unterminated range")
        return Range(fld, low, high, include_low=include_low, include_high=close.inclusive)

    def bound(self) -> str | None:
        tok = self.take()
        if tok.kind is _Kind.PHRASE:
            return tok.value
        if tok.kind is _Kind.WORD:
            return None if tok.value == "*" and tok.stars else tok.value
        raise QueryParseError(f"bad range bound {tok.value!r}")


def _with_boost(node: Node, boost: float) -> Node:
    if isinstance(node, Words | Phrase | Term | Wildcard | Bool):
        return _replace(node, boost=boost)
    return Bool(must=(node,), boost=boost)


def _replace(node: Node, **changes: object) -> Node:
    from dataclasses import replace

    return replace(node, **changes)  # type: ignore[type-var]


def _combine(clauses: list[tuple[str, Node, bool]]) -> Node:
    must: list[Node] = []
    should: list[Node] = []
    must_not: list[Node] = []
    targets = {"must": must, "should": should, "must_not": must_not}
    previous_run: Words | None = None  # the run the next bare word may extend
    for occur, node, bare in clauses:
        if occur == "must" and bare and isinstance(node, Words) and previous_run is not None:
            merged = Words(node.field, previous_run.words + node.words)
            if previous_run.field == node.field:
                must[-1] = merged
                previous_run = merged
                continue
        targets[occur].append(node)
        previous_run = node if occur == "must" and bare and isinstance(node, Words) else None
    if len(must) == 1 and not should and not must_not:
        return must[0]
    return Bool(must=tuple(must), should=tuple(should), must_not=tuple(must_not))


def parse(text: str, fields: Collection[str] | None = None) -> Node:
    """Parse ``text``; ``name:`` is a field only when ``name`` is in ``fields`` (any name if ``None``)."""
    return _Parser(_lex(text, fields)).parse()


def parse_lenient(text: str, fields: Collection[str] | None = None) -> Node:
    """Like ``parse`` but never fails: broken syntax is searched as plain words."""
    try:
        return parse(text, fields)
    except QueryParseError:
        words = tuple(w for w in "".join(" " if c in SPECIAL_CHARS else c for c in text).split() if w)
        return Words(None, words) if words else MatchAll()

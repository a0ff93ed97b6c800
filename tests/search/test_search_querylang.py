"""The query language between haystack's query builder and the embedded engine."""

import pytest

from search.querylang import (
    Bool,
    Exists,
    MatchAll,
    Phrase,
    QueryParseError,
    Range,
    Term,
    Wildcard,
    Words,
    escape_word,
    parse,
    parse_lenient,
    quote,
)


def test_plain_words_form_one_run():
    assert parse("nông nghiệp thông minh") == Words(None, ("nông", "nghiệp", "thông", "minh"))


def test_explicit_and_and_groups_keep_words_apart():
    assert parse("a AND b") == Bool(must=(Words(None, ("a",)), Words(None, ("b",))))
    assert parse("(a) (b c)") == Bool(must=(Words(None, ("a",)), Words(None, ("b", "c"))))


def test_an_excluded_word_breaks_the_run():
    assert parse("a b -c d") == Bool(
        must=(Words(None, ("a", "b")), Words(None, ("d",))), must_not=(Words(None, ("c",)),)
    )


def test_quoted_phrases_take_slop_and_prefix():
    assert parse('"chuyển đổi số"~2') == Phrase(None, "chuyển đổi số", slop=2)
    assert parse('"nông ngh"*') == Phrase(None, "nông ngh", prefix=True)


def test_fielded_group_with_or():
    assert parse('sector:("y-te" OR "giao-duc")') == Bool(
        should=(Phrase("sector", "y-te"), Phrase("sector", "giao-duc"))
    )


def test_ranges_with_open_and_exclusive_bounds():
    assert parse('published:["2024-01-01" TO *]') == Range("published", "2024-01-01", None)
    assert parse("n:{1 TO 5]") == Range("n", "1", "5", include_low=False, include_high=True)


def test_prefix_fuzzy_wildcard_boost_and_exists():
    assert parse("chuy*") == Term(None, "chuy", prefix=True)
    assert parse("nghiep~") == Term(None, "nghiep", fuzzy=True)
    assert parse("*mid*") == Wildcard(None, ("", "mid", ""))
    assert parse("word^2") == Term(None, "word", boost=2.0)
    assert parse("tags:*") == Exists("tags")
    assert parse("*") == MatchAll()


def test_optional_clause_only_adds_score():
    assert parse("(x) ?boost^2") == Bool(
        must=(Words(None, ("x",)),), should=(Term(None, "boost", boost=2.0),)
    )


@pytest.mark.parametrize("text", ["y-te", "TP.HCM", "a:b", "(x)", '"q"', "c++", "50%", "10:30", "a b", "\\"])
def test_escaped_word_reads_back_literally(text):
    assert parse(escape_word(text)) == Words(None, (text,))


def test_quoted_text_reads_back_literally():
    assert parse(quote('nói "xin chào" \\ ok')) == Phrase(None, 'nói "xin chào" \\ ok')


def test_unknown_field_names_are_just_text():
    assert parse("note: x", fields={"title"}) == Words(None, ("note:", "x"))
    assert parse("title:x", fields={"title"}) == Words("title", ("x",))


@pytest.mark.parametrize("text", ['a "b', "(((", "a:[1 TO", "", "x)"])
def test_strict_parse_rejects_broken_syntax(text):
    with pytest.raises(QueryParseError):
        parse(text)


def test_lenient_parse_searches_broken_syntax_as_words():
    assert parse_lenient('chuyển "đổi số') == Words(None, ("chuyển", "đổi", "số"))
    assert parse_lenient("(((") == MatchAll()

"""HTML snippets: escaped text with <mark> around the words a query matched."""

from search.highlight import HighlightTerms, highlight


def terms(**kwargs):
    return HighlightTerms(**{key: frozenset(value) for key, value in kwargs.items()})


def test_matched_words_are_wrapped_in_mark():
    assert highlight("Đà Nẵng thông minh", terms(exact={"đà", "nẵng"})) == "<mark>Đà Nẵng</mark> thông minh"


def test_script_in_text_is_escaped_in_the_snippet():
    snippet = highlight('<script>alert("x")</script> Đà Nẵng', terms(folded={"da"}))
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>Đà</mark>" in snippet


def test_unaccented_terms_highlight_accented_words():
    assert highlight("Thành phố Đà Nẵng", terms(folded={"da", "nang"})).endswith("<mark>Đà Nẵng</mark>")


def test_tone_placement_variants_are_highlighted():
    assert highlight("tỉnh Thanh Hoá", terms(exact={"hóa"})) == "tỉnh Thanh <mark>Hoá</mark>"


def test_long_text_is_cut_around_the_matches():
    text = "mở đầu " * 60 + "nông nghiệp thông minh" + " kết thúc" * 60
    snippet = highlight(text, terms(folded={"nong", "nghiep"}), max_chars=80)
    assert snippet.startswith("… ")
    assert snippet.endswith(" …")
    assert "<mark>nông nghiệp</mark>" in snippet
    assert len(snippet) < 80 + 60


def test_text_without_matches_gives_its_beginning():
    assert highlight("Một đoạn văn bản dài", terms(folded={"zzz"}), max_chars=9) == "Một đoạn …"


def test_phrases_are_highlighted_only_where_their_words_are_together():
    snippet = highlight("thông tin đô thị thông minh", terms(phrases={("do", "thi", "thong", "minh")}))
    assert snippet == "thông tin <mark>đô thị thông minh</mark>"


def test_one_typo_words_are_highlighted_for_fuzzy_terms():
    assert highlight("nông nghiệp", terms(fuzzy={"nghiap"})) == "nông <mark>nghiệp</mark>"


def test_prefix_terms_highlight_word_beginnings():
    assert highlight("chuyển đổi", terms(prefixes={"chuy"})) == "<mark>chuyển</mark> đổi"


def test_empty_text_gives_empty_snippet():
    assert highlight("", terms(exact={"x"})) == ""


def test_neighbouring_matches_share_one_mark_but_punctuation_separates_them():
    snippet = highlight("Đà Nẵng,  Huế và Hà Nội", terms(folded={"da", "nang", "hue", "ha", "noi"}))
    assert snippet == "<mark>Đà Nẵng</mark>, <mark>Huế</mark> và <mark>Hà Nội</mark>"

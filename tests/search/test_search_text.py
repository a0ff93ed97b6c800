"""Vietnamese text analysis: normalisation, tone placement, folding and tokens."""

import unicodedata

import pytest

from search.text import (
    analyze,
    canonical,
    damerau_levenshtein,
    exact_form,
    first_letter_variants,
    fold,
    is_acronym,
    is_folded,
    keyword,
    nfc,
    normalize_tone_placement,
    tokenize,
)


def test_nfc_composes_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Chuyển đổi số")
    assert decomposed != "Chuyển đổi số"
    assert nfc(decomposed) == "Chuyển đổi số"


@pytest.mark.parametrize(
    ("new_style", "classic"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
    ],
)
def test_tone_placement_variants_compare_equal(new_style, classic):
    assert normalize_tone_placement(new_style) == normalize_tone_placement(classic)
    assert exact_form(new_style) == exact_form(classic)


def test_tone_placement_canonical_form_is_the_classic_one():
    assert canonical("Thanh Hoá") == "Thanh Hóa"


@pytest.mark.parametrize(
    "word",
    [
        "hoàng",
        "toán",
        "khoảng",
        "quý",
        "quốc",
        "giữa",
        "gì",
        "người",
        "được",
        "khuỷu",
        "khoái",
        "tiếng",
        "thuế",
    ],
)
def test_correctly_placed_tones_are_left_alone(word):
    assert normalize_tone_placement(word) == word


def test_misplaced_tone_in_qu_syllable_is_moved():
    assert normalize_tone_placement("qúy") == "quý"


def test_tone_placement_leaves_foreign_words_alone():
    assert normalize_tone_placement("café résumé naïve") == "café résumé naïve"


def test_tone_placement_accepts_decomposed_text():
    assert normalize_tone_placement(unicodedata.normalize("NFD", "Thanh Hoá")) == "Thanh Hóa"


def test_fold_strips_diacritics_and_maps_d_stroke():
    assert fold("Đà Nẵng") == "da nang"
    assert fold("đường") == "duong"
    assert fold(unicodedata.normalize("NFD", "Chuyển đổi số")) == "chuyen doi so"


def test_fold_makes_tone_variants_identical():
    assert fold("hoà") == fold("hòa") == "hoa"


def test_exact_form_keeps_accents_but_not_case():
    assert exact_form("Đà Nẵng") == "đà nẵng"


def test_keyword_collapses_whitespace_and_normalises():
    assert keyword("  Thanh   Hoá ") == "thanh hóa"


def test_is_folded_tells_unaccented_text():
    assert is_folded("chuyen doi so")
    assert not is_folded("chuyển đổi số")


def test_tokenize_splits_on_punctuation_and_keeps_offsets():
    text = "TP.HCM, 749/QĐ-TTg: eKYC"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["TP", "HCM", "749", "QĐ", "TTg", "eKYC"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.position for t in tokens] == list(range(6))


def test_analyze_gives_surface_exact_and_folded_forms():
    [first, second] = analyze("Thanh Hoá")
    assert (first.surface, first.exact, first.folded) == ("Thanh", "thanh", "thanh")
    assert (second.surface, second.exact, second.folded) == ("Hóa", "hóa", "hoa")


def test_overlong_tokens_are_dropped():
    assert [t.text for t in tokenize("ok " + "x" * 200 + " fine")] == ["ok", "fine"]


def test_acronyms_are_capitalised_words_of_two_or_more_letters():
    assert is_acronym("AI")
    assert is_acronym("CĐS")
    assert not is_acronym("Ai")
    assert not is_acronym("A")
    assert not is_acronym("4G")


def test_edit_distance_counts_a_transposition_as_one_edit():
    assert damerau_levenshtein("nghiep", "nghiep") == 0
    assert damerau_levenshtein("mihn", "minh") == 1
    assert damerau_levenshtein("nghiep", "nghiap") == 1
    assert damerau_levenshtein("abc", "xyzw", limit=1) == 2


def test_first_letter_variants_cover_vietnamese_letters():
    assert set(first_letter_variants("d")) >= {"d", "đ"}
    assert set(first_letter_variants("a")) >= {"a", "à", "ă", "ắ", "â", "ậ"}
    assert set(first_letter_variants("u")) >= {"u", "ư", "ự"}

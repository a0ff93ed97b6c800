"""The synonyms file: its format, the programme's abbreviations and how queries match them."""

import os

import pytest

from search.synonyms import DEFAULT_SYNONYMS_PATH, SynonymsError, load_synonyms, parse_synonyms
from search.text import analyze


def expansions(text, synonyms=None):
    """{matched term: [alternative texts]} for query ``text``."""
    synonyms = synonyms if synonyms is not None else load_synonyms()
    return {m.term.text: [a.text for a in m.alternatives] for m in synonyms.find(analyze(text))}


def test_shipped_synonyms_file_parses():
    synonyms = parse_synonyms(DEFAULT_SYNONYMS_PATH.read_text(encoding="utf-8"))
    assert len(synonyms) > 40


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CĐS", {"chuyển đổi số", "dx", "digital transformation"}),
        ("DX", {"cđs", "chuyển đổi số", "digital transformation"}),
        ("CNTT", {"công nghệ thông tin", "IT"}),
        ("DVC", {"dịch vụ công"}),
        ("TP HCM", {"tp hồ chí minh", "tphcm", "hồ chí minh"}),
        ("TP. Hồ Chí Minh", {"tp hcm", "tphcm", "hồ chí minh"}),
        ("TPHCM", {"tp hcm", "hồ chí minh"}),
        ("eKYC", {"định danh điện tử"}),
        ("DN", {"doanh nghiệp", "enterprise"}),
        ("UBND", {"ủy ban nhân dân", "people's committee"}),
        ("AI", {"trí tuệ nhân tạo"}),
        ("chính phủ số", {"digital government"}),
        ("thương mại điện tử", {"e-commerce"}),
        ("đô thị thông minh", {"smart city"}),
        ("an ninh mạng", {"cybersecurity"}),
        ("điện toán đám mây", {"cloud computing"}),
        ("bệnh án điện tử", {"electronic medical records"}),
        ("y tế", {"health"}),
    ],
)
def test_programme_abbreviations_and_glossary_are_synonyms(query, expected):
    [(_, alternatives)] = expansions(query).items()
    assert expected <= set(alternatives)


def test_unaccented_query_matches_accented_synonym():
    assert "cđs" in expansions("chuyen doi so")["chuyển đổi số"]


def test_tone_placement_variant_matches_synonym():
    assert "ubnd" in expansions("Uỷ ban nhân dân tỉnh")["ủy ban nhân dân"]


def test_accented_word_never_matches_a_differently_accented_synonym():
    synonyms = parse_synonyms("số hóa, digitisation")
    assert expansions("số hoá", synonyms) == {"số hóa": ["digitisation"]}
    assert expansions("so hoa", synonyms) == {"số hóa": ["digitisation"]}
    assert expansions("sở hóa", synonyms) == {}


def test_lowercase_ai_meaning_who_is_not_expanded():
    assert expansions("ai là chuyên gia") == {"chuyên gia": ["expert"]}


def test_uppercase_ai_is_expanded():
    assert "trí tuệ nhân tạo" in expansions("ứng dụng AI")["AI"]


def test_case_sensitive_it_is_only_a_target_not_the_pronoun():
    assert expansions("it is") == {}
    assert "công nghệ thông tin" in expansions("IT")["IT"]


def test_longest_synonym_wins():
    assert "dvctt" in expansions("dịch vụ công trực tuyến")["dịch vụ công trực tuyến"]


def test_one_way_mapping_does_not_expand_back():
    synonyms = parse_synonyms("dossier => hồ sơ")
    assert expansions("dossier", synonyms) == {"dossier": ["hồ sơ"]}
    assert expansions("hồ sơ", synonyms) == {}


def test_comments_and_blank_lines_are_ignored():
    synonyms = parse_synonyms("# a comment\n\n  # indented comment\na, b\n")
    assert len(synonyms) == 1


@pytest.mark.parametrize("line", ["a,, b", "lonely", "a => ", "a => b => c", ", a"])
def test_malformed_line_reports_its_number(line):
    with pytest.raises(SynonymsError) as error:
        parse_synonyms(f"# header\n{line}\n")
    assert error.value.line_number == 2


def test_rules_read_back_as_the_same_rules():
    synonyms = load_synonyms()
    again = parse_synonyms("\n".join(synonyms.rules()))
    assert again.rules() == synonyms.rules()


def test_edited_file_is_reloaded(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_text("cđs, chuyển đổi số\n", encoding="utf-8")
    assert expansions("cđs", load_synonyms(path)) == {"cđs": ["chuyển đổi số"]}
    path.write_text("cđs, dx\n", encoding="utf-8")
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))  # a clearly newer modification time
    assert expansions("cđs", load_synonyms(path)) == {"cđs": ["dx"]}


def test_broken_file_keeps_the_last_good_rules(tmp_path, caplog):
    path = tmp_path / "synonyms.txt"
    path.write_text("cđs, chuyển đổi số\n", encoding="utf-8")
    assert load_synonyms(path)
    path.write_text("cđs,, broken\n", encoding="utf-8")
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert expansions("cđs", load_synonyms(path)) == {"cđs": ["chuyển đổi số"]}
    assert "Cannot read synonyms file" in caplog.text


def test_missing_file_means_no_synonyms(tmp_path):
    assert not load_synonyms(tmp_path / "absent.txt")

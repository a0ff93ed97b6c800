"""The synonyms file: its format, the programme's abbreviations and how queries match them."""

import os

import pytest

from search.synonyms import (
    DEFAULT_GLOSSARY_PATH,
    DEFAULT_PATHS,
    DEFAULT_SYNONYMS_PATH,
    SynonymsError,
    load_synonyms,
    parse_synonyms,
)
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


# --- the glossary (glossary.txt, read with synonyms.txt) and the field's abbreviations ----------------


def _terms(path):
    """(line number, term as matched) of every term of a rules file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            for raw in line.replace("=>", ",").split(","):
                yield number, " ".join(t.exact for t in analyze(raw.strip().lstrip("=")))


def test_shipped_glossary_parses_and_is_read_with_the_synonyms():
    glossary = parse_synonyms(DEFAULT_GLOSSARY_PATH.read_text(encoding="utf-8"))
    assert len(glossary) >= 400
    assert DEFAULT_PATHS == (DEFAULT_SYNONYMS_PATH, DEFAULT_GLOSSARY_PATH)
    assert "smart parking" in expansions("bãi đỗ xe thông minh")["bãi đỗ xe thông minh"]


def test_every_term_is_written_once_across_both_files():
    seen = {}
    for path in DEFAULT_PATHS:
        for number, term in _terms(path):
            assert term not in seen, f"{term!r} on {path.name}:{number} and {seen[term]}"
            seen[term] = f"{path.name}:{number}"


# Vietnamese syllables as typed without accents that are also English words: an English term of
# the glossary must never be one of them alone (it would expand a Vietnamese query).
_SYLLABLES = {
    "an",
    "ban",
    "bay",
    "can",
    "chi",
    "con",
    "do",
    "gia",
    "hay",
    "ho",
    "la",
    "long",
    "ma",
    "me",
    "no",
}
_SYLLABLES |= {
    "sang",
    "so",
    "son",
    "ta",
    "tan",
    "the",
    "thi",
    "tin",
    "to",
    "tu",
    "van",
    "vi",
    "xa",
    "cho",
    "bit",
}


def test_no_glossary_term_is_a_lone_vietnamese_syllable():
    for number, term in _terms(DEFAULT_GLOSSARY_PATH):
        assert term not in _SYLLABLES, f"glossary line {number}: {term!r}"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("precision agriculture", {"nông nghiệp chính xác"}),
        ("nông nghiệp chính xác", {"precision agriculture", "precision farming"}),
        ("smart parking", {"bãi đỗ xe thông minh"}),
        ("electronic toll collection", {"thu phí không dừng", "ETC"}),
        ("học bạ điện tử", {"học bạ số", "digital school record"}),
        ("predictive maintenance", {"bảo trì dự đoán"}),
        ("quan trắc môi trường", {"environmental monitoring"}),
        ("HTX", {"hợp tác xã", "cooperative"}),
        ("hợp tác xã", {"htx"}),
        ("QTDND", {"quỹ tín dụng nhân dân", "people's credit fund"}),
        ("quỹ tín dụng nhân dân", {"qtdnd"}),
        ("UAV", {"máy bay không người lái", "drone"}),
        ("drone", {"uav", "thiết bị bay không người lái"}),
        ("GIS", {"hệ thống thông tin địa lý", "geographic information system"}),
        ("ERP", {"hoạch định nguồn lực doanh nghiệp", "enterprise resource planning"}),
        ("MES", {"hệ thống điều hành sản xuất"}),
        ("HIS", {"phần mềm quản lý bệnh viện", "hospital information system"}),
        ("LIS", {"hệ thống thông tin xét nghiệm"}),
        ("PACS", {"picture archiving and communication system"}),
        ("CSDL", {"cơ sở dữ liệu", "database"}),
        ("VNeID", {"ứng dụng định danh quốc gia"}),
        ("BHXH", {"bảo hiểm xã hội", "social insurance"}),
        ("BHYT", {"bảo hiểm y tế", "health insurance"}),
        ("THPT", {"trung học phổ thông", "high school"}),
        ("KCN", {"khu công nghiệp", "industrial park"}),
        ("OCOP", {"mỗi xã một sản phẩm", "one commune one product"}),
        ("khu công nghiệp", {"kcn"}),
    ],
)
def test_field_terms_and_abbreviations_expand(query, expected):
    [(_, alternatives)] = expansions(query).items()
    assert expected <= set(alternatives)


def test_multi_word_english_term_is_kept_whole():
    [match] = load_synonyms().find(analyze("tìm smart parking ở Đà Nẵng")[:4])
    assert (match.start, match.end, match.term.text) == (1, 3, "smart parking")
    assert "bãi đỗ xe thông minh" in [a.text for a in match.alternatives]
    assert expansions("smart") == {"smart": ["thông minh"]}  # the word alone: its word only
    assert "bãi đỗ xe thông minh" not in expansions("parking").get("parking", [])


@pytest.mark.parametrize("word", ["its", "etc", "his", "soc", "ar"])
def test_lower_case_words_are_not_read_as_abbreviations(word):
    assert expansions(word) == {}


def test_upper_case_its_is_an_abbreviation():
    assert "giao thông thông minh" in expansions("ITS")["ITS"]


def test_a_broken_glossary_keeps_the_synonyms(tmp_path, caplog):
    synonyms, glossary = tmp_path / "synonyms.txt", tmp_path / "glossary.txt"
    synonyms.write_text("htx, hợp tác xã\n", encoding="utf-8")
    glossary.write_text("hợp tác xã, cooperative\nbroken,, line\n", encoding="utf-8")
    both = load_synonyms([synonyms, glossary])
    assert expansions("htx", both) == {"htx": ["hợp tác xã"]}
    assert "Cannot read synonyms file" in caplog.text
    glossary.write_text("hợp tác xã, cooperative\n", encoding="utf-8")
    os.utime(glossary, ns=(1, 2_000_000_000_000_000_000))
    assert set(expansions("hợp tác xã", load_synonyms([synonyms, glossary]))["hợp tác xã"]) == {
        "htx",
        "cooperative",
    }


def test_english_words_expand_one_way():
    assert set(expansions("monitoring")["monitoring"]) == {"giám sát", "quan trắc"}
    assert expansions("giám sát") == {}
    found = expansions("air quality monitoring")  # a phrase rule, then the word
    assert "chất lượng không khí" in found["air quality"]
    assert "quan trắc" in found["monitoring"]

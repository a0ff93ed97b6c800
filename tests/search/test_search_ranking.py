"""Ranking details added for speed and phrase proximity: bonuses kept apart from matching, unquoted
phrases and near-phrases above scattered syllables, and the highlighter's per-page memo."""

import pytest
from haystack import connections
from haystack.query import SearchQuerySet

from search.highlight import HighlightTerms, highlight


def bodies(sqs):
    return [result.object.body for result in sqs]


def compiled(text):
    backend = connections["default"].get_backend()
    return backend._compiler().compile(backend._parse(SearchQuerySet().auto_query(text).query.build_query()))


def test_phrase_bonuses_are_kept_apart_from_the_matching_query(embedded_engine, make_notes):
    assert compiled("nông nghiệp thông minh").bonuses
    assert not compiled("eKYC").bonuses
    assert not compiled("-nông -nghiệp").bonuses  # excluded words earn no bonus


def test_counts_and_facets_are_the_same_with_or_without_bonuses(make_notes):
    make_notes(
        {"title": "A", "body": "nông nghiệp thông minh", "sector": "nong-nghiep"},
        {"title": "B", "body": "thông minh trong nông nghiệp", "sector": "nong-nghiep"},
        {"title": "C", "body": "nông dân thông thạo nghiệp vụ, minh bạch", "sector": "y-te"},
    )
    sqs = SearchQuerySet().auto_query("nông nghiệp thông minh").facet("sector")
    assert sqs.count() == 3
    assert dict(sqs.facet_counts()["fields"]["sector"]) == {"nong-nghiep": 2, "y-te": 1}


def test_unquoted_unaccented_phrase_ranks_phrase_then_near_then_scattered(make_notes):
    make_notes(
        {"title": "Ghi chép", "body": "Nông dân thông thạo nghiệp vụ, cần minh bạch giá cả nông sản"},
        {"title": "Ghi chép", "body": "Nông nghiệp giờ đây thông minh hơn nhờ cảm biến"},
        {"title": "Ghi chép", "body": "Mô hình nông nghiệp thông minh ở Lâm Đồng"},
    )
    assert bodies(SearchQuerySet().auto_query("nong nghiep thong minh")) == [
        "Mô hình nông nghiệp thông minh ở Lâm Đồng",
        "Nông nghiệp giờ đây thông minh hơn nhờ cảm biến",
        "Nông dân thông thạo nghiệp vụ, cần minh bạch giá cả nông sản",
    ]


def test_phrase_in_the_title_ranks_above_phrase_in_the_body(make_notes):
    make_notes(
        {"title": "Báo cáo năm", "body": "Chương ba: nhà máy thông minh và bảo trì dự đoán"},
        {"title": "Nhà máy thông minh ở Bắc Ninh", "body": "Báo cáo năm"},
    )
    assert bodies(SearchQuerySet().auto_query("nhà máy thông minh"))[0] == "Báo cáo năm"


def test_longer_words_tolerate_one_typo_and_short_words_none(make_notes):
    make_notes({"title": "Truy xuất nguồn gốc nông sản"}, {"title": "Hội chợ"})
    assert [r.title for r in SearchQuerySet().auto_query("truy xuat nguonn goc")] == [
        "Truy xuất nguồn gốc nông sản"
    ]


# Elasticsearch reads "chow" as the Telex spelling of "chơ" and finds "Hội chợ": not yet the same (issue 16).
@pytest.mark.embedded_only
def test_short_words_get_no_typo_alternatives(make_notes):
    make_notes({"title": "Truy xuất nguồn gốc nông sản"}, {"title": "Hội chợ"})
    # "chow" is not read as "chợ" (short words get no typo alternatives); "hoi chow" finds "Hội chợ" by
    # "hoi" alone since a query with a word no document has is relaxed (test_search_relaxed.py).
    assert [r.title for r in SearchQuerySet().auto_query("chow")] == []


def test_did_you_mean_when_nothing_matches(make_notes):
    make_notes({"title": "Telemedicine cho trạm y tế xã"})
    sqs = SearchQuerySet().auto_query("telemedicne trạm")
    assert sqs.count() >= 0
    assert sqs.spelling_suggestion() == "telemedicine trạm"


def test_a_commit_is_visible_to_the_next_search(make_notes):
    make_notes({"title": "Bản ghi đầu tiên"})
    assert SearchQuerySet().auto_query("bản ghi").count() == 1
    make_notes({"title": "Bản ghi thứ hai"})
    assert SearchQuerySet().auto_query("bản ghi").count() == 2


def test_highlight_memo_gives_the_same_answers_across_snippets():
    terms = HighlightTerms(folded=frozenset({"nong"}), fuzzy=frozenset({"nghiep", "thong"}))
    first = highlight("Nông nghiệp thông minh", terms)
    again = highlight("Nông nghiệp thông minh", terms)
    assert first == again == "<mark>Nông nghiệp thông</mark> minh"
    # One transposition, one insertion, one deletion, one substitution: all one typo away.
    assert highlight("ngheip ngghiep nghep nghiap nghxyz", terms) == (
        "<mark>ngheip ngghiep nghep nghiap</mark> nghxyz"
    )


def test_highlight_of_a_very_long_text_stays_fast_and_marks_the_match():
    text = "mở đầu " * 5000 + "bệnh án điện tử"
    snippet = highlight(text, HighlightTerms(folded=frozenset({"mo"})))
    assert snippet.startswith("<mark>mở</mark>")
    assert snippet.endswith(" …")


def test_lone_short_syllables_matched_only_by_folding_are_not_marked():
    terms = HighlightTerms(
        exact=frozenset({"benh", "an", "dien", "tu"}), folded=frozenset({"benh", "an", "dien", "tu"})
    )
    snippet = highlight("Công ty Y tế số An Khang: phần mềm bệnh án điện tử", terms)
    assert snippet == "Công ty Y tế số An Khang: phần mềm <mark>bệnh án điện tử</mark>"


def _scored(sqs):
    return [(result.object.body, round(result.score, 4)) for result in sqs]


def test_rescoring_the_best_hits_gives_the_scores_of_the_whole_query(
    embedded_engine, make_notes, monkeypatch
):
    from search.backends import tantivy_backend

    make_notes(
        *[
            {"title": f"Ghi chép {i}", "body": body}
            for i, body in enumerate(
                [
                    "Mô hình nông nghiệp thông minh ở Lâm Đồng",
                    "Nông nghiệp giờ đây thông minh hơn nhờ cảm biến",
                    "Nông dân thông thạo nghiệp vụ, cần minh bạch giá cả nông sản",
                    "Thông minh nhân tạo giúp nông nghiệp hữu cơ",
                    "Nông nghiệp, thông tin và minh bạch",
                ]
            )
        ]
    )
    query = "nong nghiep thong minh"
    rescored = _scored(SearchQuerySet().auto_query(query))
    calls = []
    original = tantivy_backend.TantivySearchBackend._run_rescored
    monkeypatch.setattr(
        tantivy_backend.TantivySearchBackend, "_run_rescored", lambda self, *a, **k: calls.append(1) or None
    )  # the whole query, scored at once
    whole = _scored(SearchQuerySet().auto_query(query))
    assert calls, "the rescoring path was not taken"
    assert rescored == whole
    assert rescored[0][0] == "Mô hình nông nghiệp thông minh ở Lâm Đồng"

    # A window smaller than the page still returns the page, ranked within and below the window.
    monkeypatch.setattr(tantivy_backend.TantivySearchBackend, "_run_rescored", original)
    monkeypatch.setattr(tantivy_backend, "RESCORE_WINDOW", 2)
    page = [body for body, _ in _scored(SearchQuerySet().auto_query(query)[:5])]
    assert sorted(page) == sorted(body for body, _ in whole)


def test_a_word_the_index_knows_gets_no_typo_alternatives_and_an_unknown_one_does(make_notes):
    make_notes(
        {"title": "Một", "body": "Kinh nghiệm triển khai bệnh án điện tử"},
        {"title": "Hai", "body": "Triển khai dịch vụ công trực tuyến"},
        {"title": "Ba", "body": "Lộ trình triển khai nông nghiệp số"},
        {"title": "Bốn", "body": "Ngân sách ba triệu đồng cho khảo sát"},
    )
    found = set(bodies(SearchQuerySet().auto_query("trien")))
    assert (
        "Ngân sách ba triệu đồng cho khảo sát" not in found
    )  # "triển" is known: "triệu" is not a typo of it
    assert len(found) == 3
    typo = set(bodies(SearchQuerySet().auto_query("ngaan sách")))  # unknown word: one typo away still finds
    assert typo == {"Ngân sách ba triệu đồng cho khảo sát"}


# --- Unknown words searched as their closest indexed word ------------------------------------------


def test_unknown_word_is_also_searched_as_its_correction_with_its_synonyms(embedded_engine, make_notes):
    make_notes(
        {"title": "Telemedicine cho trạm y tế xã"},
        {"title": "Telemedicine ở vùng cao"},
        {"title": "Telemedicine và bác sĩ gia đình"},
        {"title": "Khám chữa bệnh từ xa tại Lào Cai"},
        {"title": "Hội chợ nông sản"},
    )
    found = {result.title for result in SearchQuerySet().auto_query("telemedicne")}
    # One typo alone finds the word; its correction also brings its synonyms.
    assert found == {
        "Telemedicine cho trạm y tế xã",
        "Telemedicine ở vùng cao",
        "Telemedicine và bác sĩ gia đình",
        "Khám chữa bệnh từ xa tại Lào Cai",
    }


def test_correction_is_accented_and_only_for_unknown_words(embedded_engine, make_notes):
    make_notes(
        {"title": "Nông nghiệp thông minh"},
        {"title": "Nông nghiệp thông minh"},
        {"title": "Nông nghiệp thông minh"},
    )
    query = compiled("nong nghiepp thong minh")
    assert query.highlight.exact >= {"nghiệp"}  # the correction as indexed, accents included
    assert not compiled("nong nghiep thong minh").highlight.exact & {"nghiệp"}  # known words: no correction


def test_corrected_words_earn_the_phrase_bonus(embedded_engine, make_notes):
    make_notes(*[{"title": "Nông nghiệp thông minh"}] * 3)
    bonuses = [str(bonus) for bonus in compiled("nong nghiepp thong minh").bonuses]
    # the corrected words, side by side, in the folded field
    assert any('"nghiep"' in bonus and '"thong"' in bonus for bonus in bonuses)


# --- Several words typed as a synonym's span --------------------------------------------------------


def test_words_of_a_synonym_span_match_side_by_side(embedded_engine, make_notes):
    make_notes(
        {"title": "Y tế từ xa ở miền núi"},
        {"title": "Khám chữa bệnh từ xa"},
        {"title": "Y tế cơ sở", "body": "hỗ trợ từ xa"},  # the span's words, scattered
    )
    found = {result.title for result in SearchQuerySet().auto_query("y tế từ xa")}
    assert found == {"Y tế từ xa ở miền núi", "Khám chữa bệnh từ xa"}


def test_words_long_enough_to_be_typos_still_match_one_by_one_below_the_span(embedded_engine, make_notes):
    make_notes({"title": "Thông tin giao ban"}, {"title": "Giao thông đô thị"})
    assert [result.title for result in SearchQuerySet().auto_query("giao thông")] == [
        "Giao thông đô thị",
        "Thông tin giao ban",
    ]


def test_span_as_typed_ranks_above_its_synonym(embedded_engine, make_notes):
    # What Elasticsearch's exact-wording bonus gives: the words as typed before a synonym of them.
    make_notes({"title": "Khám chữa bệnh từ xa"}, {"title": "Y tế từ xa"}, {"title": "Telemedicine"})
    titles = [result.title for result in SearchQuerySet().auto_query("y tế từ xa")]
    assert titles[0] == "Y tế từ xa"
    assert set(titles) == {"Y tế từ xa", "Khám chữa bệnh từ xa", "Telemedicine"}

"""Ranking details added for speed and phrase proximity: bonuses kept apart from matching, unquoted
phrases and near-phrases above scattered syllables, and the highlighter's per-page memo."""

from haystack import connections
from haystack.query import SearchQuerySet

from search.highlight import HighlightTerms, highlight


def bodies(sqs):
    return [result.object.body for result in sqs]


def compiled(text):
    backend = connections["default"].get_backend()
    return backend._compiler().compile(backend._parse(SearchQuerySet().auto_query(text).query.build_query()))


def test_phrase_bonuses_are_kept_apart_from_the_matching_query(make_notes):
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
    assert [r.title for r in SearchQuerySet().auto_query("truy xuat nguonn goc")] == ["Truy xuất nguồn gốc nông sản"]
    assert [r.title for r in SearchQuerySet().auto_query("hoi chow")] == []


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

"""The embedded tantivy engine through haystack's SearchQuerySet: matching, ranking and features."""

import datetime as dt

import pytest
from haystack.inputs import AutoQuery
from haystack.query import SearchQuerySet

from tests.search.testapp.models import Note, Organisation


def titles(sqs):
    return [result.title for result in sqs]


def search(text):
    return SearchQuerySet().auto_query(text)


# --- Vietnamese matching ----------------------------------------------------------------------------


def test_unaccented_query_finds_accented_title(make_notes):
    make_notes({"title": "Đà Nẵng xây dựng đô thị thông minh"}, {"title": "Hội An phố cổ"})
    assert titles(search("da nang")) == ["Đà Nẵng xây dựng đô thị thông minh"]


def test_accented_query_finds_unaccented_text(make_notes):
    make_notes({"title": "Chuyen doi so cho hop tac xa"})
    assert titles(search("chuyển đổi số")) == ["Chuyen doi so cho hop tac xa"]


def test_exact_accented_match_ranks_above_folded_match(make_notes):
    make_notes({"title": "Da Nang smart city"}, {"title": "Đà Nẵng smart city"})
    assert titles(search("Đà Nẵng")) == ["Đà Nẵng smart city", "Da Nang smart city"]


def test_tone_placement_variants_find_each_other(make_notes):
    make_notes({"title": "Bệnh viện tỉnh Thanh Hóa"}, {"title": "Sân bay Cam Ranh, Khánh Hoà"})
    # "Thanh" is one typo away from "Khánh", so both may match; the right one comes first.
    assert titles(search("Thanh Hoá"))[0] == "Bệnh viện tỉnh Thanh Hóa"
    assert titles(search("Khánh Hòa"))[0] == "Sân bay Cam Ranh, Khánh Hoà"
    assert titles(search("Cam Ranh Khánh Hòa")) == ["Sân bay Cam Ranh, Khánh Hoà"]


def test_decomposed_query_matches_composed_text(make_notes):
    import unicodedata

    make_notes({"title": "Chuyển đổi số quốc gia"})
    assert titles(search(unicodedata.normalize("NFD", "chuyển đổi số"))) == ["Chuyển đổi số quốc gia"]


def test_phrase_ranks_above_scattered_syllables(make_notes):
    make_notes(
        {"title": "Kinh nghiệm", "body": "Nông dân thông thạo nghiệp vụ, minh bạch giá cả"},
        {"title": "Kinh nghiệm", "body": "Mô hình nông nghiệp thông minh ở Lâm Đồng"},
    )
    assert [r.object.body for r in search("nông nghiệp thông minh")] == [
        "Mô hình nông nghiệp thông minh ở Lâm Đồng",
        "Nông dân thông thạo nghiệp vụ, minh bạch giá cả",
    ]


def test_title_match_ranks_above_body_match(make_notes):
    make_notes(
        {"title": "Báo cáo năm", "body": "Phần cuối nói về truy xuất nguồn gốc sản phẩm chè"},
        {"title": "Truy xuất nguồn gốc chè", "body": "Báo cáo năm của hợp tác xã"},
    )
    assert titles(search("truy xuất nguồn gốc")) == ["Truy xuất nguồn gốc chè", "Báo cáo năm"]


def test_long_question_matches_documents_with_most_words(make_notes):
    make_notes({"title": "Công ty may ở Hưng Yên bắt đầu chuyển đổi số"}, {"title": "Hội thảo y tế"})
    question = "công ty may 80 lao động ở Hưng Yên nên bắt đầu chuyển đổi số từ đâu"
    assert titles(search(question)) == ["Công ty may ở Hưng Yên bắt đầu chuyển đổi số"]


def test_all_words_of_a_short_query_are_required(make_notes):
    make_notes({"title": "nông nghiệp"}, {"title": "nông dân"})
    assert titles(search("nông nghiệp")) == ["nông nghiệp"]


# --- Synonyms -----------------------------------------------------------------------------------------


def test_synonym_cds_finds_chuyen_doi_so(make_notes):
    make_notes({"title": "Lộ trình chuyển đổi số cho doanh nghiệp"}, {"title": "Hội chợ nông sản"})
    assert titles(search("CĐS")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]
    assert titles(search("cds")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]
    assert titles(search("digital transformation")) == ["Lộ trình chuyển đổi số cho doanh nghiệp"]


def test_synonyms_work_in_both_directions(make_notes):
    make_notes({"title": "Khung đánh giá mức độ DX"})
    assert titles(search("chuyển đổi số")) == ["Khung đánh giá mức độ DX"]
    assert titles(search("chuyen doi so")) == ["Khung đánh giá mức độ DX"]


def test_multiword_synonym_is_matched_as_a_phrase(make_notes):
    make_notes(
        {"title": "Hỗ trợ doanh nghiệp nhỏ"},
        {"title": "Doanh thu của hợp tác xã", "body": "nông nghiệp"},
    )
    assert titles(search("DN")) == ["Hỗ trợ doanh nghiệp nhỏ"]
    assert titles(search("enterprise")) == ["Hỗ trợ doanh nghiệp nhỏ"]


def test_exact_wording_ranks_above_synonym(make_notes):
    make_notes({"title": "Ủy ban nhân dân tỉnh Lào Cai"}, {"title": "UBND tỉnh Lào Cai"})
    assert titles(search("UBND")) == ["UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"]


def test_tp_hcm_spellings_find_each_other(make_notes):
    make_notes({"title": "Sở Y tế TP. Hồ Chí Minh"}, {"title": "Hà Nội"})
    for query in ("TP HCM", "TPHCM", "tp hcm", "Hồ Chí Minh"):
        assert titles(search(query)) == ["Sở Y tế TP. Hồ Chí Minh"], query


def test_uppercase_ai_finds_tri_tue_nhan_tao(make_notes):
    make_notes(
        {"title": "Ứng dụng trí tuệ nhân tạo trong y tế"},
        {"title": "Ai cũng có thể học kỹ năng số"},
        {"title": "AI cho nông nghiệp"},
    )
    assert set(titles(search("AI"))) == {"Ứng dụng trí tuệ nhân tạo trong y tế", "AI cho nông nghiệp"}


def test_lowercase_ai_is_the_word_who_and_does_not_expand(make_notes):
    make_notes({"title": "Ứng dụng trí tuệ nhân tạo"}, {"title": "Ai cũng có thể học"})
    assert titles(search("ai")) == ["Ai cũng có thể học"]


def test_expanded_synonym_is_highlighted_as_a_phrase(make_notes):
    make_notes({"title": "Ứng dụng", "body": "thông tin về đô thị thông minh"})
    [result] = search("smart city").highlight()
    assert result.highlighted["text"] == ["Ứng dụng thông tin về <mark>đô thị thông minh</mark>"]


# --- Typos and prefixes --------------------------------------------------------------------------------


def test_one_typo_in_a_long_word_is_tolerated(make_notes):
    make_notes({"title": "Nông nghiệp công nghệ cao"})
    assert titles(search("nong nghiap")) == ["Nông nghiệp công nghệ cao"]


def test_short_words_are_not_fuzzy(make_notes):
    make_notes({"title": "Thành phố thông minh"})
    assert titles(search("mihn")) == []


def test_autocomplete_completes_words_without_accents(make_notes):
    make_notes({"title": "Nông nghiệp thông minh"}, {"title": "Nông dân"}, {"title": "Ngân hàng số"})
    assert set(titles(SearchQuerySet().autocomplete(autocomplete="nong ngh"))) == {"Nông nghiệp thông minh"}
    assert set(titles(SearchQuerySet().autocomplete(autocomplete="nô"))) == {
        "Nông nghiệp thông minh",
        "Nông dân",
    }


def test_autocomplete_ranks_whole_words_above_prefixes(make_notes):
    make_notes({"title": "Hàng hóa"}, {"title": "Hà Nội"})
    assert titles(SearchQuerySet().autocomplete(autocomplete="hà")) == ["Hà Nội", "Hàng hóa"]


def test_startswith_filter_is_a_prefix_query(make_notes):
    make_notes({"title": "Chuyển đổi số"}, {"title": "Chương trình"})
    assert titles(SearchQuerySet().filter(title__startswith="chuy")) == ["Chuyển đổi số"]


# --- Filters ---------------------------------------------------------------------------------------------


@pytest.fixture
def sector_notes(make_notes):
    return make_notes(
        {"title": "Một", "sector": "giao-thong", "province": "Thanh Hóa", "kind": "challenge", "tags": "ai, data",
         "published": dt.date(2024, 3, 1)},
        {"title": "Hai", "sector": "giao-thong-logistics", "province": "Hà Nội", "kind": "experience",
         "tags": "data", "published": dt.date(2023, 6, 1)},
        {"title": "Ba", "sector": "y-te", "province": "Thanh Hoá", "kind": "challenge", "tags": "iot",
         "published": dt.date(2025, 1, 15)},
    )  # fmt: skip


def test_filter_on_faceted_field_matches_the_whole_value(sector_notes):
    assert titles(SearchQuerySet().filter(sector="giao-thong")) == ["Một"]
    assert titles(SearchQuerySet().filter(sector_exact="giao-thong-logistics")) == ["Hai"]


def test_filter_in_matches_any_value(sector_notes):
    assert set(titles(SearchQuerySet().filter(sector__in=["y-te", "giao-thong"]))) == {"Một", "Ba"}
    assert titles(SearchQuerySet().filter(sector__in=[])) == []


def test_filter_values_ignore_case_and_tone_placement(sector_notes):
    assert set(titles(SearchQuerySet().filter(province="thanh hoá"))) == {"Một", "Ba"}


def test_filter_on_multivalued_tags(sector_notes):
    assert set(titles(SearchQuerySet().filter(tags="data"))) == {"Một", "Hai"}
    assert titles(SearchQuerySet().filter(tags__in=["iot"])) == ["Ba"]


def test_date_filters_with_bounds_and_ranges(sector_notes):
    sqs = SearchQuerySet()
    assert set(titles(sqs.filter(published__gte=dt.date(2024, 3, 1)))) == {"Một", "Ba"}
    assert titles(sqs.filter(published__gt=dt.date(2024, 3, 1))) == ["Ba"]
    assert set(titles(sqs.filter(published__lte=dt.date(2024, 3, 1)))) == {"Một", "Hai"}
    assert titles(sqs.filter(published__lt=dt.date(2024, 3, 1))) == ["Hai"]
    assert titles(sqs.filter(published__range=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))) == ["Một"]
    assert titles(sqs.filter(published=dt.date(2023, 6, 1))) == ["Hai"]


def test_datetime_filters_compare_instants_and_local_days(make_organisations):
    hanoi = dt.timezone(dt.timedelta(hours=7))
    make_organisations(
        {"name": "Khuya", "created_at": dt.datetime(2024, 5, 1, 23, 30, tzinfo=hanoi)},
        {"name": "Sáng", "created_at": dt.datetime(2024, 5, 2, 8, 0, tzinfo=hanoi)},
    )
    sqs = SearchQuerySet().models(Organisation)
    assert [r.name for r in sqs.filter(date__gte=dt.datetime(2024, 5, 2, tzinfo=hanoi))] == ["Sáng"]
    # A bare date on a date-time field is that whole day in the site's time zone (Asia/Ho_Chi_Minh).
    assert [r.name for r in sqs.filter(date=dt.date(2024, 5, 1))] == ["Khuya"]
    assert [r.name for r in sqs.order_by("-date")] == ["Sáng", "Khuya"]
    assert sqs.filter(name="Khuya")[0].date == dt.datetime(2024, 5, 1, 16, 30, tzinfo=dt.UTC)


def test_boolean_filters_and_facets(make_organisations):
    make_organisations({"name": "Một", "verified": True}, {"name": "Hai"}, {"name": "Ba"})
    sqs = SearchQuerySet().models(Organisation)
    assert [r.name for r in sqs.filter(verified=True)] == ["Một"]
    assert sqs.facet("verified").facet_counts()["fields"]["verified"] == [(False, 2), (True, 1)]


def test_filters_combine_with_text_and_exclude(sector_notes):
    sqs = SearchQuerySet().filter(kind="challenge")
    assert set(titles(sqs)) == {"Một", "Ba"}
    assert titles(sqs.exclude(province="Hà Nội").filter(tags="iot")) == ["Ba"]
    assert titles(SearchQuerySet().exclude(kind="challenge")) == ["Hai"]


def test_filters_do_not_change_relevance_order(make_notes):
    make_notes(
        {"title": "khảo sát", "body": "khảo sát khảo sát", "kind": "challenge"},
        {"title": "báo cáo", "body": "khảo sát", "kind": "challenge"},
    )
    plain = titles(search("khảo sát"))
    assert titles(search("khảo sát").filter(kind="challenge")) == plain


def test_models_restricts_results(make_notes, make_organisations):
    make_notes({"title": "Chuyển đổi số y tế"})
    make_organisations({"name": "Trung tâm chuyển đổi số"})
    assert titles(search("chuyển đổi số").models(Note)) == ["Chuyển đổi số y tế"]
    assert [r.name for r in search("chuyển đổi số").models(Organisation)] == ["Trung tâm chuyển đổi số"]
    assert search("chuyển đổi số").count() == 2


def test_order_by_date_descending(sector_notes):
    assert titles(SearchQuerySet().order_by("-published")) == ["Ba", "Một", "Hai"]
    assert titles(SearchQuerySet().order_by("published")) == ["Hai", "Một", "Ba"]


def test_order_by_two_fields(sector_notes):
    assert titles(SearchQuerySet().order_by("kind", "-published")) == ["Ba", "Một", "Hai"]


def test_narrow_by_facet_value(sector_notes):
    assert set(titles(SearchQuerySet().narrow('kind_exact:"challenge"'))) == {"Một", "Ba"}


# --- Facets ---------------------------------------------------------------------------------------------


def test_facet_counts_per_value(sector_notes):
    counts = SearchQuerySet().facet("kind").facet("province").facet("tags").facet_counts()["fields"]
    assert counts["kind"] == [("challenge", 2), ("experience", 1)]
    # "Thanh Hoá" and "Thanh Hóa" are one province.
    assert counts["province"] == [("Thanh Hóa", 2), ("Hà Nội", 1)]
    assert counts["tags"] == [("data", 2), ("ai", 1), ("iot", 1)]


def test_facets_count_only_matching_documents(sector_notes):
    counts = SearchQuerySet().filter(province="Thanh Hóa").facet("kind").facet_counts()["fields"]
    assert counts["kind"] == [("challenge", 2)]


def test_date_facets_and_date_values(sector_notes):
    sqs = (
        SearchQuerySet()
        .facet("published")
        .date_facet("published", start_date=dt.date(2023, 1, 1), end_date=dt.date(2026, 1, 1), gap_by="year")
    )
    counts = sqs.facet_counts()
    assert counts["fields"]["published"][0][0] in {
        dt.date(2023, 6, 1),
        dt.date(2024, 3, 1),
        dt.date(2025, 1, 15),
    }
    assert counts["dates"]["published"] == [
        (dt.date(2023, 1, 1), 1),
        (dt.date(2024, 1, 1), 1),
        (dt.date(2025, 1, 1), 1),
    ]


# --- Highlighting, counts, pages, more like this, spelling -------------------------------------------------


def test_highlight_marks_matches_and_escapes_html(make_notes):
    make_notes({"title": "<script>alert('x')</script> Đà Nẵng", "body": "Thành phố thông minh"})
    [result] = search("da nang").highlight()
    [snippet] = result.highlighted["text"]
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>Đà Nẵng</mark>" in snippet


def test_highlight_of_extra_fields(make_notes):
    make_notes({"title": "Đà Nẵng", "body": "x"})
    [result] = search("da nang").highlight(fields=["title"])
    assert result.highlighted == {"title": ["<mark>Đà Nẵng</mark>"]}


def test_count_and_slicing_paginate(make_notes):
    make_notes(*({"title": f"Hồ sơ số {i}", "published": dt.date(2024, 1, 1 + i)} for i in range(25)))
    sqs = SearchQuerySet().filter(content="hồ sơ").order_by("published")
    assert sqs.count() == 25
    assert titles(sqs[0:10]) == [f"Hồ sơ số {i}" for i in range(10)]
    assert titles(sqs[20:30]) == [f"Hồ sơ số {i}" for i in range(20, 25)]
    assert len(list(sqs)) == 25


def test_more_like_this_finds_similar_and_excludes_itself(make_notes):
    source, similar, _ = make_notes(
        {
            "title": "Truy xuất nguồn gốc chè bằng mã QR",
            "body": "Hợp tác xã chè bán hàng trên sàn thương mại điện tử",
        },
        {"title": "Mã QR truy xuất nguồn gốc nông sản", "body": "Hợp tác xã bán chè trực tuyến"},
        {"title": "Bệnh viện số hóa hồ sơ", "body": "Bệnh án điện tử liên thông"},
    )
    results = list(SearchQuerySet().more_like_this(source))
    assert [int(r.pk) for r in results][:1] == [similar.pk]
    assert source.pk not in [int(r.pk) for r in results]


def test_spelling_suggestion_corrects_an_unknown_word(make_notes):
    make_notes({"title": "Nông nghiệp thông minh"}, {"title": "Nông nghiệp hữu cơ"})
    assert search("nông nghiệp thôgn minh").spelling_suggestion() == "nông nghiệp thông minh"


def test_spelling_suggestion_is_none_when_every_word_is_known(make_notes):
    make_notes({"title": "Nông nghiệp thông minh"})
    assert search("nong nghiep").spelling_suggestion() is None
    assert search("CĐS").spelling_suggestion() is None  # a synonym, not a typo


# --- Query forms ------------------------------------------------------------------------------------------


def test_quoted_phrase_and_exclusion_in_user_query(make_notes):
    make_notes(
        {"title": "đô thị thông minh"}, {"title": "thông minh đô thị"}, {"title": "đô thị thông minh mới"}
    )
    assert set(titles(search('"đô thị thông minh" -mới'))) == {"đô thị thông minh"}


def test_raw_search_uses_the_query_language(make_notes):
    make_notes({"title": "Nông nghiệp", "kind": "challenge"}, {"title": "Nông nghiệp", "kind": "experience"})
    assert [n.kind for n in SearchQuerySet().raw_search('nông AND kind:"experience"')] == ["experience"]


def test_punctuation_only_and_empty_queries_find_nothing(make_notes):
    make_notes({"title": "Nông nghiệp"})
    assert titles(search("?!")) == []
    assert titles(SearchQuerySet().filter(content=AutoQuery(""))) == []


def test_boost_reorders_without_filtering(make_notes):
    make_notes({"title": "hội thảo y tế"}, {"title": "hội thảo giáo dục"})
    assert titles(search("hội thảo").boost("giáo", 10)) == ["hội thảo giáo dục", "hội thảo y tế"]


def test_values_list_returns_stored_fields(make_notes):
    [note] = make_notes({"title": "Một", "sector": "y-te"})
    assert list(SearchQuerySet().values_list("pk", "id", "sector")) == [
        [str(note.pk), f"testapp.note.{note.pk}", "y-te"]
    ]


def test_stored_dates_come_back_as_dates(make_notes):
    make_notes({"title": "Một", "published": dt.date(2024, 5, 6)})
    [result] = SearchQuerySet().all()
    assert result.published == dt.date(2024, 5, 6)


# --- Writing ---------------------------------------------------------------------------------------------


def test_update_replaces_the_previous_version(make_notes, search_backend):
    from haystack import connections

    [note] = make_notes({"title": "Tên cũ"})
    note.title = "Tên mới"
    note.save()
    search_backend.update(connections["default"].get_unified_index().get_index(Note), [note])
    assert titles(SearchQuerySet().all()) == ["Tên mới"]


def test_remove_deletes_the_document(make_notes, search_backend):
    first, second = make_notes({"title": "Một"}, {"title": "Hai"})
    search_backend.remove(first)
    search_backend.remove(f"testapp.note.{second.pk}")
    assert SearchQuerySet().count() == 0


def test_clear_of_some_models_keeps_the_others(make_notes, make_organisations, search_backend):
    make_notes({"title": "Một"})
    make_organisations({"name": "Hai"})
    search_backend.clear(models=[Note])
    assert [r.model_name for r in SearchQuerySet().all()] == ["organisation"]

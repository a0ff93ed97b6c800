"""The case-study and event indexes' filters (django-filter): what they keep, what they drop, the query string
they rebuild for paging and tab links."""

from types import SimpleNamespace

from cms.events.filters import EventFilter
from cms.filters import CaseStudyFilter


def test_case_study_filters_keep_valid_values_and_drop_the_rest():
    filters = CaseStudyFilter({"sector": "y-te", "year": "1989", "q": "  bệnh   án  ", "technology": "ma-qr"})
    assert filters.values == {
        "sector": "y-te",
        "province": "",
        "technology": "ma-qr",
        "year": "",
        "q": "bệnh án",
    }
    assert filters.active
    assert filters.querystring() == "sector=y-te&technology=ma-qr&q=b%E1%BB%87nh+%C3%A1n"
    assert CaseStudyFilter({"year": "2024"}).values["year"] == 2024
    assert CaseStudyFilter({"year": "abc", "province": "123"}).values == CaseStudyFilter({}).values
    assert not CaseStudyFilter({"year": "abc"}).active


def test_a_long_search_is_cut_not_refused():
    assert CaseStudyFilter({"q": "chuyển đổi số " * 20}).values["q"] == ("chuyển đổi số " * 20)[:100]


def test_event_filters_accept_only_known_kinds_and_offered_sectors():
    sectors = [SimpleNamespace(slug="y-te", name="Y tế")]
    filters = EventFilter({"kind": "forum", "sector": "y-te"}, sectors=sectors)
    assert filters.values == {"kind": "forum", "sector": "y-te"}
    assert filters.querystring(tab="past") == "kind=forum&sector=y-te&tab=past"
    nonsense = EventFilter({"kind": "<script>", "sector": "giao-duc"}, sectors=sectors)
    assert nonsense.values == {"kind": "", "sector": ""}
    assert not nonsense.active
    assert nonsense.querystring(tab="") == ""

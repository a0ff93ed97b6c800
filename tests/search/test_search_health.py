"""The /healthz probe of the search engine."""

from haystack import connections

from search.health import check_search_backend


def test_healthy_engine_reports_its_document_count(make_notes):
    make_notes({"title": "Một"}, {"title": "Hai"})
    assert check_search_backend() == (True, "search ok (2 documents)")


def test_failing_engine_is_reported_without_details(search_backend, monkeypatch):
    backend = connections["default"].get_backend()

    def broken():
        raise OSError("/secret/path is gone")

    monkeypatch.setattr(backend, "ping", broken)
    healthy, message = check_search_backend()
    assert not healthy
    assert message == "search unavailable (OSError)"

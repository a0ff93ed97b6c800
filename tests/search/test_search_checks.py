"""System checks of the search app."""

from search.checks import check_synonyms


def test_shipped_synonyms_pass_the_system_check():
    assert check_synonyms() == []


def test_broken_synonyms_file_fails_the_system_check(tmp_path, settings):
    broken = tmp_path / "synonyms.txt"
    broken.write_text("cđs,, chuyển đổi số\n", encoding="utf-8")
    settings.HAYSTACK_CONNECTIONS = {
        "default": {**settings.HAYSTACK_CONNECTIONS["default"], "SYNONYMS_FILE": str(broken)}
    }
    [error] = check_synonyms()
    assert error.id == "search.E001"
    assert "line 1" in error.msg


def test_broken_glossary_fails_the_system_check(tmp_path, monkeypatch):
    broken = tmp_path / "glossary.txt"
    broken.write_text("# header\nsmart parking\n", encoding="utf-8")
    monkeypatch.setattr("search.checks.DEFAULT_PATHS", (broken,))
    [error] = check_synonyms()
    assert error.id == "search.E001"
    assert "glossary.txt" in error.msg and "line 2" in error.msg

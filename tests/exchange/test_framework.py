"""The import framework: kinds registered by their domains and applied in dependency order, demo-only
kinds, dates relative to the run's moment, and fixture files that fail loudly naming file and line."""

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone, translation
from pydantic import ValidationError as PydanticValidationError

from community.exchange import import_files, import_lines
from community.exchange.context import ImportContext
from community.exchange.fields import (
    Line,
    LineError,
    LineModel,
    OptionalWhenDateTime,
    WhenDate,
    WhenDateTime,
    is_relative,
    validate,
    when,
    when_date,
    when_datetime,
)
from community.exchange.fixtures import fixture_files
from community.exchange.registry import Kind, kinds, ordered, register_kind, unregister_kind

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(dt.datetime(2026, 3, 10, 15, 45), timezone.get_default_timezone())


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


class NoteLine(LineModel):
    kind: str
    text: Line(50)
    at: WhenDateTime
    due: WhenDate = "+1d"
    seen: OptionalWhenDateTime = None


WRITTEN: list[tuple[str, str]] = []


def _upsert_note(line, ctx):
    if line.text == "boom":
        raise LineError([("text", "explodes")])
    WRITTEN.append((line.ref, line.text))
    return "created"


@pytest.fixture
def note_kind():
    WRITTEN.clear()
    register_kind(Kind("test_note", NoteLine, _upsert_note, after=("test_topic",), public=False))
    register_kind(Kind("test_topic", NoteLine, _upsert_note, after=("expert",)))
    yield
    unregister_kind("test_note")
    unregister_kind("test_topic")


# --- relative dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-12d", NOW - dt.timedelta(days=12)),
        ("+30d", NOW + dt.timedelta(days=30)),
        ("-3d4h", NOW - dt.timedelta(days=3, hours=4)),
        ("-2h", NOW - dt.timedelta(hours=2)),
        ("-1w2d30m", NOW - dt.timedelta(weeks=1, days=2, minutes=30)),
        ("0d", NOW),
    ],
)
def test_relative_offsets_resolve_against_the_runs_moment(value, expected):
    ctx = ImportContext(now=NOW)
    assert when(value, ctx) == expected
    assert is_relative(value)


def test_an_offset_with_a_time_of_day_is_that_day_at_that_local_time():
    moment = when("+2d@09:30", ImportContext(now=NOW))
    local = timezone.localtime(moment)
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 3, 12), 9, 30)


def test_iso_values_are_absolute_and_naive_times_are_the_sites():
    ctx = ImportContext(now=NOW)
    assert when("2025-06-30", ctx) == dt.date(2025, 6, 30)
    moment = when("2025-06-30T08:15:00", ctx)
    assert timezone.is_aware(moment) and timezone.localtime(moment).hour == 8
    assert when_datetime("2025-06-30", ctx) == timezone.make_aware(dt.datetime(2025, 6, 30))
    assert when_date("-1d", ctx) == timezone.localtime(NOW - dt.timedelta(days=1)).date()
    assert when(None, ctx) is None
    assert not is_relative("2025-06-30")


def test_the_line_model_keeps_the_raw_value():
    line = NoteLine.model_validate({"kind": "n", "ref": "a", "text": "x", "at": "-3d4h", "seen": ""})
    assert (line.at, line.due, line.seen) == ("-3d4h", "+1d", None)


@pytest.mark.parametrize("value", ["yesterday", "-3x", "12d-", "2025-13-01", 5, "-d"])
def test_a_bad_moment_is_refused_with_a_message(value):
    with pytest.raises(PydanticValidationError) as caught:
        NoteLine.model_validate({"kind": "n", "ref": "a", "text": "x", "at": value})
    assert "offset from now such as -3d4h" in str(caught.value)


def test_a_bad_date_names_the_date_form():
    with pytest.raises(PydanticValidationError) as caught:
        NoteLine.model_validate(
            {"kind": "n", "ref": "a", "text": "x", "at": "-1d", "due": "2025-06-30T10:00"}
        )
    assert "must be a date (YYYY-MM-DD) or an offset from today" in str(caught.value)


# --- registry ----------------------------------------------------------------------------------------


def test_the_community_and_the_cms_register_the_original_kinds():
    assert {"expert", "challenge", "solution", "forum_topic", "case_study"} <= set(kinds())
    names = [kind.name for kind in ordered(["solution", "challenge", "expert"])]
    assert names.index("solution") > names.index("challenge")
    assert names.index("solution") > names.index("expert")


def test_kinds_come_after_the_kinds_they_need(note_kind):
    names = [kind.name for kind in ordered()]
    assert names.index("test_note") > names.index("test_topic") > names.index("expert")


def test_kinds_that_wait_for_each_other_are_an_error(note_kind):
    register_kind(Kind("test_topic", NoteLine, _upsert_note, after=("test_note",)))
    with pytest.raises(ValueError, match="wait for each other"):
        ordered()


def test_a_demo_only_kind_is_unknown_to_import_content(note_kind):
    line = {"kind": "test_note", "ref": "n1", "text": "hello", "at": "-1d"}
    with pytest.raises(LineError) as caught:
        validate(line)
    assert "test_note" not in str(caught.value) and "test_topic" in str(caught.value)
    assert validate(line, demo=True).line.text == "hello"
    report = import_lines([json.dumps(line)])
    assert report.outcomes[0].outcome == "error" and WRITTEN == []


def test_lines_are_applied_kind_by_kind_whatever_the_file_order(note_kind, tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps({"kind": "test_note", "ref": "n1", "text": "note", "at": "-1d"}) + "\n")
    second = tmp_path / "b.jsonl"
    second.write_text(
        "\n" + json.dumps({"kind": "test_topic", "ref": "t1", "text": "topic", "at": "-2d"}) + "\n"
    )
    report = import_files([first, second], context=ImportContext(demo=True), root=tmp_path)
    assert report.ok
    assert WRITTEN == [("t1", "topic"), ("n1", "note")]
    assert {(o.source, o.line) for o in report.outcomes} == {("a.jsonl", 1), ("b.jsonl", 2)}
    assert report.tally()["test_note"]["created"] == 1


def test_a_bad_fixture_line_names_its_file_and_line_and_nothing_is_applied(note_kind, tmp_path):
    path = tmp_path / "notes.jsonl"
    rows = [
        {"kind": "test_topic", "ref": "t1", "text": "topic", "at": "-2d"},
        {"kind": "test_note", "ref": "n1", "text": "note", "at": "sometime"},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    report = import_files([path], context=ImportContext(demo=True), root=tmp_path)
    assert [(o.where, o.outcome) for o in report.errors] == [("notes.jsonl:2", "error")]
    assert WRITTEN == []


def test_seed_demo_fails_loudly_on_a_bad_fixture_line(note_kind, tmp_path, monkeypatch):
    from community.exchange import fixtures

    path = tmp_path / "fixtures" / "bad.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"kind": "test_note", "ref": "n1", "text": "boom", "at": "-1d"}) + "\n")
    monkeypatch.setattr(fixtures, "fixture_files", lambda: [path])
    monkeypatch.setattr(fixtures, "project_root", lambda: tmp_path)
    with pytest.raises(CommandError, match=r"fixtures/bad\.jsonl:1 \(test_note n1\): text: explodes"):
        call_command("seed_demo", stdout=StringIO())


def test_fixture_files_are_the_jsonl_files_of_the_fixtures_folders():
    files = fixture_files()
    assert files == sorted(files)
    assert all(path.parent.name == "fixtures" and path.suffix == ".jsonl" for path in files)
    root = Path(__file__).resolve().parents[2]
    assert all(path.is_relative_to(root / "community") or path.is_relative_to(root / "cms") for path in files)


def test_every_fixture_line_is_a_valid_line_of_a_registered_kind():
    files = fixture_files()
    assert files, "the demo content is data: there are fixture files"
    problems = []
    for path in files:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                validate(json.loads(raw), demo=True)
            except (LineError, ValueError) as exc:
                problems.append(f"{path.name}:{number}: {exc}")
    assert problems == []

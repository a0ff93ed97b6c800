"""The import lines as pydantic models (``community.exchange.fields``): the same rules and messages as the
hand-made checkers they replace, a JSON Schema of the format, and the shapes shared with the search API."""

import datetime as dt
import re

import pytest
from django.utils import translation

from community.exchange.fields import LINES, ChallengeLine, LineError, validate
from search.schemas import PROVINCE_RE, SECTOR_RE

pytestmark = pytest.mark.django_db

CHALLENGE = {
    "kind": "challenge", "ref": "ch-001", "title": "Số hóa hồ sơ bệnh án tại bệnh viện huyện",
    "description": "Bệnh viện huyện cần số hóa hồ sơ bệnh án giấy của mười năm và liên thông với Sở Y tế.",
    "sector": "y-te", "province": "38", "organisation": "Bệnh viện Đa khoa huyện Thọ Xuân",
}  # fmt: skip


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def problems(data):
    with pytest.raises(LineError) as caught:
        validate(data)
    return caught.value.problems


def test_a_valid_line_gives_cleaned_values_and_the_defaults_of_absent_fields():
    record = validate(
        {**CHALLENGE, "title": "  Số hóa   hồ sơ\x07 bệnh án tại bệnh viện huyện ", "province": 38}
    )
    assert record.kind == "challenge" and record.ref == "ch-001"
    assert record.values["title"] == "Số hóa hồ sơ bệnh án tại bệnh viện huyện"
    assert record.values["province"] == "38"  # a number is read as the two-digit code
    assert (
        record.values["tags"] == []
        and record.values["status"] == "open"
        and record.values["deadline"] is None
    )
    assert set(record.values) == set(ChallengeLine.model_fields) - {"kind", "ref"}


def test_dates_are_dates_and_labels_are_deduplicated():
    record = validate({**CHALLENGE, "deadline": "2027-03-31", "tags": "HL7, hl7 ,FHIR,"})
    assert record.values["deadline"] == dt.date(2027, 3, 31)
    assert record.values["tags"] == ["HL7", "FHIR"]


def test_problems_come_ref_first_then_unknown_fields_by_name_then_fields_in_order():
    found = problems({**CHALLENGE, "ref": "", "zeta": 1, "alpha": 2, "deadline": "2027-02-30", "title": None})
    assert found == [
        ("ref", "is required"),
        ("alpha", "is not a field of challenge"),
        ("zeta", "is not a field of challenge"),
        ("title", "is required"),
        ("deadline", "is not a real date"),
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": 12}, ("title", "must be text")),
        ({"title": "Ngắn"}, ("title", "must be at least 10 characters long")),
        ({"description": "x" * 100_001}, ("description", "must be at most 100000 characters long")),
        ({"sector": "Y_TE"}, ("sector", "must be a sector slug such as y-te or nong-nghiep")),
        ({"sector": "khong-co"}, ("sector", "unknown sector “khong-co”")),
        ({"province": "1"}, ("province", "must be a two-digit province code such as 01 or 48")),
        ({"status": "finished"}, ("status", "must be one of: open, in_progress, solved, closed")),
        ({"deadline": "31/03/2027"}, ("deadline", "must be a date written YYYY-MM-DD")),
        ({"tags": [1, 2]}, ("tags", "must be a list of texts")),
        ({"tags": [f"t{n}" for n in range(21)]}, ("tags", "must have at most 20 items")),
    ],
)
def test_each_rule_keeps_its_message(changes, expected):
    assert problems({**CHALLENGE, **changes}) == [expected]


def test_optional_text_given_as_blanks_is_refused_not_emptied():
    assert problems({"kind": "expert", "ref": "e", "name": "A", "headline": "B", "bio": "   "}) == [
        ("bio", "must not be empty")
    ]


@pytest.mark.parametrize("data", [["a list"], "text", 5])
def test_a_line_that_is_not_an_object(data):
    assert problems(data) == [("", "each line must be a JSON object")]


@pytest.mark.parametrize("kind", ["webinar", None, ["challenge"], {"a": 1}])
def test_an_unknown_kind_is_the_only_problem_reported(kind):
    assert problems({"kind": kind, "ref": "x"}) == [
        ("kind", "must be one of: case_study, challenge, solution, expert, forum_topic")
    ]


def test_every_kind_has_a_json_schema_naming_its_required_fields():
    schema = ChallengeLine.model_json_schema()
    assert set(schema["required"]) == {
        "kind",
        "ref",
        "title",
        "description",
        "sector",
        "province",
        "organisation",
    }
    assert schema["additionalProperties"] is False
    assert schema["properties"]["title"]["minLength"] == 10
    for model in LINES.values():
        assert model.model_json_schema()["properties"]["kind"]["const"] in LINES


def test_sector_and_province_have_the_search_apis_shape():
    properties = ChallengeLine.model_json_schema()["properties"]
    assert properties["sector"]["pattern"] == SECTOR_RE.pattern
    assert properties["province"]["pattern"] == PROVINCE_RE.pattern
    assert re.match(SECTOR_RE, "y-te") and re.match(PROVINCE_RE, "48")

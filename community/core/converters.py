"""The `<id:…>` path converter: a database id, so a number no column can hold is a 404, never a 500.

Django's `<int:…>` accepts any run of digits; `/reports/99999999999999999999/download/` then reached the
database and raised `OverflowError` (SQLite) instead of answering 404. Every id route of the site uses
`<id:…>`, registered once when `community.apps` is imported; `tests/test_url_ids.py` keeps it so."""

from django.db import connection
from django.urls import register_converter

# The primary keys are BigAutoField (DEFAULT_AUTO_FIELD) or narrower, so the widest range bounds them all.
ID_FIELD = "BigAutoField"


class DatabaseIdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        low, high = connection.ops.integer_field_range(ID_FIELD)
        if not low <= number <= high:
            # A ValueError makes the pattern not match: the resolver goes on and ends in a 404.
            raise ValueError(f"{value} is out of the database's id range")
        return number

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(DatabaseIdConverter, "id")

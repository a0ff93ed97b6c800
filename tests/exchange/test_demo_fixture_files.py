"""Every demo fixture line is a valid line of a registered kind, and every file a line names is there."""

import json
import re

import pytest

from community.exchange.fields import validate
from community.exchange.fixtures import fixture_files

pytestmark = pytest.mark.django_db  # lines are checked against the sectors and provinces

FILE_FIELD = re.compile(r'"(files/[^"]+)"')


def test_every_fixture_line_is_valid():
    files = fixture_files()
    assert files
    for path in files:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        validate(json.loads(line), demo=True)
                    except Exception as exc:
                        pytest.fail(f"{path}:{number}: {exc}")


def test_every_file_a_fixture_names_is_beside_it():
    for path in fixture_files():
        for name in FILE_FIELD.findall(path.read_text(encoding="utf-8")):
            assert (path.parent / name).is_file(), f"{path}: {name} is missing"

"""Every file a demo fixture line names (an image, a PDF) is in the ``files/`` folder beside it. (That every
line is valid is checked in test_framework.py.)"""

import re

from community.exchange.fixtures import fixture_files

FILE_FIELD = re.compile(r'"(files/[^"]+)"')


def test_every_file_a_fixture_names_is_beside_it():
    named = 0
    for path in fixture_files():
        for name in FILE_FIELD.findall(path.read_text(encoding="utf-8")):
            assert (path.parent / name).is_file(), f"{path}: {name} is missing"
            named += 1
    assert named >= 50  # covers, PDFs, portraits, illustrations

"""Fixtures of the forum tests: an asker, an answerer, a bystander and a moderator."""

import pytest
from haystack import connections

from tests.factories import UserFactory

from .factories import topic


@pytest.fixture
def asker(db):
    return UserFactory(full_name="Đỗ Thu Trang")


@pytest.fixture
def answerer(db):
    return UserFactory(full_name="Trần Quốc Bảo")


@pytest.fixture
def bystander(db):
    return UserFactory(full_name="Lê Văn Khánh")


@pytest.fixture
def moderator(db):
    return UserFactory(full_name="Vũ Thanh Hương", is_staff=True)


@pytest.fixture
def question(asker):
    return topic(asker)


@pytest.fixture
def forum_index(db):
    """`forum_index()` puts every indexable topic into an emptied index (on-commit indexing never runs in a
    test transaction)."""
    from community.forum.models import Topic

    backend = connections["default"].get_backend()
    backend.clear()

    def run():
        index = connections["default"].get_unified_index().get_index(Topic)
        backend.update(index, list(index.index_queryset()))

    yield run
    backend.clear()

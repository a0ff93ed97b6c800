"""Fixtures of the CMS tests: the case-study section (with its review workflow) and the English locale."""

import pytest
from wagtail.models import Locale


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def index(db, english):
    from cms.services import ensure_case_study_index

    return ensure_case_study_index()


@pytest.fixture
def moderator(db):
    from django.contrib.auth.models import Group

    from cms.services import MODERATORS_GROUP
    from tests.factories import UserFactory

    user = UserFactory(email="kiemduyet@example.vn", full_name="Phạm Kiểm Duyệt")
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from community.demo.data import EDITORS_GROUP
    from tests.factories import UserFactory

    user = UserFactory(email="bientap@example.vn", full_name="Lê Biên Tập")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user

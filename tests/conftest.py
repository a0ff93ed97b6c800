"""Shared fixtures: users in every role an organisation knows."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from community.organisations.models import MemberRole
from tests.factories import ExpertProfileFactory, OrganisationFactory, UserFactory, member


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache; each test starts with none.
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    # LocaleMiddleware leaves the last request's language active in the thread (the test client runs
    # requests in-process): each test starts in the site's default language, whatever ran before it.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


LIVE_SERVERS = {"live_server", "site_server", "asgi_live_server"}


@pytest.fixture(autouse=True)
def _live_server_requests_end_before_the_flush(request):
    """On PostgreSQL, a live-server test ends with Django flushing the database (TRUNCATE), and a request the
    browser started just before the test ended may still be running in a server thread. Its locks and the
    TRUNCATE's then deadlock, PostgreSQL aborts the TRUNCATE, and the test errors in teardown ("couldn't be
    flushed"). This fixture finishes before the flush (it takes the database first) and ends those connections."""
    if not LIVE_SERVERS & set(request.fixturenames):
        yield
        return
    from django.db import connection

    if connection.vendor != "postgresql":
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    with connection.cursor() as cursor:
        cursor.execute(
            # Only connections inside a statement or a transaction: an idle one may be this thread's own
            # in another context (Playwright's greenlets each have a connection of their own).
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'"
        )


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-da-nang")


@pytest.fixture
def owner(organisation):
    return member(organisation, MemberRole.OWNER, full_name="Trần Quốc Bảo")


@pytest.fixture
def org_admin(organisation):
    return member(organisation, MemberRole.ADMIN)


@pytest.fixture
def org_member(organisation):
    return member(organisation, MemberRole.MEMBER)


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bvdk-thanh-hoa")


@pytest.fixture
def other_owner(other_organisation):
    return member(other_organisation, MemberRole.OWNER)


@pytest.fixture
def expert(db):
    return ExpertProfileFactory(user__full_name="Nguyễn Thị Minh Anh", slug="nguyen-thi-minh-anh")


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="staff@example.vn")


def restore_reference_data() -> None:
    """Put back what the data migrations load, after a transactional test flushed every table.

    serialized_rollback does the same in principle, but on PostgreSQL its reload collides with the
    content types that the flush recreates, so transactional tests call this instead.
    """
    import importlib

    from django.apps import apps
    from wagtail.models import Collection, Locale, Page

    from community.models import Sector

    if Sector.objects.exists() and Page.objects.filter(depth=2).exists():
        return
    importlib.import_module("community.migrations.0002_reference_data").load(apps, None)
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=vi, live=True))
    importlib.import_module("cms.migrations.0002_home_page").create_home(apps, None)


@pytest.fixture
def reference_data(transactional_db):
    restore_reference_data()


@pytest.fixture
def index_all(db):
    """`index_all()` puts every organisation, expert, challenge and proposal that may be indexed into an
    emptied index (inside a test transaction the on-commit indexing never runs)."""
    from haystack import connections

    from community.models import Challenge, ExpertProfile, Organisation, Solution

    backend = connections["default"].get_backend()
    backend.clear()

    def run():
        unified = connections["default"].get_unified_index()
        for model in (Organisation, ExpertProfile, Challenge, Solution):
            index = unified.get_index(model)
            backend.update(index, list(index.index_queryset()))

    yield run
    backend.clear()

"""Fixtures of the publications tests: the site's English locale and a query counter for page renders."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale


@pytest.fixture
def english(db):
    locale, _ = Locale.objects.get_or_create(language_code="en")
    return locale


@pytest.fixture
def count_queries(client):
    """`count_queries(url)` → (response, number of queries), after one warm-up request that creates image
    renditions and fills per-process caches, as a visitor after the first would see it."""

    def run(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        return response, len(ctx.captured_queries)

    return run

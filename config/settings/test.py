"""Tests: fast hashing, tasks run at once, e-mail kept in memory, a private search index."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .base import *
from .base import CACHES, CHANNEL_LAYERS, HAYSTACK_CONNECTIONS, env

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="dx-test-index-"))
# The suite's default engine is the embedded one in a private folder; the Elasticsearch tests (run when
# ELASTICSEARCH_URL is set) use an alias and a throw-away index of their own. SEARCH_TEST_ENGINE=elasticsearch
# makes Elasticsearch (ELASTICSEARCH_URL) the default engine too, on a throw-away index of this run, so that
# the whole search suite (.ci/run: tests/search) runs against a live node.
SEARCH_TEST_ENGINE = env.str("SEARCH_TEST_ENGINE", default="embedded")
if SEARCH_TEST_ENGINE == "elasticsearch":
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.backends.elasticsearch8.Elasticsearch8SearchEngine",
            "URL": env.str("ELASTICSEARCH_URL"),
            "INDEX_NAME": f"dx-test-run-{SEARCH_INDEX_DIR.name.removeprefix('dx-test-index-').lower()}",
            "KWARGS": {"request_timeout": 30},
        }
    }
else:
    HAYSTACK_CONNECTIONS = {
        **HAYSTACK_CONNECTIONS,
        "default": {
            "ENGINE": "search.backends.tantivy_backend.TantivySearchEngine",
            "PATH": str(SEARCH_INDEX_DIR),
        },
    }
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="dx-test-media-"))
SENDFILE_ROOT = str(MEDIA_ROOT)
# The suite fetches /media/ as `make run` serves it, to show protected files are never among it.
SERVE_MEDIA = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# Each test run gets its own cache namespace so Redis rate-limit counters do not leak between runs.
if "KEY_PREFIX" in CACHES["default"]:
    CACHES["default"]["KEY_PREFIX"] = env.str("CACHE_KEY_PREFIX", default="dx-test")
# Under pytest-xdist (`-n 2`) each worker is a process of its own, with its own test database (pytest-django
# suffixes the name), media and index folders (the mkdtemp calls above) and Elasticsearch index. A Redis cache
# is shared, and `cache.clear()` before each test flushes the whole Redis database: each worker gets a database
# of its own (the configured one plus 1 + its number) and channel groups under a prefix of its own.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1", …; empty without xdist
if XDIST_WORKER and "LOCATION" in CACHES["default"] and "KEY_PREFIX" in CACHES["default"]:
    _url = urlsplit(CACHES["default"]["LOCATION"])
    _db = int(_url.path.strip("/") or 0) + 1 + int(XDIST_WORKER.removeprefix("gw"))
    CACHES["default"]["LOCATION"] = urlunsplit(_url._replace(path=f"/{_db}"))
    CACHES["default"]["KEY_PREFIX"] += f"-{XDIST_WORKER}"
    CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] += f"-{XDIST_WORKER}"
# Test-only models exercised by tests/search.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.search.testapp"]

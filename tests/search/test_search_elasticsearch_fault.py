"""A live Elasticsearch node stopped mid-run: pages still answer, writes are kept, reconcile repairs.

The node is a second one of this test's own (``platform/elasticsearch/node.sh`` on a free port, data in a
temporary folder), so the run's shared node is never stopped. Skipped without ``ELASTICSEARCH_URL``
(.ci/run sets it and runs this file).
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from haystack import connections
from haystack.query import SearchQuerySet

from tests.search.testapp.models import Note

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch node to test against",
    ),
]

NODE_SH = Path(__file__).resolve().parents[2] / "platform" / "elasticsearch" / "node.sh"


class Node:
    """``node.sh`` on a port and folder of its own."""

    def __init__(self, home: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.env = {**os.environ, "ES_PORT": str(self.port), "ES_HOME": str(home), "ES_HEAP": "256m"}
        self.url = f"http://127.0.0.1:{self.port}"

    def run(self, action: str) -> None:
        subprocess.run(["bash", str(NODE_SH), action], env=self.env, check=True, timeout=240)


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Node]:
    """A started node, made haystack's default engine (what the pages and the signals use); the run's
    default engine is back afterwards."""
    node = Node(tmp_path / "es-node")
    node.run("start")
    original = connections.connections_info["default"]
    connections.connections_info["default"] = {
        "ENGINE": "search.backends.elasticsearch8.Elasticsearch8SearchEngine",
        "URL": node.url,
        "INDEX_NAME": "dx-fault",
        "KWARGS": {"request_timeout": 10, "max_retries": 0},
    }
    connections.reload("default")
    try:
        yield node
    finally:
        node.run("stop")
        connections.connections_info["default"] = original
        connections.reload("default")


def reconcile() -> str:
    out = StringIO()
    call_command("search_reconcile", "testapp.Note", stdout=out, stderr=StringIO())
    return out.getvalue()


def titles() -> set[str]:
    return {result.title for result in SearchQuerySet().models(Note)}


def test_stopped_node_keeps_pages_and_writes_and_reconcile_repairs(node: Any, client: Any) -> None:
    with transaction.atomic():
        Note.objects.create(title="Bệnh án điện tử")
    assert titles() == {"Bệnh án điện tử"}
    page = client.get("/en/search/", {"q": "bệnh án"})
    assert page.status_code == 200
    assert "Bệnh án điện tử" in page.content.decode()

    node.run("stop")
    page = client.get("/en/search/", {"q": "bệnh án"})
    assert page.status_code == 200
    assert "Search is temporarily unavailable" in page.content.decode()
    with transaction.atomic():  # indexing on commit fails, logged; the write stands
        Note.objects.create(title="Truy xuất nguồn gốc nông sản")
    assert Note.objects.filter(title="Truy xuất nguồn gốc nông sản").exists()

    node.run("start")  # same data folder: the index comes back with its first document
    connections.reload("default")
    assert titles() == {"Bệnh án điện tử"}
    output = reconcile()
    assert "testapp.Note: indexed 1, removed 0" in output
    assert titles() == {"Bệnh án điện tử", "Truy xuất nguồn gốc nông sản"}
    page = client.get("/en/search/", {"q": "nguon goc"})
    assert "Truy xuất nguồn gốc nông sản" in page.content.decode()

"""Load benchmark of the embedded search engine (tantivy) through haystack, search.api and /api/search/.

Usage: .venv/bin/python bench/search.py [--docs 100000] [--queries 200] [--batch-size 1000] [--keep DIR]

``--keep DIR`` keeps the database and index in DIR: a second run with the same ``--docs`` skips
generating and indexing and measures queries only (the rebuild figure is then from the first run).

Generates ``--docs`` deterministic Vietnamese documents of every kind (bench/search_data.py), stores
them as rows of the test app's Note model in a private SQLite database, rebuilds the index in a
temporary directory with haystack's ``update_index`` (what ``rebuild_index`` runs), then prints:
rebuild time, index size on disk, peak memory, p50/p95 latency of ``--queries`` mixed queries with and
without facets (engine through haystack; ``search.api.search`` with its database load) and the p95 of
``/api/search/`` end to end through Django's test client. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import time
from pathlib import Path

from search_data import LOAD_QUERIES, PROVINCES, SECTORS, create_notes, documents, setup_django

FACETS = ("kind", "sector", "province")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def size_on_disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def workload(n: int, seed: int = 7) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        query = LOAD_QUERIES[i % len(LOAD_QUERIES)]
        filters: dict = {}
        roll = rng.random()
        if roll < 0.15:
            filters["sector"] = rng.choice(SECTORS)
        elif roll < 0.3:
            filters["province"] = rng.choice(list(PROVINCES))
        out.append((query, filters))
    rng.shuffle(out)
    return out


def timed(fn, items) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call. On a shared machine the wall figure includes waiting
    for a core; the CPU figure (this process, every thread) is what the query itself costs."""
    wall, cpu = [], []
    for item in items:
        start, start_cpu = time.perf_counter(), time.process_time()
        fn(*item)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def line(label: str, measured: tuple[list[float], list[float]]) -> str:
    wall, cpu = measured
    return (
        f"  {label:<40} wall p50 {statistics.median(wall):6.1f} p95 {pct(wall, 95):6.1f} ms | "
        f"CPU p50 {statistics.median(cpu):6.1f} p95 {pct(cpu, 95):6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=1000, help="update_index --batch-size")
    parser.add_argument("--keep", metavar="DIR", help="keep the database and index in DIR and reuse them")
    args = parser.parse_args()

    t0 = time.perf_counter()
    var_dir = Path(setup_django("dx-bench-search-", args.keep))
    marker = var_dir / "bench-search-docs.txt"
    reuse = bool(args.keep) and marker.exists() and marker.read_text().strip() == str(args.docs)
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from haystack import connections
    from haystack.query import SearchQuerySet

    from search import api

    print(f"setup (migrate a private database in {var_dir}): {time.perf_counter() - t0:.1f} s")
    backend = connections["default"].get_backend()
    index_dir = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    rss_before = rss_mb()
    if reuse:
        print(f"reusing {backend.ping():,} indexed documents from {var_dir} (rebuild not measured)")
    else:
        from tests.search.testapp.models import Note

        if Note.objects.exists():  # a kept folder from another --docs: start over (no per-row signals)
            Note.objects.all()._raw_delete(Note.objects.db)
        t0 = time.perf_counter()
        docs = list(documents(args.docs))
        create_notes(docs)
        del docs
        print(f"generate and store {args.docs:,} documents: {time.perf_counter() - t0:.1f} s")
        rss_before = rss_mb()
        backend.clear()
        t0, c0 = time.perf_counter(), time.process_time()
        call_command("update_index", "testapp.Note", batchsize=args.batch_size, verbosity=0)
        rebuild, rebuild_cpu = time.perf_counter() - t0, time.process_time() - c0
        indexed = backend.ping()
        print(f"\nrebuild (update_index, batch {args.batch_size}): {rebuild:.1f} s wall, {rebuild_cpu:.1f} s CPU "
              f"({indexed:,} documents, {indexed / rebuild:,.0f} docs/s)")
        if args.keep:
            marker.write_text(str(args.docs))
    print(f"index size on disk: {size_on_disk(index_dir) / 1e6:.1f} MB")
    print(f"peak memory (ru_maxrss): {rss_mb():.0f} MB (before rebuild: {rss_before:.0f} MB)")

    items = workload(args.queries)

    def engine(query: str, filters: dict, facets: tuple = (), snippets: bool = True) -> None:
        sqs = SearchQuerySet().auto_query(query)
        for key, value in filters.items():
            sqs = sqs.filter(**{key: value})
        for name in facets:
            sqs = sqs.facet(name)
        if snippets:
            sqs = sqs.highlight()
        list(sqs[:20])
        sqs.count()
        if facets:
            sqs.facet_counts()

    def via_api(query: str, filters: dict, facets: tuple = ()) -> None:
        result = api.search(query, filters=filters, facets=facets, page_size=20)
        assert result.ok

    timed(engine, items[:20])  # warm-up: open the index, load the synonyms
    print(f"load average when measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"\n{len(items)} mixed queries (30 % with a sector or province filter), 20 hits with snippets:")
    print(line("engine via haystack, no facets", timed(engine, items)))
    print(line("engine via haystack, 3 facets", timed(lambda q, f: engine(q, f, FACETS), items)))
    print(line("  the same without snippets", timed(lambda q, f: engine(q, f, FACETS, False), items)))
    print(line("search.api.search (+DB load), no facets", timed(via_api, items)))
    print(line("search.api.search (+DB load), 3 facets", timed(lambda q, f: via_api(q, f, FACETS), items)))

    settings.SEARCH_RATE_LIMITS = {"api": (10**9, 60)}
    client = Client()

    def http(query: str, filters: dict) -> None:
        response = client.get("/api/search/", {"q": query, **filters})
        assert response.status_code == 200, response.content

    timed(http, items[:10])
    print(line("GET /api/search/ (3 facets) end to end", timed(http, items)))
    print(f"\npeak memory at the end: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

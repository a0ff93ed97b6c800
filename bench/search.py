"""Load benchmark of the search engines through haystack, search.api and /api/search/.

Usage: [ELASTICSEARCH_URL=http://127.0.0.1:9200] .venv/bin/python bench/search.py [--docs 100000]
       [--queries 200] [--batch-size 1000] [--keep DIR]

The embedded engine (tantivy) is always measured; with ``ELASTICSEARCH_URL`` Elasticsearch is measured
too, on the same documents and queries (a throw-away index ``dx-bench-search``, deleted afterwards), and a
last table puts both engines side by side. Elasticsearch's CPU figures are this process's only (the node
is another process).

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

from search_data import (
    LOAD_QUERIES,
    PROVINCES,
    SECTORS,
    bench_engines,
    create_notes,
    documents,
    setup_django,
    use_engine,
)

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
    from haystack.query import SearchQuerySet

    from search import api

    print(f"setup (migrate a private database in {var_dir}): {time.perf_counter() - t0:.1f} s")
    from tests.search.testapp.models import Note

    engines = bench_engines("dx-bench-search")
    if not reuse:
        if Note.objects.exists():  # a kept folder from another --docs: start over (no per-row signals)
            Note.objects.all()._raw_delete(Note.objects.db)
        t0 = time.perf_counter()
        docs = list(documents(args.docs))
        create_notes(docs)
        del docs
        print(f"generate and store {args.docs:,} documents: {time.perf_counter() - t0:.1f} s")
        if args.keep:
            marker.write_text(str(args.docs))
    items = workload(args.queries)
    settings.SEARCH_RATE_LIMITS = {"api": (10**9, 60)}
    client = Client()

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

    def http(query: str, filters: dict) -> None:
        response = client.get("/api/search/", {"q": query, **filters})
        assert response.status_code == 200, response.content

    figures: dict[str, dict[str, tuple[list[float], list[float]]]] = {}
    for name, config in engines.items():
        print(f"\n== {name}")
        backend = use_engine(config)
        rss_before = rss_mb()
        if reuse and name == "embedded":
            print(f"reusing {backend.ping():,} indexed documents from {var_dir} (rebuild not measured)")
        else:
            backend.clear()
            t0, c0 = time.perf_counter(), time.process_time()
            call_command("update_index", "testapp.Note", batchsize=args.batch_size, verbosity=0)
            rebuild, rebuild_cpu = time.perf_counter() - t0, time.process_time() - c0
            indexed = backend.ping()
            print(
                f"rebuild (update_index, batch {args.batch_size}): {rebuild:.1f} s wall, {rebuild_cpu:.1f} s CPU "
                f"of this process ({indexed:,} documents, {indexed / rebuild:,.0f} docs/s)"
            )
        if name == "embedded":
            print(f"index size on disk: {size_on_disk(Path(config['PATH'])) / 1e6:.1f} MB")
        else:
            stats = backend.client.indices.stats(index=backend.index_name, metric="store")
            print(f"index size on disk: {stats['_all']['primaries']['store']['size_in_bytes'] / 1e6:.1f} MB")
        print(
            f"peak memory of this process (ru_maxrss): {rss_mb():.0f} MB (before rebuild: {rss_before:.0f} MB)"
        )

        timed(engine, items[:20])  # warm-up: open the index, load the synonyms
        print(f"load average when measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{len(items)} mixed queries (30 % with a sector or province filter), 20 hits with snippets:")
        measured = figures[name] = {}
        measured["engine via haystack, no facets"] = timed(engine, items)
        measured["engine via haystack, 3 facets"] = timed(lambda q, f: engine(q, f, FACETS), items)
        measured["  the same without snippets"] = timed(lambda q, f: engine(q, f, FACETS, False), items)
        measured["search.api.search (+DB load), no facets"] = timed(via_api, items)
        measured["search.api.search (+DB load), 3 facets"] = timed(lambda q, f: via_api(q, f, FACETS), items)
        timed(http, items[:10])
        measured["GET /api/search/ (3 facets) end to end"] = timed(http, items)
        for label, values in measured.items():
            print(line(label, values))
        if name != "embedded":
            backend.clear()  # the throw-away index
    print(f"\npeak memory at the end: {rss_mb():.0f} MB")

    if len(figures) > 1:
        names = list(figures)
        print("\nwall p50 / p95 ms, side by side:")
        print(f"  {'':<40}" + "".join(f"{name:>22}" for name in names))
        for label in figures[names[0]]:
            cells = "".join(
                f"{statistics.median(figures[n][label][0]):>13.1f} /{pct(figures[n][label][0], 95):>7.1f}"
                for n in names
            )
            print(f"  {label:<40}{cells}")


if __name__ == "__main__":
    main()

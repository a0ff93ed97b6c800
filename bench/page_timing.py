"""Shared by the page benchmarks (bench/pages.py, bench/cms_pages.py): server time and queries per page.

A helper module, not a benchmark: running it does nothing.
"""

import statistics
import time


class QueryCounter:
    """``connection.execute_wrapper`` counting queries at the driver (Django clears ``connection.queries``
    at each request)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def print_pages(client, pages: dict[str, str], requests: int) -> None:
    """One line per page: status, queries, and p50 / p95 server time over ``requests`` requests."""
    from django.db import connection

    print(f"{'page':<24}{'status':>7}{'queries':>9}{'p50 ms':>9}{'p95 ms':>9}")
    for name, url in pages.items():
        client.get(url)  # warm caches, renditions and templates
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            status = client.get(url).status_code
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{name:<24}{status:>7}{counter.count:>9}{statistics.median(times):>9.1f}{p95:>9.1f}")

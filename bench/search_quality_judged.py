"""Search quality on our own judged set (bench/quality/): nDCG@10 per category, zero-result rate,
the site's search against a plain BM25 over accent-folded text.

Usage: [ELASTICSEARCH_URL=http://127.0.0.1:9200] .venv/bin/python bench/search_quality_judged.py
           [--set tune|heldout|both] [--per-query] [--synonyms-file FILE]

The corpus (bench/quality/corpus.jsonl, 259 documents written for this set, not the demo content)
is imported into a throw-away database through ``import_content``'s runner and indexed; every judged
query (bench/quality/queries_*.jsonl: query, category, relevant documents graded 2 or 1, optional
filters) then goes through ``/api/search/`` with the Django test client, as a browser would send it.
Hits that are not judged-corpus documents (the organisations that challenges create) are left out
before the top 10 is scored.

Systems, side by side:

* ``embedded``: the site's search on the embedded engine (the test settings' default);
* ``elasticsearch``: the same API on Elasticsearch, when ``ELASTICSEARCH_URL`` is set (a throw-away
  index, deleted afterwards);
* ``bm25-folded``: a plain Okapi BM25 (k1 1.2, b 0.75) over each document's text folded with
  ``search.text.fold`` (no accents, lower case), every word of the query optional, the same filters.

The zero-result rate counts the queries that have a relevant document and got no judged-corpus
result at all. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import Counter, defaultdict
from pathlib import Path

from search_data import bench_engines, setup_django, use_engine

HERE = Path(__file__).resolve().parent / "quality"
TEXT_FIELDS = ("title", "summary", "body", "description", "organisation", "name", "headline", "bio")


def load_queries(which: str) -> list[dict]:
    names = ["tune", "heldout"] if which == "both" else [which]
    rows = []
    for name in names:
        with open(HERE / f"queries_{name}.jsonl", encoding="utf-8") as handle:
            rows.extend({**json.loads(line), "set": name} for line in handle if line.strip())
    return rows


def ndcg_at_10(ranked_grades: list[int], all_grades: list[int]) -> float:
    def dcg(grades: list[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:10]))

    ideal = dcg(sorted(all_grades, reverse=True))
    return dcg(ranked_grades) / ideal if ideal else 0.0


class FoldedBM25:
    """Okapi BM25 over accent-folded words; a query word the document lacks just scores nothing."""

    def __init__(self, docs: dict[str, str], k1: float = 1.2, b: float = 0.75) -> None:
        from search.text import WORD_RE, fold

        self._words = lambda text: WORD_RE.findall(fold(text))
        self.k1, self.b = k1, b
        self.tf = {ref: Counter(self._words(text)) for ref, text in docs.items()}
        self.length = {ref: sum(tf.values()) for ref, tf in self.tf.items()}
        self.avg = sum(self.length.values()) / len(self.length)
        df: Counter[str] = Counter()
        for tf in self.tf.values():
            df.update(tf.keys())
        n = len(self.tf)
        self.idf = {word: math.log(1 + (n - count + 0.5) / (count + 0.5)) for word, count in df.items()}

    def search(self, query: str, allowed: set[str]) -> list[str]:
        words = set(self._words(query))
        scores = {}
        for ref in allowed:
            tf, score = self.tf[ref], 0.0
            norm = self.k1 * (1 - self.b + self.b * self.length[ref] / self.avg)
            for word in words & tf.keys():
                score += self.idf[word] * tf[word] * (self.k1 + 1) / (tf[word] + norm)
            if score > 0:
                scores[ref] = score
        return sorted(scores, key=lambda ref: (-scores[ref], ref))


def document_text(line: dict, names: dict[str, dict[str, str]]) -> str:
    parts = [str(line[name]) for name in TEXT_FIELDS if line.get(name)]
    parts += line.get("tags", []) + line.get("skills", [])
    if line.get("province"):
        parts.append(names["province"][line["province"]])
    for slug in [line.get("sector"), *line.get("sectors", [])]:
        if slug:
            parts.append(names["sector"][slug])
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("tune", "heldout", "both"), default="both")
    parser.add_argument("--per-query", action="store_true", help="also print each query's figures")
    parser.add_argument(
        "--synonyms-file",
        help="search with this one rules file instead of synonyms.txt and glossary.txt (to compare)",
    )
    args = parser.parse_args()

    setup_django("dx-bench-judged-")
    from django.apps import apps
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from community.exchange import import_lines
    from community.models import Province, Sector
    from search.text import nfc

    signals = apps.get_app_config("haystack").signal_processor
    setup_test_environment()  # the test client's host; no e-mail leaves
    settings.SEARCH_RATE_LIMITS = dict.fromkeys(("api", "suggest", "similar"), (1000000, 60))

    corpus_path = HERE / "corpus.jsonl"
    lines = [json.loads(raw) for raw in corpus_path.read_text(encoding="utf-8").splitlines() if raw.strip()]
    judging = json.loads((HERE / "judging.json").read_text(encoding="utf-8"))
    queries = load_queries(args.set)
    t0 = time.perf_counter()
    signals.teardown()  # indexed once below, not document by document
    with open(corpus_path, "rb") as handle:
        report = import_lines(handle)
    signals.setup()
    print(
        f"corpus: {len(lines)} documents imported in {time.perf_counter() - t0:.1f} s "
        f"({report.count('created')} created, {len(report.errors)} failed); {len(queries)} judged queries "
        f"({args.set})"
    )
    for error in report.errors[:5]:
        print(f"  line {error.line} ({error.kind} {error.ref}): {error.message}")

    # A hit is named by its kind and title (expert: name); every judged document has its own.
    def key(kind: str | None, title: str) -> tuple[str, str]:
        return kind or "", " ".join(nfc(title).split()).casefold()

    by_key = {key(line["kind"], line.get("title") or line["name"]): line["ref"] for line in lines}
    assert len(by_key) == len(lines), "two judged documents share a kind and title"

    names = {
        "province": dict(Province.objects.values_list("code", "name_vi")),
        "sector": dict(Sector.objects.values_list("slug", "name_vi")),
    }
    bm25 = FoldedBM25({line["ref"]: document_text(line, names) for line in lines})

    def allowed(filters: dict) -> set[str]:
        refs = set()
        for ref, meta in judging.items():
            if "kind" in filters and meta["kind"] != filters["kind"]:
                continue
            if "sector" in filters and filters["sector"] not in {meta["sector"], *meta.get("sectors", [])}:
                continue
            if "province" in filters and filters["province"] not in meta["provinces"]:
                continue
            refs.add(ref)
        return refs

    client = Client()
    unmapped: Counter[str] = Counter()

    def through_api(query: dict) -> list[str]:
        params = {"q": query["query"], "page_size": 50, **query.get("filters", {})}
        response = client.get("/api/search/", params)
        if response.status_code != 200:
            print(f"  HTTP {response.status_code} for {query['query']!r}: {response.content[:200]!r}")
            return []
        refs = []
        for hit in response.json()["results"]:
            ref = by_key.get(key(hit["kind"], hit["title"]))
            if ref is None:
                unmapped[hit["kind"] or "?"] += 1
            elif ref not in refs:
                refs.append(ref)
        return refs

    ranked: dict[str, list[list[str]]] = {}
    for name, config in bench_engines("dx-bench-judged").items():
        if args.synonyms_file:
            config = {**config, "SYNONYMS_FILE": str(Path(args.synonyms_file).resolve())}
        backend = use_engine(config)
        backend.clear()
        t0 = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"{name}: indexed in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        ranked[name] = [through_api(query) for query in queries]
        print(f"{name}: {len(queries)} queries in {time.perf_counter() - t0:.1f} s")
        if name != "embedded":
            backend.clear()  # the throw-away index
    ranked["bm25-folded"] = [bm25.search(q["query"], allowed(q.get("filters", {}))) for q in queries]
    if unmapped:
        print(f"hits outside the judged corpus, left out: {dict(unmapped)}")

    systems = list(ranked)
    scores: dict[str, dict[str, list[float]]] = {name: defaultdict(list) for name in systems}
    zero: dict[str, dict[str, list[bool]]] = {name: defaultdict(list) for name in systems}
    for i, query in enumerate(queries):
        grades = query["relevant"]
        row = []
        for name in systems:
            hits = ranked[name][i][:10]
            n = ndcg_at_10([grades.get(ref, 0) for ref in hits], list(grades.values()))
            for bucket in (query["category"], "ALL"):
                scores[name][bucket].append(n)
                if grades:
                    zero[name][bucket].append(not ranked[name][i])
            row.append(f"{name} {n:.2f} ({len(ranked[name][i])} hits)")
        if args.per_query:
            filters = f" {query['filters']}" if query.get("filters") else ""
            top = ", ".join(f"{ref}:{grades.get(ref, 0)}" for ref in ranked[systems[0]][i][:5])
            print(
                f"  [{query['set']}/{query['category']}] {query['query']}{filters}: {' | '.join(row)}  top: {top}"
            )

    categories = [*dict.fromkeys(q["category"] for q in queries), "ALL"]
    print(f"\nnDCG@10 (zero-result rate over queries with a relevant document), set: {args.set}")
    print(f"{'category':<14}{'queries':>8}" + "".join(f"{name:>24}" for name in systems))
    for category in categories:
        cells = ""
        for name in systems:
            values, empties = scores[name][category], zero[name][category]
            rate = sum(empties) / len(empties) if empties else 0.0
            cells += f"{sum(values) / len(values):>16.3f} ({rate:>4.0%})"
        print(f"{category:<14}{len(scores[systems[0]][category]):>8}{cells}")


if __name__ == "__main__":
    main()

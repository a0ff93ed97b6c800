"""Search quality on judged Vietnamese queries: nDCG@10 and recall@10 per category, engine vs ``icontains``.

Usage: [ELASTICSEARCH_URL=http://127.0.0.1:9200] .venv/bin/python bench/search_quality.py [--per-query]

The corpus (bench/search_data.py ``quality_corpus``, ~3,000 documents) is deterministic and judged by
construction: a document is relevant to a topic query when it is about that topic (grade 2 when the
topic's phrase is in its title, 1 when only in its body); documents with the topic's syllables
scattered are distractors (grade 0). Filter queries also require the filter to hold.

Two systems answer every query, the top 10 are scored:

* each engine: ``search.api.search`` through haystack, as the site uses it: the embedded tantivy engine,
  and Elasticsearch when ``ELASTICSEARCH_URL`` is set (a throw-away index, deleted afterwards), side by side;
* baseline: what a plain Django search would do, ``title__icontains=q OR body__icontains=q`` (quotes
  stripped) with the same filters, title matches first.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from search_data import bench_engines, create_notes, quality_corpus, setup_django, use_engine


@dataclass(frozen=True)
class Judged:
    category: str
    query: str
    topic: str
    filters: dict = field(default_factory=dict)
    # grade of an on-topic document; default: 2 with the phrase in the title, 1 in the body only
    grade: Callable[[dict], int] | None = None


def _hcm_first(doc: dict) -> int:
    return 2 if doc["province"] == "79" else 1


QUERIES = (
    # exact, accented
    Judged("accented", "bệnh án điện tử", "emr"),
    Judged("accented", "truy xuất nguồn gốc", "trace"),
    Judged("accented", "học bạ số", "schoolrecord"),
    Judged("accented", "quan trắc môi trường", "envmon"),
    # typed without diacritics
    Judged("unaccented", "benh an dien tu", "emr"),
    Judged("unaccented", "truy xuat nguon goc", "trace"),
    Judged("unaccented", "hoc ba so", "schoolrecord"),
    Judged("unaccented", "luoi dien thong minh", "grid"),
    Judged("unaccented", "kham chua benh tu xa", "tele"),
    # abbreviations and synonyms
    Judged("abbreviation", "CĐS y tế", "cds"),
    Judged("abbreviation", "DVC trực tuyến", "dvc"),
    Judged("abbreviation", "hạ tầng CNTT", "itinfra"),
    Judged("abbreviation", "eKYC", "ekyc"),
    Judged("abbreviation", "TPHCM thanh toán không dùng tiền mặt", "cashless", grade=_hcm_first),
    # typos in longer syllables
    Judged("typo", "nong ngiep thong minh", "smartfarm"),
    Judged("typo", "truy xuat nguonn goc", "trace"),
    Judged("typo", "quan trac moi truonh", "envmon"),
    Judged("typo", "benh an dienn tu", "emr"),
    Judged("typo", "telemedicne", "tele"),
    # phrases, with distractors that hold the same syllables scattered
    Judged("phrase", '"nông nghiệp thông minh"', "smartfarm"),
    Judged("phrase", "nông nghiệp thông minh", "smartfarm"),
    Judged("phrase", "giao thông thông minh", "its"),
    Judged("phrase", "lưới điện thông minh", "grid"),
    Judged("phrase", "hồ sơ bệnh án điện tử", "emr"),
    Judged("phrase", "nong nghiep thong minh", "smartfarm"),
    Judged("phrase", "nhà máy thông minh", "factory"),
    Judged("phrase", "thanh toán không dùng tiền mặt", "cashless"),
    Judged("phrase", "dịch vụ công trực tuyến", "dvc"),
    Judged("phrase", "khám chữa bệnh từ xa", "tele"),
    # English
    Judged("english", "telemedicine", "tele"),
    Judged("english", "electronic medical records", "emr"),
    Judged("english", "digital transformation", "cds"),
    # filters
    Judged("filter", "bệnh án điện tử", "emr", {"province": "38"}),
    Judged("filter", "truy xuat nguon goc", "trace", {"province": "79"}),
    Judged("filter", "thanh toán không dùng tiền mặt", "cashless", {"province": "79"}),
    Judged("filter", "định danh điện tử", "ekyc", {"sector": "tai-chinh-ngan-hang"}),
)


def judge(doc: dict, judged: Judged) -> int:
    if doc["topic"] != judged.topic:
        return 0
    if any(doc[key] != value for key, value in judged.filters.items()):
        return 0
    if judged.grade is not None:
        return judged.grade(doc)
    return 2 if doc["topic_in_title"] else 1


def ndcg_at_10(grades_ranked: list[int], all_grades: list[int]) -> float:
    def dcg(grades: list[int]) -> float:
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:10]))

    ideal = dcg(sorted(all_grades, reverse=True))
    return dcg(grades_ranked) / ideal if ideal else 0.0


def recall_at_10(ranked_ids: list[int], relevant_ids: set[int]) -> float:
    return len(set(ranked_ids[:10]) & relevant_ids) / len(relevant_ids) if relevant_ids else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-query", action="store_true", help="also print each query's figures")
    args = parser.parse_args()

    setup_django("dx-bench-quality-")
    from django.core.management import call_command
    from django.db.models import Case, IntegerField, Q, Value, When

    from search import api
    from tests.search.testapp.models import Note

    docs = quality_corpus()
    create_notes(docs)
    by_pk = dict(zip(Note.objects.order_by("pk").values_list("pk", flat=True), docs, strict=True))
    engines = bench_engines("dx-bench-quality")
    print(f"corpus: {len(docs):,} documents; {len(QUERIES)} judged queries")

    def engine(judged: Judged) -> list[int]:
        found = api.search(judged.query, filters=judged.filters, page_size=10, highlight=False)
        assert found.ok
        return [int(hit.pk) for hit in found.results]

    def baseline(judged: Judged) -> list[int]:
        text = judged.query.replace('"', "").strip()
        rows = Note.objects.filter(Q(title__icontains=text) | Q(body__icontains=text), is_public=True)
        rows = rows.filter(**judged.filters)
        rows = rows.annotate(
            in_title=Case(
                When(title__icontains=text, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        ).order_by("-in_title", "pk")
        return list(rows.values_list("pk", flat=True)[:10])

    systems = [*engines, "icontains"]
    ranked: dict[str, list[list[int]]] = {name: [] for name in systems}
    for name, config in engines.items():
        backend = use_engine(config)
        backend.clear()
        t0 = time.perf_counter()
        call_command("update_index", "testapp.Note", verbosity=0)
        print(f"{name}: indexed in {time.perf_counter() - t0:.1f} s")
        ranked[name] = [engine(judged) for judged in QUERIES]
        if name != "embedded":
            backend.clear()  # the throw-away index
    ranked["icontains"] = [baseline(judged) for judged in QUERIES]

    scores: dict[str, dict[str, list[tuple[float, float]]]] = {name: defaultdict(list) for name in systems}
    for i, judged in enumerate(QUERIES):
        grades = {pk: judge(doc, judged) for pk, doc in by_pk.items()}
        relevant = {pk for pk, g in grades.items() if g > 0}
        all_grades = [g for g in grades.values() if g > 0]
        row = []
        for name in systems:
            hits = ranked[name][i]
            n = ndcg_at_10([grades.get(pk, 0) for pk in hits], all_grades)
            r = recall_at_10(hits, relevant)
            scores[name][judged.category].append((n, r))
            scores[name]["ALL"].append((n, r))
            row.append(f"{name} nDCG {n:.2f} R {r:.2f} ({len(hits)} hits)")
        if args.per_query:
            filters = f" {judged.filters}" if judged.filters else ""
            print(
                f"  [{judged.category}] {judged.query}{filters} ({len(relevant)} relevant): "
                + " | ".join(row)
            )

    def mean(values: list[tuple[float, float]], i: int) -> float:
        return sum(v[i] for v in values) / len(values)

    categories = [*dict.fromkeys(q.category for q in QUERIES), "ALL"]
    print(f"\n{'':<22}" + "".join(f"{name:>24}" for name in systems))
    print(f"{'category':<14}{'queries':>8}" + f"{'nDCG@10':>13}{'recall@10':>11}" * len(systems))
    for category in categories:
        cells = "".join(
            f"{mean(scores[name][category], 0):>13.3f}{mean(scores[name][category], 1):>11.3f}"
            for name in systems
        )
        print(f"{category:<14}{len(scores[systems[0]][category]):>8}{cells}")


if __name__ == "__main__":
    main()

"""Judges the queries of queries_src.py against the corpus and splits them, by a seeded random draw
within each category, into queries_tune.jsonl and queries_heldout.jsonl.

Usage: .venv/bin/python bench/quality/judge.py [--check]   (--check: print the judgements, write nothing)

Grades come from what each document was written about (judging.json, made by build_corpus.py) and
what kind of document it is, as a reader would weigh them:

* a query that names a subject ("bệnh án điện tử", "EMR", "smart parking", a typo of it): case
  studies, challenges and solutions about it 2, forum questions about it 1, experts who list it 1;
* a long question: what answers it (case studies, solutions) 2, the same need asked elsewhere
  (challenges, forum questions) 1, the expert who leads on it 1;
* a request for an expert: experts only, 2 for one who leads on the subject, 1 for one who lists it;
* a place named in the query: on-topic documents set elsewhere are at most 1;
* a query in quotes asks for that wording: a document without the phrase (accents aside) is at most 1;
* filters: a document outside them is not relevant; asked for forum topics only, a forum question
  on the subject is 2.

Documents read one by one for a query (cross-topic pieces, look-alikes) carry their own grades
(``extra``). Every query must end with at least one document of grade 2.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from queries_src import QUERIES, Q  # noqa: E402

ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
from search.text import WORD_RE, fold  # noqa: E402  (pure: no Django needed)

SEED = 16
HELDOUT_SHARE = 0.26


def parse_need(need: str) -> dict[str, int]:
    out = {}
    for part in need.split():
        key, _, grade = part.partition(":")
        out[key] = int(grade or 2)
    return out


def mode_of(q: Q) -> str:
    if q.category == "expert" or q.filters.get("kind") == "expert":
        return "expert"
    if q.filters.get("kind") == "forum_topic":
        return "forum"
    return "question" if q.category == "long" else "topic"


def kind_grade(mode: str, kind: str, grade: int) -> int:
    if mode == "expert":
        return grade if kind == "expert" else 0
    if kind == "expert":
        return 1 if grade == 2 else 0
    if kind == "forum_topic" and mode != "forum":
        return min(grade, 1)
    if mode == "question" and kind == "challenge":
        return min(grade, 1)
    return grade


def in_filters(meta: dict, filters: dict) -> bool:
    if "kind" in filters and meta["kind"] != filters["kind"]:
        return False
    if "sector" in filters and filters["sector"] not in {meta["sector"], *meta.get("sectors", [])}:
        return False
    return "province" not in filters or filters["province"] in meta["provinces"]


def words(text: str) -> list[str]:
    return WORD_RE.findall(fold(text))


def contains(haystack: list[str], needle: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def judge(q: Q, judging: dict[str, dict], texts: dict[str, list[str]]) -> dict[str, int]:
    need, mode = parse_need(q.need), mode_of(q)
    quoted = q.query.strip()
    phrase = words(quoted[1:-1]) if len(quoted) > 2 and quoted[0] == quoted[-1] == '"' else []
    grades: dict[str, int] = {}
    for ref, meta in judging.items():
        g = 0
        for key, cap in need.items():
            if key in meta["topics"]:
                g = max(g, min(cap, kind_grade(mode, meta["kind"], meta["topics"][key])))
        if g and q.places and not set(q.places) & set(meta["provinces"]):
            g = min(g, 1)
        if ref in q.extra:
            g = q.extra[ref]
        if g and phrase and not contains(texts[ref], phrase):
            g = min(g, 1)
        if g and in_filters(meta, q.filters):
            grades[ref] = g
    return dict(sorted(grades.items(), key=lambda item: (-item[1], item[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    judging = json.loads((HERE / "judging.json").read_text(encoding="utf-8"))
    texts = {}
    for raw in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        line = json.loads(raw)
        fields = [str(v) for k, v in line.items() if k not in ("kind", "ref", "challenge_ref", "author_ref")]
        texts[line["ref"]] = words(" ".join(fields))
    unknown = {ref for q in QUERIES for ref in q.extra} - set(judging)
    assert not unknown, f"unknown refs: {unknown}"
    by_category: dict[str, list[dict]] = {}
    for n, q in enumerate(QUERIES):
        relevant = judge(q, judging, texts)
        if not any(g == 2 for g in relevant.values()):
            print(f"no grade-2 document: {q}")
        row = {"id": f"{q.category}-{n:03d}", "category": q.category, "query": q.query, "relevant": relevant}
        if q.filters:
            row["filters"] = q.filters
        by_category.setdefault(q.category, []).append(row)
        if args.check:
            print(f"[{q.category}] {q.query} {q.filters or ''}: {relevant}")
    if args.check:
        return
    rng = random.Random(SEED)
    tune, heldout = [], []
    for rows in by_category.values():
        picks = set(rng.sample(range(len(rows)), math.ceil(len(rows) * HELDOUT_SHARE)))
        for i, row in enumerate(rows):
            (heldout if i in picks else tune).append(row)
    for name, rows in (("tune", tune), ("heldout", heldout)):
        with open(HERE / f"queries_{name}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(tune)} tune, {len(heldout)} held-out queries")


if __name__ == "__main__":
    main()

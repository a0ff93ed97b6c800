"""The judged search-quality set (bench/quality/): the corpus imports, the query files are judged
against it and the tuning and held-out parts never share a query."""

import json
from pathlib import Path

import pytest

from community.exchange.fields import LineError, reset_reference_cache, validate

QUALITY = Path(__file__).resolve().parents[2] / "bench" / "quality"
CATEGORIES = {
    "long",
    "english",
    "typo",
    "expert",
    "abbreviation",
    "place",
    "accented",
    "unaccented",
    "phrase",
    "filter",
}


def _lines(name):
    with open(QUALITY / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.django_db
def test_every_corpus_line_is_a_valid_import_line():
    reset_reference_cache()
    corpus = _lines("corpus.jsonl")
    problems = []
    for number, line in enumerate(corpus, start=1):
        try:
            validate(line)
        except LineError as exc:
            problems.append(f"line {number} ({line.get('ref')}): {exc}")
    assert problems == []
    refs = {(line["kind"], line["ref"]) for line in corpus}
    assert len(refs) == len(corpus)
    for line in corpus:
        if line["kind"] == "solution":
            assert ("challenge", line["challenge_ref"]) in refs
            assert ("expert", line["author_ref"]) in refs
    kinds = [line["kind"] for line in corpus]
    assert len(corpus) >= 250 and kinds.count("expert") >= 40
    assert {line["sector"] for line in corpus if line.get("sector")} >= {
        "y-te",
        "giao-duc",
        "nong-nghiep",
        "tai-chinh-ngan-hang",
        "giao-thong-logistics",
        "nang-luong",
        "tai-nguyen-moi-truong",
        "san-xuat-cong-nghiep",
    }


def test_queries_are_judged_against_the_corpus_and_split_without_overlap():
    corpus_refs = {line["ref"] for line in _lines("corpus.jsonl")}
    tune, heldout = _lines("queries_tune.jsonl"), _lines("queries_heldout.jsonl")
    assert len(tune) >= 160 and len(heldout) >= 60
    assert not {q["id"] for q in tune} & {q["id"] for q in heldout}
    assert not {(q["query"], json.dumps(q.get("filters", {}))) for q in tune} & {
        (q["query"], json.dumps(q.get("filters", {}))) for q in heldout
    }
    for query in tune + heldout:
        assert query["category"] in CATEGORIES
        assert set(query["relevant"]) <= corpus_refs, query["id"]
        assert set(query["relevant"].values()) <= {1, 2}
        assert 2 in query["relevant"].values(), query["id"]
        assert set(query.get("filters", {})) <= {"kind", "sector", "province"}
    assert {q["category"] for q in heldout} == CATEGORIES

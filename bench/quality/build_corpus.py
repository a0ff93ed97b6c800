"""Writes bench/quality/corpus.jsonl, the judged corpus, from the hand-written material beside it.

Usage: .venv/bin/python bench/quality/build_corpus.py

Every sentence is written per topic (topics_a/b/c.py), per expert (experts.py) or per document
(extras.py); this script only places them into the import_content lines (kinds case_study,
challenge, solution, expert, forum_topic) and names the province in the text. It also writes
bench/quality/judging.json: for each document its kind, sector, province(s) and the topics it is
about with a grade, which the query files' judgements were made from. Deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from experts import EXPERTS, EXPERTS_EN  # noqa: E402
from extras import EXTRAS  # noqa: E402
from topics_a import TOPICS_A  # noqa: E402
from topics_b import TOPICS_B  # noqa: E402
from topics_c import TOPICS_C  # noqa: E402

TOPICS = [*TOPICS_A, *TOPICS_B, *TOPICS_C]

PROVINCES = {
    "01": "Hà Nội",
    "04": "Cao Bằng",
    "08": "Tuyên Quang",
    "11": "Điện Biên",
    "12": "Lai Châu",
    "14": "Sơn La",
    "15": "Lào Cai",
    "19": "Thái Nguyên",
    "20": "Lạng Sơn",
    "22": "Quảng Ninh",
    "24": "Bắc Ninh",
    "25": "Phú Thọ",
    "31": "Hải Phòng",
    "33": "Hưng Yên",
    "37": "Ninh Bình",
    "38": "Thanh Hóa",
    "40": "Nghệ An",
    "42": "Hà Tĩnh",
    "44": "Quảng Trị",
    "46": "Huế",
    "48": "Đà Nẵng",
    "51": "Quảng Ngãi",
    "52": "Gia Lai",
    "56": "Khánh Hòa",
    "66": "Đắk Lắk",
    "68": "Lâm Đồng",
    "75": "Đồng Nai",
    "79": "TP. Hồ Chí Minh",
    "80": "Tây Ninh",
    "82": "Đồng Tháp",
    "86": "Vĩnh Long",
    "91": "An Giang",
    "92": "Cần Thơ",
    "96": "Cà Mau",
}
CITIES = {"01", "31", "46", "48", "79", "92"}
# Where a topic's case study and challenge are set when the organisation's name says so (default:
# the topic's first and second provinces).
CS_PROVINCE = {
    "univdx": "48",
    "precision": "66",
    "coopecom": "19",
    "grid": "48",
    "forestfire": "40",
    "erp": "82",
    "predmaint": "38",
    "vision": "75",
    "dvc": "86",
    "tourism": "46",
}
CH_PROVINCE = {
    "elearning": "92",
    "univdx": "46",
    "trace": "68",
    "precision": "66",
    "coopecom": "15",
    "shrimp": "96",
    "credit": "79",
    "wms": "33",
    "port": "31",
    "its": "92",
    "grid": "56",
    "solar": "51",
    "ems": "31",
    "landgis": "52",
    "waste": "37",
    "forestfire": "66",
    "mes": "33",
    "erp": "82",
    "vision": "24",
    "kcn": "31",
    "commune": "19",
    "smedx": "92",
    "tourism": "22",
}

# Lesson sentences a case study closes with, chosen by position (not at random) so documents differ.
LESSONS = [
    "Bài học rút ra: lãnh đạo đơn vị phải trực tiếp chỉ đạo, và nên làm thử ở một bộ phận trước khi nhân rộng.",
    "Theo nhóm triển khai, phần khó nhất không phải công nghệ mà là thay đổi thói quen làm việc của con người.",
    "Đơn vị khuyến nghị chuẩn hóa dữ liệu ngay từ đầu, vì sửa dữ liệu sau khi đã vận hành tốn kém hơn nhiều.",
    "Chi phí được chia thành nhiều năm theo hình thức thuê dịch vụ, phù hợp với ngân sách hạn hẹp.",
]
NEEDS = [
    "Ưu tiên giải pháp đã được triển khai thực tế ở Việt Nam, có hỗ trợ kỹ thuật tại chỗ.",
    "Đơn vị sẵn sàng thí điểm trong 3 tháng trước khi quyết định đầu tư.",
    "Giải pháp cần dễ sử dụng với người không chuyên về công nghệ và có tài liệu hướng dẫn tiếng Việt.",
]

# Topics whose challenge and solution (read one by one) are about a neighbouring need rather than
# the case study's: they are only partly on the topic, and fully on their own.
PAIR_TOPICS = {
    "ems": {"ems": 1, "ghg": 2},
    "etc": {"etc": 1, "portgate": 2},
    "credit": {"credit": 1, "fraud": 2},
    "forestfire": {"forestfire": 1, "forestpatrol": 2},
    "cyber": {"cyber": 1, "dataprotection": 2},
}
CS_ALSO = {"ems": {"ghg": 1}, "cyber": {"dataprotection": 1}}


def place(code: str) -> str:
    name = PROVINCES[code]
    return name if name.startswith("TP.") else (f"thành phố {name}" if code in CITIES else f"tỉnh {name}")


def organisation(name: str, code: str) -> str:
    if name.endswith(("tỉnh", "thành phố")):
        kind = "thành phố" if code in CITIES else "tỉnh"
        if code == "79":
            return f"{name.rsplit(' ', 2 if name.endswith('thành phố') else 1)[0]} Thành phố Hồ Chí Minh"
        return f"{name.rsplit(' ', 2 if name.endswith('thành phố') else 1)[0]} {kind} {PROVINCES[code]}"
    return name


def topic_lines(t: dict, i: int, author_ref: str) -> list[tuple[dict, dict]]:
    key, sector, provs = t["key"], t["sector"], t["provinces"]
    cs_prov = CS_PROVINCE.get(key, provs[0])
    ch_prov = CH_PROVINCE.get(key, provs[1 % len(provs)])
    org = organisation(t["cs_org"], cs_prov)
    body = "\n\n".join(
        [
            "## Bối cảnh\n\n"
            + f"Tại {place(cs_prov)}, "
            + t["context"][0][0].lower()
            + t["context"][0][1:]
            + ("\n\n" + " ".join(t["context"][1:]) if len(t["context"]) > 1 else ""),
            "## Cách làm\n\n" + " ".join(t["approach"]),
            "## Kết quả\n\n" + " ".join(t["result"]),
            LESSONS[i % len(LESSONS)],
        ]
    )
    summary = (t["context"][0] + " " + t["result"][0])[:600]
    pair_topics = PAIR_TOPICS.get(key, {key: 2})
    lines = [
        (
            {
                "kind": "case_study",
                "ref": f"cs-{key}",
                "title": t["cs_title"],
                "summary": summary,
                "body": body,
                "sector": sector,
                "province": cs_prov,
                "organisation": org,
                "tags": t["tags"],
                "published_at": f"2025-{(i % 12) + 1:02d}-{(i * 7) % 27 + 1:02d}",
            },
            {
                "kind": "case_study",
                "sector": sector,
                "provinces": [cs_prov],
                "topics": {key: 2, **CS_ALSO.get(key, {})},
            },
        ),
        (
            {
                "kind": "challenge",
                "ref": f"ch-{key}",
                "title": t["ch_title"],
                "description": t["ch_need"] + "\n\n" + NEEDS[i % len(NEEDS)],
                "sector": sector,
                "province": ch_prov,
                "organisation": organisation(t["ch_org"], ch_prov),
                "tags": t["tags"][:3],
                "status": "open" if i % 3 else "in_progress",
            },
            {"kind": "challenge", "sector": sector, "provinces": [ch_prov], "topics": pair_topics},
        ),
        (
            {
                "kind": "solution",
                "ref": f"so-{key}",
                "challenge_ref": f"ch-{key}",
                "title": t["so_title"],
                "description": t["so_text"],
                "author_ref": author_ref,
            },
            {"kind": "solution", "sector": sector, "provinces": [ch_prov], "topics": pair_topics},
        ),
        (
            {
                "kind": "forum_topic",
                "ref": f"fo-{key}",
                "title": t["fo_title"],
                "body": t["fo_body"],
                "sector": sector,
                "tags": t["tags"][:2],
            },
            {"kind": "forum_topic", "sector": sector, "provinces": [], "topics": {key: 2}},
        ),
    ]
    return lines


def expert_lines() -> list[tuple[dict, dict]]:
    lines = []
    for n, e in enumerate([*EXPERTS, *EXPERTS_EN], start=1):
        ref = f"ex-{n:02d}"
        topics = {key: (2 if j == 0 else 1) for j, key in enumerate(e["topics"])}
        lines.append(
            (
                {
                    "kind": "expert",
                    "ref": ref,
                    "name": e["name"],
                    "headline": e["headline"],
                    "bio": e["bio"],
                    "skills": e["skills"],
                    "sectors": e["sectors"],
                    "province": e["province"],
                },
                {
                    "kind": "expert",
                    "sector": e["sectors"][0],
                    "sectors": e["sectors"],
                    "provinces": [e["province"]],
                    "topics": topics,
                },
            )
        )
    return lines


def build() -> tuple[list[dict], dict[str, dict]]:
    experts = expert_lines()
    primary = {}
    for line, meta in experts:
        for key, grade in meta["topics"].items():
            if grade == 2:
                primary.setdefault(key, line["ref"])
    for line, meta in experts:  # a topic nobody leads: an expert who lists it second
        for key in meta["topics"]:
            primary.setdefault(key, line["ref"])
    lines = list(experts)
    for i, t in enumerate(TOPICS):
        lines.extend(topic_lines(t, i, primary[t["key"]]))
    for x in EXTRAS:
        line = {k: v for k, v in x.items() if k != "topics"}
        meta = {
            "kind": x["kind"],
            "sector": x.get("sector", ""),
            "provinces": [x["province"]] if x.get("province") else [],
            "topics": x["topics"],
        }
        lines.append((line, meta))
    return [line for line, _ in lines], {line["ref"]: meta for line, meta in lines}


def main() -> None:
    docs, judging = build()
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(HERE / "judging.json", "w", encoding="utf-8") as out:
        json.dump(judging, out, ensure_ascii=False, indent=1, sort_keys=True)
    kinds: dict[str, int] = {}
    for doc in docs:
        kinds[doc["kind"]] = kinds.get(doc["kind"], 0) + 1
    print(f"{len(docs)} documents: {kinds}")


if __name__ == "__main__":
    main()

"""Quality and speed of expert matching on a generated population with planted true matches.

Usage: .venv/bin/python bench/matching.py [--experts 10000] [--challenges 20] [--seed 11]

Builds, in a private SQLite database and search index (a new temporary DX_VAR_DIR), ``--experts`` expert
profiles with Vietnamese skills, sectors and provinces, and ``--challenges`` challenges. For each challenge
five experts are planted to fit it (most of its skills, its sector, often its province, a headline on its
topic) among distractors that share only part of the signal: same sector with other skills, one shared
skill in another sector, same sector and province without the skills, and thousands of others.
Prints precision@5 (planted experts among the top five, averaged), the time to match one challenge
against the whole population with an empty cache (p50 / p95 / max), with a warm cache, and the number
of database queries per match. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_data import setup_django

TOPICS = {
    "tai-chinh-ngan-hang": [
        "eKYC",
        "quản trị dữ liệu",
        "chống rửa tiền",
        "ngân hàng lõi",
        "thanh toán QR",
        "chấm điểm tín dụng",
        "open banking",
        "bảo mật giao dịch",
        "RegTech",
        "ví điện tử",
    ],
    "y-te": [
        "bệnh án điện tử",
        "HL7 FHIR",
        "dữ liệu y tế",
        "telehealth",
        "PACS",
        "quản lý bệnh viện",
        "đơn thuốc điện tử",
        "y tế cơ sở",
        "bảo hiểm y tế số",
        "AI chẩn đoán hình ảnh",
    ],
    "giao-duc": [
        "học bạ số",
        "LMS",
        "học liệu số",
        "quản lý trường học",
        "thi trực tuyến",
        "chuyển đổi số giáo dục",
        "đào tạo giáo viên",
        "phân tích học tập",
        "lớp học thông minh",
        "tuyển sinh trực tuyến",
    ],
    "nong-nghiep": [
        "truy xuất nguồn gốc",
        "mã QR nông sản",
        "IoT nông nghiệp",
        "nông nghiệp chính xác",
        "sàn thương mại điện tử nông sản",
        "hợp tác xã số",
        "GIS nông nghiệp",
        "dự báo mùa vụ",
        "chuỗi cung ứng lạnh",
        "cảm biến độ ẩm",
    ],
    "giao-thong-logistics": [
        "quản lý đội xe",
        "tối ưu lộ trình",
        "cảng thông minh",
        "vận đơn điện tử",
        "kho thông minh",
        "giao thông thông minh",
        "thu phí không dừng",
        "theo dõi GPS",
        "logistics xuyên biên giới",
        "camera giao thông AI",
    ],
    "nang-luong": [
        "IoT giám sát năng lượng",
        "lưới điện thông minh",
        "điện mặt trời áp mái",
        "kiểm toán năng lượng",
        "công tơ điện tử",
        "SCADA",
        "dự báo phụ tải",
        "tiết kiệm năng lượng",
        "lưu trữ pin",
        "tín chỉ carbon",
    ],
    "tai-nguyen-moi-truong": [
        "quan trắc môi trường",
        "GIS đất đai",
        "cơ sở dữ liệu đất đai",
        "viễn thám",
        "quản lý chất thải",
        "cảnh báo thiên tai",
        "tài nguyên nước",
        "bản đồ số",
        "đo đạc UAV",
        "kiểm kê khí nhà kính",
    ],
    "san-xuat-cong-nghiep": [
        "MES",
        "ERP sản xuất",
        "bảo trì dự đoán",
        "nhà máy thông minh",
        "OEE",
        "đánh giá mức độ chuyển đổi số",
        "robot công nghiệp",
        "kiểm soát chất lượng AI",
        "digital twin",
        "quản lý kho sản xuất",
    ],
}
COMMON = 4  # the first skills of each sector are common; the others are specialities of single challenges
GENERIC = [
    "quản lý dự án",
    "đào tạo chuyển đổi số",
    "điện toán đám mây",
    "an ninh mạng",
    "phân tích dữ liệu",
    "chính phủ số",
    "dịch vụ công trực tuyến",
    "tư vấn chiến lược",
    "thiết kế trải nghiệm",
    "kiến trúc hệ thống",
]
PROVINCES = [
    "01",
    "04",
    "08",
    "11",
    "12",
    "14",
    "15",
    "19",
    "20",
    "22",
    "24",
    "25",
    "31",
    "33",
    "37",
    "38",
    "40",
    "42",
    "44",
    "46",
    "48",
    "51",
    "52",
    "56",
    "66",
    "68",
    "75",
    "79",
    "80",
    "82",
    "86",
    "91",
    "92",
    "96",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
GIVEN = [
    "Minh Anh",
    "Quốc Bảo",
    "Thu Hà",
    "Đức Thắng",
    "Ngọc Lan",
    "Văn Hùng",
    "Thị Hoa",
    "Hải Đăng",
    "Gia Huy",
    "Khánh Linh",
    "Tuấn Kiệt",
    "Bảo Châu",
]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


class Population:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.rows: list[dict] = []  # one per expert: skills, sector slugs, province codes, headline, flags

    def add(self, *, skills, sectors, provinces, headline, available=None, verified=None) -> int:
        self.rows.append(
            {
                "skills": list(dict.fromkeys(skills)),
                "sectors": list(dict.fromkeys(sectors)),
                "provinces": list(dict.fromkeys(provinces)),
                "headline": headline,
                "available": self.rng.random() > 0.15 if available is None else available,
                "verified": self.rng.random() < 0.3 if verified is None else verified,
            }
        )
        return len(self.rows) - 1


def generate(n_experts: int, n_challenges: int, seed: int):
    rng = random.Random(seed)
    pop = Population(rng)
    sectors = list(TOPICS)
    plans = []
    reserved = {s: list(TOPICS[s][COMMON:]) for s in sectors}
    for c in range(n_challenges):
        sector = sectors[c % len(sectors)]
        # Two specialist skills only this challenge's planted experts (and some distractors) have, and one
        # of the sector's common skills that many others share.
        pool = reserved[sector]
        special = (
            [pool.pop(rng.randrange(len(pool))) for _ in range(2)]
            if len(pool) >= 2
            else rng.sample(TOPICS[sector][COMMON:], 2)
        )
        skills = [*special, rng.choice(TOPICS[sector][:COMMON])]
        province = rng.choice(PROVINCES)
        plans.append({"sector": sector, "skills": skills, "province": province, "planted": []})
    for plan in plans:
        sector, skills, province = plan["sector"], plan["skills"], plan["province"]
        for k in range(5):  # true matches: most of the skills, the sector, often the province
            own = [*rng.sample(skills, 3 if k < 2 else 2), rng.choice(GENERIC)]
            plan["planted"].append(
                pop.add(
                    skills=own,
                    sectors=[sector],
                    provinces=[province] if k < 3 else [rng.choice(PROVINCES)],
                    headline=f"Chuyên gia {own[0]} và {own[1]} cho lĩnh vực của bạn",
                    available=True,
                )
            )
        for _ in range(10):  # one shared skill, another sector
            other = rng.choice([s for s in sectors if s != sector])
            pop.add(
                skills=[rng.choice(skills), *rng.sample(TOPICS[other][:COMMON], 3)],
                sectors=[other],
                provinces=[rng.choice(PROVINCES)],
                headline=f"Tư vấn {TOPICS[other][0]}",
            )
        for _ in range(10):  # same sector and province, verified, but the sector's other common skills
            others = [s for s in TOPICS[sector][:COMMON] if s not in skills]
            pop.add(
                skills=rng.sample(others, 2),
                sectors=[sector],
                provinces=[province],
                verified=True,
                headline=f"Chuyên gia {others[0]}",
            )
        for _ in range(5):  # one shared skill, same sector, far away and busy
            pop.add(
                skills=[rng.choice(skills), rng.choice(GENERIC)],
                sectors=[sector],
                provinces=[rng.choice(PROVINCES)],
                headline="Chuyên gia tư vấn",
                available=False,
            )
    while len(pop.rows) < n_experts:  # the rest: random experts
        sector = rng.choice(sectors)
        extra = [rng.choice(sectors)] if rng.random() < 0.3 else []
        skills = rng.sample(TOPICS[sector][:COMMON], rng.randint(1, 3)) + rng.sample(
            GENERIC, rng.randint(0, 2)
        )
        pop.add(
            skills=skills,
            sectors=[sector, *extra],
            provinces=rng.sample(PROVINCES, rng.randint(1, 3)),
            headline=f"Chuyên gia {skills[0]}",
        )
    return pop, plans


def load(pop: Population, plans: list[dict]):
    from django.contrib.auth.hashers import make_password

    from community.models import (
        Challenge,
        ExpertProfile,
        Organisation,
        Province,
        Sector,
        Skill,
        TaggedSkill,
        User,
    )
    from community.organisations.models import OrganisationKind

    sectors = {s.slug: s for s in Sector.objects.all()}
    provinces = {p.code: p for p in Province.objects.all()}
    password = make_password(None)
    users = User.objects.bulk_create(
        [
            User(
                email=f"bench{i}@example.vn",
                full_name=f"{SURNAMES[i % 12]} {GIVEN[(i // 12) % 12]} {i}",
                handle=f"bench-{i}",
                password=password,
            )
            for i in range(len(pop.rows))
        ],
        batch_size=2000,
    )
    profiles = ExpertProfile.objects.bulk_create(
        [
            ExpertProfile(
                user=u,
                slug=f"bench-expert-{i}",
                headline=row["headline"],
                bio="",
                is_available=row["available"],
                verified=row["verified"],
                is_public=True,
            )
            for i, (u, row) in enumerate(zip(users, pop.rows, strict=True))
        ],
        batch_size=2000,
    )
    names = sorted({s for row in pop.rows for s in row["skills"]})
    Skill.objects.bulk_create([Skill(name=n, slug=f"skill-{i}") for i, n in enumerate(names)])
    skill_ids = dict(Skill.objects.values_list("name", "id"))
    TaggedSkill.objects.bulk_create(
        [
            TaggedSkill(content_object=p, tag_id=skill_ids[s])
            for p, row in zip(profiles, pop.rows, strict=True)
            for s in row["skills"]
        ],
        batch_size=5000,
    )
    ES, EP = ExpertProfile.sectors.through, ExpertProfile.provinces.through
    ES.objects.bulk_create(
        [
            ES(expertprofile_id=p.pk, sector_id=sectors[s].pk)
            for p, row in zip(profiles, pop.rows, strict=True)
            for s in row["sectors"]
        ],
        batch_size=5000,
    )
    EP.objects.bulk_create(
        [
            EP(expertprofile_id=p.pk, province_id=provinces[c].pk)
            for p, row in zip(profiles, pop.rows, strict=True)
            for c in row["provinces"]
        ],
        batch_size=5000,
    )
    org = Organisation.objects.create(
        name="Sở Khoa học và Công nghệ (bench)",
        slug="bench-org",
        kind=OrganisationKind.PROVINCIAL,
        province=provinces["48"],
    )
    from django.utils import timezone

    challenges = []
    for i, plan in enumerate(plans):
        skills = plan["skills"]
        description = (
            f"Đơn vị cần triển khai {skills[0]} và {skills[1]}, kết hợp {skills[2]}; "
            "cần chuyên gia tư vấn lộ trình 12 tháng và đào tạo cán bộ."
        )
        challenge = Challenge.objects.create(
            organisation=org,
            title=f"Cần chuyên gia {skills[0]} cho đơn vị số {i}",
            slug=f"bench-challenge-{i}",
            description=description,
            description_html=description,
            sector=sectors[plan["sector"]],
            province=provinces[plan["province"]],
            status="open",
            published_at=timezone.now(),
        )
        challenge.tags.set([skills[0], skills[1]])
        challenges.append(challenge)
    return [profiles[k].pk for k in range(len(profiles))], challenges


def index_experts():
    from haystack import connections

    from community.models import ExpertProfile

    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(ExpertProfile)
    qs = index.index_queryset().order_by("pk")
    pks = list(qs.values_list("pk", flat=True))
    for start in range(0, len(pks), 2000):
        backend.update(index, list(qs.filter(pk__in=pks[start : start + 2000])))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--experts", type=int, default=10_000)
    parser.add_argument("--challenges", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--keep", metavar="DIR", help="keep the database and index in DIR and reuse them next time"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    var = setup_django("dx-bench-matching-", args.keep)
    print(f"private data in {var}; migrated in {time.perf_counter() - started:.1f} s")

    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from community.challenges.selectors import challenge_detail
    from community.matching.selectors import match_experts
    from community.models import Challenge, ExpertProfile

    pop, plans = generate(args.experts, args.challenges, args.seed)
    if ExpertProfile.objects.filter(slug__startswith="bench-expert-").count() == len(pop.rows):
        profile_pks = list(
            ExpertProfile.objects.filter(slug__startswith="bench-expert-")
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        challenges = [Challenge.objects.get(slug=f"bench-challenge-{i}") for i in range(len(plans))]
        print("reusing the kept population")
    else:
        t = time.perf_counter()
        profile_pks, challenges = load(pop, plans)
        print(
            f"generated {len(pop.rows)} experts and {len(challenges)} challenges in {time.perf_counter() - t:.1f} s"
        )
        t = time.perf_counter()
        index_experts()
        print(f"indexed the experts in {time.perf_counter() - t:.1f} s")

    # match_experts (community/matching/selectors/experts.py) calls the search engine through _similar
    import community.matching.selectors.experts as matching

    search_times: list[float] = []
    original_similar = matching._similar

    def timed_similar(*a, **kw):  # how much of a match is the search engine's more-like-this
        t0 = time.perf_counter()
        try:
            return original_similar(*a, **kw)
        finally:
            search_times.append((time.perf_counter() - t0) * 1000)

    matching._similar = timed_similar
    cold, warm, queries, precision, planted_ranks = [], [], [], [], []
    for challenge, plan in zip(challenges, plans, strict=True):
        challenge = challenge_detail(slug=challenge.slug)  # as the page loads it
        planted = {profile_pks[k] for k in plan["planted"]}
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            matches = match_experts(challenge, limit=10)
            cold.append((time.perf_counter() - t) * 1000)
        queries.append(len(ctx.captured_queries))
        t = time.perf_counter()
        match_experts(challenge, limit=10)
        warm.append((time.perf_counter() - t) * 1000)
        top = [m.expert.pk for m in matches[:5]]
        precision.append(sum(1 for pk in top if pk in planted) / 5)
        planted_ranks.extend(i + 1 for i, m in enumerate(matches) if m.expert.pk in planted)

    print()
    print(f"experts: {len(pop.rows)}   challenges matched: {len(challenges)}   planted per challenge: 5")
    print(f"precision@5 (mean): {statistics.mean(precision):.3f}   (min {min(precision):.2f})")
    print(
        f"match time, empty cache: p50 {pct(cold, 50):.1f} ms   p95 {pct(cold, 95):.1f} ms   max {max(cold):.1f} ms"
    )
    print(f"match time, warm cache:  p50 {pct(warm, 50):.2f} ms   p95 {pct(warm, 95):.2f} ms")
    print(f"  of which more-like-this (search engine + loading its hits): p50 {pct(search_times, 50):.1f} ms")
    print(f"queries per match: min {min(queries)}   max {max(queries)}")
    if planted_ranks:
        print(f"planted experts found in the top 10: {len(planted_ranks)} of {5 * len(challenges)}")
    example = match_experts(challenge_detail(slug=challenges[0].slug), limit=3)
    print("example reasons:", " | ".join(m.reasons_text for m in example))


if __name__ == "__main__":
    main()

"""Generated volume for ``seed_demo --scale N``: N × 1,000 experts and N × 200 organisations, built by the
factory_boy factories (Faker's ``vi_VN`` provider) and written with bulk_create.

Keys are numbered (gen-expert-000123@demo.dxconnect.vn, gen-org-000123), so a rerun creates only what is
missing. Generated accounts get an unusable password: they fill the directory, nobody signs in. The random
source is seeded, so every machine generates the same volumes. Also the two small helpers other apps' demo
steps still share (``rng_for``, ``nfc``)."""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime, timedelta

import factory.random
from allauth.account.models import EmailAddress
from django.db import transaction

from community.demo.factories.experts import (
    GENERATED_EXPERT_PREFIX,
    GeneratedExpertFactory,
    GeneratedUserFactory,
    generated_expert_email,
)
from community.demo.factories.organisations import (
    GENERATED_ORG_PREFIX,
    GeneratedOrganisationFactory,
    generated_org_slug,
)
from community.models import (
    ExpertProfile,
    Membership,
    Organisation,
    Province,
    Sector,
    Skill,
    TaggedSkill,
    User,
)

KEY_SECTORS = [
    "tai-chinh-ngan-hang",
    "y-te",
    "giao-duc",
    "nong-nghiep",
    "giao-thong-logistics",
    "nang-luong",
    "tai-nguyen-moi-truong",
    "san-xuat-cong-nghiep",
]
EXPERTS_PER_SCALE = 1000
ORGANISATIONS_PER_SCALE = 200
# Every n-th generated expert owns one generated organisation: 1,000 experts per 200 organisations.
EXPERTS_PER_GENERATED_ORG = EXPERTS_PER_SCALE // ORGANISATIONS_PER_SCALE
OWNER_TITLES = ("Giám đốc", "Tổng Giám đốc", "Chủ tịch", "Trưởng phòng CNTT", "Phó Giám đốc")
BATCH_SIZE = 1000

__all__ = [
    "EXPERTS_PER_SCALE",
    "GENERATED_EXPERT_PREFIX",
    "GENERATED_ORG_PREFIX",
    "KEY_SECTORS",
    "ORGANISATIONS_PER_SCALE",
    "generate",
    "generated_expert_email",
    "generated_org_slug",
    "nfc",
    "owner_index",
    "rng_for",
]


def rng_for(*parts: object) -> random.Random:
    """A generator seeded by a stable key: string seeds hash with SHA-512, so every machine agrees and one
    item's content does not depend on how many others were generated before it."""
    return random.Random("dx-connect-demo|" + "|".join(str(p) for p in parts))  # noqa: S311 (demo data, not secrets)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def owner_index(j: int) -> int:
    """The generated expert who owns generated organisation ``j``."""
    return (j - 1) * EXPERTS_PER_GENERATED_ORG + 1


def generate(*, scale: int, now: datetime) -> dict[str, tuple[int, int]]:
    """Write what is missing of ``scale``'s volumes; returns per label (total, created)."""
    factory.random.reseed_random(f"dx-connect-scale|{scale}")
    sectors = {s.slug: s for s in Sector.objects.filter(slug__in=KEY_SECTORS)}
    provinces = list(Province.objects.order_by("code"))
    skills = list(Skill.objects.order_by("name"))
    tallies: dict[str, tuple[int, int]] = {}
    with transaction.atomic():
        tallies.update(_experts(scale * EXPERTS_PER_SCALE, now, sectors, provinces, skills))
        tallies.update(_organisations(scale * ORGANISATIONS_PER_SCALE, now, sectors, provinces))
    return tallies


def _experts(count, now, sectors, provinces, skills) -> dict[str, tuple[int, int]]:
    existing = set(
        User.objects.filter(email__startswith=GENERATED_EXPERT_PREFIX).values_list("email", flat=True)
    )
    numbers = [i for i in range(1, count + 1) if generated_expert_email(i) not in existing]
    users = []
    for i in numbers:
        rng = rng_for("gen-expert", i)
        users.append(
            GeneratedUserFactory.build(number=i, date_joined=now - timedelta(days=rng.randint(1, 900)))
        )
    User.objects.bulk_create(users, batch_size=BATCH_SIZE)
    user_ids = dict(User.objects.filter(email__startswith=GENERATED_EXPERT_PREFIX).values_list("email", "pk"))
    with_address = set(
        EmailAddress.objects.filter(user__email__startswith=GENERATED_EXPERT_PREFIX).values_list(
            "user_id", flat=True
        )
    )
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=pk, email=email, verified=True, primary=True)
            for email, pk in user_ids.items()
            if pk not in with_address
        ],
        batch_size=BATCH_SIZE,
    )
    with_profile = set(
        ExpertProfile.objects.filter(slug__startswith=GENERATED_EXPERT_PREFIX).values_list(
            "user_id", flat=True
        )
    )
    todo = [i for i in range(1, count + 1) if user_ids[generated_expert_email(i)] not in with_profile]
    plans = {}
    profiles = []
    sector_slugs = sorted(sectors)
    for i in todo:
        rng = rng_for("gen-expert", i)
        plan = {
            "skills": rng.sample(skills, k=min(len(skills), rng.randint(4, 6))),
            "sectors": rng.sample(sector_slugs, k=rng.choice([1, 1, 2, 3])),
            "provinces": rng.sample(provinces, k=rng.choice([1, 1, 2, 3])),
        }
        plans[i] = plan
        profiles.append(
            GeneratedExpertFactory.build(
                number=i,
                user_id=user_ids[generated_expert_email(i)],
                skill=plan["skills"][0].name if plan["skills"] else "chuyển đổi số",
                sector_name=sectors[plan["sectors"][0]].name_vi.lower(),
            )
        )
    ExpertProfile.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
    if todo:
        profile_ids = dict(
            ExpertProfile.objects.filter(slug__startswith=GENERATED_EXPERT_PREFIX).values_list("slug", "pk")
        )
        sector_through = ExpertProfile.sectors.through
        province_through = ExpertProfile.provinces.through
        sector_rows, province_rows, skill_rows = [], [], []
        for i, plan in plans.items():
            pid = profile_ids[f"{GENERATED_EXPERT_PREFIX}{i:06d}"]
            sector_rows += [
                sector_through(expertprofile_id=pid, sector_id=sectors[s].pk) for s in plan["sectors"]
            ]
            province_rows += [
                province_through(expertprofile_id=pid, province_id=p.pk) for p in plan["provinces"]
            ]
            skill_rows += [TaggedSkill(content_object_id=pid, tag_id=skill.pk) for skill in plan["skills"]]
        sector_through.objects.bulk_create(sector_rows, batch_size=BATCH_SIZE)
        province_through.objects.bulk_create(province_rows, batch_size=BATCH_SIZE)
        TaggedSkill.objects.bulk_create(skill_rows, batch_size=BATCH_SIZE)
    return {"generated users": (count, len(users)), "generated experts": (count, len(todo))}


def _organisations(count, now, sectors, provinces) -> dict[str, tuple[int, int]]:
    existing = set(
        Organisation.objects.filter(slug__startswith=GENERATED_ORG_PREFIX).values_list("slug", flat=True)
    )
    todo = [j for j in range(1, count + 1) if generated_org_slug(j) not in existing]
    orgs, org_sectors = [], {}
    sector_slugs = sorted(sectors)
    for j in todo:
        rng = rng_for("gen-org", j)
        province = rng.choice(provinces)
        orgs.append(
            GeneratedOrganisationFactory.build(number=j, province_id=province.pk, place=province.name_vi)
        )
        org_sectors[j] = rng.sample(sector_slugs, k=rng.choice([1, 1, 2]))
    Organisation.objects.bulk_create(orgs, batch_size=BATCH_SIZE)
    if not todo:
        return {"generated organisations": (count, 0), "generated memberships": (count, 0)}
    org_ids = dict(
        Organisation.objects.filter(slug__startswith=GENERATED_ORG_PREFIX).values_list("slug", "pk")
    )
    through = Organisation.sectors.through
    through.objects.bulk_create(
        [
            through(organisation_id=org_ids[generated_org_slug(j)], sector_id=sectors[s].pk)
            for j in todo
            for s in org_sectors[j]
        ],
        batch_size=BATCH_SIZE,
    )
    # Each generated organisation is owned by one generated expert, so none is left without an owner.
    user_ids = dict(User.objects.filter(email__startswith=GENERATED_EXPERT_PREFIX).values_list("email", "pk"))
    Membership.objects.bulk_create(
        [
            Membership(
                organisation_id=org_ids[generated_org_slug(j)],
                role="owner",
                user_id=user_ids[generated_expert_email(owner_index(j))],
                title=rng_for("gen-org-owner", j).choice(OWNER_TITLES),
            )
            for j in todo
        ],
        batch_size=BATCH_SIZE,
    )
    return {"generated organisations": (count, len(todo)), "generated memberships": (count, len(todo))}

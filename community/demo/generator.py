"""Pure, deterministic builders: turn demo data into plans (dataclasses) without touching the database."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from community.core.text import fold, vn_slugify
from community.demo import data

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
# Cross-cutting skills an expert of any speciality may add.
GENERIC_SKILLS = [
    "quản trị dữ liệu",
    "đánh giá mức độ chuyển đổi số",
    "đào tạo kỹ năng số",
    "điện toán đám mây",
    "an ninh mạng",
    "lộ trình chuyển đổi số",
]
GENERATED_EXPERT_PREFIX = "gen-expert-"
GENERATED_ORG_PREFIX = "gen-org-"
EXPERTS_PER_SCALE = 1000
ORGANISATIONS_PER_SCALE = 200
# Every n-th generated expert owns one generated organisation: 1,000 experts per 200 organisations.
EXPERTS_PER_GENERATED_ORG = EXPERTS_PER_SCALE // ORGANISATIONS_PER_SCALE


@dataclass(frozen=True)
class PersonSpec:
    email: str
    full_name: str
    age_days: int
    is_staff: bool = False
    is_superuser: bool = False


@dataclass(frozen=True)
class OrgSpec:
    slug: str
    name: str
    short_name: str
    kind: str
    province: str
    sectors: tuple[str, ...]
    verified: bool
    description: str
    age_days: int

    @property
    def domain(self) -> str:
        return f"{self.slug}.{data.EXAMPLE_DOMAIN}"

    @property
    def website(self) -> str:
        return f"https://{self.domain}"

    @property
    def contact_email(self) -> str:
        return f"lienhe@{self.domain}"


@dataclass(frozen=True)
class MembershipSpec:
    org_slug: str
    email: str
    role: str
    title: str
    age_days: int


@dataclass(frozen=True)
class ExpertSpec:
    email: str
    slug: str
    honorific: str
    headline: str
    bio: str
    affiliation: str
    skills: tuple[str, ...]
    sectors: tuple[str, ...]
    provinces: tuple[str, ...]
    languages: tuple[str, ...]
    years: int
    available: bool
    verified: bool
    links: tuple[str, ...]
    age_days: int


@dataclass(frozen=True)
class InvitationSpec:
    org_slug: str
    email: str
    role: str


@dataclass
class LivelyPlan:
    people: dict[str, PersonSpec] = field(default_factory=dict)
    organisations: list[OrgSpec] = field(default_factory=list)
    memberships: list[MembershipSpec] = field(default_factory=list)
    experts: list[ExpertSpec] = field(default_factory=list)
    invitations: list[InvitationSpec] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)  # organisation slug -> owner e-mail


# --- Small helpers -------------------------------------------------------------------------------


def rng_for(*parts: object) -> random.Random:
    """A generator seeded by a stable key: string seeds hash with SHA-512, so every machine agrees and one
    item's content does not depend on how many others were generated before it."""
    return random.Random("dx-connect-demo|" + "|".join(str(p) for p in parts))  # noqa: S311 (demo data, not secrets)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


def person_name(rng: random.Random, gender: str) -> str:
    surname = weighted(rng, data.SURNAMES)
    return f"{surname} {rng.choice(data.MIDDLE_NAMES[gender])} {rng.choice(data.GIVEN_NAMES[gender])}"


def email_local(full_name: str) -> str:
    """The usual Vietnamese work address: given name plus initials of surname and middle names,
    "Nguyễn Văn Hùng" → "hungnv"."""
    words = ["".join(c for c in fold(w) if c.isalnum()) for w in full_name.split()]
    words = [w for w in words if w]
    return words[-1] + "".join(w[0] for w in words[:-1])


class _Unique:
    """Hands out e-mail addresses and slugs, adding 2, 3, ... on a clash, in a fixed order."""

    def __init__(self):
        self.used: set[str] = set()

    def email(self, local: str, domain: str) -> str:
        candidate, n = f"{local}@{domain}", 2
        while candidate in self.used:
            candidate, n = f"{local}{n}@{domain}", n + 1
        self.used.add(candidate)
        return candidate

    def slug(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


def _languages(rng: random.Random) -> tuple[str, ...]:
    return ("vi", *(code for code, odds in data.LANGUAGE_ODDS if rng.random() < odds))


def _pronoun(gender: str, honorific: str, years: int) -> str:
    if not honorific and years < 8:  # younger community members are "anh"/"chị", not "ông"/"bà"
        return "anh" if gender == "m" else "chị"
    return "ông" if gender == "m" else "bà"


def compose_bio(
    rng: random.Random,
    *,
    honorific: str,
    name: str,
    gender: str,
    speciality: str,
    years: int,
    affiliation: str,
    title: str,
) -> str:
    spec = data.SPECIALTIES[speciality]
    p = _pronoun(gender, honorific, years)
    subject = f"{honorific} {name}" if honorific else f"{p.capitalize()} {name}"
    sentences = [f"{subject} có {years} năm kinh nghiệm {rng.choice(spec['work'])}."]
    if affiliation and title:
        sentences.append(f"Hiện {p} là {title} tại {affiliation}.")
    elif affiliation and affiliation != "Chuyên gia độc lập":
        sentences.append(f"Hiện {p} công tác tại {affiliation}.")
    sentences.append(rng.choice(spec["results"]).format(p=p, P=p.capitalize()))
    if rng.random() < 0.5:
        sentences.append(
            f"{p.capitalize()} sẵn sàng đồng hành cùng các đơn vị xây dựng lộ trình chuyển đổi số "
            "phù hợp với nguồn lực của mình."
        )
    return nfc(" ".join(sentences))


def _skills(rng: random.Random, speciality: str) -> tuple[str, ...]:
    pool = data.SPECIALTIES[speciality]["skills"]
    skills = rng.sample(pool, k=rng.randint(3, min(5, len(pool))))
    if rng.random() < 0.4:
        extra = rng.choice(GENERIC_SKILLS)
        if extra not in skills:
            skills.append(extra)
    return tuple(skills)


def _sectors(rng: random.Random, speciality: str) -> tuple[str, ...]:
    sectors = list(data.SPECIALTIES[speciality]["sectors"])
    if len(sectors) < 3 and rng.random() < 0.3:
        extra = rng.choice(KEY_SECTORS)
        if extra not in sectors:
            sectors.append(extra)
    return tuple(sectors)


def _links(rng: random.Random, slug: str, honorific: str) -> tuple[str, ...]:
    candidates = [f"https://hoso.{data.EXAMPLE_DOMAIN}/{slug}", f"https://blog.{data.EXAMPLE_DOMAIN}/{slug}"]
    if "TS." in honorific:
        candidates.insert(0, f"https://congbo.{data.EXAMPLE_DOMAIN}/tac-gia/{slug}")
    return tuple(candidates[: rng.choice([0, 1, 1, 2])])


# --- The lively site -------------------------------------------------------------------------------


@cache
def lively_plan() -> LivelyPlan:
    plan = LivelyPlan()
    unique = _Unique()
    for email, full_name, is_staff, is_superuser, _role in data.DEMO_ACCOUNTS:
        unique.used.add(email)
        plan.people[email] = PersonSpec(
            email, nfc(full_name), data.DEMO_ACCOUNT_AGE_DAYS[email], is_staff, is_superuser
        )

    experts_by_org: dict[str, int] = {}
    for entry in data.FEATURED_EXPERTS:
        if entry.get("org"):
            experts_by_org[entry["org"]] = experts_by_org.get(entry["org"], 0) + 1
    for row in data.EXPERT_ROSTER:
        if row[6]:
            experts_by_org[row[5]] = experts_by_org.get(row[5], 0) + 1

    orgs = {}
    for entry in data.ORGANISATIONS:
        org, people, memberships = _organisation(entry, unique, room=4 - experts_by_org.get(entry["slug"], 0))
        orgs[org.slug] = org
        plan.organisations.append(org)
        plan.owners[org.slug] = memberships[0].email
        plan.memberships.extend(memberships)
        for person in people:
            plan.people.setdefault(person.email, person)

    expert_emails: dict[str, str] = {}
    for entry in data.FEATURED_EXPERTS:
        person, expert, membership = _featured_expert(entry, orgs, unique)
        plan.people.setdefault(person.email, person)
        plan.experts.append(expert)
        expert_emails[person.full_name] = person.email
        if membership:
            plan.memberships.append(membership)
    for row in data.EXPERT_ROSTER:
        person, expert, membership = _roster_expert(row, orgs, unique)
        plan.people[person.email] = person
        plan.experts.append(expert)
        expert_emails[person.full_name] = person.email
        if membership:
            plan.memberships.append(membership)

    for org_slug, email, role in data.INVITATIONS:
        if email.startswith("expert:"):  # refer to a seeded expert by name, not by a generated address
            email = expert_emails[nfc(email.removeprefix("expert:"))]
        plan.invitations.append(InvitationSpec(org_slug, email, role))
    return plan


def _organisation(entry: dict, unique: _Unique, room: int):
    rng = rng_for("org", entry["slug"])
    owner_email = entry.get("owner")
    # A demo owner's organisation is created just after the account; others get a spread of ages.
    age = data.DEMO_ACCOUNT_AGE_DAYS[owner_email] - 2 if owner_email else rng.randint(60, 700)
    org = OrgSpec(
        slug=entry["slug"],
        name=nfc(entry["name"]),
        short_name=nfc(entry.get("short_name", "")),
        kind=entry["kind"],
        province=entry["province"],
        sectors=tuple(entry["sectors"]),
        verified=entry["verified"],
        description=nfc(entry["description"]),
        age_days=age,
    )
    people, memberships = [], []
    if owner_email is None:
        name = person_name(rng, rng.choice("mf"))
        owner_email = unique.email(email_local(name), org.domain)
        people.append(PersonSpec(owner_email, nfc(name), age + rng.randint(0, 10)))
    memberships.append(MembershipSpec(org.slug, owner_email, "owner", nfc(entry["owner_title"]), age))

    titles = list(entry.get("staff_titles") or data.STAFF_TITLES[org.kind])
    rng.shuffle(titles)
    count = min(rng.choice([0, 1, 1, 2, 2, 3, 3, 4]), max(room, 0), len(titles))
    for i in range(count):
        name = person_name(rng, rng.choice("mf"))
        email = unique.email(email_local(name), org.domain)
        joined = rng.randint(1, age)
        people.append(PersonSpec(email, nfc(name), joined))
        role = "admin" if i == 0 and rng.random() < 0.5 else "member"
        memberships.append(MembershipSpec(org.slug, email, role, nfc(titles[i]), joined))
    return org, people, memberships


def _featured_expert(entry: dict, orgs: dict[str, OrgSpec], unique: _Unique):
    name = nfc(entry["name"])
    org = orgs.get(entry.get("org", ""))
    email = entry.get("email") or unique.email(
        email_local(name), org.domain if org else data.FREELANCE_DOMAIN
    )
    slug = unique.slug(vn_slugify(name))
    rng = rng_for("expert", slug)
    age = entry["age_days"]
    expert = ExpertSpec(
        email=email,
        slug=slug,
        honorific=entry["honorific"],
        headline=nfc(entry["headline"]),
        bio=nfc(entry["bio"]),
        affiliation=org.name if org else nfc(entry.get("affiliation", "")),
        skills=tuple(map(nfc, entry["skills"])),
        sectors=tuple(entry["sectors"]),
        provinces=tuple(entry["provinces"]),
        languages=tuple(entry["languages"]),
        years=entry["years"],
        available=entry["available"],
        verified=entry["verified"],
        links=_links(rng, slug, entry["honorific"]),
        age_days=age,
    )
    membership = None
    if org:
        membership = MembershipSpec(
            org.slug, email, entry["role"], nfc(entry["title"]), min(age, org.age_days)
        )
    return PersonSpec(email, name, age), expert, membership


def _roster_expert(row: tuple, orgs: dict[str, OrgSpec], unique: _Unique):
    honorific, name, gender, speciality, provinces, affiliation, title, years = row
    name = nfc(name)
    org = orgs.get(affiliation) if title else None
    slug = unique.slug(vn_slugify(name))
    rng = rng_for("expert", slug)
    email = unique.email(email_local(name), org.domain if org else data.FREELANCE_DOMAIN)
    affiliation_name = org.name if org else nfc(affiliation)
    age = rng.randint(10, 650)
    spec = data.SPECIALTIES[speciality]
    expert = ExpertSpec(
        email=email,
        slug=slug,
        honorific=honorific,
        headline=nfc(rng.choice(spec["headlines"])),
        bio=compose_bio(
            rng,
            honorific=honorific,
            name=name,
            gender=gender,
            speciality=speciality,
            years=years,
            affiliation=affiliation_name,
            title=nfc(title),
        ),
        affiliation=affiliation_name,
        skills=_skills(rng, speciality),
        sectors=_sectors(rng, speciality),
        provinces=tuple(provinces),
        languages=_languages(rng),
        years=years,
        available=rng.random() < 0.75,
        verified=rng.random() < 0.5,
        links=_links(rng, slug, honorific),
        age_days=age,
    )
    membership = None
    if org:
        role = "admin" if rng.random() < 0.2 else "member"
        membership = MembershipSpec(org.slug, email, role, nfc(title), min(age, org.age_days))
    return PersonSpec(email, name, age), expert, membership


def all_skill_names() -> list[str]:
    """Every skill the demo can use, so the Skill rows exist before bulk inserts refer to them."""
    names = {nfc(s) for spec in data.SPECIALTIES.values() for s in spec["skills"]}
    names.update(nfc(s) for s in GENERIC_SKILLS)
    for entry in data.FEATURED_EXPERTS:
        names.update(nfc(s) for s in entry["skills"])
    return sorted(names)


# --- Generated volumes (--scale) ----------------------------------------------------------------


def generated_expert_email(i: int) -> str:
    return f"{GENERATED_EXPERT_PREFIX}{i:06d}@{data.GENERATED_DOMAIN}"


def generated_org_slug(j: int) -> str:
    return f"{GENERATED_ORG_PREFIX}{j:06d}"


def owner_index(j: int) -> int:
    """The generated expert who owns generated organisation j (both 1-based)."""
    return (j - 1) * EXPERTS_PER_GENERATED_ORG + 1


def generated_expert(i: int) -> tuple[PersonSpec, ExpertSpec]:
    rng = rng_for("gen-expert", i)
    gender = rng.choice("mf")
    name = person_name(rng, gender)
    honorific = weighted(rng, data.HONORIFICS)
    speciality = rng.choice(sorted(data.SPECIALTIES))
    years = rng.randint(2, 30)
    title = ""
    if (i - 1) % EXPERTS_PER_GENERATED_ORG == 0:
        # This expert owns a generated organisation: give them a speciality that fits it.
        j = (i - 1) // EXPERTS_PER_GENERATED_ORG + 1
        org = generated_org(j)
        speciality = rng.choice(data.SPECIALTIES_BY_SECTOR[org.sectors[0]])
        affiliation, title = org.name, generated_owner_title(j)
    else:
        affiliation = rng.choice(data.FREELANCE_AFFILIATIONS).format(
            brand=rng.choice(data.BRANDS),
            region=rng.choice(data.REGIONS),
            field=rng.choice(data.ACADEMIC_FIELDS)[0],
        )
    if honorific == "BS." and speciality not in ("health-data", "telehealth"):
        honorific = "ThS."  # "BS." (physician) only for health specialities
    headline = rng.choice(data.SPECIALTIES[speciality]["headlines"])
    if rng.random() < 0.5:
        headline = f"{headline}, {years} năm kinh nghiệm"
    provinces = rng.sample(PROVINCE_CODES, k=rng.choice([1, 1, 2, 2, 3]))
    email = generated_expert_email(i)
    slug = email.split("@", 1)[0]
    age = rng.randint(1, 900)
    expert = ExpertSpec(
        email=email,
        slug=slug,
        honorific=honorific,
        headline=nfc(headline),
        bio=compose_bio(
            rng,
            honorific=honorific,
            name=name,
            gender=gender,
            speciality=speciality,
            years=years,
            affiliation=nfc(affiliation),
            title=title,
        ),
        affiliation=nfc(affiliation),
        skills=_skills(rng, speciality),
        sectors=_sectors(rng, speciality),
        provinces=tuple(provinces),
        languages=_languages(rng),
        years=years,
        available=rng.random() < 0.75,
        verified=rng.random() < 0.3,
        links=_links(rng, slug, honorific),
        age_days=age,
    )
    return PersonSpec(email, nfc(name), age), expert


def generated_owner_title(j: int) -> str:
    return rng_for("gen-org-owner", j).choice(data.OWNER_TITLES[generated_org(j).kind])


@cache
def generated_org(j: int) -> OrgSpec:
    rng = rng_for("gen-org", j)
    kind = weighted(rng, data.KIND_WEIGHTS)
    province_code = rng.choice(PROVINCE_CODES)
    province = PROVINCE_NAMES[province_code]
    regional = data.REGIONAL_COMMUNES.get(province_code, [])
    commune = rng.choice(regional if regional and rng.random() < 0.6 else data.GENERIC_COMMUNES)
    short_name = ""
    if kind == "enterprise":
        industry, sectors = rng.choice(data.INDUSTRIES)
        brand = rng.choice(data.BRANDS)
        name = f"{rng.choice(data.COMPANY_FORMS)} {industry} {brand}"
        if rng.random() < 0.5:
            name = f"{name} {province}"
        short_name = f"{industry} {brand}" if rng.random() < 0.4 else ""
    elif kind == "public_service":
        pattern, sectors = rng.choice(data.PUBLIC_SERVICE_PATTERNS)
        name = pattern.format(commune=commune)
        industry = ""
    elif kind == "community_team":
        name, sectors, industry = f"Tổ công nghệ số cộng đồng xã {commune} ({province})", ["khac"], ""
    elif kind == "academic":
        field_name, sectors = rng.choice(data.ACADEMIC_FIELDS)
        pattern = rng.choice(data.ACADEMIC_PATTERNS)
        name = pattern.format(field=field_name, region=rng.choice(data.REGIONS), province=province)
        industry = ""
    elif kind == "association":
        industry, sectors = rng.choice(data.INDUSTRIES)
        name = rng.choice(data.ASSOCIATION_PATTERNS).format(province=province, industry=industry)
        if "{industry}" not in name and "Doanh nghiệp" in name:
            sectors = ["khac"]
    elif kind == "provincial":
        pattern, sectors = rng.choice(data.PROVINCIAL_PATTERNS)
        name, industry = f"{pattern.format(commune=commune)} ({province})", ""
    else:
        pattern, sectors = rng.choice(data.STATE_PATTERNS)
        name, industry = pattern.format(province=province), ""
    sectors = list(sectors)
    if rng.random() < 0.3:
        extra = rng.choice(KEY_SECTORS)
        if extra not in sectors:
            sectors.append(extra)
    description = data.GENERATED_ORG_DESCRIPTIONS[kind].format(
        province=province, industry_lower=(industry or "địa phương").lower(), focus=FOCUS[sectors[0]]
    )
    return OrgSpec(
        slug=generated_org_slug(j),
        name=nfc(name),
        short_name=nfc(short_name),
        kind=kind,
        province=province_code,
        sectors=tuple(sectors),
        verified=rng.random() < 0.4,
        description=nfc(description),
        age_days=rng.randint(1, 900),
    )


# The 34 provincial-level units (codes and names as loaded by migration community/0002). Kept here so the
# generators stay pure; the reference check step verifies they match the database.
PROVINCE_NAMES = {
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
    "79": "Hồ Chí Minh",
    "80": "Tây Ninh",
    "82": "Đồng Tháp",
    "86": "Vĩnh Long",
    "91": "An Giang",
    "92": "Cần Thơ",
    "96": "Cà Mau",
}
PROVINCE_CODES = sorted(PROVINCE_NAMES)
FOCUS = data.FOCUS_BY_SECTOR

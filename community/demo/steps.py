"""The seeding steps of `seed_demo`: each takes a SeedContext and upserts one kind of content, idempotently."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import check_password, make_password
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from community.core.text import vn_slugify
from community.demo import data, generator
from community.exchange import ImportReport
from community.exchange.context import ImportContext
from community.exchange.fixtures import FixtureError, load_fixtures
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

BATCH_SIZE = 1000


@dataclass
class Tally:
    total: int = 0
    new: int = 0
    updated: int = 0


@dataclass
class SeedContext:
    """What the steps share: the requested scale, cached reference rows and the running summary."""

    scale: int = 0
    now: datetime = field(default_factory=timezone.now)
    tallies: dict[str, Tally] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sectors: dict[str, Sector] = field(default_factory=dict)
    provinces: dict[str, Province] = field(default_factory=dict)
    skills: dict[str, Skill] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    _password_hash: str = ""
    _good_hashes: set[str] = field(default_factory=set)
    # The fixtures' import: its context (the same "now"), the outcomes so far and the kinds applied.
    imports: ImportContext = field(init=False)
    report: ImportReport = field(default_factory=ImportReport)
    loaded_kinds: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.imports = ImportContext(now=self.now, demo=True)

    def count(self, label: str, *, created: bool = False, changed: bool = False, n: int = 1) -> None:
        tally = self.tallies.setdefault(label, Tally())
        tally.total += n
        tally.new += n if created else 0
        tally.updated += n if changed and not created else 0

    def ago(self, days: int) -> datetime:
        return self.now - timedelta(days=days, hours=(days * 7) % 24, minutes=(days * 13) % 60)

    @property
    def password_hash(self) -> str:
        # Hashing is deliberately slow; hash the demo password once per run and share it.
        if not self._password_hash:
            self._password_hash = make_password(data.DEMO_PASSWORD)
            self._good_hashes.add(self._password_hash)
        return self._password_hash

    def has_demo_password(self, encoded: str) -> bool:
        if encoded in self._good_hashes:
            return True
        if check_password(data.DEMO_PASSWORD, encoded):
            self._good_hashes.add(encoded)
            return True
        return False


Step = Callable[[SeedContext], None]


# --- Upsert helpers ------------------------------------------------------------------------------


def upsert(model, lookup: dict, values: dict, *, on_create: dict | None = None):
    """Create the row, or update only the fields that differ so that `updated_at` moves only on real change.
    `on_create` holds fields written once, such as back-dated timestamps."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        stamps = {k: v for k, v in (on_create or {}).items() if k in ("created_at", "updated_at")}
        others = {k: v for k, v in (on_create or {}).items() if k not in stamps}
        obj = model(**lookup, **values, **others)
        obj.save()
        if stamps:  # auto_now/auto_now_add ignore assigned values, so back-date with a queryset update
            model.objects.filter(pk=obj.pk).update(**stamps)
            for key, value in stamps.items():
                setattr(obj, key, value)
        return obj, True, False
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        if any(f.name == "updated_at" for f in model._meta.concrete_fields):
            changed.append("updated_at")
        obj.save(update_fields=changed)
    return obj, False, bool(changed)


def ensure_email_address(ctx: SeedContext, user: User) -> None:
    """Give a seeded account a verified e-mail address (its `user.email`), primary unless another address
    already is, so that allauth's mandatory verification lets it sign in with the demo password.

    Public for other apps' seeding steps that create accounts outside `upsert_person` (e.g. the discussion
    app's demo spammer). Idempotent: creates the address, or marks the existing one verified (and primary when
    no other address is); counts it under "e-mail addresses" in the seeding report."""
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    other_primary = (
        EmailAddress.objects.filter(user=user, primary=True).exclude(email__iexact=user.email).exists()
    )
    if address is None:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=not other_primary)
        ctx.count("e-mail addresses", created=True)
        return
    changes = {}
    if not address.verified:
        changes["verified"] = True
    if not address.primary and not other_primary:
        changes["primary"] = True
    if changes:
        EmailAddress.objects.filter(pk=address.pk).update(**changes)
    ctx.count("e-mail addresses", changed=bool(changes))


def ensure_skills(ctx: SeedContext, names) -> dict[str, Skill]:
    missing = [n for n in names if n not in ctx.skills]
    if missing:
        for skill in Skill.objects.filter(name__in=missing):
            ctx.skills[skill.name] = skill
    for name in missing:
        if name in ctx.skills:
            continue
        slug = vn_slugify(name.replace("/", " "))  # keeps the d of đ, unlike taggit's own slugify
        skill = Skill(name=name, slug="" if Skill.objects.filter(slug=slug).exists() else slug)
        skill.save()  # TagBase.save finds a free slug when ours is taken
        ctx.skills[name] = skill
    return ctx.skills


# --- Steps ---------------------------------------------------------------------------------------


def seed_reference_check(ctx: SeedContext) -> None:
    """Sectors and provinces come from migration community/0002; without them nothing else makes sense."""
    ctx.sectors = {s.slug: s for s in Sector.objects.all()}
    ctx.provinces = {p.code: p for p in Province.objects.all()}
    missing_sectors = ", ".join(s for s in [*generator.KEY_SECTORS, "khac"] if s not in ctx.sectors)
    missing_provinces = ", ".join(c for c in generator.PROVINCE_CODES if c not in ctx.provinces)
    if missing_sectors or missing_provinces:
        raise CommandError(
            f"Reference data is missing (sectors: {missing_sectors or 'ok'}; provinces: "
            f"{missing_provinces or 'ok'}). Run `python manage.py migrate` first."
        )
    ctx.count("sectors", n=len(ctx.sectors))
    ctx.count("provinces", n=len(ctx.provinces))


def _load(ctx: SeedContext, kinds: set[str] | None = None) -> None:
    """Apply the fixture lines of these kinds (None: every kind not applied yet), through the importer."""
    try:
        report = load_fixtures(ctx.imports, only=kinds, exclude=ctx.loaded_kinds if kinds is None else ())
    except FixtureError as exc:
        raise CommandError(str(exc)) from exc
    ctx.report.outcomes.extend(report.outcomes)
    ctx.loaded_kinds |= {o.kind for o in report.outcomes} | (kinds or set())


def seed_accounts(ctx: SeedContext) -> None:
    """The demo accounts and every seeded person, with verified addresses; the Wagtail editors' group."""
    _load(ctx, {"group", "account"})


def seed_organisations(ctx: SeedContext) -> None:
    """The hand-written organisations and their members."""
    _load(ctx, {"organisation", "membership"})


def seed_experts(ctx: SeedContext) -> None:
    """The featured and roster experts, with their skills, sectors and provinces."""
    _load(ctx, {"expert_profile"})


def seed_invitations(ctx: SeedContext) -> None:
    """Pending invitations from owners (an expired one is renewed; accepted or revoked ones are left)."""
    _load(ctx, {"org_invitation"})


def seed_people(ctx: SeedContext) -> None:
    for step in (seed_accounts, seed_organisations, seed_experts, seed_invitations):
        step(ctx)


def seed_challenges(ctx: SeedContext) -> None:
    """The challenge stories, and every fixture kind not applied by an earlier step."""
    _load(ctx)


def seed_site_and_case_studies(ctx: SeedContext) -> None:
    """The site on localhost, the English home page and the case studies (the CMS's fixtures), before the
    challenges: a solved challenge's story needs the case-study section."""
    _load(ctx, {"home_page", "case_study_page"})


# --- Generated volumes (--scale) ----------------------------------------------------------------


def seed_scale(ctx: SeedContext) -> None:
    """N × 1,000 generated experts and N × 200 generated organisations through bulk_create.

    Keys are numbered (gen-expert-000123@demo.dxconnect.vn, gen-org-000123), so a rerun creates only
    what is missing. Generated accounts get an unusable password: they fill the directory, nobody signs in."""
    if not ctx.scale:
        return
    n_experts = ctx.scale * generator.EXPERTS_PER_SCALE
    n_orgs = ctx.scale * generator.ORGANISATIONS_PER_SCALE
    ensure_skills(ctx, generator.all_skill_names())
    with transaction.atomic():
        _bulk_experts(ctx, n_experts)
        _bulk_organisations(ctx, n_orgs)


def _bulk_experts(ctx: SeedContext, count: int) -> None:
    prefix = generator.GENERATED_EXPERT_PREFIX
    existing_users = dict(User.objects.filter(email__startswith=prefix).values_list("email", "pk"))
    specs = [generator.generated_expert(i) for i in range(1, count + 1)]

    new_users = [
        User(
            email=person.email,
            full_name=person.full_name,
            password=make_password(None),
            is_active=True,
            date_joined=ctx.ago(person.age_days),
        )
        for person, _expert in specs
        if person.email not in existing_users
    ]
    User.objects.bulk_create(new_users, batch_size=BATCH_SIZE)
    ctx.count("generated users", n=count - len(new_users))
    ctx.count("generated users", created=True, n=len(new_users))
    user_ids = dict(User.objects.filter(email__startswith=prefix).values_list("email", "pk"))

    with_address = set(
        EmailAddress.objects.filter(user__email__startswith=prefix).values_list("user_id", flat=True)
    )
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=user_ids[p.email], email=p.email, verified=True, primary=True)
            for p, _e in specs
            if user_ids[p.email] not in with_address
        ],
        batch_size=BATCH_SIZE,
    )

    with_profile = set(
        ExpertProfile.objects.filter(slug__startswith=prefix).values_list("user_id", flat=True)
    )
    todo = [e for p, e in specs if user_ids[p.email] not in with_profile]
    ExpertProfile.objects.bulk_create(
        [
            ExpertProfile(
                user_id=user_ids[e.email],
                slug=e.slug,
                honorific=e.honorific,
                headline=e.headline,
                bio=e.bio,
                affiliation=e.affiliation,
                languages=list(e.languages),
                years_experience=e.years,
                is_available=e.available,
                links=list(e.links),
                verified=e.verified,
                is_public=True,
            )
            for e in todo
        ],
        batch_size=BATCH_SIZE,
    )
    ctx.count("generated experts", n=count - len(todo))
    ctx.count("generated experts", created=True, n=len(todo))
    if not todo:
        return
    profile_ids = dict(ExpertProfile.objects.filter(slug__startswith=prefix).values_list("slug", "pk"))
    sector_through = ExpertProfile.sectors.through
    province_through = ExpertProfile.provinces.through
    sector_rows, province_rows, skill_rows = [], [], []
    for e in todo:
        pid = profile_ids[e.slug]
        sector_rows += [sector_through(expertprofile_id=pid, sector_id=ctx.sectors[s].pk) for s in e.sectors]
        province_rows += [
            province_through(expertprofile_id=pid, province_id=ctx.provinces[c].pk) for c in e.provinces
        ]
        skill_rows += [TaggedSkill(content_object_id=pid, tag_id=ctx.skills[name].pk) for name in e.skills]
    sector_through.objects.bulk_create(sector_rows, batch_size=BATCH_SIZE)
    province_through.objects.bulk_create(province_rows, batch_size=BATCH_SIZE)
    TaggedSkill.objects.bulk_create(skill_rows, batch_size=BATCH_SIZE)


def _bulk_organisations(ctx: SeedContext, count: int) -> None:
    prefix = generator.GENERATED_ORG_PREFIX
    existing = set(Organisation.objects.filter(slug__startswith=prefix).values_list("slug", flat=True))
    specs = [generator.generated_org(j) for j in range(1, count + 1)]
    todo = [s for s in specs if s.slug not in existing]
    Organisation.objects.bulk_create(
        [
            Organisation(
                slug=s.slug,
                name=s.name,
                short_name=s.short_name,
                kind=s.kind,
                province_id=ctx.provinces[s.province].pk,
                website=s.website,
                contact_email=s.contact_email,
                description=s.description,
                verified=s.verified,
            )
            for s in todo
        ],
        batch_size=BATCH_SIZE,
    )
    ctx.count("generated organisations", n=count - len(todo))
    ctx.count("generated organisations", created=True, n=len(todo))
    if not todo:
        ctx.count("generated memberships", n=count)
        return
    org_ids = dict(Organisation.objects.filter(slug__startswith=prefix).values_list("slug", "pk"))
    through = Organisation.sectors.through
    through.objects.bulk_create(
        [
            through(organisation_id=org_ids[s.slug], sector_id=ctx.sectors[sector].pk)
            for s in todo
            for sector in s.sectors
        ],
        batch_size=BATCH_SIZE,
    )
    # Each generated organisation is owned by one generated expert, so none is left without an owner.
    user_ids = dict(
        User.objects.filter(email__startswith=generator.GENERATED_EXPERT_PREFIX).values_list("email", "pk")
    )
    numbers = {s.slug: j for j, s in enumerate(specs, start=1)}
    Membership.objects.bulk_create(
        [
            Membership(
                organisation_id=org_ids[s.slug],
                role="owner",
                user_id=user_ids[generator.generated_expert_email(generator.owner_index(numbers[s.slug]))],
                title=generator.generated_owner_title(numbers[s.slug]),
            )
            for s in todo
        ],
        batch_size=BATCH_SIZE,
    )
    ctx.count("generated memberships", n=count - len(todo))
    ctx.count("generated memberships", created=True, n=len(todo))


# The order is the order of dependencies: organisations before challenges, challenges before discussion.
STEPS: list[Step] = [
    seed_reference_check,
    seed_people,  # fixtures: accounts, organisations, memberships, experts, invitations
    seed_site_and_case_studies,  # fixtures of the CMS: the English home page, the case studies
    # fixtures: the challenge stories (proposals, invitations, history) and the rest (discussion,
    # moderation, forum, events, publications), each kind after those it names
    seed_challenges,
    seed_scale,
]

"""The seeding steps of `seed_demo`: each takes a SeedContext and upserts one kind of content, idempotently."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group, Permission
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone

from community.core.services import unique_slug
from community.core.text import vn_slugify
from community.demo import data, generator
from community.demo.challenges import seed_challenges
from community.demo.generator import ExpertSpec, OrgSpec, PersonSpec
from community.exchange import import_lines
from community.exchange.context import ImportContext
from community.exchange.fixtures import fixture_files, project_root
from community.models import (
    ExpertProfile,
    Invitation,
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


def upsert_person(ctx: SeedContext, person: PersonSpec) -> User:
    user, created, changed = upsert(
        User,
        {"email": person.email},
        {
            "full_name": person.full_name,
            "is_active": True,
            "is_staff": person.is_staff,
            "is_superuser": person.is_superuser,
        },
        on_create={"password": ctx.password_hash, "date_joined": ctx.ago(person.age_days)},
    )
    if not created and not ctx.has_demo_password(user.password):
        user.password = ctx.password_hash  # someone changed it; the demo promises demo12345
        user.save(update_fields=["password"])
        changed = True
    ctx.count("users", created=created, changed=changed)
    ensure_email_address(ctx, user)
    ctx.users[user.email] = user
    return user


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


def seed_accounts(ctx: SeedContext) -> None:
    """The five demo accounts, the superuser and the Wagtail editors' group."""
    plan = generator.lively_plan()
    for email, *_rest in data.DEMO_ACCOUNTS:
        upsert_person(ctx, plan.people[email])
    group, group_created = Group.objects.get_or_create(name=data.EDITORS_GROUP)
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group_changed = not group.permissions.filter(pk=access.pk).exists()
    if group_changed:
        group.permissions.add(access)
    ctx.count("groups", created=group_created, changed=group_changed)
    editor = ctx.users["editor@dxconnect.vn"]
    if not editor.groups.filter(pk=group.pk).exists():
        editor.groups.add(group)


def seed_organisations(ctx: SeedContext) -> None:
    """The hand-written organisations, their owners and staff."""
    plan = generator.lively_plan()
    expert_emails = {e.email for e in plan.experts}
    for person in plan.people.values():
        if person.email not in ctx.users and person.email not in expert_emails:  # experts come next step
            upsert_person(ctx, person)
    for spec in plan.organisations:
        ctx.organisations[spec.slug] = _upsert_organisation(ctx, spec)
    _seed_memberships(ctx, [m for m in plan.memberships if m.email not in expert_emails])


def _upsert_organisation(ctx: SeedContext, spec: OrgSpec) -> Organisation:
    org, created, changed = upsert(
        Organisation,
        {"slug": spec.slug},
        {
            "name": spec.name,
            "short_name": spec.short_name,
            "kind": spec.kind,
            "province_id": ctx.provinces[spec.province].pk,
            "website": spec.website,
            "contact_email": spec.contact_email,
            "description": spec.description,
            "verified": spec.verified,
        },
        on_create={"created_at": ctx.ago(spec.age_days), "updated_at": ctx.ago(spec.age_days)},
    )
    org.sectors.set([ctx.sectors[s] for s in spec.sectors])
    ctx.count("organisations", created=created, changed=changed)
    return org


def _seed_memberships(ctx: SeedContext, memberships) -> None:
    for spec in memberships:
        _, created, changed = upsert(
            Membership,
            {"organisation": ctx.organisations[spec.org_slug], "user": ctx.users[spec.email]},
            {"role": spec.role, "title": spec.title},
            on_create={"created_at": ctx.ago(spec.age_days)},
        )
        ctx.count("memberships", created=created, changed=changed)


def seed_experts(ctx: SeedContext) -> None:
    """The featured and roster experts, with their skills, sectors, provinces and memberships."""
    plan = generator.lively_plan()
    ensure_skills(ctx, generator.all_skill_names())
    for spec in plan.experts:
        # The demo expert account already exists from seed_accounts; do not count it twice.
        user = ctx.users.get(spec.email) or upsert_person(ctx, plan.people[spec.email])
        _upsert_expert(ctx, user, spec)
    expert_emails = {e.email for e in plan.experts}
    _seed_memberships(ctx, [m for m in plan.memberships if m.email in expert_emails])


def _upsert_expert(ctx: SeedContext, user: User, spec: ExpertSpec) -> ExpertProfile:
    # Keyed by the user (one profile each); the planned slug is used on creation unless a real person took it.
    slug = spec.slug
    if ExpertProfile.objects.filter(slug=slug).exclude(user=user).exists():
        slug = unique_slug(ExpertProfile, spec.slug, max_length=160)
    profile, created, changed = upsert(
        ExpertProfile,
        {"user": user},
        {
            "honorific": spec.honorific,
            "headline": spec.headline,
            "bio": spec.bio,
            "affiliation": spec.affiliation,
            "languages": list(spec.languages),
            "years_experience": spec.years,
            "is_available": spec.available,
            "links": list(spec.links),
            "verified": spec.verified,
            "is_public": True,
        },
        on_create={"slug": slug, "created_at": ctx.ago(spec.age_days), "updated_at": ctx.ago(spec.age_days)},
    )
    ensure_skills(ctx, spec.skills)
    # taggit's set() signals m2m_changed even when nothing changes, which would queue search updates.
    if set(profile.skills.names()) != set(spec.skills):
        profile.skills.set([ctx.skills[name] for name in spec.skills])
    profile.sectors.set([ctx.sectors[s] for s in spec.sectors])
    profile.provinces.set([ctx.provinces[p] for p in spec.provinces])
    ctx.count("experts", created=created, changed=changed)
    return profile


def seed_invitations(ctx: SeedContext) -> None:
    """Pending invitations from owners. One exists per address; expired ones are renewed so the demo
    dashboard keeps showing them, but accepted or revoked ones are left as the person left them."""
    plan = generator.lively_plan()
    for spec in plan.invitations:
        org = ctx.organisations.get(spec.org_slug) or Organisation.objects.get(slug=spec.org_slug)
        if org.memberships.filter(user__email__iexact=spec.email).exists():
            ctx.count("invitations (already members)")
            continue
        existing = list(org.invitations.filter(email__iexact=spec.email))
        if any(inv.status != "expired" for inv in existing):
            ctx.count("invitations")
            continue
        inviter = User.objects.get(email=plan.owners[spec.org_slug])
        # Created directly, not through services.invitation_create: that queues an e-mail per invitation.
        Invitation.objects.create(organisation=org, email=spec.email, role=spec.role, invited_by=inviter)
        ctx.count("invitations", created=True)


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


def load_fixtures(
    ctx: SeedContext, *, only: set[str] | None = None, skip: frozenset[str] = frozenset()
) -> None:
    """The demo content that is data: the lines of every ``fixtures/*.jsonl`` of the community and the CMS
    (only those of the kinds `only`, none of those in `skip`), through the importer of ``import_content``; a bad line is a
    CommandError naming its file, line and problem."""
    lines, where = [], []
    for path in fixture_files():
        with open(path, encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                kind = json.loads(text).get("kind") if text.strip() else None
                if kind is not None and (only is None or kind in only) and kind not in skip:
                    lines.append(text)
                    where.append(f"{path.relative_to(project_root())}:{number}")
    report = import_lines(lines, context=ImportContext(now=ctx.now, demo=True))
    if not report.ok:
        first = report.errors[0]
        raise CommandError(f"{where[first.line - 1]} ({first.kind} {first.ref}): {first.message}")
    for kind, tally in report.tally().items():
        label = kind.replace("_", " ")
        if tally["created"]:
            ctx.count(label, created=True, n=tally["created"])
        if tally["updated"]:
            ctx.count(label, changed=True, n=tally["updated"])
        if tally["unchanged"]:
            ctx.count(label, n=tally["unchanged"])


# Loaded before the challenges (the loop needs the case-study section); the rest after them.
EARLY_KINDS = frozenset({"group", "home_page", "case_study_page"})


def seed_site_and_case_studies(ctx: SeedContext) -> None:
    """The editors' permissions, the English home page and the case studies."""
    load_fixtures(ctx, only=set(EARLY_KINDS))


def seed_fixtures(ctx: SeedContext) -> None:
    """Everything else in fixtures: discussion and moderation, forum, events, publications."""
    load_fixtures(ctx, skip=EARLY_KINDS)


# The order is the order of dependencies: organisations before challenges, challenges before discussion.
STEPS: list[Step] = [
    seed_reference_check,
    seed_accounts,
    seed_organisations,
    seed_experts,
    seed_invitations,
    seed_site_and_case_studies,
    seed_challenges,  # counts "challenges", "challenge proposals", "... status changes", "... expert invitations"
    seed_fixtures,
    seed_scale,
]

"""The seeding steps of `seed_demo`: each takes a SeedContext and upserts one kind of content, idempotently."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import check_password, make_password
from django.core.management.base import CommandError
from django.utils import timezone

from community.demo import data, generator
from community.exchange import ImportReport
from community.exchange.context import ImportContext
from community.exchange.fixtures import FixtureError, load_fixtures
from community.models import (
    Organisation,
    Province,
    Sector,
    Skill,
    User,
)


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


# --- Steps ---------------------------------------------------------------------------------------


def seed_reference_check(ctx: SeedContext) -> None:
    """Sectors and provinces come from migration community/0002; without them nothing else makes sense."""
    ctx.sectors = {s.slug: s for s in Sector.objects.all()}
    ctx.provinces = {p.code: p for p in Province.objects.all()}
    missing_sectors = ", ".join(s for s in [*generator.KEY_SECTORS, "khac"] if s not in ctx.sectors)
    if missing_sectors or not ctx.provinces:
        raise CommandError(
            f"Reference data is missing (sectors: {missing_sectors or 'ok'}; provinces: "
            f"{'ok' if ctx.provinces else 'none'}). Run `python manage.py migrate` first."
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
    """N × 1,000 generated experts and N × 200 generated organisations (see community.demo.generator)."""
    if not ctx.scale:
        return
    for label, (total, created) in generator.generate(scale=ctx.scale, now=ctx.now).items():
        ctx.count(label, n=total - created)
        ctx.count(label, created=True, n=created)


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

"""Writing one validated line of the original kinds: create or update the object with that ``ref``,
changing nothing when the stored values already match (so a second import of the same file writes nothing).

Each ``upsert_<kind>(line, ctx)`` returns ``"created"``, ``"updated"`` or ``"unchanged"`` and raises
``LineError`` when the line refers to something that does not exist. Challenges, solutions and forum topics
are written by their domains' services; ``register()`` (called from CommunityConfig.ready()) registers the
kinds, the CMS its case studies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from community.challenges.services import challenge_import_upsert, solution_import_upsert
from community.core.services import unique_slug
from community.core.text import fold, vn_slugify
from community.exchange import export
from community.exchange.context import ImportContext
from community.exchange.fields import (
    ChallengeLine,
    ExpertLine,
    ForumTopicLine,
    LineError,
    SolutionLine,
    validation_problems,
)
from community.exchange.registry import Kind, register_kind
from community.forum.models import Topic
from community.forum.services import upsert_topic
from community.models import (
    Challenge,
    ExpertProfile,
    Organisation,
    Province,
    Sector,
    Solution,
    User,
)
from community.organisations.models import OrganisationKind

# Imported experts' accounts use an address in the reserved .invalid domain: nothing can be sent to it
# and no social account can match it, so with an unusable password nobody can sign in as them until
# staff put the person's real address on the account ("claim") and the person resets the password.
PLACEHOLDER_DOMAIN = "import.invalid"
DEFAULT_PROVINCE = "01"  # for an organisation created from a line that names no province

# First words of an organisation's name -> its kind (longest prefix wins); otherwise an enterprise.
_KIND_PREFIXES = (
    ("so ", OrganisationKind.PROVINCIAL),
    ("ubnd", OrganisationKind.PROVINCIAL),
    ("uy ban nhan dan", OrganisationKind.PROVINCIAL),
    ("bo ", OrganisationKind.STATE_AGENCY),
    ("cuc ", OrganisationKind.STATE_AGENCY),
    ("tong cuc", OrganisationKind.STATE_AGENCY),
    ("benh vien", OrganisationKind.PUBLIC_SERVICE),
    ("truong ", OrganisationKind.PUBLIC_SERVICE),
    ("trung tam", OrganisationKind.PUBLIC_SERVICE),
    ("hiep hoi", OrganisationKind.ASSOCIATION),
    ("hoi ", OrganisationKind.ASSOCIATION),
    ("dai hoc", OrganisationKind.ACADEMIC),
    ("hoc vien", OrganisationKind.ACADEMIC),
    ("vien ", OrganisationKind.ACADEMIC),
    ("to cong nghe so", OrganisationKind.COMMUNITY_TEAM),
)


def _guess_kind(name: str) -> str:
    folded = fold(name).strip() + " "
    for prefix, kind in sorted(_KIND_PREFIXES, key=lambda item: -len(item[0])):
        if folded.startswith(prefix):
            return kind
    return OrganisationKind.ENTERPRISE


def organisation_by_name(name: str, province_code: str | None) -> Organisation:
    """The organisation called ``name`` (case and tone placement ignored), created when unknown."""
    if not name:
        raise ValueError("name required")
    wanted = " ".join(fold(name).split())
    exact = Organisation.objects.filter(name__iexact=name).first()
    if exact is not None:
        return exact
    # The same name typed with other tone placement or without accents ("Hoá"/"Hóa"): folded names.
    for candidate in Organisation.objects.only("pk", "name"):
        if " ".join(fold(candidate.name).split()) == wanted:
            return candidate
    province = Province.objects.get(code=province_code or DEFAULT_PROVINCE)
    return Organisation.objects.create(
        name=name, slug=unique_slug(Organisation, name), kind=_guess_kind(name), province=province
    )


def adopt(model: Any, ref: str, kind: str) -> None:
    """Give a site-made object the ref an export gave it (``<kind>:<slug or id>``), so importing an
    export back into the same site updates that object instead of creating a copy."""
    prefix = f"{kind}:"
    if not ref.startswith(prefix) or model.objects.filter(import_ref=ref).exists():
        return
    key = ref[len(prefix) :]
    lookup = {"pk": int(key)} if key.isdigit() and not hasattr(model, "slug") else {"slug": key}
    if not hasattr(model, "slug") and "pk" not in lookup:
        return
    model.objects.filter(import_ref__isnull=True, **lookup).update(import_ref=ref)


def _apply(obj: Any, values: dict[str, Any]) -> list[str]:
    """Set the differing ``values`` on ``obj``; returns the names of the fields that changed."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


def _set_tags(manager: Any, labels: list[str]) -> bool:
    if sorted(manager.names()) == sorted(labels):
        return False
    manager.set(labels)
    return True


def _set_m2m(manager: Any, objects: list[Any]) -> bool:
    if {o.pk for o in manager.all()} == {o.pk for o in objects}:
        return False
    manager.set(objects)
    return True


# --- challenge --------------------------------------------------------------------------------------


def upsert_challenge(line: ChallengeLine, ctx: ImportContext) -> str:
    sector = Sector.objects.get(slug=line.sector)
    province = Province.objects.get(code=line.province)
    organisation = organisation_by_name(line.organisation, line.province)
    adopt(Challenge, line.ref, "challenge")
    try:
        _challenge, outcome = challenge_import_upsert(
            ref=line.ref,
            organisation=organisation,
            title=line.title,
            description=line.description,
            sector=sector,
            province=province,
            status=line.status,
            deadline=line.deadline,
            tags=line.tags,
        )
    except ValidationError as exc:
        raise LineError(validation_problems(exc)) from exc
    return outcome


# --- expert -----------------------------------------------------------------------------------------


def placeholder_email(ref: str) -> str:
    digest = hashlib.blake2s(ref.encode(), digest_size=4).hexdigest()
    return f"expert-{(vn_slugify(ref) or 'ref')[:40]}-{digest}@{PLACEHOLDER_DOMAIN}"


def is_unclaimed(user: User) -> bool:
    """An imported expert's account nobody has taken over yet (it cannot sign in)."""
    return user.email.endswith("@" + PLACEHOLDER_DOMAIN) and not user.has_usable_password()


def upsert_expert(line: ExpertLine, ctx: ImportContext) -> str:
    v = line.model_dump()
    ref = line.ref
    sectors = list(Sector.objects.filter(slug__in=v["sectors"]))
    provinces = list(Province.objects.filter(code=v["province"])) if v["province"] else []
    adopt(ExpertProfile, ref, "expert")
    profile = ExpertProfile.objects.select_related("user").filter(import_ref=ref).first()
    if profile is None:
        # The account of an earlier import whose profile was deleted since is reused, never duplicated.
        user = User.objects.filter(email=placeholder_email(ref), expert_profile__isnull=True).first()
        if user is None:
            user = User(email=placeholder_email(ref), full_name=v["name"])
            user.set_unusable_password()
            user.save()
        elif user.full_name != v["name"]:
            user.full_name = v["name"]
            user.save(update_fields=["full_name"])
        profile = ExpertProfile.objects.create(
            user=user, slug=unique_slug(ExpertProfile, v["name"]), headline=v["headline"], bio=v["bio"],
            import_ref=ref,
        )  # fmt: skip
        profile.skills.set(v["skills"])
        profile.sectors.set(sectors)
        profile.provinces.set(provinces)
        return "created"
    changed = _apply(profile, {"headline": v["headline"], "bio": v["bio"]})
    if changed:
        profile.save()
    user_changed = _apply(profile.user, {"full_name": v["name"]})
    if user_changed:
        profile.user.save(update_fields=user_changed)
    related = [
        _set_tags(profile.skills, v["skills"]),
        _set_m2m(profile.sectors, sectors),
        _set_m2m(profile.provinces, provinces),
    ]
    return "updated" if changed or user_changed or any(related) else "unchanged"


# --- solution ---------------------------------------------------------------------------------------


def _summary(description: str) -> str:
    first = description.split("\n\n", 1)[0].strip()
    return first if len(first) <= 1000 else first[:999].rsplit(" ", 1)[0] + "…"


def upsert_solution(line: SolutionLine, ctx: ImportContext) -> str:
    challenge = Challenge.objects.filter(import_ref=line.challenge_ref).first()
    expert = ExpertProfile.objects.select_related("user").filter(import_ref=line.author_ref).first()
    problems = []
    if challenge is None:
        problems.append(
            ("challenge_ref", _("no challenge has the reference “%(ref)s”") % {"ref": line.challenge_ref})
        )
    if expert is None:
        problems.append(("author_ref", _("no expert has the reference “%(ref)s”") % {"ref": line.author_ref}))
    if problems:
        raise LineError(problems)
    adopt(Solution, line.ref, "solution")
    clash = (
        Solution.objects.filter(challenge=challenge, author_id=expert.user_id)
        .exclude(status="withdrawn")
        .exclude(import_ref=line.ref)
        .exists()
    )
    if clash:
        raise LineError([("author_ref", _("this expert already proposed a solution to that challenge"))])
    try:
        _solution, outcome = solution_import_upsert(
            ref=line.ref,
            challenge=challenge,
            author=expert.user,
            title=line.title,
            summary=_summary(line.description),
            approach=line.description,
        )
    except ValidationError as exc:
        raise LineError(validation_problems(exc)) from exc
    return outcome


# --- forum topic (another app's services), and what the CMS's case-study kind reuses ----------------------------------------------


def midnight(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day), timezone.get_default_timezone())


def upsert_forum_topic(line: ForumTopicLine, ctx: ImportContext) -> str:
    adopt(Topic, line.ref, "forum_topic")
    fields = ("title", "slug", "body", "category_id", "author_id")
    before = Topic.objects.filter(import_ref=line.ref).values(*fields).first()
    before_tags = sorted(Topic.objects.get(import_ref=line.ref).tags.names()) if before else None
    try:
        topic, created = upsert_topic(
            ref=line.ref, title=line.title, body=line.body, sector_slug=line.sector or None, tags=line.tags
        )
    except ValidationError as exc:
        raise LineError(validation_problems(exc)) from exc
    if created:
        return "created"
    after = Topic.objects.filter(pk=topic.pk).values(*fields).first()
    return "unchanged" if before == after and before_tags == sorted(topic.tags.names()) else "updated"


def register() -> None:
    """The original kinds (the CMS registers ``case_study``), from CommunityConfig.ready()."""
    register_kind(Kind("expert", ExpertLine, upsert_expert, export=export.export_experts))
    register_kind(Kind("challenge", ChallengeLine, upsert_challenge, export=export.export_challenges))
    register_kind(
        Kind("solution", SolutionLine, upsert_solution, after=("challenge", "expert"),
             export=export.export_solutions)
    )  # fmt: skip
    register_kind(Kind("forum_topic", ForumTopicLine, upsert_forum_topic, export=export.export_topics))

"""The import kind ``challenge_story`` (demo only): a challenge as it happened, with the proposals,
expert invitations, decisions and status changes of its history, each dated relative to the day of seeding.

A new story is played through community.challenges.services as people would have acted (so history,
followers, notifications and search updates are real), then what the services stamped with "now" is
back-dated. A challenge that exists is left exactly as it is, with its proposals and history."""

from __future__ import annotations

from typing import Literal

from django.utils import translation
from pydantic import BaseModel, ConfigDict, Field

from community.challenges import services
from community.exchange.context import ImportContext
from community.exchange.fields import (
    Labels,
    Line,
    LineModel,
    OptionalText,
    OptionalWhenDate,
    OptionalWhenDateTime,
    ProvinceCode,
    Ref,
    SectorSlug,
    Text,
    WhenDateTime,
    when_date,
    when_datetime,
)
from community.exchange.kinds.accounts import account_of
from community.exchange.kinds.organisations import organisation_of
from community.exchange.registry import Kind, register_kind
from community.models import (
    Challenge,
    ChallengeFollow,
    ChallengeStatusChange,
    ExpertInvitation,
    ExpertProfile,
    Membership,
    Province,
    Sector,
    Solution,
    User,
)


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StatusStep(_Part):
    from_: str = Field("", alias="from")
    to: str
    at: WhenDateTime
    note: str = ""


class Figure(_Part):
    label: str
    before: str = ""
    after: str = ""
    unit: str = ""


class ProposalStep(_Part):
    author: str  # e-mail
    co_authors: list[str] = []
    on_behalf_of: str = ""  # organisation slug
    title: str
    summary: str
    approach: str
    timeline: str = ""
    cost_estimate: int | None = None
    status: Literal["submitted", "shortlisted", "selected", "declined"] = "submitted"
    feedback: str = ""
    submitted: WhenDateTime
    decided: OptionalWhenDateTime = None


class InvitationStep(_Part):
    expert: str  # e-mail
    status: Literal["pending", "accepted", "declined"] = "pending"
    message: str = ""
    sent: WhenDateTime
    responded: OptionalWhenDateTime = None


class ChallengeStoryLine(LineModel):
    """``ref`` is the challenge's slug."""

    kind: Literal["challenge_story"]
    organisation: Ref
    author: Ref  # e-mail of the member who posts it
    decider: Ref  # e-mail of an owner or admin: decides proposals, changes the status
    sector: SectorSlug
    province: ProvinceCode
    title: Line(200, 10)
    description: Text(20_000, 30)
    expected_outcome: OptionalText(2_000) = ""
    tags: Labels = []
    budget_min: int | None = None
    budget_max: int | None = None
    deadline: OptionalWhenDate = None
    visibility: Literal["public", "members"] = "public"
    status: Literal["draft", "open", "in_progress", "solved", "closed", "withdrawn"]
    created: WhenDateTime
    history: list[StatusStep]  # the first step is the creation
    outcome_summary: str = ""
    outcome_figures: list[Figure] = []
    proposals: list[ProposalStep] = []
    invitations: list[InvitationStep] = []


def upsert_challenge_story(line: ChallengeStoryLine, ctx: ImportContext) -> str:
    existing = Challenge.objects.filter(slug=line.ref).first()
    if existing is not None:
        ctx.count("challenge proposals", n=existing.solutions.count())
        ctx.count("challenge status changes", n=existing.status_changes.count())
        ctx.count("challenge expert invitations", n=existing.expert_invitations.count())
        return "unchanged"
    with translation.override("vi"):
        _play(line, ctx)
    return "created"


def _admin_of(organisation, preferred: str) -> User:
    roles = dict(
        Membership.objects.filter(organisation=organisation, role__in=("owner", "admin")).values_list(
            "user__email", "user_id"
        )
    )
    if preferred in roles:
        return User.objects.get(pk=roles[preferred])
    return User.objects.get(pk=roles[sorted(roles)[0]])


def _play(line: ChallengeStoryLine, ctx: ImportContext) -> None:
    organisation = organisation_of(line.organisation)
    members = set(Membership.objects.filter(organisation=organisation).values_list("user__email", flat=True))
    decider = _admin_of(organisation, line.decider)
    author = account_of(line.author, "author") if line.author in members else decider
    challenge = services.challenge_create(
        organisation=organisation,
        author=author,
        title=line.title,
        description=line.description,
        sector=Sector.objects.get(slug=line.sector),
        province=Province.objects.get(code=line.province),
        tags=line.tags,
        expected_outcome=line.expected_outcome,
        budget_min=line.budget_min,
        budget_max=line.budget_max,
        deadline=None,
        visibility=line.visibility,
        publish=line.status != "draft",
    )
    # The slug is the story's key (a rerun finds it); the services made theirs from the title.
    Challenge.objects.filter(pk=challenge.pk).update(slug=line.ref)
    challenge.slug = line.ref

    invitations = []
    for step in line.invitations:
        profile = ExpertProfile.objects.select_related("user").filter(user__email__iexact=step.expert).first()
        if profile and profile.is_public and profile.user.is_active and step.expert not in members:
            invitation = services.expert_invite(
                challenge=challenge, actor=decider, expert=profile, message=step.message
            )
            invitations.append((invitation, step))
    solutions = []
    for step in line.proposals:
        if step.author in members:
            continue
        user = account_of(step.author, "proposals")
        team = list(User.objects.filter(email__in=[e for e in step.co_authors if e not in members]))
        on_behalf = None
        if (
            step.on_behalf_of
            and Membership.objects.filter(organisation__slug=step.on_behalf_of, user=user).exists()
        ):
            on_behalf = organisation_of(step.on_behalf_of, "proposals")
        solution = services.solution_create(
            challenge=challenge,
            author=user,
            title=step.title,
            summary=step.summary,
            approach=step.approach,
            timeline=step.timeline,
            cost_estimate=step.cost_estimate,
            organisation=on_behalf,
            co_authors=team,
        )
        solutions.append((solution, step))
    for invitation, step in invitations:
        if step.status != "pending":
            services.expert_invitation_respond(
                invitation=invitation, actor=invitation.expert.user, accept=step.status == "accepted"
            )
    # Decide the others first: selecting one moves an open challenge to "in progress".
    for solution, step in sorted(solutions, key=lambda pair: pair[1].status == "selected"):
        if step.status != "submitted":
            services.solution_decide(
                solution=solution, actor=decider, decision=step.status, feedback=step.feedback
            )
    if line.status in ("closed", "withdrawn"):
        services.challenge_set_status(
            challenge=challenge, actor=decider, status=line.status, note=line.history[-1].note
        )
    elif line.status == "solved":
        services.challenge_mark_solved(
            challenge=challenge,
            actor=decider,
            outcome_summary=line.outcome_summary,
            outcome_figures=[figure.model_dump() for figure in line.outcome_figures],
        )
    _backdate(line, ctx, challenge, author, invitations, solutions)


def _backdate(line, ctx, challenge, author, invitations, solutions) -> None:
    """Move what the services stamped with "now" to the moments of the story."""
    at = when_datetime
    created = at(line.created, ctx)
    Challenge.objects.filter(pk=challenge.pk).update(
        created_at=created,
        updated_at=at(line.history[-1].at, ctx),
        published_at=None if line.status == "draft" else created,
        deadline=when_date(line.deadline, ctx),
    )
    changes = list(ChallengeStatusChange.objects.filter(challenge=challenge).order_by("pk"))
    for change, step in zip(changes, line.history, strict=False):
        ChallengeStatusChange.objects.filter(pk=change.pk).update(
            created_at=at(step.at, ctx), note=step.note or change.note
        )
    ChallengeFollow.objects.filter(challenge=challenge, user=author).update(created_at=created)
    for solution, step in solutions:
        submitted = at(step.submitted, ctx)
        decided = at(step.decided, ctx)
        Solution.objects.filter(pk=solution.pk).update(
            created_at=submitted,
            updated_at=decided or submitted,
            decided_at=decided if step.status in ("selected", "declined") else None,
        )
        ChallengeFollow.objects.filter(challenge=challenge, user=solution.author).update(created_at=submitted)
    for invitation, step in invitations:
        ExpertInvitation.objects.filter(pk=invitation.pk).update(
            created_at=at(step.sent, ctx), responded_at=at(step.responded, ctx)
        )
    ctx.count("challenge proposals", created=True, n=len(solutions))
    ctx.count("challenge status changes", created=True, n=len(changes))
    ctx.count("challenge expert invitations", created=True, n=len(invitations))


def register() -> None:
    register_kind(
        Kind(
            "challenge_story",
            ChallengeStoryLine,
            upsert_challenge_story,
            after=("organisation", "membership", "expert_profile", "account"),
            public=False,
        )
    )

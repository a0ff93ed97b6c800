"""Writes for the solutions (proposals) to a challenge: submit, edit, decide, withdraw."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.challenges import permissions, signals
from community.challenges.models import (
    APPROACH_MAX_LENGTH,
    FEEDBACK_MAX_LENGTH,
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    Solution,
    SolutionStatus,
)
from community.challenges.services.challenges import (
    _add_attachments,
    _clean_text,
    _record_status,
    _send_on_commit,
)
from community.core.markdown import render_markdown
from community.core.ratelimit import rate_limited
from community.core.text import length_error
from community.organisations.permissions import is_member

# --- Solutions ----------------------------------------------------------------------------------------


def _validate_solution(*, title: str, summary: str, approach: str) -> dict[str, str]:
    errors = {}
    if len(title) < 5:
        errors["title"] = _("Give the proposal a title of at least 5 characters.")
    if len(summary) < 20:
        errors["summary"] = _("Summarise the proposal in at least 20 characters.")
    elif too_long := length_error(summary, Solution._meta.get_field("summary").max_length):
        errors["summary"] = too_long
    if len(approach) < 30:
        errors["approach"] = _("Describe your approach in at least 30 characters.")
    elif too_long := length_error(approach, APPROACH_MAX_LENGTH):
        errors["approach"] = too_long
    return errors


@rate_limited("solution", actor="author")
@transaction.atomic
def solution_create(
    *,
    challenge: Challenge,
    author,
    title: str,
    summary: str,
    approach: str,
    timeline: str = "",
    cost_estimate: int | None = None,
    organisation=None,
    co_authors: Iterable = (),
    attachments: Iterable = (),
) -> Solution:
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    if not permissions.can_view_challenge(author, challenge):
        raise PermissionDenied
    if challenge.status != ChallengeStatus.OPEN:
        raise ValidationError(_("This challenge is not open for proposals any more."))
    if not permissions.can_propose_solution(author, challenge):
        raise ValidationError(
            _("Members of the organisation that posted a challenge cannot propose solutions to it.")
        )
    if organisation is not None and not is_member(author, organisation):
        raise ValidationError(
            {"organisation": _("You can only propose on behalf of an organisation you belong to.")}
        )
    title, summary, approach = (
        " ".join(_clean_text(title).split()),
        _clean_text(summary),
        _clean_text(approach),
    )
    errors = _validate_solution(title=title, summary=summary, approach=approach)
    if errors:
        raise ValidationError(errors)
    try:
        with transaction.atomic():
            solution = Solution.objects.create(
                challenge=challenge,
                author=author,
                organisation=organisation,
                title=title,
                summary=summary,
                approach=approach,
                approach_html=render_markdown(approach),
                timeline=_clean_text(timeline)[:200],
                cost_estimate=cost_estimate,
            )
    except IntegrityError as exc:
        raise ValidationError(
            _("You have already proposed a solution to this challenge; edit it instead.")
        ) from exc
    solution.co_authors.set([u for u in co_authors if u.pk != author.pk])
    _add_attachments(uploads=attachments, user=author, solution=solution)
    ChallengeFollow.objects.get_or_create(challenge=challenge, user=author)
    _send_on_commit(signals.solution_submitted, sender=Solution, solution=solution)
    return solution


@transaction.atomic
def solution_update(
    *,
    solution: Solution,
    actor,
    co_authors: Iterable | None = None,
    attachments: Iterable = (),
    **fields: Any,
) -> Solution:
    # Decide on the stored state, not on a copy that a decision may have overtaken.
    solution = Solution.objects.select_for_update().select_related("challenge").get(pk=solution.pk)
    if not permissions.can_edit_solution(actor, solution):
        raise PermissionDenied
    allowed = {"title", "summary", "approach", "timeline", "cost_estimate"}
    for key, value in fields.items():
        if key not in allowed:
            raise ValueError(key)
        setattr(solution, key, value)
    solution.title = " ".join(_clean_text(solution.title).split())
    solution.summary, solution.approach = _clean_text(solution.summary), _clean_text(solution.approach)
    errors = _validate_solution(title=solution.title, summary=solution.summary, approach=solution.approach)
    if errors:
        raise ValidationError(errors)
    solution.approach_html = render_markdown(solution.approach)
    solution.save()
    if co_authors is not None:
        solution.co_authors.set([u for u in co_authors if u.pk != solution.author_id])
    _add_attachments(uploads=attachments, user=actor, solution=solution)
    return solution


DECISIONS = (SolutionStatus.SHORTLISTED, SolutionStatus.SELECTED, SolutionStatus.DECLINED)


@transaction.atomic
def solution_decide(*, solution: Solution, actor, decision: str, feedback: str) -> Solution:
    if not permissions.can_decide_solution(actor, solution):
        raise PermissionDenied
    solution = Solution.objects.select_for_update().select_related("challenge").get(pk=solution.pk)
    if decision not in DECISIONS:
        raise ValidationError({"decision": _("Choose shortlist, select or decline.")})
    if solution.status in (SolutionStatus.SELECTED, SolutionStatus.DECLINED, SolutionStatus.WITHDRAWN):
        raise ValidationError(_("This proposal has already been decided."))
    feedback = _clean_text(feedback)
    if len(feedback) < 10:
        raise ValidationError(
            {"feedback": _("Write a few words of feedback (at least 10 characters) for the author.")}
        )
    if too_long := length_error(feedback, FEEDBACK_MAX_LENGTH):
        raise ValidationError({"feedback": too_long})
    challenge = solution.challenge
    if decision == SolutionStatus.SELECTED and challenge.status not in (
        ChallengeStatus.OPEN,
        ChallengeStatus.IN_PROGRESS,
    ):
        raise ValidationError(
            _("A proposal can only be selected while the challenge is open or in progress.")
        )
    solution.status = decision
    solution.feedback = feedback
    solution.decided_by = actor
    solution.decided_at = timezone.now() if decision != SolutionStatus.SHORTLISTED else None
    solution.save(update_fields=["status", "feedback", "decided_by", "decided_at", "updated_at"])
    if decision == SolutionStatus.SELECTED and challenge.status == ChallengeStatus.OPEN:
        challenge.status = ChallengeStatus.IN_PROGRESS
        challenge.save(update_fields=["status", "updated_at"])
        _record_status(
            challenge,
            from_status=ChallengeStatus.OPEN,
            to_status=ChallengeStatus.IN_PROGRESS,
            actor=actor,
            note=_("Proposal selected: %(title)s") % {"title": solution.title},
        )
        _send_on_commit(
            signals.challenge_status_changed,
            challenge=challenge,
            from_status=ChallengeStatus.OPEN,
            to_status=ChallengeStatus.IN_PROGRESS,
            actor=actor,
        )
    _send_on_commit(signals.solution_decided, sender=Solution, solution=solution, actor=actor)
    return solution


@transaction.atomic
def solution_withdraw(*, solution: Solution, actor) -> Solution:
    if solution.author_id != getattr(actor, "pk", None):
        raise PermissionDenied
    if solution.is_decided:
        raise ValidationError(_("A decided proposal cannot be withdrawn."))
    solution.status = SolutionStatus.WITHDRAWN
    solution.save(update_fields=["status", "updated_at"])
    return solution

"""Writes for challenges: post, edit, move along the statuses, mark solved, follow; and the helpers
the solutions and invitations share (domain events sent on commit, text cleaning, attachments, history).
Keyword-only, one transaction each, ValidationError with a message a person can act on."""

from __future__ import annotations

import contextvars
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.challenges import permissions, signals
from community.challenges.models import (
    DESCRIPTION_MAX_LENGTH,
    EXPECTED_OUTCOME_MAX_LENGTH,
    OUTCOME_SUMMARY_MAX_LENGTH,
    Attachment,
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    ChallengeStatusChange,
    Solution,
    SolutionStatus,
)
from community.core.markdown import render_markdown
from community.core.ratelimit import rate_limited
from community.core.services import unique_slug
from community.core.text import clean_labels, length_error, nfc
from community.core.uploads import MAX_ATTACHMENTS, validate_attachment

TITLE_MIN = 10
DESCRIPTION_MIN = 30


def _send_on_commit(signal, sender=Challenge, **kwargs) -> None:
    # The receivers run in the context of the code that caused the event (e.g. "no e-mail while
    # seeding"), even though they run later, when the outermost transaction commits.
    context = contextvars.copy_context()
    transaction.on_commit(lambda: context.run(signal.send, sender=sender, **kwargs), robust=True)


def _clean_text(value: str) -> str:
    return nfc(value or "").strip()


def _validate_challenge_fields(
    *,
    title: str,
    description: str,
    expected_outcome: str,
    deadline,
    budget_min,
    budget_max,
    check_deadline: bool,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(title) < TITLE_MIN:
        errors["title"] = _("Give the challenge a title of at least %(n)d characters.") % {"n": TITLE_MIN}
    if len(description) < DESCRIPTION_MIN:
        errors["description"] = _("Describe the challenge in at least %(n)d characters.") % {
            "n": DESCRIPTION_MIN
        }
    elif too_long := length_error(description, DESCRIPTION_MAX_LENGTH):
        errors["description"] = too_long
    if too_long := length_error(expected_outcome, EXPECTED_OUTCOME_MAX_LENGTH):
        errors["expected_outcome"] = too_long
    if check_deadline and deadline and deadline < timezone.localdate():
        errors["deadline"] = _("The deadline cannot be in the past.")
    if budget_min is not None and budget_max is not None and budget_min > budget_max:
        errors["budget_max"] = _("The upper budget must not be lower than the lower one.")
    return errors


def _add_attachments(*, uploads: Iterable, user, challenge=None, solution=None) -> list[Attachment]:
    uploads = [u for u in uploads if u]
    owner = challenge or solution
    existing = owner.attachments.count() if owner and owner.pk else 0
    if existing + len(uploads) > MAX_ATTACHMENTS:
        raise ValidationError({"attachments": _("Attach at most %(n)d files.") % {"n": MAX_ATTACHMENTS}})
    created = []
    for upload in uploads:
        try:
            detected = validate_attachment(upload)
        except ValidationError as exc:
            raise ValidationError({"attachments": exc.messages}) from exc
        created.append(
            Attachment.objects.create(
                challenge=challenge,
                solution=solution,
                file=upload,
                original_name=upload.name[:200],
                content_type=detected.content_type,
                size=upload.size,
                uploaded_by=user,
            )
        )
    return created


def _record_status(challenge: Challenge, *, from_status: str, to_status: str, actor, note: str = "") -> None:
    ChallengeStatusChange.objects.create(
        challenge=challenge, from_status=from_status, to_status=to_status, actor=actor, note=note[:300]
    )


@rate_limited("challenge", actor="author")
@transaction.atomic
def challenge_create(
    *,
    organisation,
    author,
    title: str,
    description: str,
    sector,
    province,
    tags: Sequence[str] = (),
    expected_outcome: str = "",
    budget_min: int | None = None,
    budget_max: int | None = None,
    deadline: dt.date | None = None,
    visibility: str = "public",
    publish: bool = True,
    attachments: Iterable = (),
) -> Challenge:
    if not permissions.can_post_challenge(author, organisation):
        raise PermissionDenied
    title, description = " ".join(_clean_text(title).split()), _clean_text(description)
    expected_outcome = _clean_text(expected_outcome)
    errors = _validate_challenge_fields(
        title=title,
        description=description,
        expected_outcome=expected_outcome,
        deadline=deadline,
        budget_min=budget_min,
        budget_max=budget_max,
        check_deadline=True,
    )
    if errors:
        raise ValidationError(errors)
    status = ChallengeStatus.OPEN if publish else ChallengeStatus.DRAFT
    challenge = Challenge.objects.create(
        organisation=organisation,
        author=author,
        title=title,
        slug=unique_slug(Challenge, title),
        description=description,
        description_html=render_markdown(description),
        expected_outcome=expected_outcome,
        sector=sector,
        province=province,
        budget_min=budget_min,
        budget_max=budget_max,
        deadline=deadline,
        visibility=visibility,
        status=status,
        published_at=timezone.now() if publish else None,
    )
    challenge.tags.set(clean_labels(tags, max_length=60, limit=12))
    _add_attachments(uploads=attachments, user=author, challenge=challenge)
    _record_status(challenge, from_status="", to_status=status, actor=author)
    ChallengeFollow.objects.get_or_create(challenge=challenge, user=author)
    if publish:
        _send_on_commit(signals.challenge_published, challenge=challenge)
    return challenge


EDITABLE_FIELDS = {
    "title",
    "description",
    "expected_outcome",
    "sector",
    "province",
    "budget_min",
    "budget_max",
    "deadline",
    "visibility",
}


@transaction.atomic
def challenge_update(
    *,
    challenge: Challenge,
    actor,
    tags: Sequence[str] | None = None,
    attachments: Iterable = (),
    **fields: Any,
) -> Challenge:
    if not permissions.can_edit_challenge(actor, challenge):
        raise PermissionDenied
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for key, value in fields.items():
        setattr(challenge, key, value)
    challenge.title = " ".join(_clean_text(challenge.title).split())
    challenge.description = _clean_text(challenge.description)
    challenge.expected_outcome = _clean_text(challenge.expected_outcome)
    original_deadline = Challenge.objects.values_list("deadline", flat=True).get(pk=challenge.pk)
    errors = _validate_challenge_fields(
        title=challenge.title,
        description=challenge.description,
        expected_outcome=challenge.expected_outcome,
        deadline=challenge.deadline,
        budget_min=challenge.budget_min,
        budget_max=challenge.budget_max,
        check_deadline=challenge.deadline != original_deadline,  # an old deadline may stay as it was
    )
    if errors:
        raise ValidationError(errors)
    challenge.description_html = render_markdown(challenge.description)
    challenge.save()
    if tags is not None:
        challenge.tags.set(clean_labels(tags, max_length=60, limit=12))
    _add_attachments(uploads=attachments, user=actor, challenge=challenge)
    return challenge


@transaction.atomic
def challenge_set_status(*, challenge: Challenge, actor, status: str, note: str = "") -> Challenge:
    if not permissions.can_change_challenge_status(actor, challenge):
        raise PermissionDenied
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    if status == ChallengeStatus.SOLVED:
        raise ValidationError(_("Use “Mark as solved” to record the outcome of a solved challenge."))
    if status not in challenge.allowed_transitions():
        raise ValidationError(
            _("A challenge that is %(from)s cannot become %(to)s.")
            % {
                "from": challenge.get_status_display().lower(),
                "to": str(ChallengeStatus(status).label).lower()
                if status in ChallengeStatus.values
                else status,
            }
        )
    previous = challenge.status
    challenge.status = status
    if status == ChallengeStatus.OPEN and challenge.published_at is None:
        challenge.published_at = timezone.now()
        _send_on_commit(signals.challenge_published, challenge=challenge)
    challenge.save(update_fields=["status", "published_at", "updated_at"])
    _record_status(challenge, from_status=previous, to_status=status, actor=actor, note=note)
    _send_on_commit(
        signals.challenge_status_changed,
        challenge=challenge,
        from_status=previous,
        to_status=status,
        actor=actor,
    )
    return challenge


@transaction.atomic
def challenge_mark_solved(
    *, challenge: Challenge, actor, outcome_summary: str, outcome_figures: Sequence[dict] = ()
) -> Challenge:
    if not permissions.can_change_challenge_status(actor, challenge):
        raise PermissionDenied
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    if challenge.status != ChallengeStatus.IN_PROGRESS:
        raise ValidationError(_("Only a challenge in progress can be marked as solved."))
    summary = _clean_text(outcome_summary)
    if len(summary) < 20:
        raise ValidationError({"outcome_summary": _("Tell others what changed, in at least 20 characters.")})
    if too_long := length_error(summary, OUTCOME_SUMMARY_MAX_LENGTH):
        raise ValidationError({"outcome_summary": too_long})
    figures = []
    for row in outcome_figures:
        label = " ".join(nfc(str(row.get("label", ""))).split())[:120]
        if label:
            figures.append(
                {
                    "label": label,
                    "before": str(row.get("before", ""))[:40],
                    "after": str(row.get("after", ""))[:40],
                    "unit": str(row.get("unit", ""))[:20],
                }
            )
    previous = challenge.status
    challenge.status = ChallengeStatus.SOLVED
    challenge.outcome_summary = summary
    challenge.outcome_figures = figures[:10]
    challenge.save(update_fields=["status", "outcome_summary", "outcome_figures", "updated_at"])
    _record_status(challenge, from_status=previous, to_status=ChallengeStatus.SOLVED, actor=actor)
    selected = challenge.solutions.filter(status=SolutionStatus.SELECTED).first()
    _send_on_commit(
        signals.challenge_status_changed,
        challenge=challenge,
        from_status=previous,
        to_status=ChallengeStatus.SOLVED,
        actor=actor,
    )
    _send_on_commit(signals.challenge_solved, challenge=challenge, solution=selected, actor=actor)
    return challenge


def challenge_follow(*, challenge: Challenge, user, follow: bool = True) -> bool:
    if not permissions.can_view_challenge(user, challenge) or not user.is_authenticated:
        raise PermissionDenied
    if follow:
        ChallengeFollow.objects.get_or_create(challenge=challenge, user=user)
    else:
        ChallengeFollow.objects.filter(challenge=challenge, user=user).delete()
    return follow


def _import_note() -> str:
    return _("Imported")


@transaction.atomic
def challenge_import_upsert(
    *,
    ref: str,
    organisation,
    title: str,
    description: str,
    sector,
    province,
    status: str,
    deadline: dt.date | None = None,
    tags: Sequence[str] = (),
    author=None,
) -> tuple[Challenge, str]:
    """For the importer: create or update the challenge with this import reference; returns it and
    ``"created"``, ``"updated"`` or ``"unchanged"`` (a second call with the same values writes nothing).

    The file is the authority on the status, so any change is taken, and each is recorded in the history
    (from the empty status on creation) and announced like a person's change: followers are told, a
    challenge published here is matched with experts. A past deadline is kept (it may be history)."""
    title, description = " ".join(_clean_text(title).split()), _clean_text(description)
    errors = _validate_challenge_fields(
        title=title,
        description=description,
        expected_outcome="",
        deadline=deadline,
        budget_min=None,
        budget_max=None,
        check_deadline=False,
    )
    if status not in ChallengeStatus.values:
        errors["status"] = _("Unknown status “%(status)s”.") % {"status": status}
    if errors:
        raise ValidationError(errors)
    values = {
        "title": title,
        "description": description,
        "description_html": str(render_markdown(description)),
        "sector_id": sector.pk,
        "province_id": province.pk,
        "organisation_id": organisation.pk,
        "deadline": deadline,
    }
    tags = list(tags)
    challenge = Challenge.objects.select_for_update().filter(import_ref=ref).first()
    if challenge is None:
        published = status != ChallengeStatus.DRAFT
        challenge = Challenge.objects.create(
            import_ref=ref,
            slug=unique_slug(Challenge, title),
            visibility="public",
            status=status,
            author=author,
            published_at=timezone.now() if published else None,
            **values,
        )
        challenge.tags.set(tags)
        _record_status(challenge, from_status="", to_status=status, actor=author, note=_import_note())
        if author is not None:
            ChallengeFollow.objects.get_or_create(challenge=challenge, user=author)
        if published:
            _send_on_commit(signals.challenge_published, challenge=challenge)
        return challenge, "created"
    changed = [name for name, value in values.items() if getattr(challenge, name) != value]
    for name in changed:
        setattr(challenge, name, values[name])
    previous = challenge.status
    if status != previous:
        challenge.status = status
        changed.append("status")
    newly_published = challenge.published_at is None and status != ChallengeStatus.DRAFT
    if newly_published:
        challenge.published_at = timezone.now()
        changed.append("published_at")
    if changed:
        challenge.save()
    tags_changed = sorted(challenge.tags.names()) != sorted(tags)
    if tags_changed:
        challenge.tags.set(tags)
    if status != previous:
        _record_status(challenge, from_status=previous, to_status=status, actor=author, note=_import_note())
        _send_on_commit(
            signals.challenge_status_changed,
            challenge=challenge,
            from_status=previous,
            to_status=status,
            actor=author,
        )
    if newly_published:
        _send_on_commit(signals.challenge_published, challenge=challenge)
    return challenge, ("updated" if changed or tags_changed else "unchanged")


@transaction.atomic
def solution_import_upsert(
    *, ref: str, challenge: Challenge, author, title: str, summary: str, approach: str
) -> tuple[Solution, str]:
    """For the importer: create or update the proposal with this import reference; returns it and
    ``"created"``, ``"updated"`` or ``"unchanged"``. A new one is announced to the organisation as a
    person's proposal is, and its author follows the challenge. Whether the challenge is still open is
    not checked: the file may record proposals of challenges decided since."""
    title, summary, approach = (
        " ".join(_clean_text(title).split()),
        _clean_text(summary),
        _clean_text(approach),
    )
    values = {
        "challenge_id": challenge.pk,
        "author_id": author.pk,
        "title": title,
        "summary": summary,
        "approach": approach,
        "approach_html": str(render_markdown(approach)),
    }
    solution = Solution.objects.select_for_update().filter(import_ref=ref).first()
    clash = (
        Solution.objects.filter(challenge=challenge, author=author)
        .exclude(status=SolutionStatus.WITHDRAWN)
        .exclude(pk=getattr(solution, "pk", None))
        .exists()
    )
    if clash:
        raise ValidationError(_("This expert already proposed a solution to that challenge."))
    if solution is None:
        solution = Solution.objects.create(import_ref=ref, **values)
        ChallengeFollow.objects.get_or_create(challenge=challenge, user=author)
        _send_on_commit(signals.solution_submitted, sender=Solution, solution=solution)
        return solution, "created"
    changed = [name for name, value in values.items() if getattr(solution, name) != value]
    for name in changed:
        setattr(solution, name, values[name])
    if changed:
        solution.save()
    return solution, ("updated" if changed else "unchanged")

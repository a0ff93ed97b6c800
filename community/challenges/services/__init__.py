"""Writes for challenges, solutions and expert invitations: keyword-only, one transaction each,
ValidationError with a message a person can act on; events are sent once the transaction commits.

One module per entity (challenges.py, solutions.py, invitations.py); callers import from here."""

from community.challenges.services.challenges import (
    DESCRIPTION_MIN,
    EDITABLE_FIELDS,
    TITLE_MIN,
    challenge_create,
    challenge_follow,
    challenge_import_upsert,
    challenge_mark_solved,
    challenge_set_status,
    challenge_update,
    solution_import_upsert,
)
from community.challenges.services.invitations import expert_invitation_respond, expert_invite
from community.challenges.services.solutions import (
    DECISIONS,
    solution_create,
    solution_decide,
    solution_update,
    solution_withdraw,
)

__all__ = [
    "DECISIONS",
    "DESCRIPTION_MIN",
    "EDITABLE_FIELDS",
    "TITLE_MIN",
    "challenge_create",
    "challenge_follow",
    "challenge_import_upsert",
    "challenge_mark_solved",
    "challenge_set_status",
    "challenge_update",
    "expert_invitation_respond",
    "expert_invite",
    "solution_create",
    "solution_decide",
    "solution_import_upsert",
    "solution_update",
    "solution_withdraw",
]

"""Community models, one module per concern."""

from .challenges import (
    Attachment,
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeTag,
    ExpertInvitation,
    Solution,
    SolutionStatus,
    TaggedChallenge,
    Visibility,
)
from .experts import ExpertProfile, Skill, TaggedSkill
from .organisations import Invitation, Membership, Organisation
from .reference import Province, Sector
from .users import User

__all__ = [
    "Attachment",
    "Challenge",
    "ChallengeFollow",
    "ChallengeStatus",
    "ChallengeStatusChange",
    "ChallengeTag",
    "ExpertInvitation",
    "ExpertProfile",
    "Invitation",
    "Membership",
    "Organisation",
    "Province",
    "Sector",
    "Skill",
    "Solution",
    "SolutionStatus",
    "TaggedChallenge",
    "TaggedSkill",
    "User",
    "Visibility",
]

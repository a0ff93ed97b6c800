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
from .notifications import DigestFrequency, Notification, NotificationKind, NotificationPreference
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
    "DigestFrequency",
    "ExpertInvitation",
    "ExpertProfile",
    "Invitation",
    "Membership",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
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

"""Community models, one module per concern."""

from community.challenges.models import (
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
from community.models.experts import ExpertProfile, Skill, TaggedSkill
from community.models.organisations import Invitation, Membership, Organisation
from community.models.reference import Province, Sector
from community.models.users import User
from community.notifications.models import (
    DigestFrequency,
    Notification,
    NotificationKind,
    NotificationPreference,
)

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

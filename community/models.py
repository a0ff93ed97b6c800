"""Community models, one module per concern."""

from community.accounts.models import User
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
from community.core.models import Province, Sector
from community.experts.models import ExpertProfile, Skill, TaggedSkill
from community.notifications.models import (
    DigestFrequency,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from community.organisations.models import Invitation, Membership, Organisation

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

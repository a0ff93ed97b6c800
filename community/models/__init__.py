"""Community models, one module per concern."""

from .experts import ExpertProfile, Skill, TaggedSkill
from .organisations import Invitation, Membership, Organisation
from .reference import Province, Sector
from .users import User

__all__ = [
    "ExpertProfile",
    "Invitation",
    "Membership",
    "Organisation",
    "Province",
    "Sector",
    "Skill",
    "TaggedSkill",
    "User",
]

"""Haystack finds an app's search documents through this module: the community's, one module per domain."""

from community.challenges.search_indexes import ChallengeIndex, SolutionIndex
from community.experts.search_indexes import ExpertIndex
from community.organisations.search_indexes import OrganisationIndex

__all__ = ["ChallengeIndex", "ExpertIndex", "OrganisationIndex", "SolutionIndex"]

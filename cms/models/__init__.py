"""Page models, one page type per module."""

from .case_studies import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
    CaseStudyTechnology,
    TaggedCaseStudy,
    TaggedCaseStudyTechnology,
)
from .home import HomePage

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyTag",
    "CaseStudyTechnology",
    "HomePage",
    "TaggedCaseStudy",
    "TaggedCaseStudyTechnology",
]

"""Expert matching: which experts fit a challenge, and which open challenges fit an expert, with reasons.

Both directions use one pure scoring function (`score_signals`) over the same signals, so the ranking
an organisation sees and the "challenges for you" feed an expert sees agree:

* shared skills: an expert's skill equals a challenge tag, or appears as a phrase in its title,
  description or expected outcome, compared without diacritics ("du lieu y te" = "dữ liệu y tế");
* text similarity from the search module (`more_like_this`), relative to the best hit;
* same sector, same province, availability, the verified badge;
* track record: selected proposals, counting most those in the challenge's sector.

Candidate generation is what keeps it fast against 10,000 experts: the database gives the experts who
share a skill or the sector (a few aggregate queries returning ids), the search engine adds the
textually similar ones, every signal of every candidate comes from those id lists, and only the
`limit` winners are loaded as objects. A match costs a fixed number of queries whatever the
population. Results are cached briefly under a generation number that any relevant save bumps.
"""

from community.matching.selectors.challenges import challenges_for_expert
from community.matching.selectors.experts import match_experts
from community.matching.selectors.lookups import generation, invalidate
from community.matching.selectors.scoring import (
    MATCHABLE_STATUSES,
    MIN_SCORE,
    NOTIFY_MIN_SCORE,
    NOTIFY_TOP,
    Match,
    Signals,
    normalise,
    reasons_for,
    score_signals,
)

__all__ = [
    "MATCHABLE_STATUSES",
    "MIN_SCORE",
    "NOTIFY_MIN_SCORE",
    "NOTIFY_TOP",
    "Match",
    "Signals",
    "challenges_for_expert",
    "generation",
    "invalidate",
    "match_experts",
    "normalise",
    "reasons_for",
    "score_signals",
]

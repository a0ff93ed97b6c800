"""The scoring of a match: weights, the signals of one expert-challenge pair, their score and reasons."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.challenges.models import (
    Challenge,
    ChallengeStatus,
)
from community.core.text import fold
from community.experts.models import ExpertProfile

# --- Weights (points; a perfect match scores about 100) -------------------------------------------
SKILL_POINTS = 12.0  # per shared skill
MAX_SKILLS_COUNTED = 3
TEXT_POINTS = 25.0  # times the similarity relative to the best text hit
SECTOR_POINTS = 15.0
PROVINCE_POINTS = 8.0
SOLVED_SAME_SECTOR_POINTS = 4.0  # per selected proposal in the same sector
SOLVED_OTHER_POINTS = 1.5  # per selected proposal elsewhere
MAX_SOLVED_COUNTED = 3
VERIFIED_POINTS = 4.0
UNAVAILABLE_FACTOR = 0.5  # experts not taking new challenges stay visible, lower down

# A match below this is noise: sharing only a province, say.
MIN_SCORE = 12.0
# When a challenge is published, the best experts above this score are told in-app.
NOTIFY_MIN_SCORE = 30.0
NOTIFY_TOP = 5

TEXT_CANDIDATES = 50  # search hits taken as candidates
CACHE_SECONDS = 600
_GENERATION_KEY = "dx:match:gen"
_MAX_PHRASE_WORDS = 5

MATCHABLE_STATUSES = (ChallengeStatus.OPEN,)

_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=20_000)
def normalise(text: str) -> str:
    """Folded (no diacritics, lower case), punctuation as spaces, single spaces: the form phrases are compared in."""
    return " ".join(_NON_WORD.sub(" ", fold(text or "")).split())


def _phrases(text: str, max_words: int = _MAX_PHRASE_WORDS) -> set[str]:
    words = normalise(text).split()
    out: set[str] = set()
    for n in range(1, max_words + 1):
        for i in range(len(words) - n + 1):
            out.add(" ".join(words[i : i + n]))
    return out


def _challenge_text(challenge: Challenge) -> str:
    return "\n".join([challenge.title, challenge.description, challenge.expected_outcome or ""])


# --- Scoring ---------------------------------------------------------------------------------------


@dataclass
class Signals:
    """Everything the score is computed from; plain values so it can be cached and unit-tested."""

    shared_skills: list[str] = field(default_factory=list)
    text: float = 0.0  # 0..1
    same_sector: bool = False
    same_province: bool = False
    available: bool = True
    verified: bool = False
    solved_same_sector: int = 0
    solved_other: int = 0
    sector_name: str = ""
    province_name: str = ""


def score_signals(signals: Signals) -> float:
    """The match score (about 0–100); pure, so the ranking is explained by its inputs alone."""
    score = SKILL_POINTS * min(len(signals.shared_skills), MAX_SKILLS_COUNTED)
    score += TEXT_POINTS * max(0.0, min(1.0, signals.text))
    score += SECTOR_POINTS if signals.same_sector else 0.0
    score += PROVINCE_POINTS if signals.same_province else 0.0
    score += SOLVED_SAME_SECTOR_POINTS * min(signals.solved_same_sector, MAX_SOLVED_COUNTED)
    score += SOLVED_OTHER_POINTS * min(signals.solved_other, MAX_SOLVED_COUNTED)
    score += VERIFIED_POINTS if signals.verified else 0.0
    if not signals.available:
        score *= UNAVAILABLE_FACTOR
    return round(score, 2)


def reasons_for(signals: Signals) -> list[str]:
    """The reasons in plain words, in the active language, strongest first."""
    reasons: list[str] = []
    if signals.shared_skills:
        reasons.append(_("shared skills: %(skills)s") % {"skills": ", ".join(signals.shared_skills[:4])})
    if signals.same_sector and signals.sector_name:
        reasons.append(_("same sector: %(sector)s") % {"sector": signals.sector_name.lower()})
    if signals.same_province and signals.province_name:
        reasons.append(_("same province: %(province)s") % {"province": signals.province_name})
    if signals.solved_same_sector:
        reasons.append(
            ngettext(
                "%(n)d similar challenge solved",
                "%(n)d similar challenges solved",
                signals.solved_same_sector,
            )
            % {"n": signals.solved_same_sector}
        )
    elif signals.solved_other:
        reasons.append(
            ngettext("%(n)d challenge solved", "%(n)d challenges solved", signals.solved_other)
            % {"n": signals.solved_other}
        )
    if signals.text >= 0.5 and not signals.shared_skills:
        reasons.append(_("experience close to this challenge"))
    if signals.verified:
        reasons.append(_("verified expert"))
    if not signals.available:
        reasons.append(_("not taking new challenges at the moment"))
    return reasons


@dataclass
class Match:
    """One ranked pairing. `expert` is set by `match_experts`, `challenge` by `challenges_for_expert`."""

    score: float
    signals: Signals
    expert: ExpertProfile | None = None
    challenge: Challenge | None = None
    invitation: object | None = None  # the ExpertInvitation, when a view attaches it

    @property
    def reasons(self) -> list[str]:
        return reasons_for(self.signals)

    @property
    def reasons_text(self) -> str:
        return "; ".join(self.reasons)

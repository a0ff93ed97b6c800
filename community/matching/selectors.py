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

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from community.challenges.models import (
    Challenge,
    ChallengeStatus,
    ChallengeTag,
    Solution,
    SolutionStatus,
    TaggedChallenge,
)
from community.core.models import Province, Sector
from community.core.text import fold
from community.experts.models import ExpertProfile, Skill, TaggedSkill
from community.organisations.models import Membership
from search.api import more_like_this

logger = logging.getLogger(__name__)

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


# --- Cached lookups ----------------------------------------------------------------------------------


def generation() -> int:
    value = cache.get(_GENERATION_KEY)
    if value is None:
        cache.add(_GENERATION_KEY, 1, None)
        value = cache.get(_GENERATION_KEY) or 1
    return int(value)


def invalidate() -> None:
    """Forget every cached match (profiles, skills, tags or track records changed)."""
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:
        cache.set(_GENERATION_KEY, 2, None)


def _skill_index() -> tuple[dict[str, list[int]], dict[int, str]]:
    """Folded skill name -> skill ids, and id -> name: one aggregate query decides if the cache is current."""
    state = Skill.objects.aggregate(n=Count("id"), top=Max("id"))
    key = f"dx:match:skills:{state['n']}:{state['top']}:{generation()}"
    cached = cache.get(key)
    if cached is None:
        by_folded: dict[str, list[int]] = defaultdict(list)
        names: dict[int, str] = {}
        for pk, name in Skill.objects.values_list("id", "name"):
            folded = normalise(name)
            if folded:
                by_folded[folded].append(pk)
                names[pk] = name
        cached = (dict(by_folded), names)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def _similar(instance, model) -> dict[int, float]:
    """pk -> text similarity 0..1 (relative to the best hit) from the search module."""
    try:
        hits = more_like_this(instance, limit=TEXT_CANDIDATES, models=[model], load_objects=False)
    except Exception:  # matching works without the engine, on the database signals alone
        logger.warning("more_like_this failed for %r", instance, exc_info=True)
        return {}
    scores: dict[int, float] = {}
    for hit in hits:
        try:
            scores[int(hit.pk)] = hit.score
        except (TypeError, ValueError):
            continue
    best = max(scores.values(), default=0.0)
    return {pk: (s / best if best > 0 else 0.0) for pk, s in scores.items()}


def _eligible_experts():
    """Experts anyone may be matched with: listed in the directory, account active."""
    return ExpertProfile.objects.filter(is_public=True, user__is_active=True)


def _track_records(user_ids: Iterable[int] | None = None) -> dict[int, dict[int, int]]:
    """user id -> {sector id: number of selected proposals}, authors and co-authors alike. Selected
    proposals are few (at most one or two per challenge), so all of them are read in one query."""
    records: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    rows = Solution.objects.filter(status=SolutionStatus.SELECTED, is_hidden=False)
    if user_ids is not None:
        user_ids = list(user_ids)
        rows = rows.filter(Q(author_id__in=user_ids) | Q(co_authors__in=user_ids))
    seen: set[tuple[int, int]] = set()
    for pk, author_id, co_author_id, sector_id in rows.values_list(
        "pk", "author_id", "co_authors", "challenge__sector_id"
    ):
        for uid in (author_id, co_author_id):
            if uid is not None and (pk, uid) not in seen:
                seen.add((pk, uid))
                records[uid][sector_id] += 1
    return records


# --- Experts for a challenge --------------------------------------------------------------------------


def _challenge_skill_ids(challenge: Challenge, tag_names: list[str]) -> set[int]:
    by_folded, _names = _skill_index()
    ids: set[int] = set()
    for tag in tag_names:
        ids.update(by_folded.get(normalise(tag), ()))
    for phrase in _phrases(_challenge_text(challenge)):
        ids.update(by_folded.get(phrase, ()))
    return ids


def _rank_experts(challenge: Challenge) -> list[tuple[int, float, Signals]]:
    """Every candidate expert scored: [(expert pk, score, signals)], best first. A fixed number of queries."""
    tag_names = [t.name for t in challenge.tags.all()]
    skill_ids = _challenge_skill_ids(challenge, tag_names)
    _by_folded, skill_names = _skill_index()
    text = _similar(challenge, ExpertProfile)

    shared: dict[int, list[int]] = defaultdict(list)
    tagged = TaggedSkill.objects.filter(tag_id__in=skill_ids)
    if skill_ids:
        for expert_id, skill_id in tagged.values_list("content_object_id", "tag_id"):
            shared[expert_id].append(skill_id)
    # Subqueries, not lists of ids: with thousands of candidates the SQL stays small and fast to build.
    colleagues = Membership.objects.filter(organisation_id=challenge.organisation_id).values("user_id")
    condition = Q(sectors=challenge.sector_id) | Q(pk__in=list(text))
    if skill_ids:
        condition |= Q(pk__in=tagged.values("content_object_id"))
    candidates = list(
        _eligible_experts()
        .filter(condition)
        .exclude(user_id__in=colleagues)
        .exclude(user_id=challenge.author_id or 0)
        .values_list("pk", "user_id", "is_available", "verified")
        .distinct()
    )
    if not candidates:
        return []
    in_sector = set(
        ExpertProfile.sectors.through.objects.filter(sector_id=challenge.sector_id).values_list(
            "expertprofile_id", flat=True
        )
    )
    in_province = set(
        ExpertProfile.provinces.through.objects.filter(province_id=challenge.province_id).values_list(
            "expertprofile_id", flat=True
        )
    )
    records = _track_records()
    sector_name, province_name = challenge.sector.name, challenge.province.name
    # Shared skills listed in the order the challenge names them (tags first), then alphabetically.
    tag_order = {normalise(t): i for i, t in enumerate(tag_names)}
    ranked = []
    for pk, user_id, available, verified in candidates:
        names = sorted(
            {skill_names[s] for s in shared.get(pk, ()) if s in skill_names},
            key=lambda n: (tag_order.get(normalise(n), 99), normalise(n)),
        )
        record = records.get(user_id, {})
        same = record.get(challenge.sector_id, 0)
        signals = Signals(
            shared_skills=_dedupe_folded(names),
            text=text.get(pk, 0.0),
            same_sector=pk in in_sector,
            same_province=pk in in_province,
            available=available,
            verified=verified,
            solved_same_sector=same,
            solved_other=sum(record.values()) - same,
            sector_name=sector_name,
            province_name=province_name,
        )
        score = score_signals(signals)
        if score >= MIN_SCORE:
            ranked.append((pk, score, signals))
    ranked.sort(key=lambda row: (-row[1], row[0]))
    return ranked


def _dedupe_folded(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        if normalise(name) not in seen:
            seen.add(normalise(name))
            out.append(name)
    return out


def _experts_cache_key(challenge: Challenge) -> str:
    stamp = challenge.updated_at.timestamp() if challenge.updated_at else 0
    return f"dx:match:c:{challenge.pk}:{stamp}:{generation()}"


def match_experts(challenge: Challenge, limit: int = 10) -> list[Match]:
    """The `limit` best experts for `challenge`, best first, each with its reasons.

    Never returns unlisted profiles, deactivated accounts, or members of the posting organisation
    (who may not propose). Reasons are rendered in the active language when read."""
    key = _experts_cache_key(challenge)
    ranked = cache.get(key)
    if ranked is None:
        ranked = _rank_experts(challenge)[: max(limit, 20)]
        cache.set(key, ranked, CACHE_SECONDS)
    ranked = ranked[:limit]
    experts = _eligible_experts().select_related("user").in_bulk([pk for pk, _s, _g in ranked])
    _localise_names(ranked, sector=challenge.sector, province=challenge.province)
    return [
        Match(score=score, signals=signals, expert=experts[pk], challenge=challenge)
        for pk, score, signals in ranked
        if pk in experts
    ]


def _localise_names(ranked, *, sector: Sector | None = None, province: Province | None = None) -> None:
    # Cached signals carry the names of the language that computed them; re-read them in this one.
    for row in ranked:
        signals = row[-1]
        if sector is not None:
            signals.sector_name = sector.name
        if province is not None:
            signals.province_name = province.name


# --- Challenges for an expert --------------------------------------------------------------------------


def _open_challenges(expert: ExpertProfile):
    # What the expert may see (`visible_to`), open for proposals; never hidden ones, even to a moderator.
    return Challenge.objects.visible_to(expert.user).filter(status__in=MATCHABLE_STATUSES, is_hidden=False)


def _rank_challenges(expert: ExpertProfile) -> list[tuple[int, float, Signals]]:
    skills = list(expert.skills.all())
    sector_ids = {s.pk for s in expert.sectors.all()}
    province_ids = {p.pk for p in expert.provinces.all()}
    skill_by_folded = {normalise(s.name): s.name for s in skills if normalise(s.name)}
    text = _similar(expert, Challenge)

    tag_ids: set[int] = set()
    if skill_by_folded:
        # Tags are few compared with challenges; compare them folded in Python (one small query).
        tag_ids = {
            pk
            for pk, name in ChallengeTag.objects.values_list("pk", "name")
            if normalise(name) in skill_by_folded
        }
    own_orgs = Membership.objects.filter(user_id=expert.user_id).values("organisation_id")
    condition = Q(sector_id__in=sector_ids) | Q(pk__in=list(text))
    if tag_ids:
        condition |= Q(pk__in=TaggedChallenge.objects.filter(tag_id__in=tag_ids).values("content_object_id"))
    if province_ids:
        condition |= Q(province_id__in=province_ids)
    candidates = list(
        _open_challenges(expert)
        .filter(condition)
        .exclude(organisation_id__in=own_orgs)
        .select_related("sector", "province")
        .prefetch_related("tags")
        .distinct()[:500]
    )
    records = _track_records([expert.user_id]).get(expert.user_id, {})
    total_solved = sum(records.values())
    ranked = []
    for challenge in candidates:
        tags = [t.name for t in challenge.tags.all()]
        folded_tags = {normalise(t) for t in tags}
        body = f" {normalise(_challenge_text(challenge))} "
        shared = [
            name for folded, name in skill_by_folded.items() if folded in folded_tags or f" {folded} " in body
        ]
        same = records.get(challenge.sector_id, 0)
        signals = Signals(
            shared_skills=shared,
            text=text.get(challenge.pk, 0.0),
            same_sector=challenge.sector_id in sector_ids,
            same_province=challenge.province_id in province_ids,
            available=expert.is_available,
            verified=expert.verified,
            solved_same_sector=same,
            solved_other=total_solved - same,
            sector_name=challenge.sector.name,
            province_name=challenge.province.name,
        )
        score = score_signals(signals)
        if score >= MIN_SCORE:
            ranked.append((challenge.pk, score, signals))
    # Ties go to the newest challenge.
    published = {c.pk: c.published_at.timestamp() if c.published_at else 0 for c in candidates}
    ranked.sort(key=lambda row: (-row[1], -published[row[0]]))
    return ranked


def challenges_for_expert(expert: ExpertProfile, limit: int = 20, *, viewer=None) -> list[Match]:
    """Open challenges that fit `expert`, best first, each with its reasons ("challenges for you")."""
    stamp = expert.updated_at.timestamp() if expert.updated_at else 0
    key = f"dx:match:e:{expert.pk}:{stamp}:{generation()}:{_challenges_state()}"
    ranked = cache.get(key)
    if ranked is None:
        ranked = _rank_challenges(expert)[: max(limit, 50)]
        cache.set(key, ranked, CACHE_SECONDS)
    ranked = ranked[:limit]
    challenges = (
        _open_challenges(expert)
        .select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .in_bulk([pk for pk, _s, _g in ranked])
    )
    out = []
    for pk, score, signals in ranked:
        challenge = challenges.get(pk)
        if challenge is None:
            continue
        signals.sector_name, signals.province_name = challenge.sector.name, challenge.province.name
        out.append(Match(score=score, signals=signals, expert=expert, challenge=challenge))
    return out


def _challenges_state() -> str:
    # Any newly opened, edited or closed challenge changes this, so feeds refresh within a request.
    state = Challenge.objects.filter(status__in=MATCHABLE_STATUSES).aggregate(
        n=Count("id"), last=Max("updated_at")
    )
    last = state["last"].timestamp() if state["last"] else 0
    return f"{state['n']}:{last}"

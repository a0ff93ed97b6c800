"""Challenges for an expert ("challenges for you"): the open challenges the expert may see, scored."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Count, Max, Q

from community.challenges.models import (
    Challenge,
    ChallengeTag,
    TaggedChallenge,
)
from community.experts.models import ExpertProfile
from community.matching.selectors.lookups import _similar, _track_records, generation
from community.matching.selectors.scoring import (
    CACHE_SECONDS,
    MATCHABLE_STATUSES,
    MIN_SCORE,
    Match,
    Signals,
    _challenge_text,
    normalise,
    score_signals,
)
from community.organisations.models import Membership

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

"""Experts for a challenge: candidates from the database and the search engine, scored, cached."""

from __future__ import annotations

from collections import defaultdict

from django.core.cache import cache
from django.db.models import Q

from community.challenges.models import (
    Challenge,
)
from community.core.models import Province, Sector
from community.experts.models import ExpertProfile, TaggedSkill
from community.matching.selectors.lookups import (
    _eligible_experts,
    _similar,
    _skill_index,
    _track_records,
    generation,
)
from community.matching.selectors.scoring import (
    CACHE_SECONDS,
    MIN_SCORE,
    Match,
    Signals,
    _challenge_text,
    _phrases,
    normalise,
    score_signals,
)
from community.organisations.models import Membership

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

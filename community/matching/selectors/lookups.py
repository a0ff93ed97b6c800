"""Cached lookups the two directions share: the cache generation, the skill index, text similarity
from the search module, eligible experts and track records."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from django.core.cache import cache
from django.db.models import Count, Max, Q

from community.challenges.models import (
    Solution,
    SolutionStatus,
)
from community.experts.models import ExpertProfile, Skill
from community.matching.selectors.scoring import _GENERATION_KEY, CACHE_SECONDS, TEXT_CANDIDATES, normalise
from search.api import more_like_this

logger = logging.getLogger(__name__)

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

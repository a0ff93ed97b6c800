"""The demo challenges as other apps' demo steps read them (who decides, who proposed, how many days ago),
from the challenge stories in community/challenges/fixtures: the content itself is data there."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STORIES = Path(__file__).resolve().parents[1] / "challenges" / "fixtures" / "challenges.jsonl"
_DAYS_RE = re.compile(r"^-(\d+)d")


def _days(offset: str | None) -> int:
    """Whole days before the run of an offset such as "-140d4h" (0 for anything else)."""
    match = _DAYS_RE.match(offset or "")
    return int(match[1]) if match else 0


@dataclass(frozen=True)
class ProposalPlan:
    author: str
    status: str
    submitted: int


@dataclass(frozen=True)
class ChallengePlan:
    slug: str
    org_slug: str
    author: str
    decider: str
    title: str
    tags: tuple[str, ...]
    status: str
    visibility: str
    created: int
    proposals: tuple[ProposalPlan, ...]


@cache
def challenge_plan() -> tuple[ChallengePlan, ...]:
    plans = []
    for raw in STORIES.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        plans.append(
            ChallengePlan(
                slug=line["ref"],
                org_slug=line["organisation"],
                author=line["author"],
                decider=line["decider"],
                title=line["title"],
                tags=tuple(line.get("tags", ())),
                status=line["status"],
                visibility=line.get("visibility", "public"),
                created=_days(line["created"]),
                proposals=tuple(
                    ProposalPlan(p["author"], p.get("status", "submitted"), _days(p["submitted"]))
                    for p in line.get("proposals", ())
                ),
            )
        )
    return tuple(plans)

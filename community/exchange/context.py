"""What one import run shares: the moment relative dates are read against, demo or not, dry run or not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone


@dataclass
class ImportContext:
    """``now`` is read once per run, so every ``"-12d"`` of one run means the same moment.

    ``demo`` lets the lines of demo-only kinds (accounts with the public demo password) through: only
    ``seed_demo`` sets it. ``cache`` is for the upserts of one run (a hashed password, looked-up rows).
    """

    now: dt.datetime = field(default_factory=timezone.now)
    demo: bool = False
    dry_run: bool = False
    cache: dict[str, Any] = field(default_factory=dict)

    tallies: dict[str, list[int]] = field(default_factory=dict)  # label -> [total, created]

    def count(self, label: str, *, created: bool = False, n: int = 1) -> None:
        """Count rows an upsert wrote besides its line's object (a challenge's proposals), for the report."""
        tally = self.tallies.setdefault(label, [0, 0])
        tally[0] += n
        tally[1] += n if created else 0

    def cached(self, key: str, make: Any) -> Any:
        """``cache[key]``, made by calling ``make()`` the first time."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

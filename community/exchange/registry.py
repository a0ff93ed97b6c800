"""The kinds of import line: each domain registers the kinds it writes from its AppConfig.ready(), so the
exchange knows none of them by name (the CMS registers ``case_study`` without the exchange importing it).

A kind is a pydantic line model, an upsert that writes one validated line through the domain's services
and says ``"created"``, ``"updated"`` or ``"unchanged"``, the kinds whose lines must be applied before its
own (``after``), an optional export, and whether ``import_content`` may load it (``public``) or only
``seed_demo`` (demo accounts with the public demo password, back-dated histories).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:  # annotations only: the context module imports nothing from here
    from community.exchange.context import ImportContext

__all__ = ["Kind", "kinds", "ordered", "register_kind", "unregister_kind"]


@dataclass(frozen=True)
class Kind:
    name: str
    line: type[BaseModel]
    # Returns "created" | "updated" | "unchanged"; raises LineError (a django ValidationError becomes one).
    upsert: Callable[[Any, ImportContext], str]
    after: tuple[str, ...] = ()  # kinds whose lines are applied before this kind's
    export: Callable[[], Iterator[dict[str, Any]]] | None = None
    public: bool = True  # False: only seed_demo may load it


_KINDS: dict[str, Kind] = {}


def register_kind(kind: Kind) -> None:
    """Add (or replace, for a re-run ready()) the kind named ``kind.name``."""
    _KINDS[kind.name] = kind


def unregister_kind(name: str) -> None:
    """For tests that register a kind of their own."""
    _KINDS.pop(name, None)


def kinds() -> dict[str, Kind]:
    """Every registered kind by name, in the order they were registered."""
    return dict(_KINDS)


def ordered(names: Iterable[str] | None = None) -> list[Kind]:
    """The kinds named (all when None) so that each comes after the kinds in its ``after``; otherwise in
    registration order. A name in ``after`` that is not among them is ignored; a cycle is a ValueError."""
    wanted = [name for name in _KINDS if names is None or name in set(names)]
    placed: list[str] = []
    remaining = list(wanted)
    while remaining:
        for name in remaining:
            needs = [n for n in _KINDS[name].after if n in wanted and n != name]
            if all(n in placed for n in needs):
                placed.append(name)
                remaining.remove(name)
                break
        else:
            raise ValueError(f"the kinds {', '.join(remaining)} wait for each other (after=…)")
    return [_KINDS[name] for name in placed]

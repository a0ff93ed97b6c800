"""Validation of one line of an import file: shape, types and references to reference data.

``validate(data)`` returns a ``Record`` (kind, ref and cleaned values) or raises ``LineError`` with every
problem of the line, each naming its field. References to other lines (a solution's ``challenge_ref``)
are checked when the line is applied, since the referenced line may come later in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from community.core.text import nfc
from community.models import Province, Sector

KINDS = ("case_study", "challenge", "solution", "expert", "forum_topic")
CHALLENGE_STATUSES = ("open", "in_progress", "solved", "closed")
MAX_REF = 100
MAX_TEXT = 100_000
MAX_TAGS = 20
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PROVINCE_RE = re.compile(r"^\d{2}$")
_SLUG_RE = re.compile(r"^[a-z0-9-]{1,60}$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class LineError(ValueError):
    """Everything wrong with one line: ``problems`` is a list of (field or "", message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{name}: {message}" if name else message for name, message in problems))
        self.problems = problems


@dataclass
class Record:
    kind: str
    ref: str
    values: dict[str, Any] = field(default_factory=dict)


# --- field checkers: (raw value) -> cleaned value, raising ValueError(message) ---------------------


def _text(max_length: int, min_length: int = 1) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(_("must be text"))
        cleaned = nfc(_CONTROL_RE.sub("", value)).strip()
        if len(cleaned) < min_length:
            if min_length <= 1:
                raise ValueError(_("must not be empty"))
            raise ValueError(_("must be at least %(n)d characters long") % {"n": min_length})
        if len(cleaned) > max_length:
            raise ValueError(_("must be at most %(n)d characters long") % {"n": max_length})
        return cleaned

    return check


def _line(max_length: int, min_length: int = 1) -> Callable[[Any], str]:
    inner = _text(max_length, min_length)
    return lambda value: " ".join(inner(value).split())


def _optional_text(max_length: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value is None or value == "":
            return ""
        return _text(max_length)(value)

    return check


def _labels(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(_("must be a list of texts"))
    labels: list[str] = []
    seen: set[str] = set()
    for item in value:
        label = " ".join(nfc(_CONTROL_RE.sub("", item)).split())[:100]
        if label and label.casefold() not in seen:
            seen.add(label.casefold())
            labels.append(label)
    if len(labels) > MAX_TAGS:
        raise ValueError(_("must have at most %(n)d items") % {"n": MAX_TAGS})
    return labels


def _sector(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG_RE.match(value.strip()):
        raise ValueError(_("must be a sector slug such as y-te or nong-nghiep"))
    slug = value.strip()
    if slug not in _known("sectors"):
        raise ValueError(_("unknown sector “%(slug)s”") % {"slug": slug})
    return slug


def _optional_sector(value: Any) -> str:
    return "" if value in (None, "") else _sector(value)


def _sectors(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(_("must be a list of sector slugs"))
    return list(dict.fromkeys(_sector(item) for item in value))


def _province(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:02d}"
    if not isinstance(value, str) or not _PROVINCE_RE.match(value.strip()):
        raise ValueError(_("must be a two-digit province code such as 01 or 48"))
    code = value.strip()
    if code not in _known("provinces"):
        raise ValueError(_("unknown province code “%(code)s”") % {"code": code})
    return code


def _optional_province(value: Any) -> str:
    return "" if value in (None, "") else _province(value)


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
        raise ValueError(_("must be a date written YYYY-MM-DD"))
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(_("is not a real date")) from None


def _optional_date(value: Any) -> dt.date | None:
    return None if value in (None, "") else _date(value)


def _status(value: Any) -> str:
    if value in (None, ""):
        return "open"
    if value not in CHALLENGE_STATUSES:
        raise ValueError(_("must be one of: %(values)s") % {"values": ", ".join(CHALLENGE_STATUSES)})
    return value


def _ref(value: Any) -> str:
    return _line(MAX_REF)(value)


# kind -> field -> (checker, required)
SPECS: dict[str, dict[str, tuple[Callable[[Any], Any], bool]]] = {
    "case_study": {
        "title": (_line(255), True),
        "summary": (_text(600), True),
        "body": (_optional_text(MAX_TEXT), False),
        "sector": (_optional_sector, False),
        "province": (_optional_province, False),
        "organisation": (_optional_text(200), False),
        "tags": (_labels, False),
        "published_at": (_optional_date, False),
    },
    "challenge": {
        "title": (_line(200, 10), True),
        "description": (_text(MAX_TEXT, 30), True),
        "sector": (_sector, True),
        "province": (_province, True),
        "organisation": (_line(200), True),
        "tags": (_labels, False),
        "status": (_status, False),
        "deadline": (_optional_date, False),
    },
    "solution": {
        "challenge_ref": (_ref, True),
        "title": (_line(200, 5), True),
        "description": (_text(MAX_TEXT, 20), True),
        "author_ref": (_ref, True),
    },
    "expert": {
        "name": (_line(150), True),
        "headline": (_line(200), True),
        "bio": (_optional_text(MAX_TEXT), False),
        "skills": (_labels, False),
        "sectors": (_sectors, False),
        "province": (_optional_province, False),
    },
    "forum_topic": {
        "title": (_line(200), True),
        "body": (_text(MAX_TEXT), True),
        "sector": (_optional_sector, False),
        "tags": (_labels, False),
    },
}

_cache: dict[str, frozenset[str]] = {}


def _known(what: str) -> frozenset[str]:
    """Sector slugs or province codes (read once per import run; ``reset_reference_cache`` clears)."""
    if what not in _cache:
        if what == "sectors":
            _cache[what] = frozenset(Sector.objects.values_list("slug", flat=True))
        else:
            _cache[what] = frozenset(Province.objects.values_list("code", flat=True))
    return _cache[what]


def reset_reference_cache() -> None:
    _cache.clear()


def validate(data: Any) -> Record:
    """The cleaned record of one decoded line; raises ``LineError`` listing every problem."""
    if not isinstance(data, Mapping):
        raise LineError([("", _("each line must be a JSON object"))])
    kind = data.get("kind")
    if kind not in KINDS:
        raise LineError([("kind", _("must be one of: %(values)s") % {"values": ", ".join(KINDS)})])
    problems: list[tuple[str, str]] = []
    ref = ""
    if data.get("ref") in (None, ""):
        problems.append(("ref", _("is required")))
    else:
        try:
            ref = _ref(data.get("ref"))
        except ValueError as exc:
            problems.append(("ref", str(exc)))
    specs = SPECS[kind]
    values: dict[str, Any] = {}
    for name in sorted(set(data) - set(specs) - {"kind", "ref"}):
        problems.append((name, _("is not a field of %(kind)s") % {"kind": kind}))
    for name, (check, required) in specs.items():
        if required and (name not in data or data[name] is None):
            problems.append((name, _("is required")))
            continue
        try:
            values[name] = check(data.get(name))
        except ValueError as exc:
            problems.append((name, str(exc)))
    if problems:
        raise LineError(problems)
    return Record(kind=kind, ref=ref, values=values)

"""The lines of an import file as pydantic models, one per kind: shape, types and references to reference data.

``validate(data)`` returns a ``Record`` (kind, ref, cleaned values and the line model) or raises
``LineError`` with every problem of the line, each naming its field. The kinds are those registered in
``community.exchange.registry`` (the five models below and the domains' own). References to other lines (a solution's ``challenge_ref``)
are checked when the line is applied, since the referenced line may come later in the file.

Each field is a type with a ``mode="before"`` validator that cleans the value (Unicode NFC, control
characters dropped, white space) and raises ``ValueError`` with the message people read; the declared
constraints (lengths, patterns) then describe the cleaned value in ``model_json_schema()``. Sector slugs
and province codes have the same shape as in the search API (``search.schemas``).
"""

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from community.core.text import nfc
from community.exchange.context import ImportContext
from community.exchange.registry import kinds as registered_kinds
from community.models import Province, Sector
from search.schemas import PROVINCE_RE, SECTOR_RE

__all__ = [
    "CHALLENGE_STATUSES",
    "KINDS",
    "LINES",
    "CaseStudyLine",
    "ChallengeLine",
    "ExpertLine",
    "ForumTopicLine",
    "LineError",
    "LineModel",
    "OptionalWhenDate",
    "OptionalWhenDateTime",
    "Record",
    "SolutionLine",
    "WhenDate",
    "WhenDateTime",
    "is_relative",
    "reset_reference_cache",
    "validate",
    "validation_problems",
    "when",
    "when_date",
    "when_datetime",
]

CHALLENGE_STATUSES = ("open", "in_progress", "solved", "closed")
MAX_REF = 100
MAX_TEXT = 100_000
MAX_TAGS = 20
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
    line: BaseModel | None = None  # the validated line model, what the kind's upsert receives


# --- cleaning: (raw value) -> cleaned value, raising ValueError(message) -----------------------------


def _required(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def run(value: Any) -> Any:
        if value is None:
            raise ValueError(_("is required"))
        return check(value)

    return run


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


def _optional(check: Callable[[Any], Any], empty: Any = "") -> Callable[[Any], Any]:
    return lambda value: empty if value in (None, "") else check(value)


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
    if not isinstance(value, str) or not SECTOR_RE.match(value.strip()):
        raise ValueError(_("must be a sector slug such as y-te or nong-nghiep"))
    slug = value.strip()
    if slug not in _known("sectors"):
        raise ValueError(_("unknown sector “%(slug)s”") % {"slug": slug})
    return slug


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
    if not isinstance(value, str) or not PROVINCE_RE.match(value.strip()):
        raise ValueError(_("must be a two-digit province code such as 01 or 48"))
    code = value.strip()
    if code not in _known("provinces"):
        raise ValueError(_("unknown province code “%(code)s”") % {"code": code})
    return code


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
        raise ValueError(_("must be a date written YYYY-MM-DD"))
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(_("is not a real date")) from None


def _status(value: Any) -> str:
    if value in (None, ""):
        return "open"
    if value not in CHALLENGE_STATUSES:
        raise ValueError(_("must be one of: %(values)s") % {"values": ", ".join(CHALLENGE_STATUSES)})
    return value


def _ref(value: Any) -> str:
    if value in (None, ""):
        raise ValueError(_("is required"))
    return _line(MAX_REF)(value)


# --- dates relative to the day of the import ---------------------------------------------------------

# "-12d", "+30d", "-3d4h", "-2h", "-1w2d", "+14d@09:30" (that day, at 09:30 in the site's time zone), "0d".
_RELATIVE_RE = re.compile(
    r"^(?P<sign>[+-])?(?:(?P<w>\d{1,4})w)?(?:(?P<d>\d{1,5})d)?(?:(?P<h>\d{1,6})h)?(?:(?P<m>\d{1,7})m)?"
    r"(?:@(?P<at>\d{2}:\d{2}))?$"
)


def is_relative(value: Any) -> bool:
    """A relative offset ("-12d") rather than an ISO date: upserts set such a value when they create the
    object (or when the stored value is empty) and leave it alone after, so a rerun changes nothing."""
    return (
        isinstance(value, str) and bool(value) and value[0] in "+-0123456789" and _relative(value) is not None
    )


def _relative(value: str) -> re.Match[str] | None:
    match = _RELATIVE_RE.match(value)
    if match is None or not any(match[unit] for unit in ("w", "d", "h", "m")):
        return None
    return match


def _when(allow_time: bool) -> Callable[[Any], str]:
    def refuse() -> ValueError:
        if allow_time:
            return ValueError(
                _("must be a date and time (ISO 8601) or an offset from now such as -3d4h or +30d")
            )
        return ValueError(_("must be a date (YYYY-MM-DD) or an offset from today such as -12d or +30d"))

    def check(value: Any) -> str:
        if isinstance(value, dt.datetime) and allow_time:
            return value.isoformat()
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if not isinstance(value, str):
            raise refuse()
        text = value.strip()
        if _relative(text) is not None:
            return text
        try:
            if allow_time and len(text) > 10:
                dt.datetime.fromisoformat(text)
            elif _DATE_RE.match(text):
                dt.date.fromisoformat(text)
            else:
                raise ValueError
        except ValueError:
            raise refuse() from None
        return text

    return check


def when(value: str | None, ctx: ImportContext) -> dt.datetime | dt.date | None:
    """The moment a ``WhenDate``/``WhenDateTime`` value stands for in this run: an ISO date is a date, an
    ISO date and time or an offset an aware datetime (offsets counted from ``ctx.now``)."""
    if value in (None, ""):
        return None
    match = _relative(value)
    if match is not None:
        sign = -1 if match["sign"] == "-" else 1
        delta = dt.timedelta(
            weeks=int(match["w"] or 0), days=int(match["d"] or 0), hours=int(match["h"] or 0),
            minutes=int(match["m"] or 0),
        )  # fmt: skip
        moment = ctx.now + sign * delta
        if match["at"]:
            hour, minute = (int(part) for part in match["at"].split(":"))
            local = timezone.localtime(moment)
            moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return moment
    if len(value) <= 10:
        return dt.date.fromisoformat(value)
    moment = dt.datetime.fromisoformat(value)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


def when_datetime(value: str | None, ctx: ImportContext) -> dt.datetime | None:
    """As ``when``, a plain date read as midnight in the site's time zone."""
    moment = when(value, ctx)
    if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
        moment = timezone.make_aware(dt.datetime(moment.year, moment.month, moment.day))
    return moment


def when_date(value: str | None, ctx: ImportContext) -> dt.date | None:
    """As ``when``, a moment read as its day in the site's time zone."""
    moment = when(value, ctx)
    if isinstance(moment, dt.datetime):
        return timezone.localtime(moment).date()
    return moment


# --- the field types ---------------------------------------------------------------------------------


def Line(max_length: int, min_length: int = 1) -> Any:  # a type, named as one
    """One line of text (white space collapsed), required."""
    return Annotated[
        str,
        Field(min_length=min_length, max_length=max_length),
        BeforeValidator(_required(_line(max_length, min_length))),
    ]


def Text(max_length: int, min_length: int = 1) -> Any:
    """Text with paragraphs (Markdown), required."""
    return Annotated[
        str,
        Field(min_length=min_length, max_length=max_length),
        BeforeValidator(_required(_text(max_length, min_length))),
    ]


def OptionalText(max_length: int) -> Any:
    return Annotated[str, Field(max_length=max_length), BeforeValidator(_optional(_text(max_length)))]


Ref = Annotated[str, Field(min_length=1, max_length=MAX_REF), BeforeValidator(_ref)]
Labels = Annotated[list[str], Field(max_length=MAX_TAGS), BeforeValidator(_labels)]
SectorSlug = Annotated[str, Field(pattern=SECTOR_RE.pattern), BeforeValidator(_required(_sector))]
OptionalSectorSlug = Annotated[
    str, Field(pattern=f"^$|{SECTOR_RE.pattern}"), BeforeValidator(_optional(_sector))
]
SectorSlugs = Annotated[list[str], BeforeValidator(_sectors)]
ProvinceCode = Annotated[str, Field(pattern=PROVINCE_RE.pattern), BeforeValidator(_required(_province))]
OptionalProvinceCode = Annotated[
    str, Field(pattern=f"^$|{PROVINCE_RE.pattern}"), BeforeValidator(_optional(_province))
]
OptionalDate = Annotated[dt.date | None, BeforeValidator(_optional(_date, None))]
Status = Annotated[Literal[CHALLENGE_STATUSES], BeforeValidator(_status)]  # type: ignore[valid-type]
# Kept as written (an ISO date or an offset such as "-12d"); ``when(value, ctx)`` resolves it.
WhenDate = Annotated[str, BeforeValidator(_required(_when(allow_time=False)))]
WhenDateTime = Annotated[str, BeforeValidator(_required(_when(allow_time=True)))]
OptionalWhenDate = Annotated[str | None, BeforeValidator(_optional(_when(allow_time=False), None))]
OptionalWhenDateTime = Annotated[str | None, BeforeValidator(_optional(_when(allow_time=True), None))]


# --- one model per kind ------------------------------------------------------------------------------


class LineModel(BaseModel):
    """The base of every kind's line model: unknown fields are refused, ``ref`` is required."""

    model_config = ConfigDict(extra="forbid")

    ref: Ref


class CaseStudyLine(LineModel):
    kind: Literal["case_study"]
    title: Line(255)
    summary: Text(600)
    body: OptionalText(MAX_TEXT) = ""
    sector: OptionalSectorSlug = ""
    province: OptionalProvinceCode = ""
    organisation: OptionalText(200) = ""
    tags: Labels = []
    published_at: OptionalDate = None


class ChallengeLine(LineModel):
    kind: Literal["challenge"]
    title: Line(200, 10)
    description: Text(MAX_TEXT, 30)
    sector: SectorSlug
    province: ProvinceCode
    organisation: Line(200)
    tags: Labels = []
    status: Status = "open"
    deadline: OptionalDate = None


class SolutionLine(LineModel):
    kind: Literal["solution"]
    challenge_ref: Ref
    title: Line(200, 5)
    description: Text(MAX_TEXT, 20)
    author_ref: Ref


class ExpertLine(LineModel):
    kind: Literal["expert"]
    name: Line(150)
    headline: Line(200)
    bio: OptionalText(MAX_TEXT) = ""
    skills: Labels = []
    sectors: SectorSlugs = []
    province: OptionalProvinceCode = ""


class ForumTopicLine(LineModel):
    kind: Literal["forum_topic"]
    title: Line(200)
    body: Text(MAX_TEXT)
    sector: OptionalSectorSlug = ""
    tags: Labels = []


# The kinds of the original format, in the order the "kind" error lists them first; their upserts are
# registered from CommunityConfig.ready() (case_study from CmsConfig.ready()).
LINES: dict[str, type[LineModel]] = {
    "case_study": CaseStudyLine,
    "challenge": ChallengeLine,
    "solution": SolutionLine,
    "expert": ExpertLine,
    "forum_topic": ForumTopicLine,
}
KINDS = tuple(LINES)

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


def validation_problems(exc: DjangoValidationError) -> list[tuple[str, str]]:
    """A service's ValidationError as a line's problems, each naming its field when it has one."""
    if hasattr(exc, "error_dict"):
        return [(name, " ".join(str(m) for m in messages)) for name, messages in exc.message_dict.items()]
    return [("", " ".join(str(m) for m in exc.messages))]


def _problems(model: type[BaseModel], kind: str, exc: PydanticValidationError) -> list[tuple[str, str]]:
    """pydantic's errors as (field, message): the ref first, then unknown fields by name, then the
    fields in the model's order."""
    order = {name: index for index, name in enumerate(model.model_fields)}
    found: list[tuple[tuple[int, Any], str, str]] = []
    for error in exc.errors(include_url=False):
        name = str(error["loc"][0]) if error["loc"] else ""
        if error["type"] == "extra_forbidden":
            found.append(((1, name), name, _("is not a field of %(kind)s") % {"kind": kind}))
            continue
        if error["type"] == "missing":
            message = _("is required")
        elif error["type"] == "value_error":
            message = str(error["ctx"]["error"])
        else:  # a declared constraint the cleaning let through: not expected, still reported
            message = error["msg"]
        found.append(((0 if name == "ref" else 2, order.get(name, len(order))), name, message))
    return [(name, message) for _key, name, message in sorted(found, key=lambda item: item[0])]


def _kind_names(demo: bool) -> list[str]:
    """The kinds a line may have: the original ones first, then the others in registration order."""
    known = registered_kinds()
    names = [name for name, kind in known.items() if kind.public or demo]
    first = {name: index for index, name in enumerate(LINES)}
    return sorted(names, key=lambda name: first.get(name, len(first)))


def validate(data: Any, *, demo: bool = False) -> Record:
    """The cleaned record of one decoded line; raises ``LineError`` listing every problem. Kinds that are
    not public (demo accounts) are known only when ``demo`` is set."""
    if not isinstance(data, Mapping):
        raise LineError([("", _("each line must be a JSON object"))])
    kind = data.get("kind")
    names = _kind_names(demo)
    if not isinstance(kind, str) or kind not in names:
        raise LineError([("kind", _("must be one of: %(values)s") % {"values": ", ".join(names)})])
    model = registered_kinds()[kind].line
    try:
        line = model.model_validate(data)
    except PydanticValidationError as exc:
        raise LineError(_problems(model, kind, exc)) from None
    return Record(kind=kind, ref=line.ref, values=line.model_dump(exclude={"kind", "ref"}), line=line)

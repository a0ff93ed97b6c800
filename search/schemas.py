"""The shapes of the search HTTP API as pydantic models: what django-ninja validates and documents.

Parameters are checked by the ``mode="before"`` validators below, in the order of the fields, with
the messages people read (translated when the request arrives); ``search.api_views`` turns the first
failure into ``{"error", "field"}`` with status 400. The response models are what the endpoints
return and what ``/api/openapi.json`` describes.
"""

from __future__ import annotations

import enum
import re
from typing import Annotated, Any, Literal

from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from .kinds import KINDS

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ERROR_FIELDS",
    "MAX_PAGE",
    "MAX_PAGE_SIZE",
    "MAX_QUERY",
    "MAX_SIMILAR_EXCLUDES",
    "MAX_SIMILAR_QUERY",
    "MAX_SUGGEST_QUERY",
    "PARAMETER_ERROR",
    "Error",
    "Facets",
    "Kind",
    "ParameterError",
    "SearchParams",
    "SearchResponse",
    "SearchResult",
    "SimilarParams",
    "SimilarResponse",
    "SimilarResult",
    "SuggestParams",
    "SuggestResponse",
    "SuggestResult",
    "clean_text",
]

MAX_QUERY = 200
MAX_SUGGEST_QUERY = 100
MAX_PAGE = 10_000
MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
MAX_SIMILAR_QUERY = 300
MAX_SIMILAR_EXCLUDES = 10
SIMILAR_LIMIT = 5
EXCLUDE_RE = re.compile(r"^([a-z_]{1,30}):([A-Za-z0-9_-]{1,64})$")
SECTOR_RE = re.compile(r"^[a-z0-9-]{1,60}$")
PROVINCE_RE = re.compile(r"^[0-9]{2}$")
_INT_RE = re.compile(r"^[0-9]{1,9}$")
# Control characters (NUL included) are never part of a query; they become spaces.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")

# The error type of a parameter refused by a validator below; its message is the one people read.
PARAMETER_ERROR = "search_parameter"
ERROR_FIELDS = ("q", "kind", "sector", "province", "page", "page_size", "exclude")

Kind = enum.StrEnum("Kind", [(kind, kind) for kind in KINDS])
Kind.__doc__ = "The kind of content."


def clean_text(raw: str) -> str:
    """``raw`` with control characters as spaces and runs of white space as one space."""
    return " ".join(_CONTROL_RE.sub(" ", raw).split())


def _refuse(message: str) -> PydanticCustomError:
    return PydanticCustomError(PARAMETER_ERROR, "{message}", {"message": message})


def _unknown_kind() -> PydanticCustomError:
    return _refuse(_("Unknown kind. Use one of: %(kinds)s.") % {"kinds": ", ".join(KINDS)})


def _whole_number(value: Any, default: int, high: int, message: str) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _INT_RE.match(value) or not 1 <= int(value) <= high:
        raise _refuse(message)
    return int(value)


def _examples(**named: Any) -> dict[str, Any]:
    """JSON Schema ``examples`` (a list), with their names for the parameter's OpenAPI ``examples`` map."""
    return {"examples": list(named.values()), "x-example-names": list(named)}


class _Params(BaseModel):
    model_config = ConfigDict(extra="ignore")


class SearchParams(_Params):
    q: str = Field(
        "",
        max_length=MAX_QUERY,
        description='What to look for. "Quoted phrases" and -exclusions work; accents are optional.',
        json_schema_extra=_examples(unaccented="chuyen doi so nong nghiep", abbreviation="CĐS y tế"),
    )
    kind: Kind | None = Field(None, description="Only results of this kind.")
    sector: str | None = Field(
        None,
        pattern=SECTOR_RE.pattern,
        description="Only results in this sector (its slug, e.g. `y-te`).",
        examples=["y-te"],
    )
    province: str | None = Field(
        None,
        pattern=PROVINCE_RE.pattern,
        description=(
            "Only results in this province or city (its two-digit official code, e.g. `01` Hà Nội, "
            "`79` TP. Hồ Chí Minh)."
        ),
        examples=["48"],
    )
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Results per page.")

    @field_validator("q", mode="before")
    @classmethod
    def _q(cls, value: Any) -> str:
        raw = value or ""
        if not isinstance(raw, str) or len(raw) > MAX_QUERY:
            raise _refuse(_("The search text must be at most %(max)d characters.") % {"max": MAX_QUERY})
        return clean_text(raw)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> str | None:
        kind = value.strip() if isinstance(value, str) else value
        if not kind:
            return None
        if kind not in KINDS:
            raise _unknown_kind()
        return kind

    @field_validator("sector", mode="before")
    @classmethod
    def _sector(cls, value: Any) -> str | None:
        sector = value.strip() if isinstance(value, str) else value
        if not sector:
            return None
        if not isinstance(sector, str) or not SECTOR_RE.match(sector):
            raise _refuse(_("A sector is a slug of lower-case letters, digits and hyphens (at most 60)."))
        return sector

    @field_validator("province", mode="before")
    @classmethod
    def _province(cls, value: Any) -> str | None:
        province = value.strip() if isinstance(value, str) else value
        if not province:
            return None
        if not isinstance(province, str) or not PROVINCE_RE.match(province):
            raise _refuse(_("A province is its two-digit official code, such as 01 or 79."))
        return province

    @field_validator("page", mode="before")
    @classmethod
    def _page(cls, value: Any) -> int:
        message = _("The page must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE}
        return _whole_number(value, 1, MAX_PAGE, message)

    @field_validator("page_size", mode="before")
    @classmethod
    def _page_size(cls, value: Any) -> int:
        message = _("The page size must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE_SIZE}
        return _whole_number(value, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, message)

    def filters(self) -> dict[str, str]:
        """The filters ``search.api.search`` takes: only those given."""
        given = {
            "kind": self.kind.value if self.kind else None,
            "sector": self.sector,
            "province": self.province,
        }
        return {name: value for name, value in given.items() if value}


class SimilarParams(_Params):
    q: str = Field(
        "",
        max_length=MAX_SIMILAR_QUERY,
        description="The text being written, usually a title.",
        json_schema_extra=_examples(title="Số hóa hồ sơ bệnh án tại bệnh viện huyện"),
    )
    kind: list[Kind] = Field(
        default_factory=list,
        description="Kinds to look in; repeat it or separate kinds with commas. None: every kind.",
    )
    exclude: list[Annotated[str, Field(examples=["challenge:12"])]] = Field(
        default_factory=list,
        max_length=MAX_SIMILAR_EXCLUDES,
        description="An item to leave out (the one being edited) as `kind:id`; up to 10.",
    )

    @field_validator("q", mode="before")
    @classmethod
    def _q(cls, value: Any) -> str:
        raw = value or ""
        if not isinstance(raw, str) or len(raw) > MAX_SIMILAR_QUERY:
            raise _refuse(_("The text must be at most %(max)d characters.") % {"max": MAX_SIMILAR_QUERY})
        return clean_text(raw)

    @field_validator("kind", mode="before")
    @classmethod
    def _kinds(cls, value: Any) -> list[str]:
        kinds: list[str] = []
        for given in value if isinstance(value, list) else [value]:
            for kind in (part.strip() for part in str(given or "").split(",")):
                if not kind:
                    continue
                if kind not in KINDS:
                    raise _unknown_kind()
                if kind not in kinds:
                    kinds.append(kind)
        return kinds

    @field_validator("exclude", mode="before")
    @classmethod
    def _exclude(cls, value: Any) -> list[str]:
        given = [str(item).strip() for item in (value if isinstance(value, list) else [value])]
        given = [item for item in given if item]
        if len(given) > MAX_SIMILAR_EXCLUDES:
            raise _refuse(_("At most %(max)d items can be excluded.") % {"max": MAX_SIMILAR_EXCLUDES})
        for item in given:
            match = EXCLUDE_RE.match(item)
            if match is None or match.group(1) not in KINDS:
                raise _refuse(_("Exclude an item as kind:id, such as challenge:12."))
        return given

    def excluded(self) -> list[tuple[str, str]]:
        """``exclude`` as ``(kind, id)`` pairs."""
        return [tuple(item.split(":", 1)) for item in self.exclude]  # type: ignore[misc]


class SuggestParams(_Params):
    q: str = Field("", description="The beginning of a word or name; longer texts are cut.")

    @field_validator("q", mode="before")
    @classmethod
    def _q(cls, value: Any) -> str:
        return clean_text(str(value or "")[:MAX_SUGGEST_QUERY])


# --- responses --------------------------------------------------------------------------------


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SearchResult(_Closed):
    kind: Kind | None
    title: str = Field(description="The title; for an expert, the person's name.")
    url: str | None = Field(
        description="Path of the page on this site.", examples=["/experts/nguyen-thi-minh-anh/"]
    )
    snippet: str | None = Field(
        description=(
            "HTML: an excerpt with every character escaped and matched words in `<mark>`; "
            "null when there is nothing to highlight (an empty `q`)."
        )
    )
    score: float = Field(description="Relevance; higher is better.")
    sector: str | None = Field(description="Slug of the first sector of the result.")
    province: str | None = Field(description="Official code of the first province of the result.")
    date: str | None = Field(
        description="Publication or last-update time, ISO 8601.", json_schema_extra={"format": "date-time"}
    )


FacetCounts = Annotated[
    dict[str, Annotated[int, Field(ge=1)]],
    Field(description="Value → number of results with it (values with no results are left out)."),
]


class Facets(_Closed):
    kind: FacetCounts
    sector: FacetCounts
    province: FacetCounts


class OfferedFilter(_Closed):
    field: str = Field(description="The filter parameter: `sector` or `province`.", examples=["province"])
    value: str = Field(description="Its value (a sector slug or a province code).", examples=["48"])
    label: str = Field(description="The value's name in the request's language.", examples=["Đà Nẵng"])


class SearchResponse(_Closed):
    count: int = Field(ge=0, description="Results over all pages.")
    results: list[SearchResult]
    facets: Facets
    offered_filters: list[OfferedFilter] = Field(
        description=(
            "Sectors and provinces the query names (`bệnh án điện tử Đà Nẵng` names province 48): results "
            "with them rank higher but others are not hidden; offer them as filters."
        )
    )


class SimilarResult(_Closed):
    kind: Kind | None
    kind_label: str
    title: str
    url: str
    snippet: str | None = Field(description="Escaped text with <mark> around matches.")


class SimilarResponse(_Closed):
    results: list[SimilarResult] = Field(max_length=SIMILAR_LIMIT)
    heading: str
    new_tab: str


class SuggestResult(_Closed):
    label: str
    url: str
    kind: str | None


class SuggestResponse(_Closed):
    results: list[SuggestResult]


class Error(BaseModel):
    error: str = Field(description="What went wrong, for people.")


class ParameterError(Error):
    field: Literal[ERROR_FIELDS] = Field(description="The parameter to correct.")  # type: ignore[valid-type]

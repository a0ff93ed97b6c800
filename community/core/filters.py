"""The base of every list's filters (django-filter): read from the query string, a value that does not
validate is left out (the list is not filtered on it), never an error page."""

from __future__ import annotations

from functools import cached_property
from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import QuerySet


class CheckedField(forms.Field):
    """A checkbox's value as sent: `1`, `true` or `on` is checked; anything else, or nothing, is not."""

    def to_python(self, value) -> bool:
        return str(value or "").strip().lower() in ("1", "true", "on")


class CheckedFilter(django_filters.Filter):
    """Keeps the rows where the field is true when the box is checked; unchecked filters nothing (never
    "only the false ones")."""

    field_class = CheckedField

    def filter(self, qs: QuerySet, value) -> QuerySet:
        return qs.filter(**{self.field_name: True}) if value else qs


class SearchTextField(forms.CharField):
    """What a search box sends: white space folded, cut to `max_length` rather than refused."""

    def to_python(self, value):
        text = " ".join(super().to_python(value).split())
        return text[: self.max_length] if self.max_length else text


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class QueryFilterSet(django_filters.FilterSet):
    """A list's filters from `request.GET` (or a dict of the same parameters).

    `values` holds every filter's clean value for the template ("" when absent or invalid, False for an
    unchecked box), `active` says whether any filter applies, `querystring()` rebuilds the query string of
    the valid filters for paging and tab links, and `apply(qs)` filters a selector's queryset."""

    def _clean(self) -> dict:
        self.form.is_valid()  # validates; cleaned_data then holds the valid fields only
        return self.form.cleaned_data

    @cached_property
    def values(self) -> dict:
        cleaned = self._clean()
        return {name: _blank(cleaned.get(name)) for name in self.filters}

    @property
    def active(self) -> bool:
        return any(v not in ("", None, False) for v in self.values.values())

    def querystring(self, **extra) -> str:
        pairs = {**self.values, **extra}
        return urlencode(
            [(k, "1" if v is True else v) for k, v in pairs.items() if v not in ("", None, False)]
        )

    def apply(self, qs: QuerySet) -> QuerySet:
        self._clean()
        return self.filter_queryset(qs)


def _blank(value):
    return "" if value is None else value

"""The case-study index's filters, from its query string (`?sector=&province=&technology=&year=&q=`)."""

import django_filters
from django.db.models import QuerySet

from cms import selectors
from cms.models import CaseStudyPage
from community.core.filters import QueryFilterSet, SearchTextFilter, YearFilter


class CaseStudyFilter(QueryFilterSet):
    sector = django_filters.CharFilter(field_name="sector__slug", max_length=40)
    province = django_filters.CharFilter(field_name="province__code", max_length=2)
    technology = django_filters.CharFilter(field_name="technologies__slug", max_length=100)
    year = YearFilter(field_name="year", min_value=1990, max_value=2100)
    q = SearchTextFilter(method="search", max_length=100)

    class Meta:
        model = CaseStudyPage
        fields = ()

    def search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.case_studies_matching(qs, value)

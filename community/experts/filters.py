"""The expert directory's filters, from its query string (`?sector=&province=&skill=&available=1&verified=1`)."""

import django_filters

from community.core.filters import CheckedFilter, QueryFilterSet
from community.experts.models import ExpertProfile


class ExpertFilter(QueryFilterSet):
    sector = django_filters.CharFilter(field_name="sectors__slug", max_length=40)
    province = django_filters.CharFilter(field_name="provinces__code", max_length=2)
    skill = django_filters.CharFilter(field_name="skills__name", lookup_expr="iexact", max_length=100)
    available = CheckedFilter(field_name="is_available")
    verified = CheckedFilter(field_name="verified")

    class Meta:
        model = ExpertProfile
        fields = ()

"""The expert directory's filters, from its query string (`?sector=&province=&skill=&available=1&verified=1`)."""

import django_filters
from django.db.models import Q

from community.core.filters import CheckedFilter, QueryFilterSet
from community.core.text import vn_slugify
from community.experts.models import ExpertProfile


class ExpertFilter(QueryFilterSet):
    sector = django_filters.CharFilter(field_name="sectors__slug", max_length=40)
    province = django_filters.CharFilter(field_name="provinces__code", max_length=2)
    # Folded as search folds: "du lieu y te" finds "dữ liệu y tế" (skills' slugs are folded, đ → d).
    skill = django_filters.CharFilter(method="filter_skill", max_length=100)
    available = CheckedFilter(field_name="is_available")
    verified = CheckedFilter(field_name="verified")

    class Meta:
        model = ExpertProfile
        fields = ()

    def filter_skill(self, queryset, name, value):
        slug = vn_slugify(value)
        if not slug:
            return queryset.filter(skills__name__iexact=value)
        return queryset.filter(Q(skills__slug=slug) | Q(skills__name__iexact=value)).distinct()

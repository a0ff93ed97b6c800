"""The organisation directory's filters, from its query string (`?kind=&sector=&province=&verified=1`)."""

import django_filters

from community.core.filters import CheckedFilter, QueryFilterSet
from community.organisations.models import Organisation, OrganisationKind


class OrganisationFilter(QueryFilterSet):
    kind = django_filters.ChoiceFilter(choices=OrganisationKind.choices)
    sector = django_filters.CharFilter(field_name="sectors__slug", max_length=40)
    province = django_filters.CharFilter(field_name="province__code", max_length=2)
    verified = CheckedFilter(field_name="verified")

    class Meta:
        model = Organisation
        fields = ()

"""The events index's filters, from its query string (`?kind=&sector=`); an unknown kind or sector is dropped."""

import django_filters

from cms.events.models import EventKind, EventPage
from community.core.filters import QueryFilterSet


class EventFilter(QueryFilterSet):
    kind = django_filters.ChoiceFilter(choices=EventKind.choices)
    sector = django_filters.ChoiceFilter(field_name="sector__slug", choices=())

    class Meta:
        model = EventPage
        fields = ()

    def __init__(self, data=None, *args, sectors, **kwargs):
        """`sectors`: the sectors the index offers (the page already loads them), the only slugs accepted."""
        super().__init__(data, *args, **kwargs)
        self.filters["sector"].extra["choices"] = [(s.slug, s.name) for s in sectors]

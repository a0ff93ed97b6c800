"""Who may find a search document: its *audience*, a list of tokens stored in the ``audience`` field.

Every indexed document carries the tokens of the people allowed to read it, and every search keeps only
documents sharing a token with the reader. ``public`` is everyone's token; the app that owns the content
decides the others ("members" for signed-in people, "org:12" for an organisation's members, "user:7"
for one person) and registers, once, the function giving a reader their tokens::

    from search.audience import register_audience_provider
    register_audience_provider(community.organisations.permissions.search_audiences)

A search with no ``audiences`` argument is a visitor's search (``public`` only), so a caller that forgets
the reader shows less, never more.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable

from haystack import indexes

logger = logging.getLogger(__name__)

FIELD = "audience"
PUBLIC = "public"
PUBLIC_ONLY: tuple[str, ...] = (PUBLIC,)

_providers: list[Callable[[object], Iterable[str]]] = []


def register_audience_provider(provider: Callable[[object], Iterable[str]]) -> None:
    """Add a function ``provider(user) -> tokens``; registering the same function twice is harmless."""
    if provider not in _providers:
        _providers.append(provider)


def audiences_for(user) -> tuple[str, ...]:
    """The tokens of ``user`` (an anonymous visitor gets ``("public",)``), remembered on the user object
    for the rest of the request."""
    if user is None:
        return PUBLIC_ONLY
    cached = getattr(user, "_search_audiences", None)
    if cached is not None:
        return cached
    tokens = {PUBLIC}
    for provider in _providers:
        try:
            tokens.update(str(token) for token in provider(user) or ())
        except Exception:  # a failing provider narrows the search, it never widens it
            logger.exception("Search audience provider %r failed", provider)
    result = tuple(sorted(tokens))
    with contextlib.suppress(AttributeError):  # an object refusing attributes is simply not cached
        user._search_audiences = result
    return result


class Document(indexes.SearchIndex):
    """Base of every DX Connect search index: adds the ``audience`` field, public unless the index says
    otherwise by overriding ``prepare_audience``, and ``context``, a short stored text a result card shows
    under its title (an index overrides ``prepare_context``: a proposal names its challenge and author)."""

    audience = indexes.MultiValueField()
    context = indexes.MultiValueField(indexed=False, null=True)

    def prepare_audience(self, obj) -> list[str]:
        return [PUBLIC]

    def prepare_context(self, obj) -> list[str]:
        return []

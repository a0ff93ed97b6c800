"""Names for facet values, registered by the apps that own them (search imports no other app).

`community` registers, for instance, that the sector facet value "y-te" reads "Y tế" / "Health".
"""

import logging
from collections.abc import Callable, Iterable

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# The kinds are search's own vocabulary (search/kinds.py): their names here are the fallback when the
# app that registered a labeller for "kind" does not know them all.
KIND_NAMES = {
    "case_study": _("Case study"),
    "challenge": _("Challenge"),
    "solution": _("Solution"),
    "expert": _("Expert"),
    "organisation": _("Organisation"),
    "forum_topic": _("Forum question"),
    "event": _("Event"),
    "report": _("Report"),
    "news": _("News"),
}

logger = logging.getLogger(__name__)

# facet name -> function(value) -> human label in the active language
_labellers: dict[str, Callable[[str], str]] = {}


def register_labeller(facet: str, labeller: Callable[[str], str]) -> None:
    _labellers[facet] = labeller


def label(facet: str, value) -> str:
    labeller = _labellers.get(facet)
    text = str(value)
    if labeller is not None:
        try:
            text = str(labeller(str(value)))
        except Exception:  # another app's labeller (a boundary): a missing label must never break a page
            logger.warning("No %s label for %r.", facet, value, exc_info=True)
            text = str(value)
    if facet == "kind" and text == str(value) and value in KIND_NAMES:
        return str(KIND_NAMES[value])
    return text


# facet name -> function() -> (value, names) pairs: how people name a facet value in a query
# ("48" is "Đà Nẵng" or "Da Nang"), so a query naming it can prefer that value (search.understanding).
_vocabularies: dict[str, Callable[[], Iterable[tuple[str, Iterable[str]]]]] = {}


def register_vocabulary(facet: str, provider: Callable[[], Iterable[tuple[str, Iterable[str]]]]) -> None:
    _vocabularies[facet] = provider


def vocabulary(facet: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The registered names of ``facet``'s values; empty when none are registered or they fail."""
    provider = _vocabularies.get(facet)
    if provider is None:
        return ()
    try:
        return tuple((str(value), tuple(str(n) for n in names if n)) for value, names in provider())
    except Exception:  # reference data unavailable (database down): the query is just not understood
        logger.exception("Search vocabulary of %r failed", facet)
        return ()

"""Names for facet values, registered by the apps that own them (search imports no other app).

`community` registers, for instance, that the sector facet value "y-te" reads "Y tế" / "Health".
"""

import logging
from collections.abc import Callable

from django.utils.translation import gettext_lazy as _

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

"""Names for facet values, registered by the apps that own them (search imports no other app).

`community` registers, for instance, that the sector facet value "y-te" reads "Y tế" / "Health".
"""

from collections.abc import Callable

# facet name -> function(value) -> human label in the active language
_labellers: dict[str, Callable[[str], str]] = {}


def register_labeller(facet: str, labeller: Callable[[str], str]) -> None:
    _labellers[facet] = labeller


def label(facet: str, value) -> str:
    labeller = _labellers.get(facet)
    if labeller is not None:
        try:
            return str(labeller(str(value)))
        except Exception:  # a missing label must never break a results page
            return str(value)
    return str(value)

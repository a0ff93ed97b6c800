"""Names the forum's search kind ("forum_topic") in the active language, chained onto the kind labeller
that community registered (the registry holds one labeller per facet)."""

from django.utils.translation import gettext_lazy as _

FORUM_KIND = "forum_topic"
FORUM_KIND_LABEL = _("Forum question")


def register() -> None:
    from search import registry

    previous = registry._labellers.get("kind")

    def kind_label(value: str) -> str:
        if value == FORUM_KIND:
            return str(FORUM_KIND_LABEL)
        return previous(value) if previous is not None else value

    registry.register_labeller("kind", kind_label)

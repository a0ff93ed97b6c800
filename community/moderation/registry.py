"""What can be flagged and how moderation reads it: one table of targets, resolved lazily by model label.

Forum models are looked up by label when first needed (the forum app is built separately); a model that
is not installed is simply not flaggable. Every target has `is_hidden` and an `author`. A target may define
`moderation_can_view(user)` to say who may see (and therefore report) it, or an app above moderation
registers a function for its label (`register_viewer`, from its ready()); otherwise it is visible unless
hidden. Challenges and solutions use their permission functions; comments, the discussion app's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from community.accounts import permissions as account_permissions
from community.challenges import permissions as challenge_permissions

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TargetKind:
    label: str  # "app_label.model_name"
    name: object  # translated noun
    text_fields: tuple[str, ...]  # where the content's text lives, first non-empty wins
    related: tuple[str, ...]  # select_related for lists


KINDS: dict[str, TargetKind] = {
    k.label: k
    for k in (
        TargetKind("community.challenge", _("Challenge"), ("description",), ("author", "organisation")),
        TargetKind("community.solution", _("Proposal"), ("summary", "approach"), ("author", "challenge")),
        TargetKind("discussion.comment", _("Comment"), ("body",), ("author", "challenge", "solution")),
        TargetKind("forum.topic", _("Forum topic"), ("body", "text"), ("author",)),
        TargetKind("forum.reply", _("Forum reply"), ("body", "text"), ("author", "topic")),
    )
}


# label -> (user, obj) -> bool, registered by the apps above moderation (the discussion app for comments).
VIEWERS: dict[str, Callable[[object, object], bool]] = {}


def register_viewer(label: str, can_view: Callable[[object, object], bool]) -> None:
    """Who may see (and so report) an item of `label`: an app that moderation may not import says it here."""
    VIEWERS[label.lower()] = can_view


def model_for(label: str):
    """The model of a flaggable label, or None (unknown label, or an app that is not installed)."""
    label = (label or "").lower()
    if label not in KINDS:
        return None
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def label_of(obj) -> str:
    return obj._meta.label_lower


def is_flaggable(obj) -> bool:
    return label_of(obj) in KINDS


def kind_name(label: str):
    kind = KINDS.get(label)
    return kind.name if kind else label


def related_for(label: str, model) -> list[str]:
    names = {f.name for f in model._meta.get_fields()}
    return [r for r in KINDS[label].related if r in names]


def author_of(obj):
    return getattr(obj, "author", None)


def title_of(obj) -> str:
    title = getattr(obj, "title", None) or str(obj)
    return " ".join(str(title).split())[:200]


def text_of(obj, limit: int = 600) -> str:
    kind = KINDS.get(label_of(obj))
    for name in kind.text_fields if kind else ():
        # The rendered HTML (when the model keeps one) reads better than raw Markdown once tags are stripped.
        value = getattr(obj, f"{name}_html", "") or getattr(obj, name, "")
        if value:
            text = " ".join(strip_tags(str(value)).split())
            return text[:limit] + ("…" if len(text) > limit else "")
    return ""


def context_of(obj) -> str:
    """Where a comment was written: the title of its challenge or proposal ("" for other kinds)."""
    if label_of(obj) == "discussion.comment":
        return title_of(obj.target)
    topic = getattr(obj, "topic", None)  # a forum reply: the topic it answers
    return title_of(topic) if topic is not None else ""


def url_of(obj) -> str:
    getter = getattr(obj, "get_absolute_url", None)
    try:
        return getter() if getter else ""
    except NoReverseMatch:  # an item whose page has no address (any more) still shows in the queue
        logger.warning("No address for %s %s in the moderation queue.", label_of(obj), obj.pk, exc_info=True)
        return ""


def default_language_url(obj) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return url_of(obj)


def can_view(user, obj) -> bool:
    """Whether `user` may see the item (moderators see everything)."""
    if account_permissions.is_moderator(user):
        return True
    label = label_of(obj)
    if label == "community.challenge":
        return challenge_permissions.can_view_challenge(user, obj)
    if label == "community.solution":
        return (
            not obj.is_hidden
            and challenge_permissions.can_view_challenge(user, obj.challenge)
            and challenge_permissions.can_view_solution(user, obj)
        )
    if label in VIEWERS:
        return bool(VIEWERS[label](user, obj))
    custom = getattr(obj, "moderation_can_view", None)
    if callable(custom):
        return bool(custom(user))
    return not getattr(obj, "is_hidden", False)

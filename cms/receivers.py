"""The CMS listens to the community: a solved challenge becomes a draft case study; published pages refresh
the home page's figures."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from community import events

from .selectors import CONTENT_VERSION_KEY, FIGURES_CACHE_KEY

logger = logging.getLogger(__name__)


@receiver(events.challenge_solved, dispatch_uid="cms_case_study_from_solved_challenge")
def case_study_from_solved_challenge(sender, challenge, solution=None, actor=None, **kwargs):
    """Never lets a failure here undo or break marking the challenge solved: the error is logged and the
    editors can still write the case study by hand."""
    from .services import case_study_from_challenge

    try:
        case_study_from_challenge(challenge=challenge, solution=solution, actor=actor)
    except Exception:
        logger.exception("Could not create a draft case study from challenge %s", getattr(challenge, "pk", None))


@receiver(page_published, dispatch_uid="cms_figures_on_publish")
@receiver(page_unpublished, dispatch_uid="cms_figures_on_unpublish")
def drop_home_figures(sender, **kwargs):
    cache.delete(FIGURES_CACHE_KEY)
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value retires the old keys
        cache.set(CONTENT_VERSION_KEY, 2, None)

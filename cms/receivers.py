"""The CMS listens to the community: a solved challenge becomes a draft case study; published pages refresh
the home page's figures; the header's and footer's section pages follow publishing, moving and deleting."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from community.challenges import signals

from . import services
from .selectors import CONTENT_VERSION_KEY, FIGURES_CACHE_KEY, drop_section_pages

logger = logging.getLogger(__name__)


@receiver(signals.challenge_solved, dispatch_uid="cms_case_study_from_solved_challenge")
def case_study_from_solved_challenge(sender, challenge, solution=None, actor=None, **kwargs):
    """Never lets a failure here undo or break marking the challenge solved: the error is logged and the
    editors can still write the case study by hand."""
    try:
        services.case_study_from_challenge(challenge=challenge, solution=solution, actor=actor)
    except Exception:
        logger.exception(
            "Could not create a draft case study from challenge %s", getattr(challenge, "pk", None)
        )


@receiver(page_published, dispatch_uid="cms_figures_on_publish")
@receiver(page_unpublished, dispatch_uid="cms_figures_on_unpublish")
def drop_home_figures(sender, **kwargs):
    cache.delete(FIGURES_CACHE_KEY)
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:  # not set yet (or evicted): any new value retires the old keys
        cache.set(CONTENT_VERSION_KEY, 2, None)


# The header and footer list the live pages right under the home pages (cms.selectors.section_pages). Deeper
# pages never appear there, but a page moved or unpublished with its descendants changes what sits at depth 3.
SECTION_DEPTH = 3


def _forget_sections() -> None:
    # Now, for this request's next read, and again after the commit, so that a read made by another request
    # while the transaction was open does not keep the old list cached.
    drop_section_pages()
    transaction.on_commit(drop_section_pages)


def _touches_sections(page) -> bool:
    depth = getattr(page, "depth", None)
    return depth is None or depth <= SECTION_DEPTH


@receiver(page_published, dispatch_uid="cms_sections_on_publish")
@receiver(page_unpublished, dispatch_uid="cms_sections_on_unpublish")
@receiver(page_slug_changed, dispatch_uid="cms_sections_on_slug_change")
def drop_sections_on_publishing(sender, instance=None, **kwargs):
    if _touches_sections(instance):
        _forget_sections()


@receiver(post_page_move, dispatch_uid="cms_sections_on_move")
def drop_sections_on_move(sender, **kwargs):
    _forget_sections()


@receiver(post_save, dispatch_uid="cms_sections_on_page_save")
@receiver(post_delete, dispatch_uid="cms_sections_on_page_delete")
def drop_sections_on_page_save_or_delete(sender, instance=None, **kwargs):
    """Any Page type (sent with the concrete class): a section created live without a publication (add_child in
    scripts and seeding), renamed by a direct save, or deleted."""
    if isinstance(instance, Page) and _touches_sections(instance):
        _forget_sections()

"""Matching's reactions: cached matches are dropped when experts, skills or proposals change, and a
newly published challenge is offered to its best-matched experts in the background."""

import logging

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from community.challenges import signals as challenge_signals
from community.challenges.models import Solution
from community.experts.models import ExpertProfile, TaggedSkill
from community.matching.selectors import invalidate
from community.matching.tasks import notify_matched_experts

logger = logging.getLogger(__name__)


@receiver(post_save, sender=ExpertProfile, dispatch_uid="match-expert-saved")
@receiver(post_delete, sender=ExpertProfile, dispatch_uid="match-expert-deleted")
@receiver(post_save, sender=TaggedSkill, dispatch_uid="match-skill-added")
@receiver(post_delete, sender=TaggedSkill, dispatch_uid="match-skill-removed")
@receiver(post_save, sender=Solution, dispatch_uid="match-solution-saved")
def _on_change(sender, **kwargs):
    invalidate()


@receiver(m2m_changed, sender=ExpertProfile.sectors.through, dispatch_uid="match-expert-sectors")
@receiver(m2m_changed, sender=ExpertProfile.provinces.through, dispatch_uid="match-expert-provinces")
@receiver(m2m_changed, sender=Solution.co_authors.through, dispatch_uid="match-solution-team")
def _on_m2m_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        invalidate()


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="match-user-saved")
def _on_user_saved(sender, instance, update_fields=None, **kwargs):
    # Deactivating an account (or renaming it) removes or updates its profile in matches at once;
    # the frequent saves of a sign-in (last_login only) do not.
    if update_fields is not None and not {"is_active", "full_name"} & set(update_fields):
        return
    invalidate()


@receiver(challenge_signals.challenge_published, dispatch_uid="notify-matched-experts")
def on_challenge_published(sender, challenge, **kwargs):
    # Matching asks the search engine and scores many experts: a background task, not the request.
    try:
        notify_matched_experts.enqueue(challenge.pk)
    except Exception:  # telling experts is a courtesy; publishing must not fail because of it
        logger.warning("Could not enqueue matching for challenge %s", challenge.pk, exc_info=True)

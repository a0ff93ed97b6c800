"""Telling the best-matched experts of a newly published challenge (in-app; the digest e-mails it later)."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from community.challenges.models import Challenge
from community.matching.selectors import (
    MATCHABLE_STATUSES,
    NOTIFY_MIN_SCORE,
    NOTIFY_TOP,
    match_experts,
    reasons_for,
)
from community.notifications.models import Notification, NotificationKind
from community.notifications.services import notify


def notify_matches_for(challenge: Challenge) -> int:
    """In-app notification (MATCHED_CHALLENGE) to the top matched, available experts of an open challenge;
    each is told once per challenge, however often it is reopened. Returns how many were told."""
    if challenge.status not in MATCHABLE_STATUSES or challenge.is_hidden:
        return 0
    matches = [
        m
        for m in match_experts(challenge, limit=NOTIFY_TOP * 2)
        if m.score >= NOTIFY_MIN_SCORE and m.signals.available
    ][:NOTIFY_TOP]
    if not matches:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        url = challenge.get_absolute_url()
    already = set(
        Notification.objects.filter(
            kind=NotificationKind.MATCHED_CHALLENGE,
            url=url,
            recipient_id__in=[m.expert.user_id for m in matches],
        ).values_list("recipient_id", flat=True)
    )
    told = 0
    for match in matches:
        if match.expert.user_id in already:
            continue
        signals = match.signals

        def title(signals=signals):
            signals.sector_name, signals.province_name = challenge.sector.name, challenge.province.name
            return _("A new challenge matches your profile: “%(challenge)s” (%(reasons)s)") % {
                "challenge": challenge.title,
                "reasons": "; ".join(reasons_for(signals)[:2]),
            }

        if notify(
            recipient=match.expert.user,
            kind=NotificationKind.MATCHED_CHALLENGE,
            url=url,
            title_builder=title,
            actor=None,
        ):
            told += 1
    return told

"""Daily and weekly e-mail digests: new challenges matched to each expert, and activity on followed challenges.

The window is the previous whole period in the site's time zone: for a daily digest sent at any hour
of 24/11, yesterday 00:00–24:00; for a weekly one, the seven days before today's midnight. Windows
follow each other without gaps or overlap, and a cache key per person and window makes a second run
(a retried task, two workers) send nothing twice. Nothing is sent to a person with nothing new.

The work grows with what happened in the window (a match per new challenge), not with the number of
people: matches are computed once per challenge and handed out to the experts they name.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from community.accounts.models import User
from community.challenges.models import (
    Challenge,
    ChallengeFollow,
    ChallengeStatus,
    ChallengeStatusChange,
    Solution,
    SolutionStatus,
)
from community.core import hooks
from community.experts.models import ExpertProfile
from community.notifications.models import DigestFrequency, NotificationPreference

logger = logging.getLogger(__name__)

PERIODS = {DigestFrequency.DAILY: dt.timedelta(days=1), DigestFrequency.WEEKLY: dt.timedelta(days=7)}
MATCHES_PER_CHALLENGE = 25  # experts a new challenge is offered to in digests
MAX_MATCHED_IN_DIGEST = 10
MAX_FOLLOWED_IN_DIGEST = 15


def digest_window(frequency: str, now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the period a digest sent at `now` covers."""
    if frequency not in PERIODS:
        raise ValueError(f"unknown digest frequency: {frequency!r}")
    local = timezone.localtime(now or timezone.now())
    end = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return end - PERIODS[frequency], end


def _sent_key(frequency: str, user_id: int, end: dt.datetime) -> str:
    return f"dx:digest:sent:{frequency}:{user_id}:{end.date().isoformat()}"


@dataclass
class FollowedActivity:
    challenge: Challenge
    status_changes: list[ChallengeStatusChange] = field(default_factory=list)
    new_proposals: int = 0


@dataclass
class Digest:
    user: User
    matched: list = field(default_factory=list)  # matching.Match, each with .challenge
    followed: list[FollowedActivity] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.matched and not self.followed


def _recipients(frequency: str) -> list[User]:
    # A person without a saved preference has the model's default, the weekly digest.
    condition = Q(notification_preference__digest=frequency)
    if frequency == NotificationPreference._meta.get_field("digest").default:
        condition |= Q(notification_preference__isnull=True)
    return list(User.objects.filter(condition, is_active=True).select_related("notification_preference"))


def build_digests(frequency: str, now: dt.datetime | None = None) -> tuple[list[Digest], dt.datetime]:
    """What each recipient of `frequency` would receive for the window ending before `now`
    (empty digests included); a fixed number of queries plus one match per new challenge."""
    start, end = digest_window(frequency, now)
    users = _recipients(frequency)
    digests = {u.pk: Digest(user=u) for u in users}
    if not digests:
        return [], end

    # New challenges matched to experts among the recipients.
    experts_by_pk = dict(
        ExpertProfile.objects.filter(user_id__in=digests, is_available=True).values_list("pk", "user_id")
    )
    if experts_by_pk:
        new_challenges = (
            Challenge.objects.filter(
                status=ChallengeStatus.OPEN, is_hidden=False, published_at__gte=start, published_at__lt=end
            )
            .select_related("organisation", "sector", "province")
            .prefetch_related("tags")
        )
        for challenge in new_challenges:
            for match in hooks.match_experts(challenge, limit=MATCHES_PER_CHALLENGE):
                user_id = experts_by_pk.get(match.expert.pk)
                if user_id is not None:  # matching returns only matches above its minimum score
                    digests[user_id].matched.append(match)

    # Activity on followed challenges, by others than the reader.
    follows = list(
        ChallengeFollow.objects.filter(user_id__in=digests, challenge__is_hidden=False)
        .exclude(challenge__status__in=(ChallengeStatus.DRAFT, ChallengeStatus.WITHDRAWN))
        .values_list("user_id", "challenge_id")
    )
    followed_ids = {cid for _uid, cid in follows}
    changes: dict[int, list[ChallengeStatusChange]] = defaultdict(list)
    proposals: dict[int, list[int]] = defaultdict(list)  # challenge -> authors of new proposals
    challenges: dict[int, Challenge] = {}
    if followed_ids:
        for change in (
            ChallengeStatusChange.objects.filter(
                challenge_id__in=followed_ids, created_at__gte=start, created_at__lt=end
            )
            .exclude(from_status="")
            .select_related("challenge", "challenge__organisation")
            .order_by("created_at")
        ):
            changes[change.challenge_id].append(change)
            challenges[change.challenge_id] = change.challenge
        for solution in (
            Solution.objects.filter(
                challenge_id__in=followed_ids, created_at__gte=start, created_at__lt=end, is_hidden=False
            )
            .exclude(status=SolutionStatus.WITHDRAWN)
            .select_related("challenge", "challenge__organisation")
        ):
            proposals[solution.challenge_id].append(solution.author_id)
            challenges[solution.challenge_id] = solution.challenge
    for user_id, challenge_id in follows:
        if challenge_id not in challenges:
            continue
        own_changes = [c for c in changes.get(challenge_id, []) if c.actor_id != user_id]
        others = sum(1 for author in proposals.get(challenge_id, []) if author != user_id)
        if own_changes or others:
            digests[user_id].followed.append(
                FollowedActivity(
                    challenge=challenges[challenge_id], status_changes=own_changes, new_proposals=others
                )
            )
    for digest in digests.values():
        digest.matched = sorted(digest.matched, key=lambda m: -m.score)[:MAX_MATCHED_IN_DIGEST]
        digest.followed = digest.followed[:MAX_FOLLOWED_IN_DIGEST]
    return list(digests.values()), end


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def render_digest(
    digest: Digest, frequency: str, preference: NotificationPreference
) -> EmailMultiAlternatives:
    """The e-mail, written in the reader's language, with the one-click unsubscribe link and headers."""
    user = digest.user
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        unsubscribe = _absolute(
            reverse("community:notifications_unsubscribe", args=[preference.unsubscribe_token])
        )
        matched = []
        for match in digest.matched:
            challenge = match.challenge
            match.signals.sector_name, match.signals.province_name = (
                challenge.sector.name,
                challenge.province.name,
            )
            matched.append(
                {
                    "title": challenge.title,
                    "organisation": challenge.organisation.name,
                    "url": _absolute(challenge.get_absolute_url()),
                    "reasons": "; ".join(match.reasons),
                }
            )
        followed = []
        for item in digest.followed:
            lines = [
                _("now %(status)s") % {"status": str(ChallengeStatus(c.to_status).label).lower()}
                for c in item.status_changes
            ]
            if item.new_proposals:
                from django.utils.translation import ngettext

                lines.append(
                    ngettext("%(n)d new proposal", "%(n)d new proposals", item.new_proposals)
                    % {"n": item.new_proposals}
                )
            followed.append(
                {
                    "title": item.challenge.title,
                    "url": _absolute(item.challenge.get_absolute_url()),
                    "activity": "; ".join(lines),
                }
            )
        context = {
            "user": user,
            "frequency": frequency,
            "matched": matched,
            "followed": followed,
            "unsubscribe_url": unsubscribe,
            "site_url": settings.SITE_URL,
            "settings_url": _absolute(reverse("community:notification_settings")),
            "for_you_url": _absolute(reverse("community:for_you")),
        }
        subject = (
            _("[DX Connect] Your daily digest")
            if frequency == DigestFrequency.DAILY
            else _("[DX Connect] Your weekly digest")
        )
        text = render_to_string("community/email/digest_body.txt", context)
        html = render_to_string("community/email/digest_body.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def send_digests(*, frequency: str, now: dt.datetime | None = None) -> int:
    """Send the `frequency` digest to everyone who has something new; returns how many were sent."""

    digests, end = build_digests(frequency, now)
    sent = 0
    timeout = int(PERIODS[frequency].total_seconds()) + 86400
    for digest in digests:
        if digest.is_empty:
            continue
        key = _sent_key(frequency, digest.user.pk, end)
        if not cache.add(key, True, timeout):  # already sent for this window
            continue
        preference = getattr(digest.user, "notification_preference", None) or NotificationPreference.for_user(
            digest.user
        )
        try:
            render_digest(digest, frequency, preference).send()
        except Exception:
            cache.delete(key)  # let the next run try again
            logger.exception("Could not send the %s digest to user %s", frequency, digest.user.pk)
            continue
        sent += 1
    return sent

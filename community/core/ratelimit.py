"""Posting limits per person. Counted by the site's one rate limiter, allauth's (the same sliding window,
cache and settings as sign-in and sign-up), in the configured cache (Redis in production).

New accounts get stricter limits: most spam comes from accounts created minutes before.
"""

from datetime import timedelta

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

NEW_ACCOUNT_AGE = timedelta(days=7)
WINDOW_SECONDS = 3600
# action -> (limit per hour for established accounts, limit for new accounts)
LIMITS = {
    "challenge": (6, 2),
    "solution": (10, 3),
    "topic": (10, 3),
    "reply": (30, 10),
    "comment": (30, 10),
    "flag": (20, 5),
    "invite_expert": (30, 10),
}


class RateLimited(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_and_count(user, action: str) -> None:
    """Count one `action` by `user`; raise RateLimited (with a message for the person) past the limit."""
    if getattr(user, "is_staff", False):
        return
    established, new = LIMITS[action]
    is_new = user.date_joined and timezone.now() - user.date_joined < NEW_ACCOUNT_AGE
    limit = new if is_new else established
    # Counted per person, so the request only carries the method (a POST is always counted).
    request = HttpRequest()
    request.method = "POST"
    usage = allauth_ratelimit.consume(
        request, app="community", action=action, config={action: f"{limit}/{WINDOW_SECONDS}s/user"}, user=user
    )
    if usage is None:
        raise RateLimited(
            _(
                "You have posted a lot in the last hour (%(limit)d at most). Please wait a little and try again; "
                "what you typed is still here."
            )
            % {"limit": limit}
        )

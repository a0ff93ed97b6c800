"""Posting limits per person, the one place they are counted: services that post are decorated with
`rate_limited(action, actor=...)`, and a view asks for the limit by calling them with `rate_limit=True`
(seeding, imports and other services call them without, and are not counted).

Counted by the site's one rate limiter, allauth's (the same sliding window, cache and settings as sign-in
and sign-up), in the configured cache (Redis in production). The search API, the lowest layer, may not
import the community: it calls the same limiter through one function of its own
(`search.api_views._rate_limited`), per client address behind allauth's trusted proxies.

New accounts get stricter limits: most spam comes from accounts created minutes before.
"""

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import ParamSpec, TypeVar

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.core.exceptions import ValidationError
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


P = ParamSpec("P")
R = TypeVar("R")


class RateLimited(ValidationError):
    """Past the limit: a ValidationError with a message for the person, so a form shows it like any other;
    views that answer differently (429) catch it first."""

    def __init__(self, message: str):
        super().__init__(message, code="rate_limited")


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


def rate_limited(action: str, *, actor: str) -> Callable[[Callable[P, R]], Callable[..., R]]:
    """Decorate a service that posts: called with `rate_limit=True`, it first counts one `action` by its
    keyword argument `actor` (raising RateLimited past the limit, before any write)."""
    if action not in LIMITS:
        raise ValueError(f"No rate limit is defined for {action!r}.")

    def decorate(service: Callable[P, R]) -> Callable[..., R]:
        @functools.wraps(service)
        def counted(*args, rate_limit: bool = False, **kwargs):
            if rate_limit:
                check_and_count(kwargs[actor], action)
            return service(*args, **kwargs)

        counted.rate_limit_action = action
        return counted

    return decorate

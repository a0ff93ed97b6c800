"""Per-client request limits for the public search endpoints, counted in Django's cache.

A fixed window per client IP and scope: ``allow(request, "api", limit=60, window=60)``. The counter
lives in ``CACHES["default"]`` (Redis in production, so every worker shares it; local memory in
development and tests). Settings:

``SEARCH_RATE_LIMITS``        ``{"api": (60, 60), "suggest": (240, 60), "similar": (120, 60)}``: requests per window seconds
``SEARCH_TRUSTED_PROXY_COUNT`` proxies in front of Django that append to ``X-Forwarded-For`` (nginx:
                              1). With 0 (the default) the client is ``REMOTE_ADDR``.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

__all__ = ["DEFAULT_LIMITS", "Verdict", "allow", "client_ip"]

# "similar" answers a form field as someone types (debounced), so it allows more than "api".
DEFAULT_LIMITS: dict[str, tuple[int, int]] = {"api": (60, 60), "suggest": (240, 60), "similar": (120, 60)}


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after: int  # seconds until the window resets


def client_ip(request: HttpRequest) -> str:
    """The client address, trusting only as many ``X-Forwarded-For`` hops as there are proxies."""
    proxies = int(getattr(settings, "SEARCH_TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _limits(scope: str) -> tuple[int, int]:
    configured = getattr(settings, "SEARCH_RATE_LIMITS", {}) or {}
    limit, window = configured.get(scope, DEFAULT_LIMITS.get(scope, (60, 60)))
    return max(1, int(limit)), max(1, int(window))


def allow(request: HttpRequest, scope: str) -> Verdict:
    """Count this request against the client's window for ``scope``; never raises."""
    limit, window = _limits(scope)
    now = time.time()
    bucket = int(now // window)
    retry_after = max(1, int((bucket + 1) * window - now + 0.999))
    ip_hash = hashlib.blake2s(client_ip(request).encode(), digest_size=12).hexdigest()
    key = f"search-rl:{scope}:{ip_hash}:{bucket}"
    try:
        if cache.add(key, 1, timeout=window + 1):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, timeout=window + 1)
                count = 1
    except Exception:  # a cache outage must not take search down with it
        return Verdict(True, limit, limit, retry_after)
    return Verdict(count <= limit, limit, max(0, limit - count), retry_after)

"""A cheap liveness probe of the search engine for /healthz."""

from __future__ import annotations

import logging

from haystack import connections
from haystack.constants import DEFAULT_ALIAS
from haystack.query import SearchQuerySet

__all__ = ["check_search_backend"]

logger = logging.getLogger(__name__)


def check_search_backend(using: str = DEFAULT_ALIAS) -> tuple[bool, str]:
    """Return ``(healthy, message)`` for haystack connection ``using``; never raises.

    Backends with a ``ping()`` (ours) answer from their open index; others run a one-hit query.
    /healthz shows the message to staff and local probes only; details of failures go to the log.
    """
    try:
        backend = connections[using].get_backend()
        ping = getattr(backend, "ping", None)
        if callable(ping):
            documents = int(ping())
            if getattr(backend, "needs_rebuild", False):
                return True, f"search ok ({documents} documents; run rebuild_index for new fields)"
            return True, f"search ok ({documents} documents)"
        SearchQuerySet(using=using).all()[:1].count()
        return True, "search ok"
    except Exception as exc:
        logger.warning("Search health check failed for %r", using, exc_info=True)
        return False, f"search unavailable ({type(exc).__name__})"

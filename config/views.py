"""Site-wide views: the health check and the error pages."""

import ipaddress
import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache, caches
from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from search.health import check_search_backend

logger = logging.getLogger(__name__)


def _check_database() -> tuple[bool, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return True, connection.vendor


def _check_cache() -> tuple[bool, str]:
    cache.set("healthz", "ok", 10)
    ok = cache.get("healthz") == "ok"
    return ok, caches["default"].__class__.__name__


def _check_channel_layer() -> tuple[bool, str]:

    layer = get_channel_layer()
    if layer is None:
        return False, "not configured"

    async def roundtrip():
        channel = await layer.new_channel("healthz.")
        await layer.send(channel, {"type": "healthz.ping"})
        message = await layer.receive(channel)
        return message.get("type") == "healthz.ping"

    return async_to_sync(roundtrip)(), layer.__class__.__name__


def _check_search() -> tuple[bool, str]:

    return check_search_backend()


CHECKS = {
    "database": _check_database,
    "cache": _check_cache,
    "channel_layer": _check_channel_layer,
    "search": _check_search,
}


# Headers a proxy adds: a request carrying one came through it, whatever its REMOTE_ADDR says.
PROXY_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED")


def _may_see_health_details(request) -> bool:
    """Staff, or a probe on the machine itself (loopback address, not through a proxy).

    Details name engines, classes and exceptions: useful to operators, a map for anyone else."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_active and user.is_staff:
        return True
    if any(request.META.get(header) for header in PROXY_HEADERS):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


@never_cache
def healthz(request):
    """The state of each part (database, cache, channel layer, search): 200 when all are up, 503 otherwise.

    Everyone sees `{"status": "ok"|"degraded", "checks": {part: {"status": "ok"|"degraded"}}}`; staff and
    local probes also get each part's `detail` (engine, document count, the failure's class)."""
    details = _may_see_health_details(request)
    report = {}
    for name, check in CHECKS.items():
        try:
            ok, detail = check()
        except Exception as exc:  # a health check reports failures, it does not raise them
            logger.warning("healthz: %s check failed: %s", name, exc)
            ok, detail = False, exc.__class__.__name__
        report[name] = {"status": "ok" if ok else "degraded"}
        if details:
            report[name]["detail"] = detail
    healthy = all(item["status"] == "ok" for item in report.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": report}, status=200 if healthy else 503
    )


def bad_request(request, exception=None):
    return render(request, "errors/400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "errors/403.html", status=403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a missing or expired token, in the reader's language; JSON for the site's scripts."""
    message = _(
        "Your session has expired or the form was out of date. Reload the page and try again; "
        "if you were signed out, sign in again first."
    )
    if _wants_json(request):
        return JsonResponse({"error": str(message)}, status=403)
    return render(request, "errors/403_csrf.html", {"message": message}, status=403)


def _wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    return "application/json" in accept or request.content_type == "application/json"


def page_not_found(request, exception=None):
    return render(request, "errors/404.html", status=404)


def server_error(request):
    # Rendered without the request context: whatever failed (often the database) must not fail again here.
    return HttpResponseServerError(get_template("errors/500.html").render({"LANGUAGE_CODE": _lang(request)}))


def _lang(request) -> str:
    return "en" if request.path.startswith("/en/") else "vi"

"""One way in: the admin sites' own sign-in and password pages send people to allauth, and a signed-in
person without admin access gets a 403 page rather than a redirect back to the sign-in page (a loop).

Signing in only through allauth means its second factor, mandatory e-mail verification and rate limits
apply to every account, staff included.
"""

from urllib.parse import urlencode

from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme

WAGTAIL_ADMIN_PREFIX = "/admin/"
DJANGO_ADMIN_PREFIX = "/django-admin/"


def _safe_next(request: HttpRequest, default: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def _redirect(url_name: str, next_url: str | None = None) -> HttpResponseRedirect:
    url = reverse(url_name)
    if next_url:
        url += "?" + urlencode({"next": next_url})
    # 302 for GET and POST alike: the browser follows with a GET, so a posted password goes nowhere.
    return HttpResponseRedirect(url)


def wagtail_admin_login(request: HttpRequest) -> HttpResponse:
    return _redirect("account_login", _safe_next(request, WAGTAIL_ADMIN_PREFIX))


def django_admin_login(request: HttpRequest) -> HttpResponse:
    return _redirect("account_login", _safe_next(request, DJANGO_ADMIN_PREFIX))


def frontend_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's front-end sign-in (``/_util/login/``, a bare Django LoginView for private pages)."""
    return _redirect("account_login", _safe_next(request, "/"))


def password_reset(request: HttpRequest, rest: str = "") -> HttpResponse:
    return _redirect("account_reset_password")


def password_change(request: HttpRequest) -> HttpResponse:
    return _redirect("account_change_password")


def has_wagtail_admin_access(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class AdminAccessMiddleware:
    """403 for a signed-in person who opens an admin site they have no access to.

    Without it Wagtail and Django's admin send such a person to the sign-in page, which sends a
    signed-in person back to ``next``: ERR_TOO_MANY_REDIRECTS.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            path = request.path_info
            if path.startswith(WAGTAIL_ADMIN_PREFIX) and not has_wagtail_admin_access(user):
                return self._denied(request)
            if path.startswith(DJANGO_ADMIN_PREFIX) and not admin.site.has_permission(request):
                return self._denied(request)
        return self.get_response(request)

    @staticmethod
    def _denied(request: HttpRequest) -> HttpResponse:
        # The admin's addresses carry no language prefix: answer in the reader's (cookie, then browser).
        language = translation.get_language_from_request(request)
        with translation.override(language):
            response = render(request, "errors/403_admin.html", status=403)
            response.headers.setdefault("Content-Language", language)
        return response


def accounts_alias(request: HttpRequest, rest: str) -> HttpResponse:
    """`/accounts/…` is allauth's usual address and what people type: send it to ours, `/account/…`, in the same
    language, with the query string. Permanent, so bookmarks and search engines learn it."""
    path = request.path.replace("/accounts/", "/account/", 1)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(path + ("?" + query if query else ""))

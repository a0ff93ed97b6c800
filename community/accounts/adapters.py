"""allauth adapter: what the platform adds to signing up and in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return getattr(settings, "ACCOUNT_ALLOW_SIGNUPS", True)

    def get_login_redirect_url(self, request):
        return super().get_login_redirect_url(request)

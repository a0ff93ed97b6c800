"""Django's admin finds an app's registrations through this module: the community's, one module per domain."""

from community.accounts import admin as accounts_admin
from community.core import admin as core_admin
from community.experts import admin as experts_admin
from community.organisations import admin as organisations_admin

__all__ = ["accounts_admin", "core_admin", "experts_admin", "organisations_admin"]

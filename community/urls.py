"""URLs of the community app: one list per domain, all in the "community" namespace."""

from community.accounts import urls as accounts
from community.challenges import urls as challenges
from community.experts import urls as experts
from community.notifications import urls as notifications
from community.organisations import urls as organisations

app_name = "community"

urlpatterns = [
    *organisations.urlpatterns,
    *experts.urlpatterns,
    *challenges.urlpatterns,
    *notifications.urlpatterns,
    *accounts.urlpatterns,
]

"""A person's own account: deleting it, and "download my data"."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.core import hooks
from community.core.text import nfc
from community.organisations.models import MemberRole, Membership
from community.organisations.services import owners_left


@transaction.atomic
def user_profile_update(*, user, full_name: str, preferred_language: str) -> None:
    """Save the name a person is shown by and the language the site and e-mails speak to them in."""
    full_name = " ".join(nfc(full_name).split())
    if len(full_name) < 2:
        raise ValidationError({"full_name": _("Please enter your full name.")})
    if preferred_language not in dict(settings.LANGUAGES):
        raise ValidationError({"preferred_language": _("Choose one of the site's languages.")})
    user.full_name = full_name
    user.preferred_language = preferred_language
    user.save(update_fields=["full_name", "preferred_language"])


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account and everything personal; organisations the user alone owned go too."""
    for membership in Membership.objects.filter(user=user, role=MemberRole.OWNER).select_related(
        "organisation"
    ):
        if not owners_left(membership.organisation, membership):
            others = membership.organisation.memberships.exclude(pk=membership.pk).order_by(
                "role", "created_at"
            )
            successor = others.filter(role=MemberRole.ADMIN).first()
            if successor:  # hand the organisation to an admin rather than deleting others' work
                successor.role = MemberRole.OWNER
                successor.save(update_fields=["role"])
            else:
                membership.organisation.delete()
    user.delete()


# What "Download my data" holds of the account itself; every domain adds its own keys, with what they hold,
# through hooks.register_export (organisations, experts, challenges and notifications in CommunityConfig.ready();
# the forum, comments, moderation and events in theirs). Dates are ISO 8601 in UTC; addresses (`slug`,
# `url`) are relative to the site.
EXPORT_SECTIONS = {
    "account": gettext_lazy(
        "Your account: e-mail, full name, preferred language, date joined, last sign-in."
    ),
    "email_addresses": gettext_lazy("Your e-mail addresses: address, whether verified, whether primary."),
}


def account_export_sections() -> dict[str, Any]:
    """Every key of the export with what it holds, for the page that offers the download."""
    return {**EXPORT_SECTIONS, **hooks.export_sections}


def account_export(*, user) -> str:
    """Everything the platform holds about the user, as JSON: the keys are `account_export_sections()`.

    The account is read here; every other section comes from the domain that holds it (`hooks.register_export`).
    Each section is one query (two for challenges, with their tags), whatever the number of rows."""
    from allauth.account.models import EmailAddress

    data: dict[str, Any] = {
        "exported_at": timezone.now(),
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
    }
    for contribute in hooks.export_contributors:
        data.update(contribute(user))
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)

"""A person's own account: deleting it, and "download my data"."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.accounts.models import User
from community.core import hooks
from community.core.services import upsert_fields
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


@transaction.atomic
def account_upsert(
    *,
    email: str,
    full_name: str,
    is_staff: bool = False,
    is_superuser: bool = False,
    joined=None,
    password_hash: str | None = None,
    password_ok: Any = None,
    groups: Sequence[str] = (),
) -> tuple[Any, str]:
    """For seeding: the account with this address, created or brought back to the given values; returns it
    and ``"created"``, ``"updated"`` or ``"unchanged"``.

    ``password_hash`` is set on creation, and again when ``password_ok(encoded)`` says the stored password
    is no longer the one promised (someone changed a demo account's password); None: unusable password.
    The address is verified and primary (unless another is), so allauth lets the account sign in."""
    user, outcome = upsert_fields(
        User,
        {"email": email},
        {"full_name": full_name, "is_active": True, "is_staff": is_staff, "is_superuser": is_superuser},
        on_create={"password": password_hash or make_password(None), "date_joined": joined or timezone.now()},
    )
    if outcome != "created" and password_hash and password_ok is not None and not password_ok(user.password):
        user.password = password_hash
        user.save(update_fields=["password"])
        outcome = "updated"
    wanted = list(Group.objects.filter(name__in=groups))
    if len(wanted) != len(set(groups)):
        missing = sorted(set(groups) - {g.name for g in wanted})
        raise ValidationError({"groups": _("Unknown group: %(names)s.") % {"names": ", ".join(missing)}})
    have = set(user.groups.values_list("pk", flat=True))
    if {g.pk for g in wanted} - have:
        user.groups.add(*wanted)
        outcome = "updated" if outcome == "unchanged" else outcome
    if email_address_verify(user=user) and outcome == "unchanged":
        outcome = "updated"
    return user, outcome


def email_address_verify(*, user) -> bool:
    """Give the account a verified e-mail address (its ``user.email``), primary unless another address
    already is; returns whether anything was written."""
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    other_primary = (
        EmailAddress.objects.filter(user=user, primary=True).exclude(email__iexact=user.email).exists()
    )
    if address is None:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=not other_primary)
        return True
    changes = {}
    if not address.verified:
        changes["verified"] = True
    if not address.primary and not other_primary:
        changes["primary"] = True
    if changes:
        EmailAddress.objects.filter(pk=address.pk).update(**changes)
    return bool(changes)


@transaction.atomic
def group_upsert(*, name: str, permissions: Sequence[str] = ()) -> tuple[Group, str]:
    """For seeding: the group with this name holding (at least) these ``app_label.codename`` permissions."""
    group, created = Group.objects.get_or_create(name=name)
    wanted = []
    for label in permissions:
        app_label, _dot, codename = label.partition(".")
        found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if found is None:
            raise ValidationError({"permissions": _("Unknown permission: %(name)s.") % {"name": label}})
        wanted.append(found)
    missing = [p for p in wanted if not group.permissions.filter(pk=p.pk).exists()]
    if missing:
        group.permissions.add(*missing)
    if created:
        return group, "created"
    return group, "updated" if missing else "unchanged"

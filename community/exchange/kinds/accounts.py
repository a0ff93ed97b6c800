"""The import kinds of accounts (demo only: ``seed_demo`` loads them, ``import_content`` refuses them):
``group`` (a group and its permissions) and ``account`` (a person who signs in with the demo password)."""

from __future__ import annotations

from typing import Literal

from django.contrib.auth.hashers import check_password, make_password
from django.utils.translation import gettext as _
from pydantic import Field

from community.accounts.services import account_upsert, group_upsert
from community.exchange.context import ImportContext
from community.exchange.fields import Line, LineError, LineModel, OptionalWhenDateTime, when_datetime
from community.exchange.registry import Kind, register_kind
from community.models import User

# Every demo account signs in with this password; the README documents it. Never used outside seed_demo.
DEMO_PASSWORD = "demo12345"  # noqa: S105


class GroupLine(LineModel):
    kind: Literal["group"]
    permissions: list[str] = []  # app_label.codename


class AccountLine(LineModel):
    """``ref`` is the e-mail address."""

    kind: Literal["account"]
    full_name: Line(150)
    is_staff: bool = False
    is_superuser: bool = False
    joined: OptionalWhenDateTime = None
    signs_in: bool = True  # with the demo password; False: an unusable password
    groups: list[str] = Field(default_factory=list)


def demo_password_hash(ctx: ImportContext) -> str:
    # Hashing is deliberately slow: once per run, shared by every account.
    return ctx.cached("demo_password_hash", lambda: make_password(DEMO_PASSWORD))


def _has_demo_password(ctx: ImportContext, encoded: str) -> bool:
    good: set[str] = ctx.cached("demo_password_good", set)
    if encoded in good:
        return True
    if check_password(DEMO_PASSWORD, encoded):
        good.add(encoded)
        return True
    return False


def account_of(email: str, field: str = "account") -> User:
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        raise LineError([(field, _("no account has the address “%(email)s”") % {"email": email})])
    return user


def upsert_group(line: GroupLine, ctx: ImportContext) -> str:
    return group_upsert(name=line.ref, permissions=line.permissions)[1]


def upsert_account(line: AccountLine, ctx: ImportContext) -> str:
    demo = line.signs_in
    _user, outcome = account_upsert(
        email=line.ref,
        full_name=line.full_name,
        is_staff=line.is_staff,
        is_superuser=line.is_superuser,
        joined=when_datetime(line.joined, ctx),
        password_hash=demo_password_hash(ctx) if demo else None,
        password_ok=(lambda encoded: _has_demo_password(ctx, encoded)) if demo else None,
        groups=line.groups,
    )
    return outcome


def register() -> None:
    register_kind(Kind("group", GroupLine, upsert_group, public=False))
    register_kind(Kind("account", AccountLine, upsert_account, after=("group",), public=False))

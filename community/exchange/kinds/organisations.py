"""The import kinds of organisations (demo only): ``organisation``, ``membership`` and ``org_invitation``,
written through community.organisations.services."""

from __future__ import annotations

from typing import Literal

from django.utils.translation import gettext as _

from community.exchange.context import ImportContext
from community.exchange.fields import (
    Line,
    LineError,
    LineModel,
    OptionalText,
    OptionalWhenDateTime,
    ProvinceCode,
    Ref,
    SectorSlugs,
    when_datetime,
)
from community.exchange.kinds.accounts import account_of
from community.exchange.registry import Kind, register_kind
from community.models import Organisation, Province, Sector
from community.organisations.models import MemberRole, OrganisationKind
from community.organisations.services import invitation_seed, membership_upsert, organisation_upsert

OrgKind = Literal[tuple(OrganisationKind.values)]  # type: ignore[valid-type]
Role = Literal[tuple(MemberRole.values)]  # type: ignore[valid-type]


class OrganisationLine(LineModel):
    """``ref`` is the organisation's slug."""

    kind: Literal["organisation"]
    name: Line(255)
    short_name: OptionalText(60) = ""
    org_kind: OrgKind
    province: ProvinceCode
    sectors: SectorSlugs = []
    verified: bool = False
    website: OptionalText(200) = ""
    contact_email: OptionalText(254) = ""
    description: OptionalText(5_000) = ""
    created: OptionalWhenDateTime = None


class MembershipLine(LineModel):
    kind: Literal["membership"]
    organisation: Ref  # its slug
    account: Ref  # the member's e-mail address
    role: Role = MemberRole.MEMBER
    title: OptionalText(120) = ""
    created: OptionalWhenDateTime = None


class OrgInvitationLine(LineModel):
    kind: Literal["org_invitation"]
    organisation: Ref
    email: Line(254)
    role: Role = MemberRole.MEMBER
    invited_by: Ref  # e-mail address of the member who invites


def organisation_of(slug: str, field: str = "organisation") -> Organisation:
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        raise LineError([(field, _("no organisation has the slug “%(slug)s”") % {"slug": slug})])
    return organisation


def upsert_organisation(line: OrganisationLine, ctx: ImportContext) -> str:
    _org, outcome = organisation_upsert(
        slug=line.ref,
        name=line.name,
        kind=line.org_kind,
        province=Province.objects.get(code=line.province),
        sectors=list(Sector.objects.filter(slug__in=line.sectors)),
        created=when_datetime(line.created, ctx),
        short_name=line.short_name,
        website=line.website,
        contact_email=line.contact_email,
        description=line.description,
        verified=line.verified,
    )
    return outcome


def upsert_membership(line: MembershipLine, ctx: ImportContext) -> str:
    return membership_upsert(
        organisation=organisation_of(line.organisation),
        user=account_of(line.account),
        role=line.role,
        title=line.title,
        created=when_datetime(line.created, ctx),
    )[1]


def upsert_org_invitation(line: OrgInvitationLine, ctx: ImportContext) -> str:
    return invitation_seed(
        organisation=organisation_of(line.organisation),
        email=line.email,
        role=line.role,
        invited_by=account_of(line.invited_by, "invited_by"),
    )[1]


def register() -> None:
    register_kind(Kind("organisation", OrganisationLine, upsert_organisation, public=False))
    register_kind(
        Kind("membership", MembershipLine, upsert_membership, after=("organisation", "account"), public=False)
    )
    register_kind(
        Kind(
            "org_invitation",
            OrgInvitationLine,
            upsert_org_invitation,
            after=("organisation", "account", "membership"),
            public=False,
        )
    )

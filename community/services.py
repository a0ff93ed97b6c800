"""Writes of the community app: each service is keyword-only, runs in one transaction and
raises ValidationError with a message a person can act on. Side effects run on commit."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community import permissions
from community.challenges.models import TaggedChallenge
from community.models import (
    Attachment,
    Challenge,
    ChallengeFollow,
    ExpertInvitation,
    ExpertProfile,
    Invitation,
    Membership,
    Notification,
    NotificationPreference,
    Organisation,
    Solution,
)
from community.models.experts import BIO_MAX_LENGTH
from community.models.organisations import DESCRIPTION_MAX_LENGTH, MemberRole
from community.text import clean_labels, length_error, vn_slugify

MSG_ALREADY_MEMBER = "{email} is already a member of this organisation."
MSG_LAST_OWNER = "An organisation needs at least one owner. Make someone else owner first."


def unique_slug(model, base: str, *, exclude_pk=None, max_length: int = 200) -> str:
    base = (vn_slugify(base) or "item")[: max_length - 6].strip("-")
    slug, n = base, 2
    qs = model.objects.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _check_length(instance, field: str, limit: int) -> None:
    """The caps on free text (the columns are unbounded TEXT): a clear message instead of megabytes stored."""
    if too_long := length_error(getattr(instance, field) or "", limit):
        raise ValidationError({field: too_long})


# --- Organisations ---------------------------------------------------------------------------


@transaction.atomic
def organisation_create(*, owner, name: str, kind: str, province, sectors=(), **fields: Any) -> Organisation:
    if not permissions.can_create_organisation(owner):
        raise PermissionDenied
    org = Organisation(name=name.strip(), kind=kind, province=province, **fields)
    org.slug = unique_slug(Organisation, org.short_name or org.name)
    _check_length(org, "description", DESCRIPTION_MAX_LENGTH)
    org.full_clean()
    org.save()
    org.sectors.set(sectors)
    Membership.objects.create(organisation=org, user=owner, role=MemberRole.OWNER)
    permissions.forget_roles(owner)
    return org


@transaction.atomic
def organisation_update(*, organisation: Organisation, actor, sectors=None, **fields: Any) -> Organisation:
    if not permissions.can_edit_organisation(actor, organisation):
        raise PermissionDenied
    fields.pop("verified", None)  # only staff set it, through organisation_set_verified
    for key, value in fields.items():
        setattr(organisation, key, value)
    _check_length(organisation, "description", DESCRIPTION_MAX_LENGTH)
    organisation.full_clean()
    organisation.save()
    if sectors is not None:
        organisation.sectors.set(sectors)
    return organisation


def organisation_set_verified(*, organisation: Organisation, actor, verified: bool) -> Organisation:
    if not permissions.can_verify(actor):
        raise PermissionDenied
    organisation.verified = verified
    organisation.save(update_fields=["verified", "updated_at"])
    return organisation


@transaction.atomic
def organisation_delete(*, organisation: Organisation, actor) -> None:
    if not permissions.can_delete_organisation(actor, organisation):
        raise PermissionDenied
    organisation.delete()


# --- Members and invitations ----------------------------------------------------------------


@transaction.atomic
def invitation_create(*, organisation: Organisation, actor, email: str, role: str = MemberRole.MEMBER) -> Invitation:
    from community.tasks import send_invitation_email

    if not permissions.can_invite(actor, organisation) or not permissions.can_grant_role(actor, organisation, role):
        raise PermissionDenied
    email = email.strip().lower()
    if organisation.memberships.filter(user__email__iexact=email).exists():
        raise ValidationError({"email": _(MSG_ALREADY_MEMBER).format(email=email)})
    pending = [i for i in organisation.invitations.filter(email__iexact=email) if i.is_pending]
    for old in pending:  # a fresh invitation replaces an older pending one
        old.revoked_at = timezone.now()
        old.save(update_fields=["revoked_at"])
    invitation = Invitation.objects.create(organisation=organisation, email=email, role=role, invited_by=actor)
    transaction.on_commit(lambda: send_invitation_email.enqueue(invitation.pk))
    return invitation


def invitation_revoke(*, invitation: Invitation, actor) -> Invitation:
    if not permissions.can_invite(actor, invitation.organisation):
        raise PermissionDenied
    if invitation.is_pending:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def verified_emails(user) -> set[str]:
    from allauth.account.models import EmailAddress

    return {e.lower() for e in EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)}


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user) -> Membership:
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise ValidationError(_("This invitation is no longer valid (%(status)s).") % {
            "status": invitation.get_status_display().lower()})
    if not permissions.can_accept_invitation(user, invitation, verified_emails(user)):
        raise ValidationError(
            _("This invitation was sent to %(email)s. Sign in with that address, or add and verify it in "
              "your account, to accept it.") % {"email": invitation.email}
        )
    membership, created = Membership.objects.get_or_create(
        organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
    )
    if not created and _rank(invitation.role) < _rank(membership.role):
        membership.role = invitation.role
        membership.save(update_fields=["role"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    permissions.forget_roles(user)
    return membership


def pending_invitations_for(user) -> list[Invitation]:
    emails = verified_emails(user)
    if not emails:
        return []
    qs = Invitation.objects.filter(email__in=emails, accepted_at=None, revoked_at=None,
                                   expires_at__gt=timezone.now()).select_related("organisation")
    return list(qs)


def _rank(role: str) -> int:
    return {MemberRole.OWNER: 0, MemberRole.ADMIN: 1, MemberRole.MEMBER: 2}[role]


def _owners_left(organisation: Organisation, excluding: Membership) -> int:
    return organisation.memberships.filter(role=MemberRole.OWNER).exclude(pk=excluding.pk).count()


@transaction.atomic
def membership_set_role(*, membership: Membership, actor, role: str) -> Membership:
    org = membership.organisation
    if not permissions.can_change_membership(actor, membership) or not permissions.can_grant_role(actor, org, role):
        raise PermissionDenied
    if membership.role == MemberRole.OWNER and role != MemberRole.OWNER and not _owners_left(org, membership):
        raise ValidationError(_(MSG_LAST_OWNER))
    membership.role = role
    membership.save(update_fields=["role"])
    permissions.forget_roles(membership.user)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, actor) -> None:
    allowed = permissions.can_change_membership(actor, membership) or permissions.can_leave(actor, membership)
    if not allowed:
        raise PermissionDenied
    if membership.role == MemberRole.OWNER and not _owners_left(membership.organisation, membership):
        raise ValidationError(_(MSG_LAST_OWNER))
    membership.delete()
    permissions.forget_roles(membership.user)


# --- Experts ---------------------------------------------------------------------------------


@transaction.atomic
def expert_profile_save(
    *, user, actor, profile: ExpertProfile | None = None, skills=None, sectors=None, provinces=None, **fields: Any
) -> ExpertProfile:
    if profile is None:
        if actor != user and not permissions.is_staff(actor):
            raise PermissionDenied
        profile = ExpertProfile(user=user)
    elif not permissions.can_edit_expert(actor, profile):
        raise PermissionDenied
    fields.pop("verified", None)
    for key, value in fields.items():
        setattr(profile, key, value)
    if not profile.slug:
        profile.slug = unique_slug(ExpertProfile, user.full_name or user.email.split("@")[0], max_length=160)
    _check_length(profile, "bio", BIO_MAX_LENGTH)
    profile.full_clean(exclude=["skills"])
    try:
        profile.save()
    except IntegrityError as exc:  # a second profile for the same user
        raise ValidationError(_("You already have an expert profile.")) from exc
    if skills is not None:
        profile.skills.set(clean_labels(skills, max_length=100, limit=30))
    if sectors is not None:
        profile.sectors.set(sectors)
    if provinces is not None:
        profile.provinces.set(provinces)
    return profile


# --- The account -------------------------------------------------------------------------------


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete the account and everything personal; organisations the user alone owned go too."""
    for membership in Membership.objects.filter(user=user, role=MemberRole.OWNER).select_related("organisation"):
        if not _owners_left(membership.organisation, membership):
            others = membership.organisation.memberships.exclude(pk=membership.pk).order_by("role", "created_at")
            successor = others.filter(role=MemberRole.ADMIN).first()
            if successor:  # hand the organisation to an admin rather than deleting others' work
                successor.role = MemberRole.OWNER
                successor.save(update_fields=["role"])
            else:
                membership.organisation.delete()
    user.delete()


# What "Download my data" holds, key by key (the forum, comments, moderation and events add theirs through
# hooks.export_sections). Dates are ISO 8601 in UTC; addresses (`slug`, `url`) are relative to the site.
EXPORT_SECTIONS = {
    "account": gettext_lazy("Your account: e-mail, full name, preferred language, date joined, last sign-in."),
    "email_addresses": gettext_lazy("Your e-mail addresses: address, whether verified, whether primary."),
    "memberships": gettext_lazy("Organisations you belong to: name, address (slug), role, date joined."),
    "invitations_sent": gettext_lazy("Invitations you sent: e-mail, role, organisation, date."),
    "expert_profile": gettext_lazy(
        "Your expert profile: title, headline, biography, affiliation, skills, sectors, provinces, languages, "
        "years of experience, availability, links, whether public, date created."),
    "challenges": gettext_lazy(
        "Challenges you posted: title, address, organisation, description, expected outcome, sector, province, "
        "budget, deadline, visibility, status, what changed, figures, tags, dates created and published."),
    "proposals": gettext_lazy(
        "Proposals you wrote: challenge, title, organisation, summary, approach, timeline, cost estimate, status, "
        "feedback received, dates created and decided."),
    "challenge_follows": gettext_lazy("Challenges you follow: title, address, date."),
    "expert_invitations": gettext_lazy("Invitations to challenges you received as an expert: challenge, message, "
                                       "status, dates sent and answered."),
    "attachments": gettext_lazy("Files you uploaded: file name, type, size, challenge or proposal, date."),
    "notifications": gettext_lazy("Your notifications: kind, text, link, dates created and read."),
    "notification_preferences": gettext_lazy("Your notification settings: immediate e-mail, digest frequency."),
}


def account_export_sections() -> dict[str, Any]:
    """Every key of the export with what it holds, for the page that offers the download."""
    from community import hooks

    return {**EXPORT_SECTIONS, **hooks.export_sections}


def account_export(*, user) -> str:
    """Everything the platform holds about the user, as JSON: the keys are `account_export_sections()`.

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
        "email_addresses": list(EmailAddress.objects.filter(user=user).values("email", "verified", "primary")),
        "memberships": [
            {"organisation": m.organisation.name, "slug": m.organisation.slug, "role": m.role, "joined": m.created_at}
            for m in Membership.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": list(
            Invitation.objects.filter(invited_by=user).values("email", "role", "organisation__name", "created_at")
        ),
        "expert_profile": None,
    }
    profile = ExpertProfile.objects.filter(user=user).prefetch_related("sectors", "provinces", "skills").first()
    if profile:
        data["expert_profile"] = {
            "honorific": profile.honorific,
            "headline": profile.headline,
            "bio": profile.bio,
            "affiliation": profile.affiliation,
            "skills": [s.name for s in profile.skills.all()],
            "sectors": [s.slug for s in profile.sectors.all()],
            "provinces": [p.code for p in profile.provinces.all()],
            "languages": profile.languages,
            "years_experience": profile.years_experience,
            "is_available": profile.is_available,
            "links": profile.links,
            "is_public": profile.is_public,
            "created_at": profile.created_at,
        }
    data.update(_challenge_export(user))
    from community import hooks

    for contribute in hooks.export_contributors:
        data.update(contribute(user))
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _challenge_export(user) -> dict[str, Any]:
    tags: dict[int, list[str]] = {}
    for challenge_id, name in TaggedChallenge.objects.filter(content_object__author=user).order_by(
            "tag__name").values_list("content_object_id", "tag__name"):
        tags.setdefault(challenge_id, []).append(name)
    challenges = list(Challenge.objects.filter(author=user).order_by("created_at").values(
        "id", "title", "slug", "organisation__name", "description", "expected_outcome", "sector__slug",
        "province__code", "budget_min", "budget_max", "deadline", "visibility", "status", "outcome_summary",
        "outcome_figures", "created_at", "published_at"))
    for challenge in challenges:
        challenge["tags"] = tags.get(challenge.pop("id"), [])
    return {
        "challenges": challenges,
        "proposals": list(Solution.objects.filter(author=user).order_by("created_at").values(
            "challenge__title", "challenge__slug", "title", "organisation__name", "summary", "approach", "timeline",
            "cost_estimate", "status", "feedback", "created_at", "decided_at")),
        "challenge_follows": list(ChallengeFollow.objects.filter(user=user).order_by("created_at").values(
            "challenge__title", "challenge__slug", "created_at")),
        "expert_invitations": list(ExpertInvitation.objects.filter(expert__user=user).order_by("created_at").values(
            "challenge__title", "challenge__slug", "message", "status", "created_at", "responded_at")),
        "attachments": list(Attachment.objects.filter(uploaded_by=user).order_by("created_at").values(
            "original_name", "content_type", "size", "challenge__slug", "solution__title", "created_at")),
        "notifications": list(Notification.objects.filter(recipient=user).order_by("created_at").values(
            "kind", "title", "url", "created_at", "read_at")),
        "notification_preferences": NotificationPreference.objects.filter(user=user).values(
            "email_immediate", "digest").first(),
    }

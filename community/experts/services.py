"""Writes on expert profiles."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from community.accounts import permissions as account_permissions
from community.core.services import check_length, unique_slug
from community.core.text import clean_labels
from community.experts import permissions
from community.experts.models import BIO_MAX_LENGTH, ExpertProfile


@transaction.atomic
def expert_profile_save(
    *,
    user,
    actor,
    profile: ExpertProfile | None = None,
    skills=None,
    sectors=None,
    provinces=None,
    **fields: Any,
) -> ExpertProfile:
    if profile is None:
        if actor != user and not account_permissions.is_staff(actor):
            raise PermissionDenied
        profile = ExpertProfile(user=user)
    elif not permissions.can_edit_expert(actor, profile):
        raise PermissionDenied
    fields.pop("verified", None)
    for key, value in fields.items():
        setattr(profile, key, value)
    if not profile.slug:
        profile.slug = unique_slug(ExpertProfile, user.full_name or user.email.split("@")[0], max_length=160)
    check_length(profile, "bio", BIO_MAX_LENGTH)
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

"""Writes on expert profiles."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from community.accounts import permissions as account_permissions
from community.core.services import check_length, unique_slug, upsert_fields
from community.core.text import clean_labels, vn_slugify
from community.experts import permissions
from community.experts.models import BIO_MAX_LENGTH, ExpertProfile, Skill


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


def skills_ensure(names) -> list[Skill]:
    """The skills with these names, the missing ones created with slugs that keep the d of đ (taggit's own
    slugify drops it)."""
    names = list(dict.fromkeys(names))
    found = {skill.name: skill for skill in Skill.objects.filter(name__in=names)}
    for name in names:
        if name not in found:
            slug = vn_slugify(name.replace("/", " "))
            skill = Skill(name=name, slug="" if Skill.objects.filter(slug=slug).exists() else slug)
            skill.save()  # TagBase.save finds a free slug when ours is taken
            found[name] = skill
    return [found[name] for name in names]


@transaction.atomic
def expert_profile_upsert(
    *, user, slug: str, skills=(), sectors=(), provinces=(), created=None, **fields: Any
) -> tuple[ExpertProfile, str]:
    """For seeding: the expert profile of ``user`` (one each), created with ``slug`` unless someone took it,
    or brought back to these values; returns it and ``"created"``, ``"updated"`` or ``"unchanged"``."""
    if ExpertProfile.objects.filter(slug=slug).exclude(user=user).exists():
        slug = unique_slug(ExpertProfile, slug, max_length=160)
    stamps = {"created_at": created, "updated_at": created} if created else {}
    profile, outcome = upsert_fields(
        ExpertProfile, {"user": user}, {**fields, "is_public": True}, on_create={"slug": slug, **stamps}
    )
    if outcome == "created":
        check_length(profile, "bio", BIO_MAX_LENGTH)
    related = False
    # taggit's set() signals m2m_changed even when nothing changes, which would queue search updates.
    if set(profile.skills.names()) != set(skills):
        profile.skills.set(skills_ensure(skills))
        related = True
    for manager, wanted in ((profile.sectors, sectors), (profile.provinces, provinces)):
        if {o.pk for o in manager.all()} != {o.pk for o in wanted}:
            manager.set(wanted)
            related = True
    if related and outcome == "unchanged":
        outcome = "updated"
    return profile, outcome

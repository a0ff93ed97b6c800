"""Exporting content as import lines: each kind's export yields its lines (only what anyone may see); the
CMS registers the export of its case studies with its kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from community.exchange.registry import kinds
from community.forum.models import Topic
from community.models import Challenge, ExpertProfile, Solution


def export_date(value: Any) -> str | None:
    """YYYY-MM-DD; a moment is dated in the site's time zone (as the import reads it back)."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.isoformat()[:10]


def export_ref(obj: Any, kind: str) -> str:
    """The import reference, or for content made on the site a stable one made from its address."""
    return obj.import_ref or f"{kind}:{getattr(obj, 'slug', None) or obj.pk}"


def export_records() -> Iterator[dict[str, Any]]:
    """Every exportable object as an import line, kind by kind in the order the kinds were registered
    (experts, challenges, solutions, forum topics, case studies).

    Only what anyone may see: listed experts, public non-hidden challenges and their visible solutions,
    live case studies and visible topics. Objects made on the site get the ref ``<kind>:<slug or id>``.
    """
    for kind in kinds().values():
        if kind.public and kind.export is not None:
            yield from kind.export()


def export_experts() -> Iterator[dict[str, Any]]:
    experts = (
        ExpertProfile.objects.filter(is_public=True, user__is_active=True)
        .select_related("user")
        .prefetch_related("skills", "sectors", "provinces")
        .order_by("pk")
    )
    for expert in experts:
        provinces = sorted(p.code for p in expert.provinces.all())
        yield {
            "kind": "expert",
            "ref": export_ref(expert, "expert"),
            "name": expert.user.full_name or expert.user.display_name,
            "headline": expert.headline,
            "bio": expert.bio,
            "skills": sorted(expert.skills.names()),
            "sectors": sorted(s.slug for s in expert.sectors.all()),
            "province": provinces[0] if provinces else None,
        }


def export_challenges() -> Iterator[dict[str, Any]]:
    challenges = (
        Challenge.objects.visible_to(AnonymousUser())
        .select_related("organisation", "sector", "province")
        .prefetch_related("tags")
        .order_by("pk")
    )
    for challenge in challenges:
        yield {
            "kind": "challenge",
            "ref": export_ref(challenge, "challenge"),
            "title": challenge.title,
            "description": challenge.description,
            "sector": challenge.sector.slug,
            "province": challenge.province.code,
            "organisation": challenge.organisation.name,
            "tags": sorted(challenge.tags.names()),
            "status": challenge.status,
            "deadline": export_date(challenge.deadline),
        }


def export_solutions() -> Iterator[dict[str, Any]]:
    solutions = (
        Solution.objects.filter(
            is_hidden=False,
            challenge__in=Challenge.objects.visible_to(AnonymousUser()),
            author__expert_profile__isnull=False,
        )
        .exclude(status="withdrawn")
        .select_related("challenge", "author__expert_profile")
        .order_by("pk")
    )
    for solution in solutions:
        yield {
            "kind": "solution",
            "ref": export_ref(solution, "solution"),
            "challenge_ref": export_ref(solution.challenge, "challenge"),
            "title": solution.title,
            "description": solution.approach,
            "author_ref": export_ref(solution.author.expert_profile, "expert"),
        }


def export_topics() -> Iterator[dict[str, Any]]:
    topics = Topic.objects.filter(is_hidden=False).select_related("category__sector").prefetch_related("tags")
    for topic in topics.order_by("pk"):
        sector = getattr(topic.category, "sector", None)
        yield {
            "kind": "forum_topic",
            "ref": export_ref(topic, "forum_topic"),
            "title": topic.title,
            "body": topic.body,
            "sector": sector.slug if sector is not None else None,
            "tags": sorted(topic.tags.names()),
        }

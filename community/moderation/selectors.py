"""Reads of the moderation app: the queue of flagged items and the audit log, in a fixed number of queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _

from community.moderation import registry
from community.moderation.models import Flag, FlagStatus, ModerationAction


@dataclass
class QueueItem:
    content_type_id: int
    object_id: int
    label: str
    count: int
    latest: object
    target: object = None
    flags: list = field(default_factory=list)

    @property
    def kind_name(self):
        return registry.kind_name(self.label)

    @property
    def reasons(self) -> list[tuple[str, int]]:
        counts = Counter(f.get_reason_display() for f in self.flags)
        return counts.most_common()

    @property
    def notes(self) -> list:
        return [f for f in self.flags if f.note]

    @property
    def author(self):
        return registry.author_of(self.target) if self.target is not None else None

    @property
    def title(self) -> str:
        return registry.title_of(self.target) if self.target is not None else ""

    @property
    def excerpt(self) -> str:
        return registry.text_of(self.target, 400) if self.target is not None else ""

    @property
    def context(self) -> str:
        return registry.context_of(self.target) if self.target is not None else ""

    @property
    def url(self) -> str:
        return registry.url_of(self.target) if self.target is not None else ""


def flaggable_content_types() -> dict[int, str]:
    """content type id -> label, for the flaggable models that are installed."""
    models = [m for m in (registry.model_for(label) for label in registry.KINDS) if m is not None]
    return {
        ct.pk: model._meta.label_lower for model, ct in ContentType.objects.get_for_models(*models).items()
    }


def open_flag_groups(*, label: str = ""):
    """Open flags grouped by item, most-flagged first: rows of content_type_id, object_id, n, latest."""
    qs = Flag.objects.filter(status=FlagStatus.OPEN)
    if label:
        model = registry.model_for(label)
        qs = qs.filter(content_type=ContentType.objects.get_for_model(model)) if model else qs.none()
    return (
        qs.values("content_type_id", "object_id")
        .annotate(n=Count("pk"), latest=Max("created_at"))
        .order_by("-n", "-latest", "object_id")
    )


def load_items(rows, content_types: dict[int, str]) -> list[QueueItem]:
    """Turn a page of grouped rows into QueueItems with their target and open flags: one query for the
    flags plus one per kind of content on the page."""
    items = [
        QueueItem(
            r["content_type_id"],
            r["object_id"],
            content_types.get(r["content_type_id"], ""),
            r["n"],
            r["latest"],
        )
        for r in rows
    ]
    if not items:
        return items
    wanted = reduce(or_, (Q(content_type_id=i.content_type_id, object_id=i.object_id) for i in items))
    flags = defaultdict(list)
    for f in (
        Flag.objects.filter(wanted, status=FlagStatus.OPEN).select_related("reporter").order_by("created_at")
    ):
        flags[(f.content_type_id, f.object_id)].append(f)
    by_type = defaultdict(list)
    for item in items:
        item.flags = flags[(item.content_type_id, item.object_id)]
        by_type[item.label].append(item)
    for label, group in by_type.items():
        model = registry.model_for(label)
        if model is None:
            continue
        objects = model.objects.select_related(*registry.related_for(label, model)).in_bulk(
            [i.object_id for i in group]
        )
        for item in group:
            item.target = objects.get(item.object_id)
    return items


def load_target(label: str, pk: int):
    model = registry.model_for(label)
    if model is None:
        return None
    return model.objects.select_related(*registry.related_for(label, model)).filter(pk=pk).first()


def item_flags(target) -> list[Flag]:
    return list(
        Flag.objects.filter(content_type=ContentType.objects.get_for_model(target), object_id=target.pk)
        .select_related("reporter", "resolved_by")
        .order_by("-created_at")
    )


def item_actions(target) -> list[ModerationAction]:
    return list(
        ModerationAction.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_id=target.pk
        )
        .select_related("moderator", "target_user")
        .order_by("-created_at", "-pk")
    )


def action_log(*, filters: dict):
    qs = ModerationAction.objects.select_related("moderator", "target_user", "content_type")
    if filters.get("action"):
        qs = qs.filter(action=filters["action"])
    if filters.get("moderator"):
        qs = qs.filter(moderator=filters["moderator"])
    if filters.get("kind"):
        model = registry.model_for(filters["kind"])
        qs = qs.filter(content_type=ContentType.objects.get_for_model(model)) if model else qs.none()
    if filters.get("member"):
        term = filters["member"].strip().lstrip("@")
        qs = qs.filter(
            Q(target_user__handle__iexact=term)
            | Q(target_user__email__iexact=term)
            | Q(target_user__full_name__icontains=term)
        )
    if filters.get("since"):
        qs = qs.filter(created_at__date__gte=filters["since"])
    if filters.get("until"):
        qs = qs.filter(created_at__date__lte=filters["until"])
    return qs.order_by("-created_at", "-pk")


EXPORT_SECTIONS = {
    "reports": _(
        "Content you reported to the moderators: kind of item, reason, your details, status, dates "
        "reported and resolved."
    ),
}


def user_export(user) -> dict:
    """The reports (flags) a person made, for "Download my data" (keys in EXPORT_SECTIONS), in one query."""
    return {
        "reports": list(
            Flag.objects.filter(reporter=user)
            .order_by("created_at")
            .values(
                "content_type__model", "object_id", "reason", "note", "status", "created_at", "resolved_at"
            )
        )
    }

"""`{% flag_button obj %}`: the "Report" link for any flaggable item; `{% suspended_notice %}`: the banner
suspended members see. Both cost at most one query per page (the viewer's own flags, loaded once)."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from community.moderation import permissions, registry
from community.moderation.models import Flag

register = template.Library()

# Where an item sits on its page, so "back" after reporting returns to it.
ANCHORS = {"community.solution": "solution", "discussion.comment": "comment"}


def flagged_keys(request) -> set[tuple[int, int]]:
    """(content type id, object id) of everything the viewer reported, loaded once per request."""
    keys = getattr(request, "_dx_flagged", None)
    if keys is None:
        user = getattr(request, "user", None)
        keys = set()
        if user is not None and user.is_authenticated:
            keys = set(Flag.objects.filter(reporter=user).values_list("content_type_id", "object_id"))
        request._dx_flagged = keys
    return keys


def flag_state(request, obj, *, can_flag: bool | None = None) -> dict:
    """What the button shows: "report" (a link), "reported", or nothing."""
    user = request.user
    label = registry.label_of(obj)
    url = reverse("moderation:flag", args=[label, obj.pk])
    if not user.is_authenticated:
        return {"state": "report", "url": url}
    ct = ContentType.objects.get_for_model(obj)  # cached by Django after the first lookup
    if (ct.pk, obj.pk) in flagged_keys(request):
        return {"state": "reported"}
    allowed = permissions.can_flag(user, obj) if can_flag is None else can_flag
    return {"state": "report" if allowed else "", "url": url}


@register.inclusion_tag("moderation/flag_button.html", takes_context=True)
def flag_button(context, obj, anchor: str = ""):
    request = context.get("request")
    if request is None or obj is None or not registry.is_flaggable(obj):
        return {"state": ""}
    state = flag_state(request, obj)
    if not anchor:
        prefix = ANCHORS.get(registry.label_of(obj))
        anchor = f"{prefix}-{obj.pk}" if prefix else ""
    back = request.get_full_path() + (f"#{anchor}" if anchor else "")
    return {
        **state,
        "next": back,
        "kind_name": registry.kind_name(registry.label_of(obj)),
        "title": registry.title_of(obj),
    }


@register.inclusion_tag("moderation/suspended_banner.html", takes_context=True)
def suspended_notice(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "suspended_user": user if user is not None and user.is_authenticated and user.is_suspended else None
    }


@register.filter
def is_moderator(user) -> bool:
    return permissions.can_moderate(user)

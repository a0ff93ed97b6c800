"""Moderation pages: reporting an item, the moderators' queue, an item's review page, members, the log."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.core.views import add_form_errors, querystring_without_page
from community.moderation import permissions, registry, selectors, services
from community.moderation.forms import (
    FlagForm,
    ItemActionForm,
    LiftForm,
    LogFilterForm,
    SuspendForm,
    WarnForm,
)
from community.moderation.models import ActionKind, Flag, FlagStatus, ModerationAction

QUEUE_PAGE_SIZE = 20
LOG_PAGE_SIZE = 50


def moderator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.can_moderate(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _target_or_404(label: str, pk: int):
    target = selectors.load_target(label, pk)
    if target is None:
        raise Http404
    return target


# --- Reporting ---------------------------------------------------------------------------------------


def flag_create(request, label, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    target = _target_or_404(label, pk)
    if not registry.can_view(request.user, target):
        raise Http404
    back = _safe_next(request, registry.url_of(target) or "/")
    if services.flag_exists(reporter=request.user, target=target):
        messages.info(request, str(services.ALREADY_FLAGGED))
        return redirect(back)
    if not permissions.can_flag(request.user, target):
        if request.user.is_suspended:
            messages.error(request, _("Your account is suspended: you can read, but not post or report."))
            return redirect(back)
        raise PermissionDenied
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag_create(rate_limit=True, reporter=request.user, target=target, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Thank you. The moderators will review this report."))
            return redirect(back)
    return render(
        request,
        "moderation/flag_form.html",
        {
            "form": form,
            "target": target,
            "kind_name": registry.kind_name(registry.label_of(target)),
            # A comment is shown as what it says, under the title of the challenge or proposal it was written on.
            "title": registry.context_of(target) or registry.title_of(target),
            "excerpt": registry.text_of(target, 300),
            "next": back,
        },
    )


# --- Queue and item review ---------------------------------------------------------------------------


def _tabs(current: str):
    return {"tab": current, "open_count": Flag.objects.filter(status=FlagStatus.OPEN).count()}


@moderator_required
def queue(request):
    kind = request.GET.get("kind", "")
    kind = kind if kind in registry.KINDS else ""
    page = Paginator(selectors.open_flag_groups(label=kind), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    items = selectors.load_items(list(page.object_list), selectors.flaggable_content_types())
    return render(
        request,
        "moderation/queue.html",
        {
            **_tabs("queue"),
            "page": page,
            "items": items,
            "kind": kind,
            "kinds": [(k, v.name) for k, v in registry.KINDS.items() if registry.model_for(k) is not None],
            "querystring": querystring_without_page(request),
        },
    )


@moderator_required
def item_review(request, label, pk):
    target = _target_or_404(label, pk)
    author = registry.author_of(target)
    return render(
        request,
        "moderation/item.html",
        {
            **_tabs("queue"),
            "target": target,
            "label": label,
            "kind_name": registry.kind_name(label),
            "title": registry.title_of(target),
            "text": registry.text_of(target, 4000),
            "url": registry.url_of(target),
            "author": author,
            "flags": selectors.item_flags(target),
            "actions": selectors.item_actions(target),
            "action_form": ItemActionForm(),
            "warn_form": WarnForm(prefix="warn"),
            "suspend_form": SuspendForm(prefix="suspend"),
            "can_suspend": author is not None and permissions.can_suspend(request.user, author),
        },
    )


@require_POST
@moderator_required
def item_act(request, label, pk):
    target = _target_or_404(label, pk)
    form = ItemActionForm(request.POST)
    back = _safe_next(request, reverse("moderation:item", args=[label, pk]))
    if not form.is_valid():
        messages.error(request, _("Choose an action."))
        return redirect(back)
    action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
    if action == ActionKind.HIDE:
        services.hide(moderator=request.user, target=target, reason=reason)
        messages.success(request, _("Hidden. It no longer shows in lists or search."))
    elif action == ActionKind.RESTORE:
        services.restore(moderator=request.user, target=target, reason=reason)
        messages.success(request, _("Restored. It shows again."))
    else:
        services.dismiss(moderator=request.user, target=target, reason=reason)
        messages.success(request, _("Flags dismissed."))
    return redirect(back)


# --- Members -----------------------------------------------------------------------------------------


def _member_context(request, member, **forms):
    actions = (
        ModerationAction.objects.filter(target_user=member)
        .select_related("moderator")
        .order_by("-created_at", "-pk")[:50]
    )
    return {
        **_tabs("members"),
        "member": member,
        "actions": actions,
        "warn_form": forms.get("warn_form") or WarnForm(prefix="warn"),
        "suspend_form": forms.get("suspend_form") or SuspendForm(prefix="suspend"),
        "lift_form": LiftForm(prefix="lift"),
        "can_suspend": permissions.can_suspend(request.user, member),
    }


@moderator_required
def members(request):
    suspended = (
        get_user_model().objects.filter(suspended_until__gt=timezone.now()).order_by("suspended_until")
    )
    return render(request, "moderation/members.html", {**_tabs("members"), "suspended": suspended})


@moderator_required
def member_detail(request, pk):
    member = get_object_or_404(get_user_model(), pk=pk)
    return render(request, "moderation/member.html", _member_context(request, member))


def _target_from_post(request):
    label, pk = request.POST.get("target_label", ""), request.POST.get("target_pk", "")
    if label and pk.isdigit():
        return selectors.load_target(label, int(pk))
    return None


@require_POST
@moderator_required
def member_act(request, pk):
    member = get_object_or_404(get_user_model(), pk=pk)
    what = request.POST.get("do")
    target = _target_from_post(request)
    back = _safe_next(request, reverse("moderation:member", args=[member.pk]))
    if what == "warn":
        form = WarnForm(request.POST, prefix="warn")
        if form.is_valid():
            services.warn(
                moderator=request.user, member=member, message=form.cleaned_data["message"], target=target
            )
            messages.success(request, _("Warning sent to %(name)s.") % {"name": member.display_name})
            return redirect(back)
        return render(
            request, "moderation/member.html", _member_context(request, member, warn_form=form), status=400
        )
    if what == "suspend":
        form = SuspendForm(request.POST, prefix="suspend")
        if form.is_valid():
            try:
                services.suspend(moderator=request.user, member=member, target=target, **form.cleaned_data)
            except ValidationError as exc:
                add_form_errors(form, exc)
            else:
                messages.success(request, _("%(name)s is suspended.") % {"name": member.display_name})
                return redirect(back)
        return render(
            request, "moderation/member.html", _member_context(request, member, suspend_form=form), status=400
        )
    if what == "lift":
        form = LiftForm(request.POST, prefix="lift")
        note = form.cleaned_data["message"] if form.is_valid() else ""
        services.unsuspend(moderator=request.user, member=member, message=note)
        messages.success(request, _("%(name)s can post again.") % {"name": member.display_name})
        return redirect(back)
    messages.error(request, _("Choose an action."))
    return redirect(back)


# --- Log and notices ---------------------------------------------------------------------------------


@moderator_required
def log(request):
    form = LogFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = Paginator(selectors.action_log(filters=filters), LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    content_types = selectors.flaggable_content_types()
    for row in page.object_list:
        row.label = content_types.get(row.content_type_id, "")
        row.kind_name = registry.kind_name(row.label) if row.label else ""
    return render(
        request,
        "moderation/log.html",
        {
            **_tabs("log"),
            "form": form,
            "page": page,
            "querystring": querystring_without_page(request),
        },
    )


def notice(request, pk):
    """What a moderator told a member: the page their notification and e-mail point to."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    action = get_object_or_404(ModerationAction.objects.select_related("target_user"), pk=pk)
    if not permissions.can_read_notice(request.user, action):
        raise Http404
    return render(request, "moderation/notice.html", {"action": action})

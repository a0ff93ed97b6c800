"""Discussion pages: post (with or without JavaScript), edit, delete, history and permalinks of comments."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.challenges import permissions as challenge_permissions
from community.challenges.models import Challenge, Solution
from community.core.ratelimit import RateLimited
from community.core.views import add_form_errors
from community.discussion import permissions, services
from community.discussion.forms import CommentForm
from community.discussion.models import Comment
from community.organisations import permissions as organisation_permissions


def _wants_json(request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch" or "application/json" in request.headers.get(
        "Accept", ""
    )


def _thread_url(comment_or_target, anchor: str = "") -> str:
    target = comment_or_target
    challenge = target.challenge if target._meta.model_name in ("solution", "comment") else target
    return challenge.get_absolute_url() + (f"#{anchor}" if anchor else "")


def _suspended_message(user) -> str:
    return _("Your account is suspended until %(date)s. You can read, but not post.") % {
        "date": formats.date_format(timezone.localtime(user.suspended_until), "SHORT_DATETIME_FORMAT")
    }


def _visible_challenge(request, slug) -> Challenge:
    challenge = Challenge.objects.select_related("organisation").filter(slug=slug).first()
    if challenge is None or not challenge_permissions.can_view_challenge(request.user, challenge):
        raise Http404
    return challenge


def _visible_solution(request, pk) -> Solution:
    solution = (
        Solution.objects.select_related("challenge", "challenge__organisation", "author")
        .prefetch_related("co_authors")
        .filter(pk=pk)
        .first()
    )
    if solution is None or not permissions.can_view_thread(request.user, solution):
        raise Http404
    return solution


def _sign_in_first(request, challenge: Challenge | None):
    """Anonymous visitors are asked to sign in when signing in could let them comment; otherwise 404."""
    if challenge is None or not Challenge.objects.listed().filter(pk=challenge.pk).exists():
        raise Http404
    return redirect_to_login(challenge.get_absolute_url())


@require_POST
def post_on_challenge(request, slug):
    if not request.user.is_authenticated:
        return _sign_in_first(request, Challenge.objects.filter(slug=slug).first())
    return _post(request, _visible_challenge(request, slug))


@require_POST
def post_on_solution(request, pk):
    if not request.user.is_authenticated:
        solution = Solution.objects.select_related("challenge").filter(pk=pk).first()
        return _sign_in_first(request, solution.challenge if solution else None)
    return _post(request, _visible_solution(request, pk))


def _parent_for(form, target) -> Comment | None:
    pk = form.cleaned_data.get("parent")
    if not pk:
        return None
    parent = Comment.objects.filter(pk=pk).select_related("parent").first()
    return parent  # the service checks that it belongs to this thread


def _post(request, target):
    form = CommentForm(request.POST)
    if request.user.is_suspended:
        form.is_valid()
        form.add_error(None, _suspended_message(request.user))
        return _form_error(request, target, form, status=403)
    if not permissions.can_comment(request.user, target):
        raise PermissionDenied
    if form.is_valid():
        try:
            comment = services.comment_create(
                rate_limit=True,
                author=request.user,
                target=target,
                body=form.cleaned_data["body"],
                parent=_parent_for(form, target),
            )
        except RateLimited as exc:
            form.add_error(None, exc.message)
            return _form_error(request, target, form, status=429)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            if _wants_json(request):
                return JsonResponse(
                    {
                        "ok": True,
                        "id": comment.pk,
                        "anchor": comment.anchor,
                        "parent": comment.parent_id,
                        "html": _render_one(request, comment, target),
                    },
                    status=201,
                )
            messages.success(request, _("Your comment is posted."))
            return redirect(_thread_url(target, comment.anchor))
    return _form_error(request, target, form, status=400 if _wants_json(request) else 200)


def _form_error(request, target, form, *, status: int):
    """Show what went wrong beside the text, which is kept: JSON for the script, a page without it."""
    if _wants_json(request):
        errors = [str(e) for e in form.non_field_errors()] + [str(e) for e in form.errors.get("body", [])]
        return JsonResponse({"ok": False, "errors": errors}, status=status)
    return render(
        request,
        "discussion/comment_post.html",
        {
            "form": form,
            "target": target,
            "is_solution": target._meta.model_name == "solution",
            "back_url": _thread_url(target),
            "action": request.path,
        },
        status=200 if status in (400, 429) else status,
    )


def _render_one(request, comment, target) -> str:
    challenge = target.challenge if target._meta.model_name == "solution" else target
    comment.challenge = challenge
    comment.solution = target if target._meta.model_name == "solution" else None
    comment.reply_list = []
    comment.can_read = True
    comment.can_edit = permissions.can_edit_comment(request.user, comment)
    comment.can_delete = permissions.can_delete_comment(request.user, comment)
    comment.flag = {}
    comment.role = ""
    if organisation_permissions.is_member(request.user, challenge.organisation):
        comment.role = "organisation"
    if (
        comment.solution is not None
        and permissions.is_comment_author(request.user, comment)
        and (challenge_permissions._is_solution_team(request.user, comment.solution))
    ):
        comment.role = "team"
    return render_to_string(
        "discussion/comment.html",
        {
            "c": comment,
            "reply": comment.parent_id is not None,
            "target": target,
            "user": request.user,
            "request": request,
            "can_comment": True,
        },
        request=request,
    )


def _comment_or_404(request, pk) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related(
            "author",
            "challenge",
            "challenge__organisation",
            "solution",
            "solution__challenge",
            "solution__challenge__organisation",
        ),
        pk=pk,
    )
    if not permissions.can_view_thread(request.user, comment.target):
        raise Http404
    return comment


def comment_detail(request, pk):
    """A comment's permanent address (notifications, moderation) leads to its place in the thread."""
    comment = _comment_or_404(request, pk)
    return redirect(_thread_url(comment, comment.anchor))


def comment_edit(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    comment = _comment_or_404(request, pk)
    if not permissions.can_edit_comment(request.user, comment):
        raise PermissionDenied
    form = CommentForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        services.comment_update(comment=comment, actor=request.user, body=form.cleaned_data["body"])
        messages.success(request, _("Your comment is updated."))
        return redirect(_thread_url(comment, comment.anchor))
    return render(
        request,
        "discussion/comment_edit.html",
        {"form": form, "comment": comment, "back_url": _thread_url(comment, comment.anchor)},
    )


def comment_delete(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    comment = _comment_or_404(request, pk)
    if not permissions.can_delete_comment(request.user, comment):
        raise PermissionDenied
    if request.method == "POST":
        services.comment_delete(comment=comment, actor=request.user)
        if _wants_json(request):
            return JsonResponse({"ok": True})
        messages.success(request, _("The comment is deleted. Replies to it stay readable."))
        return redirect(_thread_url(comment, comment.anchor))
    return render(
        request,
        "discussion/comment_delete.html",
        {"comment": comment, "back_url": _thread_url(comment, comment.anchor)},
    )


def comment_history(request, pk):
    comment = _comment_or_404(request, pk)
    if not permissions.can_view_history(request.user, comment):
        raise Http404
    revisions = list(comment.revisions.select_related("edited_by").order_by("-written_at", "-pk"))
    return render(
        request,
        "discussion/comment_history.html",
        {
            "comment": comment,
            "revisions": revisions,
            "back_url": _thread_url(comment, comment.anchor),
        },
    )

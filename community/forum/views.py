"""Forum pages: the home with categories, a category's topics, a topic with its answers, and the forms.

Every action is a plain form POST with CSRF, so all of it works without JavaScript; forum.js only saves
a reload when voting (it asks for JSON with the Accept header).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.accounts.permissions import is_moderator
from community.core.views import add_form_errors, querystring_without_page
from community.forum import permissions, selectors, services
from community.forum.forms import ReplyForm, TopicFilterForm, TopicForm
from community.forum.models import Category, Reply, Topic
from search.api import more_like_this

PAGE_SIZE = 20
RELATED_LIMIT = 5


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _get_topic(request, pk) -> Topic:
    try:
        topic = selectors.topic_detail(pk=pk)
    except Topic.DoesNotExist as exc:
        raise Http404 from exc
    if not permissions.can_view_topic(request.user, topic):
        raise Http404
    return topic


def _get_reply(request, pk) -> Reply:
    reply = get_object_or_404(Reply.objects.select_related("topic", "topic__category", "author"), pk=pk)
    if not permissions.can_view_topic(request.user, reply.topic) or not permissions.can_view_reply(
        request.user, reply
    ):
        raise Http404
    return reply


# --- lists ---------------------------------------------------------------------------------------


def forum_home(request):
    categories = list(selectors.categories_with_stats(viewer=request.user))
    latest = list(selectors.topic_list(viewer=request.user)[:10])
    unanswered = list(selectors.topic_list(viewer=request.user, sort="unanswered")[:5])
    return render(
        request,
        "forum/index.html",
        {
            "categories": categories,
            "latest": latest,
            "unanswered": unanswered,
            "tags": list(selectors.popular_tags(viewer=request.user)),
            "can_post": permissions.can_post_topic(request.user),
            "topic_total": sum(c.topic_count for c in categories),
            "reply_total": sum(c.post_count or 0 for c in categories),
        },
    )


def category_detail(request, slug):
    category = get_object_or_404(Category.objects.select_related("sector"), slug=slug)
    form = TopicFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    sort = filters.get("sort") or "latest"
    tag = filters.get("tag") or ""
    page = Paginator(
        selectors.topic_list(viewer=request.user, category=category, sort=sort, tag=tag), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    subscribed = request.user.is_authenticated and category.subscriptions.filter(user=request.user).exists()
    params = request.GET.copy()
    params.pop("sort", None)
    params.pop("page", None)
    return render(
        request,
        "forum/category.html",
        {
            "category": category,
            "page": page,
            "form": form,
            "sort": sort,
            "tag": tag,
            "sorts": list(TopicFilterForm.SORT_LABELS.items()),
            "sort_querystring": params.urlencode(),
            "querystring": querystring_without_page(request),
            "tags": list(selectors.popular_tags(viewer=request.user, category=category)),
            "subscribed": subscribed,
            "can_post": permissions.can_post_topic(request.user),
        },
    )


# --- topics --------------------------------------------------------------------------------------


def topic_redirect(request, pk):
    return redirect(_get_topic(request, pk))


def _related(topic):
    if topic.is_hidden:
        return []
    hits = more_like_this(topic, limit=RELATED_LIMIT, models=[Topic])
    return [h.object for h in hits if h.object is not None and not h.object.is_hidden]


def _render_topic(request, topic: Topic, reply_form: ReplyForm | None = None, status: int = 200):
    user = request.user
    replies = selectors.topic_replies(topic=topic, viewer=user)
    state = selectors.viewer_state(topic=topic, viewer=user)
    can_accept = permissions.can_accept(user, topic)
    accepted_visible = any(r.pk == topic.accepted_reply_id and not r.is_hidden for r in replies)
    for reply in replies:
        reply.can_edit = permissions.can_edit_reply(user, reply)
        reply.can_vote = permissions.can_vote(user, reply)
        reply.voted = reply.pk in state["voted_replies"]
        reply.is_accepted = reply.pk == topic.accepted_reply_id
        reply.anchor = f"reply-{reply.pk}"
    topic.can_vote = permissions.can_vote(user, topic)
    topic.voted = state["voted_topic"]
    return render(
        request,
        "forum/topic.html",
        {
            "topic": topic,
            "category": topic.category,
            "replies": replies,
            "accepted_visible": accepted_visible,
            "reply_form": reply_form or ReplyForm(),
            "can_reply": permissions.can_reply(user, topic),
            "can_edit": permissions.can_edit_topic(user, topic),
            "can_accept": can_accept,
            "can_close": permissions.can_close(user, topic),
            "is_moderator": is_moderator(user),
            "subscribed": state["subscribed"],
            "category_subscribed": state["category_subscribed"],
            "related": _related(topic),
        },
        status=status,
    )


def topic_detail(request, pk, slug):
    topic = _get_topic(request, pk)
    if slug != topic.slug:
        return redirect(topic, permanent=True)
    return _render_topic(request, topic)


@login_required
def topic_create(request):
    initial = {}
    if request.method == "GET":
        initial["category"] = request.GET.get("category") or "chung"
        if request.GET.get("title"):
            initial["title"] = request.GET["title"][:200]
    form = TopicForm(request.POST or None, initial=initial)
    if not permissions.can_post_topic(request.user):
        messages.error(request, _("Your account cannot post at the moment."))
        return redirect("forum:home")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            topic = services.topic_create(
                rate_limit=True,
                author=request.user,
                category=data["category"],
                title=data["title"],
                body=data["body"],
                tags=data["tags"],
            )
        except ValidationError as exc:  # a RateLimited too
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your question is posted. You will be told when someone answers."))
            return redirect(topic)
    return render(request, "forum/topic_form.html", {"form": form, "creating": True})


@login_required
def topic_edit(request, pk):
    topic = _get_topic(request, pk)
    if not permissions.can_edit_topic(request.user, topic):
        raise PermissionDenied
    initial = {
        "title": topic.title,
        "body": topic.body,
        "category": topic.category,
        "tags": [t.name for t in topic.tags.all()],
    }
    form = TopicForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.topic_update(
                topic=topic,
                actor=request.user,
                title=data["title"],
                body=data["body"],
                category=data["category"],
                tags=data["tags"],
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(topic)
    return render(request, "forum/topic_form.html", {"form": form, "topic": topic})


def topic_history(request, pk):
    topic = _get_topic(request, pk)
    return render(
        request,
        "forum/history.html",
        {
            "topic": topic,
            "reply": None,
            "revisions": list(selectors.revisions(topic=topic)),
            "current_title": topic.title,
            "current_body": topic.body,
        },
    )


@require_POST
@login_required
def topic_close(request, pk):
    topic = _get_topic(request, pk)
    if not permissions.can_close(request.user, topic):
        raise PermissionDenied
    closed = request.POST.get("closed") == "1"
    services.topic_set_closed(topic=topic, actor=request.user, closed=closed)
    messages.success(
        request, _("The topic is closed to new answers.") if closed else _("The topic is open again.")
    )
    return redirect(topic)


@require_POST
@login_required
def topic_subscribe(request, pk):
    topic = _get_topic(request, pk)
    on = request.POST.get("on") == "1"
    services.subscribe(user=request.user, topic=topic, on=on)
    messages.success(
        request,
        _("You will be told about new answers here.")
        if on
        else _("You will no longer be told about this topic."),
    )
    return redirect(topic)


@require_POST
@login_required
def category_subscribe(request, slug):
    category = get_object_or_404(Category, slug=slug)
    on = request.POST.get("on") == "1"
    services.subscribe(user=request.user, category=category, on=on)
    messages.success(
        request,
        _("You will be told about new topics and answers in %(category)s.") % {"category": category.name}
        if on
        else _("You no longer follow %(category)s.") % {"category": category.name},
    )
    return redirect(category)


@require_POST
@login_required
def topic_accept(request, pk):
    topic = _get_topic(request, pk)
    if not permissions.can_accept(request.user, topic):
        raise PermissionDenied
    reply = None
    reply_id = request.POST.get("reply", "")
    if reply_id:
        if not reply_id.isdigit():
            raise Http404
        reply = get_object_or_404(Reply, pk=int(reply_id), topic=topic, is_hidden=False)
    try:
        services.accept_reply(topic=topic, actor=request.user, reply=reply)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Marked as the accepted answer. Thank you for closing the loop.")
            if reply
            else _("The answer is no longer marked as accepted."),
        )
    return redirect(f"{topic.get_absolute_url()}#reply-{reply.pk}" if reply else topic.get_absolute_url())


# --- replies -------------------------------------------------------------------------------------


@require_POST
@login_required
def reply_create(request, pk):
    topic = _get_topic(request, pk)
    form = ReplyForm(request.POST)
    if not permissions.can_reply(request.user, topic):
        if topic.is_closed:
            form.is_valid()
            form.add_error(None, _("This topic is closed: it takes no new answers."))
            return _render_topic(request, topic, form)
        raise PermissionDenied
    if form.is_valid():
        try:
            reply = services.reply_create(
                rate_limit=True, topic=topic, author=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your answer is posted."))
            return redirect(reply.get_absolute_url())
    return _render_topic(request, topic, form)


@login_required
def reply_edit(request, pk):
    reply = _get_reply(request, pk)
    if not permissions.can_edit_reply(request.user, reply):
        raise PermissionDenied
    form = ReplyForm(request.POST or None, initial={"body": reply.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.reply_update(reply=reply, actor=request.user, body=form.cleaned_data["body"])
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Changes saved."))
            return redirect(reply.get_absolute_url())
    return render(request, "forum/reply_form.html", {"form": form, "reply": reply, "topic": reply.topic})


def reply_history(request, pk):
    reply = _get_reply(request, pk)
    return render(
        request,
        "forum/history.html",
        {
            "topic": reply.topic,
            "reply": reply,
            "revisions": list(selectors.revisions(topic=reply.topic, reply=reply)),
            "current_title": "",
            "current_body": reply.body,
        },
    )


# --- votes ---------------------------------------------------------------------------------------


def _vote(request, target, anchor_url):
    up = request.POST.get("up", "1") != "0"
    try:
        score, voted = services.vote(user=request.user, target=target, up=up)
    except services.VoteRefused as exc:
        if _wants_json(request):
            return JsonResponse({"ok": False, "message": exc.message, "score": target.score}, status=400)
        messages.error(request, exc.message)
        return redirect(anchor_url)
    except PermissionDenied:
        if _wants_json(request):
            return JsonResponse({"ok": False, "message": _("You cannot vote at the moment.")}, status=403)
        raise
    if _wants_json(request):
        return JsonResponse(
            {
                "ok": True,
                "score": score,
                "voted": voted,
                "message": _("Vote counted.") if voted else _("Vote taken back."),
            }
        )
    return redirect(anchor_url)


@require_POST
@login_required
def topic_vote(request, pk):
    topic = _get_topic(request, pk)
    return _vote(request, topic, topic.get_absolute_url())


@require_POST
@login_required
def reply_vote(request, pk):
    reply = _get_reply(request, pk)
    return _vote(request, reply, reply.get_absolute_url())

"""`{% comment_thread challenge %}` / `{% comment_thread solution %}`: a discussion with its form.

Every thread of one challenge page comes from a single query (selectors.page_threads), so a page with
a challenge and ten proposals costs the same as a page with one thread, whatever the number of comments.
"""

from urllib.parse import quote

from django import template
from django.urls import reverse

from community.accounts import permissions as account_permissions
from community.discussion import permissions, selectors
from community.discussion.forms import CommentForm
from community.moderation.templatetags.moderation import flag_state
from community.organisations.models import Membership

register = template.Library()


def _prepare(comment, *, user, challenge, solution, moderator: bool, request, can_flag_thread: bool, roles):
    # Attach the objects we already hold so the template never loads them again.
    comment.challenge = challenge
    comment.solution = solution
    own = permissions.is_comment_author(user, comment)
    comment.can_read = not (comment.is_deleted or comment.is_hidden) or moderator
    comment.can_edit = permissions.can_edit_comment(user, comment)
    comment.can_delete = permissions.can_delete_comment(user, comment)
    live = not comment.is_deleted and not comment.is_hidden
    comment.flag = flag_state(request, comment, can_flag=can_flag_thread and live and not own) if live else {}
    comment.flag["next"] = f"{request.get_full_path()}#{comment.anchor}"
    comment.role = roles.get(comment.author_id, "")


def _roles(request, challenge, solution) -> dict[int, str]:
    """Badges beside names: the challenge's organisation and, in a proposal's thread, its team (one query
    per page for the organisation's members)."""
    cache = getattr(request, "_dx_org_members", None)
    if cache is None:
        cache = request._dx_org_members = {}
    if challenge.organisation_id not in cache:
        cache[challenge.organisation_id] = set(
            Membership.objects.filter(organisation_id=challenge.organisation_id).values_list(
                "user_id", flat=True
            )
        )
    roles = dict.fromkeys(cache[challenge.organisation_id], "organisation")
    if solution is not None:
        roles[solution.author_id] = "team"
        for person in solution.co_authors.all():
            roles[person.pk] = "team"
    return roles


@register.inclusion_tag("discussion/thread.html", takes_context=True)
def comment_thread(context, target, heading_level: int = 2):
    request = context["request"]
    user = request.user
    if target._meta.model_name == "solution":
        challenge, solution = target.challenge, target
        post_url = reverse("discussion:post_solution", args=[solution.pk])
        dom_id = f"discussion-solution-{solution.pk}"
    else:
        challenge, solution = target, None
        post_url = reverse("discussion:post_challenge", args=[challenge.slug])
        dom_id = f"discussion-challenge-{challenge.pk}"
    comments = selectors.page_threads(request, challenge.pk).get(solution.pk if solution else None, [])
    moderator = account_permissions.is_moderator(user)
    can_comment = permissions.can_comment(user, target)
    can_flag_thread = account_permissions.can_post(user)
    roles = _roles(request, challenge, solution) if comments else {}
    for c in comments:
        _prepare(
            c,
            user=user,
            challenge=challenge,
            solution=solution,
            moderator=moderator,
            request=request,
            can_flag_thread=can_flag_thread,
            roles=roles,
        )
        for r in c.reply_list:
            _prepare(
                r,
                user=user,
                challenge=challenge,
                solution=solution,
                moderator=moderator,
                request=request,
                can_flag_thread=can_flag_thread,
                roles=roles,
            )
    # The page template may not load our stylesheet and script: the first thread of a page brings them.
    assets = not getattr(request, "_dx_discussion_assets", False)
    request._dx_discussion_assets = True
    return {
        "assets": assets,
        "request": request,
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "target": target,
        "is_solution": solution is not None,
        "comments": comments,
        "count": selectors.count_visible(comments),
        "can_comment": can_comment,
        "suspended": user.is_authenticated and user.is_active and user.is_suspended,
        "post_url": post_url,
        "dom_id": dom_id,
        "form": CommentForm(),
        "heading_tag": f"h{max(2, min(int(heading_level), 4))}",
        "moderator": moderator,
        "login_url": reverse("account_login") + "?next=" + quote(f"{request.path}#{dom_id}"),
    }


@register.simple_tag(takes_context=True)
def prefetch_comment_threads(context, challenge):
    """Optional: load the page's threads up front (e.g. before a loop). The first comment_thread does it anyway."""
    selectors.page_threads(context["request"], challenge.pk)
    return ""

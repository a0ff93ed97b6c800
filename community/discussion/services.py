"""Writes of the discussion app: post, edit and delete comments, and tell the people concerned."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from community.core.markdown import render_markdown
from community.core.mentions import link_mentions, mentioned_users
from community.core.ratelimit import rate_limited
from community.discussion import permissions
from community.discussion.models import BODY_MAX_LENGTH, Comment, CommentRevision
from community.moderation.services import record_action
from community.notifications.models import NotificationKind
from community.notifications.services import notify
from community.organisations.models import MemberRole, Membership

EMPTY_BODY = gettext_lazy("Write something before posting.")
TOO_LONG = gettext_lazy("A comment can be at most %(limit)d characters (this one has %(length)d).")
BAD_PARENT = gettext_lazy("The comment you replied to is not in this discussion any more.")


def clean_body(body: str) -> str:
    """The text as it will be stored; raises ValidationError (on `body`) with a message a person can act on."""
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": EMPTY_BODY})
    if len(body) > BODY_MAX_LENGTH:
        raise ValidationError({"body": TOO_LONG % {"limit": BODY_MAX_LENGTH, "length": len(body)}})
    return body


def render_body(body: str) -> str:
    return str(link_mentions(render_markdown(body)))


def _url(comment: Comment) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return comment.get_absolute_url()


def _thread_of(target):
    """(challenge, solution) for a challenge or a solution."""
    if target._meta.model_name == "solution":
        return target.challenge, target
    return target, None


@rate_limited("comment", actor="author")
@transaction.atomic
def comment_create(*, author, target, body: str, parent: Comment | None = None) -> Comment:
    if not permissions.can_comment(author, target):
        raise PermissionDenied
    body = clean_body(body)
    challenge, solution = _thread_of(target)
    if parent is not None:
        if parent.challenge_id != challenge.pk or parent.solution_id != (solution.pk if solution else None):
            raise ValidationError({"body": BAD_PARENT})
        if parent.parent_id:  # one level of replies: answer the thread the reply belongs to
            parent = parent.parent
    comment = Comment.objects.create(
        challenge=challenge,
        solution=solution,
        parent=parent,
        author=author,
        body=body,
        body_html=render_body(body),
    )
    _notify_new_comment(comment, target)
    return comment


def _notify_new_comment(comment: Comment, target) -> None:
    author = comment.author
    told: set[int] = {author.pk}
    url = _url(comment)
    where = target.title
    for person in mentioned_users(comment.body, exclude=author):
        if person.pk in told or not permissions.can_view_thread(person, target):
            continue  # never point someone at a thread they cannot open
        told.add(person.pk)
        notify(
            recipient=person,
            kind=NotificationKind.MENTION,
            actor=author,
            url=url,
            title_builder=lambda: (
                _("%(name)s mentioned you in a comment on “%(title)s”")
                % {"name": author.display_name, "title": where}
            ),
        )
    if comment.parent_id and comment.parent.author_id and comment.parent.author_id not in told:
        person = comment.parent.author
        told.add(person.pk)
        notify(
            recipient=person,
            kind=NotificationKind.NEW_COMMENT,
            actor=author,
            url=url,
            title_builder=lambda: (
                _("%(name)s replied to your comment on “%(title)s”")
                % {"name": author.display_name, "title": where}
            ),
        )
    for person in _owners_of(target):
        if person.pk in told:
            continue
        told.add(person.pk)
        notify(
            recipient=person,
            kind=NotificationKind.NEW_COMMENT,
            actor=author,
            url=url,
            title_builder=lambda: (
                _("%(name)s commented on “%(title)s”") % {"name": author.display_name, "title": where}
            ),
        )


def _owners_of(target) -> list:
    """Who answers for the thread: the organisation's admins for a challenge, the team for a proposal."""
    if target._meta.model_name == "solution":
        return [target.author, *target.co_authors.all()]

    return [
        m.user
        for m in Membership.objects.filter(
            organisation_id=target.organisation_id, role__in=(MemberRole.OWNER, MemberRole.ADMIN)
        ).select_related("user")
    ]


@transaction.atomic
def comment_update(*, comment: Comment, actor, body: str) -> Comment:
    """Keep the previous text as a revision, then save the new one; an unchanged text changes nothing."""
    if not permissions.can_edit_comment(actor, comment):
        raise PermissionDenied
    body = clean_body(body)
    if body == comment.body:
        return comment
    CommentRevision.objects.create(
        comment=comment,
        body=comment.body,
        edited_by=actor,
        written_at=comment.edited_at or comment.created_at,
    )
    comment.body = body
    comment.body_html = render_body(body)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "body_html", "edited_at", "updated_at"])
    return comment


@transaction.atomic
def comment_delete(*, comment: Comment, actor) -> Comment:
    """Soft delete: the comment keeps its place (and its replies stay readable) with a placeholder."""
    if not permissions.can_delete_comment(actor, comment):
        raise PermissionDenied
    comment.is_deleted = True
    comment.deleted_at = timezone.now()
    comment.deleted_by = actor
    comment.save(update_fields=["is_deleted", "deleted_at", "deleted_by", "updated_at"])
    if not permissions.is_comment_author(actor, comment):
        record_action(
            moderator=actor, action="delete", target=comment, target_user=comment.author, message=""
        )
    return comment


@transaction.atomic
def comment_backdate(
    *, comment: Comment, ref: str, created_at, edited_at=None, first_written_at=None
) -> None:
    """Give a comment just written through the services its import reference and the dates of the history
    it stands for (imported or demo discussions): when it was posted, last edited, and when its earlier
    version was written."""
    values = {"import_ref": ref, "created_at": created_at, "updated_at": edited_at or created_at}
    if edited_at is not None:
        values["edited_at"] = edited_at
    Comment.objects.filter(pk=comment.pk).update(**values)
    if first_written_at is not None:
        comment.revisions.update(written_at=first_written_at)
    comment.created_at = created_at

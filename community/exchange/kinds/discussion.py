"""The discussion's demo kinds of import line, loaded by ``seed_demo`` from ``community/discussion/fixtures/``:
comments on challenges and proposals (one edited, one deleted by its author), the moderators, open flags for
the moderators' queue and one past moderation (a spam comment hidden, its author warned). Each is written
through the discussion's and the moderation's services as the people named did, then back-dated; what
exists (by its ref) is left as it is."""

from __future__ import annotations

from typing import Annotated, Literal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import gettext as _
from pydantic import BaseModel, ConfigDict, Field, model_validator

from community.challenges.models import Challenge, Solution
from community.discussion import services
from community.discussion.models import Comment
from community.exchange.context import ImportContext
from community.exchange.fields import (
    LineError,
    LineModel,
    Ref,
    Text,
    WhenDateTime,
    when_datetime,
)
from community.exchange.registry import Kind, register_kind
from community.moderation import services as moderation
from community.moderation.models import MODERATORS_GROUP, Flag, FlagReason, ModerationAction

Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,199}$")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProposalRef(_Part):
    challenge: Slug
    author: Email


class Target(_Part):
    """What a comment or flag is about: exactly one of a challenge (slug), a proposal (its challenge and
    author) or a comment (its ref)."""

    challenge: Slug | None = None
    solution: ProposalRef | None = None
    comment: Ref | None = None

    @model_validator(mode="after")
    def _exactly_one(self):
        if sum(value is not None for value in (self.challenge, self.solution, self.comment)) != 1:
            raise ValueError(_("name exactly one of challenge, solution or comment"))
        return self


class Edit(_Part):
    body: Text(10_000)
    edited: WhenDateTime
    first_written: WhenDateTime


class CommentLine(LineModel):
    kind: Literal["comment"]
    on: Target
    parent: Ref | None = None
    author: Email
    created: WhenDateTime
    body: Text(10_000)
    edit: Edit | None = None
    deleted: bool = False


class ModeratorLine(LineModel):
    kind: Literal["moderator"]
    user: Email


class FlagLine(LineModel):
    kind: Literal["flag"]
    on: Target
    reporter: Email
    reason: Literal[tuple(FlagReason.values)]  # type: ignore[valid-type]
    note: Annotated[str, Field(max_length=500)] = ""
    created: WhenDateTime


class Warn(_Part):
    ref: Ref
    message: Text(2000)


class ModerationHideLine(LineModel):
    kind: Literal["moderation_hide"]
    moderator: Email
    on: Target
    reason: Annotated[str, Field(max_length=500)] = ""
    created: WhenDateTime
    warning: Warn | None = None


def _person(email: str, field: str = "author"):
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        raise LineError([(field, _("no account with the e-mail address %(emails)s") % {"emails": email})])
    return user


def _target(on: Target):
    if on.comment is not None:
        found = Comment.objects.filter(import_ref=on.comment).first()
    elif on.solution is not None:
        found = (
            Solution.objects.filter(challenge__slug=on.solution.challenge, author__email=on.solution.author)
            .select_related("challenge", "author")
            .first()
        )
    else:
        found = Challenge.objects.filter(slug=on.challenge).first()
    if found is None:
        raise LineError(
            [("on", _("nothing found for %(target)s") % {"target": on.model_dump(exclude_none=True)})]
        )
    return found


def upsert_comment(line: CommentLine, ctx: ImportContext) -> str:
    if Comment.objects.filter(import_ref=line.ref).exists():
        return "unchanged"
    author = _person(line.author)
    parent = None
    if line.parent is not None:
        parent = Comment.objects.filter(import_ref=line.parent).first()
        if parent is None:
            raise LineError([("parent", _("no comment with the ref %(ref)s") % {"ref": line.parent})])
    comment = services.comment_create(author=author, target=_target(line.on), body=line.body, parent=parent)
    if line.edit is not None:
        services.comment_update(comment=comment, actor=author, body=line.edit.body)
    if line.deleted:
        services.comment_delete(comment=comment, actor=author)
    services.comment_backdate(
        comment=comment,
        ref=line.ref,
        created_at=when_datetime(line.created, ctx),
        edited_at=when_datetime(line.edit.edited, ctx) if line.edit else None,
        first_written_at=when_datetime(line.edit.first_written, ctx) if line.edit else None,
    )
    return "created"


def upsert_moderator(line: ModeratorLine, ctx: ImportContext) -> str:
    user = _person(line.user, "user")
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    if user.groups.filter(pk=group.pk).exists():
        return "unchanged"
    user.groups.add(group)
    return "created"


def upsert_flag(line: FlagLine, ctx: ImportContext) -> str:
    reporter = _person(line.reporter, "reporter")
    target = _target(line.on)
    if moderation.flag_exists(reporter=reporter, target=target):
        return "unchanged"
    flag = moderation.flag_create(reporter=reporter, target=target, reason=line.reason, note=line.note)
    moderation.backdate(flags=[flag], created_at=when_datetime(line.created, ctx))
    return "created"


def upsert_moderation_hide(line: ModerationHideLine, ctx: ImportContext) -> str:
    if ModerationAction.objects.filter(import_ref=line.ref).exists():
        return "unchanged"
    moderator = _person(line.moderator, "moderator")
    target = _target(line.on)
    flags = list(Flag.objects.filter(object_id=target.pk, content_type__model=target._meta.model_name))
    actions = [moderation.hide(moderator=moderator, target=target, reason=line.reason)]
    ModerationAction.objects.filter(pk=actions[0].pk).update(import_ref=line.ref)
    if line.warning is not None:
        warned = moderation.warn(
            moderator=moderator, member=target.author, target=target, message=line.warning.message
        )
        ModerationAction.objects.filter(pk=warned.pk).update(import_ref=line.warning.ref)
        actions.append(warned)
    created = when_datetime(line.created, ctx)
    moderation.backdate(flags=flags, actions=actions, created_at=None, resolved_at=created)
    moderation.backdate(actions=actions, created_at=created)
    return "created"


def register() -> None:
    """Called from DiscussionConfig.ready(). Demo-only: the lines write in other people's names."""
    people = ("account", "challenge_story")
    register_kind(Kind("comment", CommentLine, upsert_comment, after=people, public=False))
    register_kind(Kind("moderator", ModeratorLine, upsert_moderator, after=people, public=False))
    register_kind(Kind("flag", FlagLine, upsert_flag, after=(*people, "comment"), public=False))
    register_kind(
        Kind(
            "moderation_hide",
            ModerationHideLine,
            upsert_moderation_hide,
            after=(*people, "comment", "flag", "moderator"),
            public=False,
        )
    )

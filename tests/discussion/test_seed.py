"""The demo discussion (fixtures of community/discussion): lively enough for the demo, and a second load
changes nothing."""

import pytest

from community.discussion.models import Comment, CommentRevision
from community.models import User
from community.moderation.models import MODERATORS_GROUP, Flag, FlagStatus, ModerationAction
from tests.demo_fixtures import load_demo, outcomes

pytestmark = pytest.mark.django_db

KINDS = ("comment", "moderator", "flag", "moderation_hide")


def test_demo_discussion_is_lively_and_idempotent():
    first = load_demo(*KINDS)
    assert outcomes(first, *KINDS) == {"created"}
    assert Comment.objects.count() >= 60
    assert Comment.objects.filter(solution=None).values("challenge").distinct().count() >= 20
    assert Comment.objects.exclude(solution=None).values("solution").distinct().count() >= 5
    assert Comment.objects.filter(body__contains="@").exists()
    assert CommentRevision.objects.count() == 1 and Comment.objects.filter(is_deleted=True).count() == 1
    edited = Comment.objects.get(revisions__isnull=False)
    assert edited.created_at <= edited.revisions.get().written_at < edited.edited_at
    assert Flag.objects.filter(status=FlagStatus.OPEN).count() >= 3
    assert ModerationAction.objects.filter(action="hide").count() == 1
    assert Comment.objects.filter(is_hidden=True).count() == 1
    for email in ("admin@dxconnect.vn", "editor@dxconnect.vn"):
        assert User.objects.get(email=email).groups.filter(name=MODERATORS_GROUP).exists()
    before = (
        Comment.objects.count(),
        Flag.objects.count(),
        ModerationAction.objects.count(),
        sorted(Comment.objects.values_list("pk", "updated_at")),
    )
    again = load_demo(*KINDS)
    assert outcomes(again, *KINDS) == {"unchanged"}
    assert before == (
        Comment.objects.count(),
        Flag.objects.count(),
        ModerationAction.objects.count(),
        sorted(Comment.objects.values_list("pk", "updated_at")),
    )

"""The demo discussion step: lively enough for the demo, and a second run changes nothing."""

import pytest

from community.demo import steps
from community.discussion.models import Comment, CommentRevision
from community.discussion.seed import seed_discussion
from community.models import User
from community.moderation.models import MODERATORS_GROUP, Flag, FlagStatus, ModerationAction

pytestmark = pytest.mark.django_db


def _run(step_list):
    ctx = steps.SeedContext()
    for step in step_list:
        step(ctx)
    return ctx


def test_demo_discussion_is_lively_and_idempotent():
    base = [
        steps.seed_reference_check,
        steps.seed_accounts,
        steps.seed_organisations,
        steps.seed_experts,
        steps.seed_challenges,
    ]
    first = _run([*base, seed_discussion])
    assert first.tallies["comments"].new >= 60
    assert Comment.objects.filter(solution=None).values("challenge").distinct().count() >= 20
    assert Comment.objects.exclude(solution=None).values("solution").distinct().count() >= 5
    assert Comment.objects.filter(body__contains="@").exists()
    assert CommentRevision.objects.count() == 1 and Comment.objects.filter(is_deleted=True).count() == 1
    assert Flag.objects.filter(status=FlagStatus.OPEN).count() >= 3
    assert ModerationAction.objects.filter(action="hide").count() == 1
    for email in ("admin@dxconnect.vn", "editor@dxconnect.vn"):
        assert User.objects.get(email=email).groups.filter(name=MODERATORS_GROUP).exists()
    before = (
        Comment.objects.count(),
        Flag.objects.count(),
        ModerationAction.objects.count(),
        sorted(Comment.objects.values_list("pk", "updated_at")),
    )
    second = _run([*base, seed_discussion])
    assert second.tallies["comments"].new == 0
    assert second.tallies["comments"].total == first.tallies["comments"].total
    assert before == (
        Comment.objects.count(),
        Flag.objects.count(),
        ModerationAction.objects.count(),
        sorted(Comment.objects.values_list("pk", "updated_at")),
    )

"""Editorial work: review workflow, approval publishes, scheduled publishing, the dashboard panel."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Workflow, WorkflowState

from cms.models import CaseStudyPage
from cms.services import MODERATORS_GROUP, REVIEW_WORKFLOW_NAME, ensure_case_study_index, submit_for_review

from .factories import case_study

pytestmark = pytest.mark.django_db


def test_the_index_gets_the_review_workflow_once(index):
    assert index.get_workflow().name == REVIEW_WORKFLOW_NAME
    assert ensure_case_study_index().pk == index.pk
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).count() == 1
    task = index.get_workflow().tasks.get().specific
    assert [g.name for g in task.groups.all()] == [MODERATORS_GROUP]


def test_submitted_case_study_waits_for_a_moderator_then_approval_publishes_it(index, editor, moderator):
    page = case_study(index, publish=False, owner=editor)
    submit_for_review(page, user=editor)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and not page.live
    task_state = state.current_task_state
    assert [a[0] for a in task_state.task.specific.get_actions(page, editor)] == []  # editors cannot approve
    assert "approve" in [a[0] for a in task_state.task.specific.get_actions(page, moderator)]
    task_state.approve(user=moderator)
    page.refresh_from_db()
    assert page.live
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED


def test_moderator_can_ask_for_changes_and_nothing_is_published(index, editor, moderator):
    page = case_study(index, publish=False)
    submit_for_review(page, user=editor)
    page.refresh_from_db()
    page.current_workflow_state.current_task_state.reject(user=moderator, comment="Thiếu số liệu trước/sau.")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_an_approved_case_study_with_a_future_date_goes_live_on_schedule(index, editor, moderator):
    go_live = timezone.now() + dt.timedelta(days=2)
    page = case_study(index, publish=False, go_live_at=go_live)
    submit_for_review(page, user=editor)
    page.refresh_from_db()
    page.current_workflow_state.current_task_state.approve(user=moderator)
    page.refresh_from_db()
    assert not page.live and page.get_latest_revision().approved_go_live_at is not None
    call_command("publish_scheduled", verbosity=0)
    assert not CaseStudyPage.objects.get(pk=page.pk).live
    # Two days later (moved back in time rather than waiting): the scheduled revision is due.
    revision = page.get_latest_revision()
    past = timezone.now() - dt.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    assert CaseStudyPage.objects.get(pk=page.pk).live


def test_the_dashboard_lists_case_studies_awaiting_review_with_links(client, index, editor):
    from tests.factories import UserFactory

    page = case_study(index, publish=False, title="Bệnh án điện tử chờ duyệt")
    submit_for_review(page, user=editor)
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    html = client.get("/admin/").content.decode()
    assert "case-studies-awaiting-review" in html
    assert "Bệnh án điện tử chờ duyệt" in html
    assert f"/admin/pages/{page.pk}/edit/" in html

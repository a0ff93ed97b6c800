"""Closing the loop: a solved challenge becomes a draft case study in review, and both link once published."""

import pytest
from wagtail.models import WorkflowState

from cms import selectors
from cms.models import CaseStudyPage
from community.challenges import services as svc
from community.models import ChallengeStatus
from tests.factories import ExpertProfileFactory, challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def solved(index, organisation, org_member, owner, django_capture_on_commit_callbacks):
    def run():
        ch = challenge(organisation, org_member)
        proposer = ExpertProfileFactory(user__full_name="Trần Quốc Bảo", slug="tran-quoc-bao").user
        solution = svc.solution_create(
            challenge=ch,
            author=proposer,
            title="Chuẩn hóa dữ liệu theo HL7 FHIR",
            summary="Lộ trình 12 tháng, bắt đầu với 5 trạm y tế thí điểm.",
            approach="1. Khảo sát hiện trạng\n2. Chuẩn hóa danh mục\n3. Kết nối và đào tạo cán bộ y tế xã",
        )
        svc.solution_decide(
            solution=solution, actor=owner, decision="selected", feedback="Phương án rõ ràng."
        )
        with django_capture_on_commit_callbacks(execute=True):
            svc.challenge_mark_solved(
                challenge=ch,
                actor=owner,
                outcome_summary="45/45 trạm y tế xã đã liên thông bệnh án điện tử.",
                outcome_figures=[
                    {"label": "Trạm y tế liên thông", "before": "0", "after": "45", "unit": "trạm"}
                ],
            )
        return ch, solution

    return run


def test_marking_a_challenge_solved_drafts_a_case_study_in_review(solved, index):
    ch, solution = solved()
    page = CaseStudyPage.objects.get(source_challenge=ch)
    assert not page.live and page.get_parent().pk == index.pk
    assert page.selected_solution == solution and page.sector_id == ch.sector_id
    assert page.organisation_id == ch.organisation_id
    assert page.outcome_figures == [
        {"label": "Trạm y tế liên thông", "before": "0", "after": "45", "unit": "trạm"}
    ]
    assert list(page.experts.all()) == [solution.author.expert_profile]
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert sorted(page.tags.names()) == sorted(ch.tags.names())
    assert selectors.case_study_for_challenge(ch) is None  # not public until approved


def test_once_published_the_challenge_and_the_case_study_link_each_other(client, solved):
    ch, _solution = solved()
    page = CaseStudyPage.objects.get(source_challenge=ch)
    page.save_revision().publish()
    assert selectors.case_study_for_challenge(ch) == page
    html = client.get(page.url).content.decode()
    assert ch.get_absolute_url() in html


def test_the_index_is_created_when_missing(
    organisation, org_member, owner, django_capture_on_commit_callbacks
):
    from cms.models import CaseStudyIndexPage

    assert not CaseStudyIndexPage.objects.exists()
    ch = challenge(organisation, org_member)
    ch.status = ChallengeStatus.IN_PROGRESS
    ch.save()
    with django_capture_on_commit_callbacks(execute=True):
        svc.challenge_mark_solved(
            challenge=ch, actor=owner, outcome_summary="Bệnh viện đã liên thông với toàn bộ trạm y tế xã."
        )
    page = CaseStudyPage.objects.get(source_challenge=ch)
    assert isinstance(page.get_parent().specific, CaseStudyIndexPage)
    assert page.selected_solution is None


def test_a_failure_in_the_cms_never_breaks_marking_solved(
    monkeypatch, organisation, org_member, owner, django_capture_on_commit_callbacks, caplog
):
    import cms.services

    def broken(**kwargs):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(cms.services, "case_study_from_challenge", broken)
    ch = challenge(organisation, org_member)
    ch.status = ChallengeStatus.IN_PROGRESS
    ch.save()
    with django_capture_on_commit_callbacks(execute=True):
        svc.challenge_mark_solved(
            challenge=ch, actor=owner, outcome_summary="Bệnh viện đã liên thông với toàn bộ trạm y tế xã."
        )
    ch.refresh_from_db()
    assert ch.status == ChallengeStatus.SOLVED
    assert "Could not create a draft case study" in caplog.text
    assert not CaseStudyPage.objects.exists()


def test_solving_twice_does_not_make_two_drafts(solved, owner):
    from cms.services import case_study_from_challenge

    ch, solution = solved()
    again = case_study_from_challenge(challenge=ch, solution=solution, actor=owner)
    assert CaseStudyPage.objects.filter(source_challenge=ch).count() == 1
    assert again.source_challenge_id == ch.pk

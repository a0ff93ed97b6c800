"""The life of a challenge: posting, status rules and history, proposals, decisions, solved outcome."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from community.challenges import services as svc
from community.challenges import signals
from community.core.markdown import render_markdown
from community.models import ChallengeStatus, Solution, SolutionStatus
from tests.factories import ExpertProfileFactory, challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_challenge(organisation, org_member):
    return challenge(organisation, org_member)


@pytest.fixture
def proposer(db):
    return ExpertProfileFactory(user__full_name="Trần Quốc Bảo", slug="tran-quoc-bao").user


def test_member_posts_an_open_challenge_with_history_and_follows_it(open_challenge, org_member):
    assert open_challenge.status == ChallengeStatus.OPEN
    assert open_challenge.slug == "lien-thong-benh-an-dien-tu-voi-45-tram-y-te-xa"
    assert [(c.from_status, c.to_status) for c in open_challenge.status_changes.all()] == [("", "open")]
    assert org_member in open_challenge.followers.all()
    assert sorted(t.name for t in open_challenge.tags.all()) == ["HL7 FHIR", "bệnh án điện tử"]


def test_someone_outside_the_organisation_cannot_post_for_it(organisation, other_owner):
    with pytest.raises(PermissionDenied):
        challenge(organisation, other_owner)


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"title": "Ngắn"}, "title"),
        ({"description": "Quá ngắn"}, "description"),
        ({"deadline": dt.date(2020, 1, 1)}, "deadline"),
        ({"budget_min": 500_000_000, "budget_max": 200_000_000}, "budget_max"),
    ],
)
def test_bad_challenge_input_names_the_field(organisation, org_member, overrides, field):
    with pytest.raises(ValidationError) as exc:
        challenge(organisation, org_member, **overrides)
    assert field in exc.value.message_dict


def test_markdown_keeps_formatting_and_drops_scripts_handlers_and_javascript_links():
    html = render_markdown(
        "**Đậm** và [liên kết](https://example.vn)\n\n<script>alert(1)</script>"
        "<img src=x onerror=alert(1)>[xấu](javascript:alert(1))<style>p{}</style>"
    )
    assert "<strong>Đậm</strong>" in html
    assert 'href="https://example.vn"' in html
    for bad in ("<script", "onerror", "javascript:", "<style", "<img"):
        assert bad not in html


def _pdf():
    return SimpleUploadedFile(
        "de-an.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj<<>>endobj\n", content_type="application/pdf"
    )


def _docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile("ke-hoach.docx", buf.getvalue())


def test_attachments_are_recognised_by_content(organisation, org_member):
    posted = challenge(organisation, org_member, attachments=[_pdf(), _docx()])
    assert sorted(a.content_type for a in posted.attachments.all()) == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]


def test_an_executable_named_pdf_is_refused_and_nothing_is_saved(organisation, org_member):
    fake = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 this is a windows program")
    with pytest.raises(ValidationError) as exc:
        challenge(organisation, org_member, attachments=[fake])
    assert "bao-cao.pdf" in str(exc.value)
    assert not organisation.challenges.exists()


def test_only_organisation_admins_change_the_status_along_allowed_edges(open_challenge, org_member, owner):
    with pytest.raises(PermissionDenied):
        svc.challenge_set_status(challenge=open_challenge, actor=org_member, status="closed")
    with pytest.raises(ValidationError):
        svc.challenge_set_status(challenge=open_challenge, actor=owner, status="draft")
    svc.challenge_set_status(challenge=open_challenge, actor=owner, status="closed", note="Đủ đề xuất")
    change = open_challenge.status_changes.last()
    assert (change.from_status, change.to_status, change.actor, change.note) == (
        "open",
        "closed",
        owner,
        "Đủ đề xuất",
    )


def test_the_full_journey_from_proposal_to_solved(
    open_challenge, owner, proposer, django_capture_on_commit_callbacks
):
    received = []
    signals.challenge_solved.connect(
        lambda **kw: received.append(kw["solution"]), weak=False, dispatch_uid="test-solved"
    )
    solution = svc.solution_create(
        challenge=open_challenge,
        author=proposer,
        title="Chuẩn hóa dữ liệu theo HL7 FHIR",
        summary="Lộ trình 12 tháng, bắt đầu với 5 trạm y tế thí điểm.",
        approach="1. Khảo sát hiện trạng\n2. Chuẩn hóa danh mục\n3. Kết nối và đào tạo cán bộ y tế xã",
        cost_estimate=850_000_000,
    )
    with django_capture_on_commit_callbacks(execute=True):
        svc.solution_decide(
            solution=solution,
            actor=owner,
            decision="selected",
            feedback="Phương án rõ ràng, phù hợp ngân sách.",
        )
    open_challenge.refresh_from_db()
    assert open_challenge.status == ChallengeStatus.IN_PROGRESS
    with django_capture_on_commit_callbacks(execute=True):
        svc.challenge_mark_solved(
            challenge=open_challenge,
            actor=owner,
            outcome_summary="45/45 trạm y tế xã đã liên thông bệnh án điện tử.",
            outcome_figures=[{"label": "Trạm y tế liên thông", "before": "0", "after": "45", "unit": "trạm"}],
        )
    open_challenge.refresh_from_db()
    assert open_challenge.status == ChallengeStatus.SOLVED
    assert open_challenge.outcome_figures[0]["after"] == "45"
    assert received == [solution]
    assert [c.to_status for c in open_challenge.status_changes.all()] == ["open", "in_progress", "solved"]
    signals.challenge_solved.disconnect(dispatch_uid="test-solved")


def test_no_proposal_on_a_closed_challenge(open_challenge, owner, proposer):
    svc.challenge_set_status(challenge=open_challenge, actor=owner, status="closed")
    with pytest.raises(ValidationError):
        svc.solution_create(
            challenge=open_challenge,
            author=proposer,
            title="Giải pháp muộn",
            summary="Một đề xuất đến sau khi đã đóng.",
            approach="Chi tiết " * 10,
        )


def test_members_of_the_posting_organisation_cannot_propose(open_challenge, org_admin):
    with pytest.raises(ValidationError):
        svc.solution_create(
            challenge=open_challenge,
            author=org_admin,
            title="Tự đề xuất",
            summary="Thành viên tự đề xuất cho mình.",
            approach="Chi tiết " * 10,
        )


def test_a_second_proposal_by_the_same_author_is_refused(open_challenge, proposer):
    data = {"title": "Giải pháp A", "summary": "Tóm tắt đủ dài cho đề xuất.", "approach": "Cách làm " * 10}
    svc.solution_create(challenge=open_challenge, author=proposer, **data)
    with pytest.raises(ValidationError):
        svc.solution_create(challenge=open_challenge, author=proposer, **data)
    assert Solution.objects.count() == 1


def test_author_edits_until_decided_and_nobody_else_can(open_challenge, proposer, owner, user):
    solution = svc.solution_create(
        challenge=open_challenge,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm " * 10,
    )
    with pytest.raises(PermissionDenied):
        svc.solution_update(solution=solution, actor=user, title="Bị sửa")
    svc.solution_update(solution=solution, actor=proposer, timeline="6 tháng")
    svc.solution_decide(
        solution=solution, actor=owner, decision="declined", feedback="Chưa phù hợp ngân sách."
    )
    with pytest.raises(PermissionDenied):
        svc.solution_update(solution=solution, actor=proposer, timeline="3 tháng")
    solution.refresh_from_db()
    assert (solution.status, solution.timeline) == (SolutionStatus.DECLINED, "6 tháng")


def test_decision_needs_feedback(open_challenge, proposer, owner):
    solution = svc.solution_create(
        challenge=open_challenge,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm " * 10,
    )
    with pytest.raises(ValidationError) as exc:
        svc.solution_decide(solution=solution, actor=owner, decision="selected", feedback="")
    assert "feedback" in exc.value.message_dict


def test_expert_invitation_is_answered_once(open_challenge, owner, expert):
    invitation = svc.expert_invite(
        challenge=open_challenge, actor=owner, expert=expert, message="Mời anh/chị"
    )
    with pytest.raises(ValidationError):
        svc.expert_invite(challenge=open_challenge, actor=owner, expert=expert)
    svc.expert_invitation_respond(invitation=invitation, actor=expert.user, accept=True)
    with pytest.raises(ValidationError):
        svc.expert_invitation_respond(invitation=invitation, actor=expert.user, accept=False)


def test_an_old_deadline_may_stay_when_editing(open_challenge, owner):
    type(open_challenge).objects.filter(pk=open_challenge.pk).update(deadline=dt.date(2025, 1, 1))
    open_challenge.refresh_from_db()
    svc.challenge_update(challenge=open_challenge, actor=owner, expected_outcome="Liên thông toàn tỉnh")
    with pytest.raises(ValidationError):
        svc.challenge_update(
            challenge=open_challenge, actor=owner, deadline=timezone.localdate() - dt.timedelta(days=1)
        )

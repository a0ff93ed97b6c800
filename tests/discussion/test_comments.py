"""Comments on challenges and solutions through HTTP and the services: who may write, replies, edits,
soft delete, mentions and notifications, bad input and fixed query counts."""

import pytest
from django.urls import reverse
from django.utils import timezone

from community.challenges import services as svc
from community.core.ratelimit import LIMITS
from community.discussion.models import Comment, CommentRevision
from community.models import ChallengeStatus, Notification, NotificationKind, Visibility
from tests.factories import ExpertProfileFactory, UserFactory, challenge, member

from .factories import bulk_comments, comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def posted(organisation, org_member, owner):
    return challenge(organisation, org_member)


@pytest.fixture
def proposer(db):
    return ExpertProfileFactory(user__full_name="Trần Quốc Bảo", slug="tran-quoc-bao").user


@pytest.fixture
def proposal(posted, proposer):
    return svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Lộ trình FHIR 12 tháng",
        summary="Thí điểm 10 trạm trước.",
        approach="Chuẩn hóa dữ liệu, rồi mở rộng.",
    )


def _post(client, target, body, **extra):
    url = (
        reverse("discussion:post_solution", args=[target.pk])
        if target._meta.model_name == "solution"
        else reverse("discussion:post_challenge", args=[target.slug])
    )
    return client.post(url, {"body": body, **extra}, **extra.pop("headers", {}))


def test_signed_in_member_comments_and_lands_on_the_comment(client, posted, user):
    client.force_login(user)
    response = _post(client, posted, "Đơn vị đã có **chuẩn dữ liệu** chưa?")
    created = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"{posted.get_absolute_url()}#comment-{created.pk}")
    assert "<strong>chuẩn dữ liệu</strong>" in created.body_html
    page = client.get(posted.get_absolute_url()).content.decode()
    assert f'id="comment-{created.pk}"' in page


def test_script_free_markup_is_sanitised(client, posted, user):
    client.force_login(user)
    _post(client, posted, "<script>alert(1)</script>[x](javascript:alert(1)) <img src=x onerror=alert(1)>")
    html = Comment.objects.get().body_html
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html


def test_comment_with_fetch_returns_the_rendered_comment(client, posted, user):
    client.force_login(user)
    response = client.post(
        reverse("discussion:post_challenge", args=[posted.slug]),
        {"body": "Câu hỏi ngắn"},
        headers={"X-Requested-With": "fetch", "Accept": "application/json"},
    )
    assert response.status_code == 201
    data = response.json()
    assert data["ok"] and "Câu hỏi ngắn" in data["html"] and data["anchor"] == f"comment-{data['id']}"


def test_anonymous_visitor_is_sent_to_sign_in(client, posted):
    response = _post(client, posted, "Xin chào")
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Comment.objects.exists()


def test_private_challenge_thread_is_closed_to_outsiders(client, organisation, org_member, user):
    draft = challenge(organisation, org_member, publish=False)
    assert draft.status == ChallengeStatus.DRAFT
    client.force_login(user)
    assert _post(client, draft, "Tôi muốn hỏi").status_code == 404
    assert not Comment.objects.exists()


def test_members_only_challenge_needs_a_signed_in_viewer(client, organisation, org_member, user):
    private = challenge(organisation, org_member, visibility=Visibility.MEMBERS)
    assert _post(client, private, "Ẩn danh").status_code == 302
    client.force_login(user)
    assert _post(client, private, "Đã đăng nhập").status_code == 302
    assert Comment.objects.count() == 1


def test_solution_thread_is_private_to_team_and_organisation(client, proposal, proposer, owner, user):
    client.force_login(user)
    assert _post(client, proposal, "Đối thủ hỏi").status_code == 404
    client.force_login(owner)
    assert _post(client, proposal, "Chi phí vận hành hằng năm là bao nhiêu?").status_code == 302
    client.force_login(proposer)
    assert _post(client, proposal, "Khoảng 120 triệu đồng mỗi năm.").status_code == 302
    assert Comment.objects.filter(solution=proposal).count() == 2
    client.force_login(user)
    page = client.get(proposal.challenge.get_absolute_url()).content.decode()
    assert "Chi phí vận hành" not in page


def test_suspended_member_reads_but_cannot_comment_and_keeps_the_text(client, posted, user):
    user.suspended_until = timezone.now() + timezone.timedelta(days=3)
    user.save()
    client.force_login(user)
    response = _post(client, posted, "Nội dung tôi đã gõ")
    body = response.content.decode()
    assert response.status_code == 403
    assert "Nội dung tôi đã gõ" in body
    assert not Comment.objects.exists()
    page = client.get(posted.get_absolute_url()).content.decode()
    assert "suspended-banner" in page


def test_empty_and_over_long_bodies_keep_the_text(client, posted, user):
    client.force_login(user)
    response = _post(client, posted, "   ")
    assert response.status_code == 200 and 'class="errorlist"' in response.content.decode()
    long_text = "Rất dài. " * 700
    response = _post(client, posted, long_text)
    body = response.content.decode()
    assert response.status_code == 200
    assert "Rất dài. Rất dài." in body and 'class="errorlist"' in body
    assert not Comment.objects.exists()


def test_rate_limit_message_keeps_the_text(client, posted, user):
    client.force_login(user)
    limit = LIMITS["comment"][1]  # the factory's account is new
    for i in range(limit):
        assert _post(client, posted, f"Bình luận {i}").status_code == 302
    response = _post(client, posted, "Bình luận vượt giới hạn")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Bình luận vượt giới hạn" in body and "errorlist nonfield" in body
    assert Comment.objects.count() == limit


def test_reply_to_a_reply_attaches_to_the_top_comment(posted, user, owner):
    top = comment(user, posted)
    reply = comment(owner, posted, "Đã có, xem tệp đính kèm.", parent=top)
    deeper = comment(user, posted, "Cảm ơn anh.", parent=reply)
    assert reply.parent_id == top.pk and deeper.parent_id == top.pk


def test_reply_to_a_comment_of_another_thread_is_refused(client, posted, proposal, owner):
    other = comment(owner, proposal, "Câu hỏi về đề xuất")
    client.force_login(owner)
    response = _post(client, posted, "Trả lời lạc chỗ", parent=other.pk)
    assert response.status_code == 200 and "Trả lời lạc chỗ" in response.content.decode()
    assert Comment.objects.count() == 1


def test_author_edits_and_history_keeps_each_version(client, posted, user):
    c = comment(user, posted, "Phiên bản đầu")
    client.force_login(user)
    client.post(reverse("discussion:comment_edit", args=[c.pk]), {"body": "Phiên bản hai"})
    client.post(reverse("discussion:comment_edit", args=[c.pk]), {"body": "Phiên bản ba"})
    c.refresh_from_db()
    assert c.body == "Phiên bản ba" and c.edited_at is not None
    assert list(CommentRevision.objects.filter(comment=c).values_list("body", flat=True)) == [
        "Phiên bản đầu",
        "Phiên bản hai",
    ]
    page = client.get(posted.get_absolute_url()).content.decode()
    assert reverse("discussion:comment_history", args=[c.pk]) in page
    history = client.get(reverse("discussion:comment_history", args=[c.pk])).content.decode()
    assert "Phiên bản đầu" in history and "Phiên bản hai" in history and "Phiên bản ba" in history


def test_bad_edit_keeps_text_and_saves_nothing(client, posted, user):
    c = comment(user, posted, "Giữ nguyên")
    client.force_login(user)
    response = client.post(reverse("discussion:comment_edit", args=[c.pk]), {"body": "x" * 5001})
    assert response.status_code == 200 and "x" * 100 in response.content.decode()
    c.refresh_from_db()
    assert c.body == "Giữ nguyên" and not c.revisions.exists()


def test_other_people_cannot_edit_or_delete(client, posted, user, owner):
    c = comment(owner, posted, "Của chủ thách thức")
    client.force_login(user)
    assert client.get(reverse("discussion:comment_edit", args=[c.pk])).status_code == 403
    assert (
        client.post(reverse("discussion:comment_edit", args=[c.pk]), {"body": "sửa trộm"}).status_code == 403
    )
    assert client.post(reverse("discussion:comment_delete", args=[c.pk])).status_code == 403
    c.refresh_from_db()
    assert c.body == "Của chủ thách thức" and not c.is_deleted


def test_comment_in_a_private_thread_is_404_for_outsiders(client, proposal, owner, user):
    c = comment(owner, proposal, "Nội bộ")
    client.force_login(user)
    for name in ("comment", "comment_edit", "comment_delete", "comment_history"):
        assert client.get(reverse(f"discussion:{name}", args=[c.pk])).status_code == 404


def test_soft_delete_keeps_replies_readable(client, posted, user, owner):
    top = comment(user, posted, "Câu hỏi sẽ bị xóa")
    comment(owner, posted, "Câu trả lời vẫn còn", parent=top)
    client.force_login(user)
    assert client.post(reverse("discussion:comment_delete", args=[top.pk])).status_code == 302
    top.refresh_from_db()
    assert top.is_deleted and top.deleted_by == user
    client.force_login(UserFactory())
    page = client.get(posted.get_absolute_url()).content.decode()
    assert "Câu hỏi sẽ bị xóa" not in page
    assert "Câu trả lời vẫn còn" in page
    assert "comment-placeholder" in page


def test_moderator_deletes_and_it_is_logged(client, posted, user, staff):
    from community.moderation.models import ModerationAction

    c = comment(user, posted)
    client.force_login(staff)
    assert client.post(reverse("discussion:comment_delete", args=[c.pk])).status_code == 302
    assert ModerationAction.objects.filter(action="delete", target_user=user).exists()


def test_mention_notifies_who_can_see_and_skips_who_cannot(posted, proposal, user, owner, proposer):
    outsider = UserFactory(full_name="Lê Văn Tám")
    comment(user, posted, f"Nhờ @{outsider.handle} và @{proposer.handle} góp ý.")
    assert Notification.objects.filter(recipient=outsider, kind=NotificationKind.MENTION).exists()
    assert Notification.objects.filter(recipient=proposer, kind=NotificationKind.MENTION).exists()
    Notification.objects.all().delete()
    comment(owner, proposal, f"@{outsider.handle} xem giúp đề xuất này")
    assert not Notification.objects.filter(recipient=outsider).exists()


def test_new_comment_notifies_organisation_admins_and_solution_team(
    posted, proposal, user, owner, org_member, proposer
):
    comment(user, posted, "Câu hỏi cho đơn vị")
    assert Notification.objects.filter(recipient=owner, kind=NotificationKind.NEW_COMMENT).count() == 1
    assert not Notification.objects.filter(recipient=org_member, kind=NotificationKind.NEW_COMMENT).exists()
    comment(owner, proposal, "Câu hỏi cho nhóm đề xuất")
    assert Notification.objects.filter(recipient=proposer, kind=NotificationKind.NEW_COMMENT).count() == 1


def test_reply_notifies_the_parent_author_once(posted, user, owner):
    top = comment(user, posted, "Câu hỏi")
    comment(owner, posted, f"@{user.handle} đã trả lời", parent=top)
    assert Notification.objects.filter(recipient=user).count() == 1


def _page_queries(client, url, django_assert_max_num_queries, limit=60):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_challenge_page_costs_the_same_with_5_or_50_comments(
    client, posted, proposal, owner, proposer, django_assert_max_num_queries
):
    second = svc.solution_create(
        challenge=posted,
        author=ExpertProfileFactory().user,
        title="Phương án hai",
        summary="Dùng nền tảng sẵn có của tỉnh.",
        approach="Kết nối qua trục LGSP, thí điểm 5 trạm.",
    )
    client.force_login(owner)
    bulk_comments(posted, owner, 5)
    bulk_comments(posted, proposer, 2, solution=proposal)
    client.get(posted.get_absolute_url())  # warm caches (content types, session) outside the measure
    small = _page_queries(client, posted.get_absolute_url(), django_assert_max_num_queries)
    bulk_comments(posted, proposer, 45)
    bulk_comments(posted, owner, 20, solution=proposal)
    bulk_comments(posted, owner, 20, solution=second)
    large = _page_queries(client, posted.get_absolute_url(), django_assert_max_num_queries)
    assert large == small
    assert Comment.objects.filter(challenge=posted, solution=None).count() == 50


def test_other_members_reply_form_and_flag_link_show(client, posted, owner, user):
    c = comment(owner, posted, "Mời chuyên gia góp ý")
    client.force_login(user)
    page = client.get(posted.get_absolute_url()).content.decode()
    assert f'name="parent" value="{c.pk}"' in page
    assert reverse("moderation:flag", args=["discussion.comment", c.pk]) in page


def test_member_helper_keeps_roles(organisation):
    assert member(organisation).memberships.count() == 1

"""Forum services: posting, replying, votes, accepted answers, counters, notifications, the importer's upsert."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community.forum import services
from community.forum.models import Category, Reply, Subscription, Topic, Vote
from community.models import Notification, NotificationKind

from .factories import category, reply, topic

pytestmark = pytest.mark.django_db


def test_categories_exist_for_every_sector_and_general():
    from community.models import Sector

    assert Category.objects.filter(slug="chung", sector__isnull=True).exists()
    assert set(Category.objects.exclude(sector=None).values_list("sector__slug", flat=True)) == set(
        Sector.objects.values_list("slug", flat=True)
    )
    assert services.ensure_categories() == 0  # nothing missing, nothing overwritten


def test_posting_a_topic_renders_safe_markdown_and_subscribes_the_asker(asker):
    created = topic(
        asker, body="**Xin hỏi** cách bắt đầu <script>alert(1)</script> [x](javascript:alert(1)) nhé"
    )
    assert "<strong>Xin hỏi</strong>" in created.body_html
    assert "<script" not in created.body_html and "javascript:" not in created.body_html
    assert Subscription.objects.filter(user=asker, topic=created).exists()
    assert sorted(created.tags.names()) == ["dệt may", "tự đánh giá"]


@pytest.mark.parametrize(
    "field, value", [("title", "Ngắn"), ("title", "x" * 201), ("body", "ngắn"), ("body", "x" * 20_001)]
)
def test_bad_topic_fields_are_refused_with_the_field_named(asker, field, value):
    with pytest.raises(ValidationError) as exc:
        topic(asker, **{field: value})
    assert field in exc.value.message_dict
    assert not Topic.objects.exists()


def test_a_suspended_member_cannot_post(asker):
    from datetime import timedelta

    from django.utils import timezone

    asker.suspended_until = timezone.now() + timedelta(days=1)
    asker.save()
    with pytest.raises(PermissionDenied):
        topic(asker)


def test_a_reply_moves_the_counters_and_the_last_activity(question, answerer):
    before = question.last_activity_at
    posted = reply(question, answerer)
    question.refresh_from_db()
    assert question.reply_count == 1
    assert question.last_activity_at == posted.created_at >= before


def test_a_closed_topic_refuses_replies(question, answerer, moderator):
    services.topic_set_closed(topic=question, actor=moderator, closed=True)
    with pytest.raises(ValidationError) as exc:
        reply(question, answerer)
    assert "closed" in str(exc.value).lower() or "đóng" in str(exc.value).lower()
    assert not Reply.objects.exists()


def test_only_moderators_close_topics(question, asker):
    with pytest.raises(PermissionDenied):
        services.topic_set_closed(topic=question, actor=asker, closed=True)


def test_a_duplicate_vote_is_refused_and_counted_once(question, answerer):
    assert services.vote(user=answerer, target=question) == (1, True)
    with pytest.raises(services.VoteRefused):
        services.vote(user=answerer, target=question)
    question.refresh_from_db()
    assert question.score == 1 and Vote.objects.count() == 1


def test_taking_a_vote_back_lowers_the_score_once(question, answerer):
    services.vote(user=answerer, target=question)
    assert services.vote(user=answerer, target=question, up=False) == (0, False)
    assert services.vote(user=answerer, target=question, up=False) == (0, False)


def test_nobody_votes_for_their_own_post(question, asker, answerer):
    with pytest.raises(services.VoteRefused):
        services.vote(user=asker, target=question)
    answer = reply(question, answerer)
    with pytest.raises(services.VoteRefused):
        services.vote(user=answerer, target=answer)
    assert not Vote.objects.exists()


def test_only_the_asker_accepts_an_answer(question, asker, answerer, bystander, moderator):
    answer = reply(question, answerer)
    for someone in (answerer, bystander, moderator):
        with pytest.raises(PermissionDenied):
            services.accept_reply(topic=question, actor=someone, reply=answer)
    services.accept_reply(topic=question, actor=asker, reply=answer)
    question.refresh_from_db()
    assert question.accepted_reply == answer
    services.accept_reply(topic=question, actor=asker, reply=None)
    question.refresh_from_db()
    assert question.accepted_reply is None


def test_an_answer_to_another_topic_cannot_be_accepted(question, asker, answerer):
    other = topic(answerer, title="Chọn nhà cung cấp điện toán đám mây thế nào?")
    foreign = reply(other, asker)
    with pytest.raises(ValidationError):
        services.accept_reply(topic=question, actor=asker, reply=foreign)


def test_editing_someone_elses_topic_or_reply_is_refused_but_moderators_may(
    question, asker, answerer, moderator
):
    answer = reply(question, answerer)
    with pytest.raises(PermissionDenied):
        services.topic_update(
            topic=question, actor=answerer, title=question.title, body="Sửa nội dung của người khác"
        )
    with pytest.raises(PermissionDenied):
        services.reply_update(reply=answer, actor=asker, body="Sửa câu trả lời của người khác")
    services.reply_update(reply=answer, actor=moderator, body="Đã sửa lỗi chính tả trong câu trả lời.")
    answer.refresh_from_db()
    assert answer.edited_at is not None
    assert answer.revisions.get().body.startswith("Hãy bắt đầu")


def test_hiding_a_reply_anywhere_keeps_the_count_right(question, answerer, bystander):
    first = reply(question, answerer)
    reply(question, bystander, body="Tôi đồng ý, bắt đầu từ chấm công là hợp lý nhất.")
    hidden = Reply.objects.get(pk=first.pk)
    hidden.is_hidden = True
    hidden.save()  # as the moderation queue would
    question.refresh_from_db()
    assert question.reply_count == 1
    services.set_hidden(obj=hidden, hidden=False)
    question.refresh_from_db()
    assert question.reply_count == 2


def test_a_reply_tells_the_asker_and_subscribers_and_mentions_once(
    question, asker, answerer, bystander, moderator, django_capture_on_commit_callbacks
):
    services.subscribe(user=bystander, category=question.category)
    services.subscribe(user=moderator, topic=question)
    moderator.handle = "vu-thanh-huong"
    moderator.save()
    with django_capture_on_commit_callbacks(execute=True):
        reply(
            question, answerer, body="Chị xem bài tự đánh giá DBI; @vu-thanh-huong có thể bổ sung tài liệu."
        )
    kinds = dict(Notification.objects.values_list("recipient_id", "kind"))
    assert kinds == {
        asker.pk: NotificationKind.TOPIC_REPLY,
        bystander.pk: NotificationKind.TOPIC_REPLY,
        moderator.pk: NotificationKind.MENTION,
    }
    assert not Notification.objects.filter(recipient=answerer).exists()


def test_a_new_topic_tells_category_followers_and_mentioned_people(
    asker, answerer, bystander, django_capture_on_commit_callbacks
):
    services.subscribe(user=bystander, category=category("chung"))
    with django_capture_on_commit_callbacks(execute=True):
        topic(asker, body=f"Anh @{answerer.handle} có kinh nghiệm với xưởng may nhỏ không ạ? Xin cảm ơn.")
    assert Notification.objects.get(recipient=answerer).kind == NotificationKind.MENTION
    assert Notification.objects.get(recipient=bystander).kind == NotificationKind.TOPIC_REPLY


def test_editing_in_a_new_mention_tells_only_the_newly_mentioned(
    question, asker, answerer, bystander, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_update(
            topic=question,
            actor=asker,
            title=question.title,
            body=f"{question.body} Cập nhật: @{answerer.handle} ơi giúp em.",
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.topic_update(
            topic=question,
            actor=asker,
            title=question.title,
            body=f"{question.body} Cập nhật: @{answerer.handle} và @{bystander.handle} ơi.",
        )
    assert Notification.objects.filter(recipient=answerer, kind=NotificationKind.MENTION).count() == 1
    assert Notification.objects.filter(recipient=bystander, kind=NotificationKind.MENTION).count() == 1
    assert question.revisions.count() == 2


def test_a_hidden_topic_takes_no_reply_from_members_and_tells_nobody(
    question, asker, answerer, moderator, django_capture_on_commit_callbacks
):
    Topic.objects.filter(pk=question.pk).update(is_hidden=True)
    question.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.reply_create(topic=question, author=answerer, body="Trả lời một chủ đề đã bị ẩn.")
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_create(topic=question, author=moderator, body="Ghi chú của điều phối viên.")
    assert not Notification.objects.exists()


def test_upsert_topic_is_idempotent_by_reference(answerer):
    first, created = services.upsert_topic(
        ref="hoi-dap-001",
        title="Hồ sơ đề cử cần những gì?",
        body="Sở Y tế đề cử một bệnh viện: hồ sơ có cần kế hoạch không?",
        sector_slug="y-te",
        tags=["đề cử", "hồ sơ"],
        author=answerer,
    )
    again, created_again = services.upsert_topic(
        ref="hoi-dap-001",
        title="Hồ sơ đề cử cần những gì?",
        body="Sở Y tế đề cử một bệnh viện: hồ sơ có cần kế hoạch không?",
        sector_slug="y-te",
        tags=["đề cử", "hồ sơ"],
        author=answerer,
    )
    assert created and not created_again and first.pk == again.pk
    assert again.category.sector.slug == "y-te"
    assert Topic.objects.count() == 1
    changed, _ = services.upsert_topic(
        ref="hoi-dap-001",
        title="Hồ sơ đề cử đơn vị tiêu biểu cần những gì?",
        body="Sở Y tế đề cử một bệnh viện: hồ sơ có cần kế hoạch không?",
        sector_slug="",
        tags=[],
    )
    assert changed.title.startswith("Hồ sơ đề cử đơn vị") and changed.category.slug == "chung"
    assert list(changed.tags.names()) == []


def test_upsert_topic_names_an_unknown_sector():
    with pytest.raises(ValidationError) as exc:
        services.upsert_topic(
            ref="x-1",
            title="Một câu hỏi đủ dài để hợp lệ",
            body="Nội dung đủ dài để hợp lệ nhé.",
            sector_slug="khong-co",
            tags=[],
        )
    assert "sector" in exc.value.message_dict

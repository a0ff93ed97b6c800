"""Forum pages through HTTP: who sees and does what, forms that keep what was typed, fixed query counts."""

import pytest
from django.test import Client
from django.urls import reverse

from community.forum import services
from community.forum.models import Reply, Topic, Vote

from .factories import category, reply, topic

pytestmark = pytest.mark.django_db

NEW = reverse("forum:topic_create")


def _form(**overrides):
    data = {
        "title": "Hợp tác xã chè nên truy xuất nguồn gốc bằng mã QR thế nào?",
        "category": "nong-nghiep",
        "body": "Hợp tác xã 120 hộ ở Thái Nguyên, ngân sách dưới 200 triệu đồng. Nên bắt đầu từ đâu?",
        "tags": "mã QR, truy xuất nguồn gốc",
    }
    data.update(overrides)
    return data


def test_a_member_posts_a_topic_through_the_form(client, asker):
    client.force_login(asker)
    response = client.post(NEW, _form())
    created = Topic.objects.get()
    assert response.status_code == 302 and response["Location"] == created.get_absolute_url()
    assert created.category.slug == "nong-nghiep" and created.author == asker
    page = client.get(created.get_absolute_url()).content.decode()
    assert "Hợp tác xã chè nên truy xuất" in page and "mã QR" in page


@pytest.mark.parametrize(
    "overrides",
    [{"title": ""}, {"title": "x" * 250}, {"body": ""}, {"body": "ngắn"}, {"tags": "a, b, c, d, e, f"}],
)
def test_bad_topic_input_keeps_what_was_typed(client, asker, overrides):
    client.force_login(asker)
    response = client.post(NEW, _form(**overrides))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="errorlist"' in body
    kept = {**_form(), **overrides}
    for value in (kept["title"], kept["body"]):
        if value and len(value) < 240:
            assert value in body
    assert not Topic.objects.exists()


def test_the_rate_limit_message_keeps_the_form(client, asker):
    client.force_login(asker)
    for i in range(3):  # a new account posts 3 topics an hour
        assert client.post(NEW, _form(title=f"Câu hỏi thứ {i + 1} về truy xuất nguồn gốc")).status_code == 302
    response = client.post(NEW, _form(title="Câu hỏi thứ tư về truy xuất nguồn gốc"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Câu hỏi thứ tư về truy xuất nguồn gốc" in body and "errorlist nonfield" in body
    assert Topic.objects.count() == 3


def test_a_reply_through_the_form_and_an_empty_one_explained(client, question, answerer):
    client.force_login(answerer)
    url = reverse("forum:reply_create", args=[question.pk])
    empty = client.post(url, {"body": "   "})
    assert empty.status_code == 200 and 'class="errorlist"' in empty.content.decode()
    response = client.post(url, {"body": "Bắt đầu bằng **tự đánh giá** DBI."})
    posted = Reply.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"#reply-{posted.pk}")


def test_the_reply_rate_limit_keeps_the_answer(client, question, answerer):
    client.force_login(answerer)
    url = reverse("forum:reply_create", args=[question.pk])
    for i in range(10):
        client.post(url, {"body": f"Câu trả lời số {i}"})
    response = client.post(url, {"body": "Câu trả lời vượt giới hạn vẫn được giữ lại"})
    assert "Câu trả lời vượt giới hạn vẫn được giữ lại" in response.content.decode()
    assert Reply.objects.count() == 10


def test_a_closed_topic_says_so_and_keeps_the_text(client, question, answerer, moderator):
    services.topic_set_closed(topic=question, actor=moderator, closed=True)
    client.force_login(answerer)
    response = client.post(reverse("forum:reply_create", args=[question.pk]), {"body": "Câu trả lời muộn"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "errorlist nonfield" in body
    assert not Reply.objects.exists()


def test_editing_someone_elses_posts_is_forbidden(client, question, asker, answerer):
    answer = reply(question, answerer)
    client.force_login(answerer)
    assert client.get(reverse("forum:topic_edit", args=[question.pk])).status_code == 403
    assert client.post(reverse("forum:topic_edit", args=[question.pk]), _form()).status_code == 403
    client.force_login(asker)
    assert client.post(reverse("forum:reply_edit", args=[answer.pk]), {"body": "Sửa trộm"}).status_code == 403
    answer.refresh_from_db()
    assert answer.body.startswith("Hãy bắt đầu")


def test_the_author_edits_and_the_history_shows_the_old_text(client, question, asker):
    client.force_login(asker)
    old_title = question.title
    response = client.post(
        reverse("forum:topic_edit", args=[question.pk]),
        _form(title="Xưởng may nhỏ bắt đầu chuyển đổi số từ đâu?", category="chung"),
    )
    assert response.status_code == 302
    history = client.get(reverse("forum:topic_history", args=[question.pk])).content.decode()
    assert old_title in history


def test_only_the_asker_accepts_through_the_page(client, question, asker, answerer, bystander):
    answer = reply(question, answerer)
    url = reverse("forum:topic_accept", args=[question.pk])
    client.force_login(bystander)
    assert client.post(url, {"reply": answer.pk}).status_code == 403
    client.force_login(asker)
    assert client.post(url, {"reply": answer.pk}).status_code == 302
    question.refresh_from_db()
    assert question.accepted_reply_id == answer.pk
    page = client.get(question.get_absolute_url()).content.decode()
    assert "is-accepted" in page


def test_votes_without_javascript_and_with_json(client, question, answerer):
    client.force_login(answerer)
    url = reverse("forum:topic_vote", args=[question.pk])
    assert client.post(url, {"up": "1"}).status_code == 302
    again = client.post(url, {"up": "1"}, HTTP_ACCEPT="application/json")
    assert again.status_code == 400 and again.json()["score"] == 1
    back = client.post(url, {"up": "0"}, HTTP_ACCEPT="application/json")
    assert back.json() == {"ok": True, "score": 0, "voted": False, "message": back.json()["message"]}
    assert not Vote.objects.exists()


def test_voting_for_oneself_is_refused_cleanly(client, question, asker):
    client.force_login(asker)
    response = client.post(reverse("forum:topic_vote", args=[question.pk]), {"up": "1"}, follow=True)
    assert response.status_code == 200
    assert not Vote.objects.exists()


def test_anonymous_visitors_read_but_must_sign_in_to_act(client, question):
    assert client.get(reverse("forum:home")).status_code == 200
    assert client.get(question.get_absolute_url()).status_code == 200
    for url in (
        NEW,
        reverse("forum:reply_create", args=[question.pk]),
        reverse("forum:topic_vote", args=[question.pk]),
        reverse("forum:topic_subscribe", args=[question.pk]),
    ):
        response = client.post(url, {"body": "x", "up": "1", "on": "1"})
        assert response.status_code == 302 and "/account/login/" in response["Location"]
    assert not Reply.objects.exists() and not Vote.objects.exists()


def test_hidden_topics_leave_lists_and_pages_except_for_moderators(client, asker, moderator):
    shown = topic(asker, title="Chủ đề công khai về chuyển đổi số")
    hidden = topic(asker, title="Chủ đề bị ẩn vì quảng cáo trá hình")
    services.set_hidden(obj=hidden, hidden=True)
    for url in (reverse("forum:home"), category("chung").get_absolute_url()):
        body = client.get(url).content.decode()
        assert shown.title in body and hidden.title not in body
    assert client.get(hidden.get_absolute_url()).status_code == 404
    home = client.get(reverse("forum:home")).content.decode()
    assert "1 câu hỏi" in home or "1 question" in home
    client.force_login(moderator)
    assert hidden.title in client.get(category("chung").get_absolute_url()).content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 200


def test_hidden_replies_disappear_for_members(client, question, answerer, moderator):
    answer = reply(question, answerer, body="Quảng cáo dịch vụ không liên quan")
    services.set_hidden(obj=answer, hidden=True)
    assert "Quảng cáo dịch vụ" not in client.get(question.get_absolute_url()).content.decode()
    client.force_login(moderator)
    assert "Quảng cáo dịch vụ" in client.get(question.get_absolute_url()).content.decode()


def test_subscribing_to_a_topic_and_a_category(client, question, bystander):
    client.force_login(bystander)
    client.post(reverse("forum:topic_subscribe", args=[question.pk]), {"on": "1"})
    client.post(reverse("forum:category_subscribe", args=["chung"]), {"on": "1"})
    assert bystander.forum_subscriptions.count() == 2
    client.post(reverse("forum:topic_subscribe", args=[question.pk]), {"on": "0"})
    assert bystander.forum_subscriptions.count() == 1


def test_category_sorts_and_tag_filter(client, asker, answerer):
    answered = topic(asker, title="Câu hỏi đã có người trả lời rồi", tags=["ERP"])
    reply(answered, answerer)
    topic(asker, title="Câu hỏi chưa có ai trả lời cả", tags=["MES"])
    url = category("chung").get_absolute_url()
    unanswered = client.get(url, {"sort": "unanswered"}).content.decode()
    assert "chưa có ai trả lời" in unanswered and "đã có người trả lời" not in unanswered
    tagged = client.get(url, {"tag": "erp"}).content.decode()
    assert "đã có người trả lời" in tagged and "chưa có ai trả lời" not in tagged
    assert client.get(url, {"sort": "bogus", "page": "x"}).status_code == 200


def test_unknown_ids_and_wrong_slugs(client, question):
    assert client.get("/forum/t/999999/khong-co/").status_code == 404
    wrong = client.get(f"/forum/t/{question.pk}/sai-duong-dan/")
    assert wrong.status_code == 301 and wrong["Location"] == question.get_absolute_url()
    assert client.get("/forum/c/khong-co/").status_code == 404


def _populate(n, asker, answerer):
    for i in range(n):
        t = topic(asker, title=f"Câu hỏi số {i} về chuyển đổi số doanh nghiệp", tags=[f"thẻ {i}", "chung"])
        a = reply(t, answerer)
        services.vote(user=answerer, target=t)
        services.vote(user=asker, target=a)
    return t


@pytest.mark.parametrize("page", ["home", "category", "topic"])
def test_pages_cost_a_fixed_number_of_queries(
    page, asker, answerer, bystander, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def url_for(last):
        return {
            "home": reverse("forum:home"),
            "category": category("chung").get_absolute_url(),
            "topic": last.get_absolute_url(),
        }[page]

    def measure(last):
        viewer = Client()
        viewer.force_login(bystander)
        viewer.get(url_for(last))  # warm the session and caches
        with CaptureQueriesContext(connection) as ctx:
            assert viewer.get(url_for(last)).status_code == 200
        return len(ctx.captured_queries), viewer

    last = _populate(2, asker, answerer)
    small, _viewer = measure(last)
    last = _populate(12, asker, answerer)
    for _ in range(6):
        reply(last, bystander, body="Thêm một câu trả lời để trang dài hơn.")
    viewer = Client()
    viewer.force_login(bystander)
    viewer.get(url_for(last))
    with django_assert_max_num_queries(small):
        assert viewer.get(url_for(last)).status_code == 200


def test_the_new_topic_form_asks_for_similar_suggestions(client, asker):
    client.force_login(asker)
    body = client.get(NEW, {"category": "y-te"}).content.decode()
    assert 'data-similar-kinds="forum_topic,challenge,case_study"' in body
    assert "js/similar.js" in body
    assert '<option value="y-te" selected>' in body


def test_mentions_are_marked_in_the_rendered_answer(client, question, asker, answerer):
    reply(question, answerer, body=f"Chị @{asker.handle} thử bộ chỉ số DBI trước nhé. <b onclick=x>đậm</b>")
    page = client.get(question.get_absolute_url()).content.decode()
    assert f'<span class="mention">@{asker.handle}</span>' in page
    assert "onclick" not in page.split('id="answers-title"')[1]

"""The forum with the moderation app: report buttons on topics and answers, hiding from the queue."""

import pytest

from community.forum.models import Topic

from .factories import reply

pytestmark = pytest.mark.django_db


def test_members_see_report_links_on_others_posts_only(client, question, asker, answerer):
    answer = reply(question, answerer)
    client.force_login(answerer)
    page = client.get(question.get_absolute_url()).content.decode()
    assert f"/moderation/report/forum.topic/{question.pk}/" in page
    assert f"/moderation/report/forum.reply/{answer.pk}/" not in page  # their own answer


def test_hiding_an_answer_from_the_moderation_queue_keeps_counts_and_page_right(
    client, question, answerer, moderator
):
    from community.moderation import services as moderation

    answer = reply(question, answerer, body="Quảng cáo phần mềm không liên quan")
    moderation.hide(moderator=moderator, target=answer, reason="Quảng cáo")
    question.refresh_from_db()
    assert question.reply_count == 0
    assert "Quảng cáo phần mềm" not in client.get(question.get_absolute_url()).content.decode()
    moderation.restore(moderator=moderator, target=answer)
    assert Topic.objects.get(pk=question.pk).reply_count == 1


def test_a_reply_under_a_hidden_topic_is_not_visible_to_members(question, answerer, bystander):
    answer = reply(question, answerer)
    Topic.objects.filter(pk=question.pk).update(is_hidden=True)
    answer = type(answer).objects.select_related("topic").get(pk=answer.pk)
    assert not answer.moderation_can_view(bystander)


def _solved_badges(html: str) -> int:
    return html.count("badge badge-solved")


@pytest.mark.parametrize("viewer", ["bystander", "moderator"])
def test_a_hidden_accepted_answer_no_longer_marks_the_topic_solved_in_lists(
    client, question, asker, answerer, bystander, moderator, viewer
):
    from django.urls import reverse

    from community.forum import services
    from community.moderation import services as moderation

    from .factories import category

    answer = reply(question, answerer)
    services.accept_reply(topic=question, actor=asker, reply=answer)
    client.force_login(bystander if viewer == "bystander" else moderator)
    pages = {
        "home": reverse("forum:home"),
        "category": category("chung").get_absolute_url(),
        "topic": question.get_absolute_url(),
    }
    for name, url in pages.items():
        html = client.get(url).content.decode()
        assert _solved_badges(html) == 1, name
        assert name == "topic" or "stat-solved" in html
    moderation.hide(moderator=moderator, target=answer, reason="Nội dung quảng cáo")
    for name, url in pages.items():
        html = client.get(url).content.decode()
        assert _solved_badges(html) == 0, name  # the lists agree with the topic page
        assert "stat-solved" not in html
    assert Topic.objects.get(pk=question.pk).accepted_reply_id == answer.pk  # the mark itself is kept
    moderation.restore(moderator=moderator, target=answer)
    for name, url in pages.items():
        assert _solved_badges(client.get(url).content.decode()) == 1, name


def test_the_solved_flag_costs_no_query_per_row(client, asker, answerer, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from community.forum import services
    from community.moderation import services as moderation

    from .factories import category, topic

    def add(n):
        for i in range(n):
            t = topic(asker, title=f"Câu hỏi đã có lời giải số {i} về hóa đơn điện tử")
            answer = reply(t, answerer)
            services.accept_reply(topic=t, actor=asker, reply=answer)
            if i % 2:
                moderation.hide(moderator=moderator, target=answer, reason="Quảng cáo")

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            html = client.get(url).content.decode()
        return len(ctx.captured_queries), html

    url = category("chung").get_absolute_url()
    add(2)
    few, html = count(url)
    assert _solved_badges(html) == 1
    add(8)
    many, html = count(url)
    assert _solved_badges(html) == 1 + 4
    assert many == few

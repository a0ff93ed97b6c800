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


def test_hiding_an_answer_from_the_moderation_queue_keeps_counts_and_page_right(client, question, answerer,
                                                                                moderator):
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

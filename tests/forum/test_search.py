"""Forum topics in search: kind forum_topic, accepted answer in the text, hidden topics never found."""

import pytest

from community.forum import services
from search.api import search

from .factories import reply, topic

pytestmark = pytest.mark.django_db


def _found(query):
    return [hit.object for hit in search(query, filters={"kind": "forum_topic"}).results]


def test_topics_are_found_with_the_accepted_answer_sector_and_tags(forum_index, asker, answerer):
    question = topic(
        asker, category_slug="nong-nghiep", title="Truy xuất nguồn gốc chè cho hợp tác xã", tags=["mã QR"]
    )
    answer = reply(question, answerer, body="Dùng nhật ký canh tác điện tử và mã QR theo lô sản phẩm.")
    services.accept_reply(topic=question, actor=asker, reply=answer)
    forum_index()
    assert _found("nhat ky canh tac") == [
        question
    ]  # words only in the accepted answer, typed without accents
    hits = search("truy xuất nguồn gốc", filters={"kind": "forum_topic", "sector": "nong-nghiep"}).results
    assert [h.object for h in hits] == [question]
    assert hits[0].fields.get("url") == question.get_absolute_url()


def test_hidden_topics_and_hidden_replies_stay_out_of_search(forum_index, asker, answerer, moderator):
    visible = topic(asker, title="Liên thông bệnh án điện tử với trạm y tế xã")
    spam = reply(visible, answerer, body="Mua phần mềm giá rẻ khuyến mãi đặc biệt")
    hidden = topic(asker, title="Quảng cáo bệnh án điện tử giá rẻ bị ẩn")
    services.set_hidden(obj=hidden, hidden=True)
    services.set_hidden(obj=spam, hidden=True)
    forum_index()
    assert _found("bệnh án điện tử") == [visible]
    assert _found("khuyến mãi đặc biệt") == []


def test_the_similar_api_suggests_forum_topics(client, forum_index, asker):
    question = topic(asker, title="Xưởng may nhỏ nên bắt đầu chuyển đổi số từ đâu?")
    forum_index()
    response = client.get(
        "/api/search/similar/", {"q": "xưởng may bắt đầu chuyển đổi số", "kind": "forum_topic"}
    )
    assert response.status_code == 200
    assert [r["url"] for r in response.json()["results"]] == [question.get_absolute_url()]

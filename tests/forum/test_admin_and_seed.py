"""Editors manage categories in the Wagtail admin; the demo forum (fixtures of community/forum) is lively and loads once."""

import pytest
from django.db.models import Count

from community.forum.models import Category, Reply, Subscription, Topic, Vote
from tests.demo_fixtures import load_demo, outcomes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_categories_are_listed_and_edited_in_the_wagtail_admin(client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/snippets/forum/category/")
    assert listing.status_code == 200
    assert "Tài chính - Ngân hàng" in listing.content.decode()
    health = Category.objects.get(slug="y-te")
    edit = client.get(f"/admin/snippets/forum/category/edit/{health.pk}/")
    assert edit.status_code == 200


def test_members_without_permission_cannot_reach_the_category_admin(client, asker):
    client.force_login(asker)
    response = client.get("/admin/snippets/forum/category/")
    assert response.status_code in (302, 403)


def test_the_demo_forum_is_lively_and_a_second_load_creates_nothing():
    first = load_demo("forum_thread", "forum_subscription")
    assert outcomes(first, "forum_thread", "forum_subscription") == {"created"}
    topics = Topic.objects.filter(import_ref__startswith="demo:forum:")
    assert topics.count() >= 30
    assert set(topics.values_list("category__slug", flat=True)) == set(
        Category.objects.values_list("slug", flat=True)
    )
    assert topics.filter(author__email="expert@dxconnect.vn").exists()
    assert topics.filter(author__email="member@dxconnect.vn").exists()
    assert Reply.objects.filter(author__email="member@dxconnect.vn").exists()
    assert topics.exclude(accepted_reply=None).count() >= 15
    assert "@" in "".join(Reply.objects.values_list("body", flat=True))
    for topic in topics.annotate(n=Count("votes")):
        assert topic.n == topic.score and topic.reply_count == topic.replies.filter(is_hidden=False).count()
        assert topic.last_activity_at >= topic.created_at
    counts = (
        Topic.objects.count(),
        Reply.objects.count(),
        Vote.objects.count(),
        Subscription.objects.count(),
    )

    again = load_demo("forum_thread", "forum_subscription")
    assert outcomes(again, "forum_thread", "forum_subscription") == {"unchanged"}
    assert (
        Topic.objects.count(),
        Reply.objects.count(),
        Vote.objects.count(),
        Subscription.objects.count(),
    ) == counts

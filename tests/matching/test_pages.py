"""The challenge page's matched experts and invitations, the for-you feed and the dashboards."""

import pytest
from django.urls import reverse
from django.utils import translation

from community.challenges.services import expert_invite
from community.models import ExpertInvitation, Notification, NotificationKind, Solution
from community.organisations.models import MemberRole
from tests.factories import OrganisationFactory, UserFactory, member

from .factories import expert_with, finance_challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(db):
    return expert_with(
        name="Phạm Quốc Việt",
        skills=["eKYC", "quản trị dữ liệu"],
        sectors=["tai-chinh-ngan-hang"],
        provinces=["01"],
        verified=True,
    )


@pytest.fixture
def open_challenge(organisation, owner, matched):
    return finance_challenge(organisation, owner)


def _page(client, challenge, lang="en"):
    with translation.override(lang):
        return client.get(challenge.get_absolute_url())


def test_anyone_who_may_view_sees_matched_experts_with_reasons(client, open_challenge, matched):
    response = _page(client, open_challenge)
    html = response.content.decode()
    assert response.status_code == 200
    assert matched.display_name in html
    assert "shared skills: eKYC, quản trị dữ liệu" in html
    assert "same province: Hanoi" in html
    assert reverse("community:expert_invite", args=[open_challenge.slug, matched.slug]) not in html


def test_org_admin_sees_invite_buttons_but_plain_member_does_not(
    client, open_challenge, owner, org_member, matched
):
    invite_url = reverse("community:expert_invite", args=[open_challenge.slug, matched.slug])
    client.force_login(owner)
    assert invite_url in _page(client, open_challenge, "vi").content.decode()
    client.force_login(org_member)
    assert invite_url not in _page(client, open_challenge, "vi").content.decode()


def test_org_admin_invites_a_matched_expert_who_is_told(client, open_challenge, org_admin, matched):
    client.force_login(org_admin)
    url = reverse("community:expert_invite", args=[open_challenge.slug, matched.slug])
    response = client.post(url, {"message": "Mời anh tư vấn lộ trình eKYC."})
    assert response.status_code == 302
    invitation = ExpertInvitation.objects.get(challenge=open_challenge, expert=matched)
    assert invitation.message == "Mời anh tư vấn lộ trình eKYC."
    assert invitation.invited_by == org_admin
    html = _page(client, open_challenge).content.decode()
    assert "Invited · Pending" in html
    assert "Invitations sent" in html


@pytest.mark.parametrize("who", ["anonymous", "org_member", "stranger", "other_owner"])
def test_only_the_organisations_admins_may_invite(
    client, open_challenge, matched, org_member, other_owner, who
):
    users = {"org_member": org_member, "stranger": UserFactory(), "other_owner": other_owner}
    if who != "anonymous":
        client.force_login(users[who])
    url = reverse("community:expert_invite", args=[open_challenge.slug, matched.slug])
    response = client.post(url, {"message": ""})
    assert response.status_code == (302 if who == "anonymous" else 403)
    if who == "anonymous":
        assert "/accounts/login/" in response["Location"] or "login" in response["Location"]
    assert not ExpertInvitation.objects.exists()


def test_invite_is_rate_limited_with_a_message(client, organisation, owner, settings):
    from community.core import ratelimit

    client.force_login(owner)
    owner.date_joined = owner.date_joined.replace(year=2020)
    owner.save(update_fields=["date_joined"])
    challenge = finance_challenge(organisation, owner)
    limit = ratelimit.LIMITS["invite_expert"][0]
    experts = [
        expert_with(name=f"Chuyên Gia {i}", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
        for i in range(limit + 1)
    ]
    for expert in experts:
        response = client.post(
            reverse("community:expert_invite", args=[challenge.slug, expert.slug]), follow=True
        )
    assert ExpertInvitation.objects.count() == limit
    assert "lot in the last hour" in response.content.decode() or "giờ" in response.content.decode()


def test_invited_expert_accepts_on_the_challenge_page(
    client, open_challenge, owner, matched, django_capture_on_commit_callbacks
):
    invitation = expert_invite(challenge=open_challenge, actor=owner, expert=matched, message="Mời tham gia")
    client.force_login(matched.user)
    html = _page(client, open_challenge).content.decode()
    assert "You are invited" in html and "Mời tham gia" in html
    url = reverse("community:expert_invitation_respond", args=[invitation.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"answer": "accept", "next": open_challenge.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == open_challenge.get_absolute_url()
    invitation.refresh_from_db()
    assert invitation.status == "accepted"
    # The owner sees the state, and is told.
    client.force_login(owner)
    assert "Accepted" in _page(client, open_challenge).content.decode()
    assert Notification.objects.filter(recipient=owner, kind=NotificationKind.INVITATION_ANSWERED).exists()


def test_invited_expert_declines_from_the_dashboard(client, open_challenge, owner, matched):
    invitation = expert_invite(challenge=open_challenge, actor=owner, expert=matched)
    client.force_login(matched.user)
    with translation.override("en"):
        dashboard = reverse("community:dashboard")
    html = client.get(dashboard).content.decode()
    assert reverse("community:expert_invitation_respond", args=[invitation.pk]) in html
    response = client.post(
        reverse("community:expert_invitation_respond", args=[invitation.pk]),
        {"answer": "decline", "next": dashboard},
    )
    assert response["Location"] == dashboard
    invitation.refresh_from_db()
    assert invitation.status == "declined"


def test_unsafe_next_falls_back_to_the_challenge(client, open_challenge, owner, matched):
    invitation = expert_invite(challenge=open_challenge, actor=owner, expert=matched)
    client.force_login(matched.user)
    response = client.post(
        reverse("community:expert_invitation_respond", args=[invitation.pk]),
        {"answer": "accept", "next": "https://evil.example/"},
    )
    assert response["Location"] == open_challenge.get_absolute_url()


@pytest.mark.parametrize("who", ["owner", "org_member", "stranger"])
def test_only_the_invited_expert_answers(client, open_challenge, owner, org_member, matched, who):
    invitation = expert_invite(challenge=open_challenge, actor=owner, expert=matched)
    client.force_login({"owner": owner, "org_member": org_member, "stranger": UserFactory()}[who])
    response = client.post(
        reverse("community:expert_invitation_respond", args=[invitation.pk]), {"answer": "accept"}
    )
    assert response.status_code == 403
    invitation.refresh_from_db()
    assert invitation.status == "pending"


def test_answering_twice_is_refused_with_a_message(client, open_challenge, owner, matched):
    invitation = expert_invite(challenge=open_challenge, actor=owner, expert=matched)
    client.force_login(matched.user)
    url = reverse("community:expert_invitation_respond", args=[invitation.pk])
    client.post(url, {"answer": "accept"})
    response = client.post(url, {"answer": "decline"}, follow=True)
    invitation.refresh_from_db()
    assert invitation.status == "accepted"
    assert response.status_code == 200


def test_members_only_challenge_matches_are_hidden_from_anonymous(client, organisation, owner, matched):
    challenge = finance_challenge(organisation, owner, visibility="members")
    response = _page(client, challenge)
    assert response.status_code in (403, 302)
    client.force_login(UserFactory())
    assert matched.display_name in _page(client, challenge).content.decode()


def test_for_you_feed_lists_fitting_challenges_with_reasons(client, open_challenge, matched):
    client.force_login(matched.user)
    with translation.override("en"):
        response = client.get(reverse("community:for_you"))
    html = response.content.decode()
    assert response.status_code == 200
    assert open_challenge.title in html
    assert "shared skills: eKYC, quản trị dữ liệu" in html


def test_for_you_invites_people_without_a_profile_to_create_one(client, user):
    client.force_login(user)
    with translation.override("en"):
        response = client.get(reverse("community:for_you"))
    assert reverse("community:expert_profile_edit") in response.content.decode()


def test_for_you_requires_sign_in(client):
    response = client.get(reverse("community:for_you"))
    assert response.status_code == 302


def _organisation_world(owner, organisation, n):
    expert_users = []
    for i in range(n):
        challenge = finance_challenge(organisation, owner, title=f"Thách thức số hóa số {i} của Sở")
        expert = expert_with(name=f"Chuyên Gia {n}-{i}", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
        expert_users.append(expert.user)
        Solution.objects.create(
            challenge=challenge,
            author=expert.user,
            title=f"Đề xuất {i}",
            summary="Tóm tắt đề xuất giải pháp",
            approach="Cách làm chi tiết từng bước",
        )
        expert_invite(challenge=challenge, actor=owner, expert=expert)


def _expert_world(expert, n):
    for i in range(n):
        org = OrganisationFactory()
        admin = member(org, MemberRole.OWNER)
        challenge = finance_challenge(org, admin, title=f"Thách thức eKYC số {i} cho quỹ tín dụng")
        expert_invite(challenge=challenge, actor=admin, expert=expert)
        Solution.objects.create(
            challenge=challenge,
            author=expert.user,
            title=f"Đề xuất {i}",
            summary="Tóm tắt đề xuất giải pháp",
            approach="Cách làm chi tiết từng bước",
        )


def _queries(client, url) -> tuple[int, str]:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()  # measure the uncached path: cached matches would hide a per-row query
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_organisation_dashboard_costs_the_same_queries_at_two_sizes(client, organisation, owner):
    client.force_login(owner)
    _organisation_world(owner, organisation, 1)
    small, html = _queries(client, reverse("community:dashboard"))
    assert "Thách thức số hóa số 0 của Sở" in html and "Đề xuất 0" in html and "Chuyên Gia 1-0" in html
    _organisation_world(owner, organisation, 8)
    large, html = _queries(client, reverse("community:dashboard"))
    assert "Chuyên Gia 8-7" in html
    assert large <= small


def test_expert_dashboard_costs_the_same_queries_at_two_sizes(client, matched):
    client.force_login(matched.user)
    _expert_world(matched, 1)
    small, html = _queries(client, reverse("community:dashboard"))
    assert "Thách thức eKYC số 0 cho quỹ tín dụng" in html and "Đề xuất 0" in html
    _expert_world(matched, 8)
    large, html = _queries(client, reverse("community:dashboard"))
    assert "Thách thức eKYC số 7 cho quỹ tín dụng" in html
    assert large <= small


def test_challenge_page_with_matches_costs_the_same_queries_at_two_sizes(client, organisation, owner):
    challenge = finance_challenge(organisation, owner)
    client.force_login(owner)

    def add(n, start):
        for i in range(start, start + n):
            expert = expert_with(name=f"Chuyên Gia {i}", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
            expert_invite(challenge=challenge, actor=owner, expert=expert)

    add(1, 0)
    small, html = _queries(client, challenge.get_absolute_url())
    assert "Chuyên Gia 0" in html
    add(12, 1)
    large, html = _queries(client, challenge.get_absolute_url())
    assert "Chuyên Gia 12" in html
    assert large <= small


def test_for_you_costs_the_same_queries_at_two_sizes(client, matched):
    client.force_login(matched.user)
    _expert_world(matched, 1)
    small, _html = _queries(client, reverse("community:for_you"))
    _expert_world(matched, 8)
    large, html = _queries(client, reverse("community:for_you"))
    assert "Thách thức eKYC số 7 cho quỹ tín dụng" in html
    assert large <= small


def test_challenge_form_suggests_similar_content_while_typing_the_title(client, organisation, owner):
    client.force_login(owner)
    html = client.get(reverse("community:challenge_create")).content.decode()
    assert 'data-similar-kinds="challenge,case_study,forum_topic"' in html
    assert "js/similar.js" in html


def test_edit_form_leaves_the_challenge_itself_out_of_the_suggestions(client, organisation, owner):
    challenge = finance_challenge(organisation, owner)
    client.force_login(owner)
    html = client.get(reverse("community:challenge_edit", args=[challenge.slug])).content.decode()
    assert f'data-similar-exclude="challenge:{challenge.pk}"' in html


def test_closed_challenge_shows_no_matches_nor_invite_buttons(client, organisation, owner, matched):
    from community.challenges.services import challenge_set_status

    challenge = finance_challenge(organisation, owner)
    challenge_set_status(challenge=challenge, actor=owner, status="closed")
    client.force_login(owner)
    html = _page(client, challenge).content.decode()
    assert "Matched experts" not in html
    response = client.post(reverse("community:expert_invite", args=[challenge.slug, matched.slug]))
    assert response.status_code == 403


def test_unlisted_expert_cannot_be_invited_by_url(client, open_challenge, owner):
    hidden = expert_with(name="Ẩn Danh", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], public=False)
    client.force_login(owner)
    response = client.post(reverse("community:expert_invite", args=[open_challenge.slug, hidden.slug]))
    assert response.status_code == 404
    assert not ExpertInvitation.objects.exists()


def test_solved_challenge_links_to_its_case_study(client, organisation, owner, monkeypatch):
    from types import SimpleNamespace

    from community.core import hooks

    challenge = finance_challenge(organisation, owner)
    from community.models import Challenge

    Challenge.objects.filter(pk=challenge.pk).update(status="solved", outcome_summary="Đã triển khai eKYC.")
    # The CMS fills these hooks in its ready(); the community page reads them, never the CMS.
    monkeypatch.setattr(
        hooks.case_study_of_challenge,
        "function",
        lambda c: SimpleNamespace(url="/dien-hinh/ekyc-quy-tin-dung/", title="Bài học eKYC"),
    )
    monkeypatch.setattr(
        hooks.related_case_studies,
        "function",
        lambda c, limit=3: [
            SimpleNamespace(url="/dien-hinh/khac/", title="Điển hình ngân hàng số", search_description="")
        ],
    )
    html = _page(client, challenge).content.decode()
    assert 'href="/dien-hinh/ekyc-quy-tin-dung/"' in html and "Bài học eKYC" in html
    assert "Điển hình ngân hàng số" in html


def test_organisation_dashboard_counts_shortlisted_proposals_as_waiting_for_a_decision(
    client, open_challenge, owner
):
    from community.models import SolutionStatus

    for i, status in enumerate(
        [SolutionStatus.SUBMITTED, SolutionStatus.SHORTLISTED, SolutionStatus.DECLINED]
    ):
        author = expert_with(
            name=f"Chuyên Gia Chờ {i}", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], provinces=["01"]
        ).user
        Solution.objects.create(
            challenge=open_challenge,
            author=author,
            title=f"Đề xuất chờ {i}",
            status=status,
            summary="Tóm tắt đề xuất giải pháp",
            approach="Cách làm chi tiết từng bước",
        )
    client.force_login(owner)
    with translation.override("en"):
        html = client.get(reverse("community:dashboard")).content.decode()
    assert "2 proposals wait for your decision." in html

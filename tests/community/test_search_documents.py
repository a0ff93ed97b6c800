"""Organisations and experts reach the search page, unlisted experts never do, and bad input is handled."""

import pytest

from tests.factories import ExpertProfileFactory, OrganisationFactory, province

pytestmark = pytest.mark.django_db


def test_unaccented_query_finds_the_da_nang_department(client, index_all):
    OrganisationFactory(name="Sở Khoa học và Công nghệ Đà Nẵng", slug="so-khcn-dn", province=province("48"))
    OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Thanh Hóa", slug="bv-th", province=province("38"))
    index_all()
    body = client.get("/search/", {"q": "da nang"}).content.decode()
    assert "/organisations/so-khcn-dn/" in body
    assert "<mark>" in body
    assert (
        body.index("/organisations/so-khcn-dn/") < body.find("/organisations/bv-th/") or "/bv-th/" not in body
    )


def test_expert_is_found_by_skill_and_unlisted_expert_is_not(client, index_all):
    ExpertProfileFactory(
        user__full_name="Lê Văn Hùng", slug="le-van-hung", skills=["eKYC", "định danh điện tử"]
    )
    ExpertProfileFactory(user__full_name="Ẩn Danh", slug="an-danh", skills=["eKYC"], is_public=False)
    index_all()
    body = client.get("/en/search/", {"q": "ekyc"}).content.decode()
    assert "/experts/le-van-hung/" in body
    assert "/experts/an-danh/" not in body
    assert "Expert" in body  # the kind facet is named in English


def test_kind_facet_filters_results(client, index_all):
    OrganisationFactory(name="Trung tâm Dữ liệu Y tế", slug="tt-du-lieu-y-te")
    ExpertProfileFactory(
        user__full_name="Nguyễn Dữ Liệu", slug="nguyen-du-lieu", headline="Chuyên gia dữ liệu y tế"
    )
    index_all()
    body = client.get("/search/", {"q": "dữ liệu y tế", "kind": "expert"}).content.decode()
    assert "/experts/nguyen-du-lieu/" in body
    assert "/organisations/tt-du-lieu-y-te/" not in body


@pytest.mark.parametrize(
    "params",
    [
        {"q": "<script>alert(1)</script>"},
        {"q": "a", "page": "abc"},
        {"q": "y tế", "kind": "\x00"},
        {"q": "", "province": "zz"},
        {},
    ],
)
def test_search_page_survives_odd_input(client, index_all, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_absurdly_long_query_is_a_400_not_a_500(client):
    response = client.get("/search/", {"q": "x" * 5000})
    assert response.status_code == 400


def test_only_public_published_challenges_are_searchable(client, organisation, org_member, index_all):
    from tests.factories import challenge

    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính công khai")
    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính nội bộ", visibility="members")
    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính bản nháp", publish=False)
    index_all()
    body = client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    assert "Số hóa hồ sơ địa chính công khai" in body
    assert "nội bộ" not in body
    assert "bản nháp" not in body


def test_members_only_challenges_are_found_by_signed_in_people_only(
    client, organisation, org_member, index_all
):
    from tests.factories import UserFactory, challenge

    challenge(organisation, org_member, title="Số hóa hồ sơ địa chính nội bộ", visibility="members")
    index_all()
    assert "nội bộ" not in client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    api = client.get("/api/search/", {"q": "ho so dia chinh"}).json()
    assert api["count"] == 0 and api["facets"]["kind"] == {}

    client.force_login(UserFactory(email="reader@example.vn"))
    assert (
        "Số hóa hồ sơ địa chính nội bộ" in client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    )
    api = client.get("/api/search/", {"q": "ho so dia chinh"}).json()
    assert api["count"] == 1 and api["facets"]["kind"] == {"challenge": 1}


def test_markdown_marks_never_reach_a_challenge_snippet(client, organisation, org_member, index_all):
    from tests.factories import challenge

    challenge(
        organisation,
        org_member,
        title="Cổng dữ liệu mở",
        description="## Bối cảnh\n\n**Cổng dữ liệu mở** của tỉnh cần [chuẩn hoá](https://example.vn) "
        "siêu dữ liệu theo DCAT trước năm 2027.",
    )
    index_all()
    snippet = client.get("/api/search/", {"q": "sieu du lieu DCAT"}).json()["results"][0]["snippet"]
    assert "DCAT" in snippet
    assert "**" not in snippet and "##" not in snippet and "](" not in snippet


@pytest.fixture
def proposal_world(organisation, owner, other_organisation, index_all):
    """A challenge of `organisation` with one proposal by an expert and a co-author, indexed."""
    from community.challenges.services import solution_create
    from tests.factories import UserFactory, challenge, member

    posted = challenge(organisation, owner, title="Cổng dịch vụ công cấp tỉnh")
    author = ExpertProfileFactory(user__full_name="Phạm Gia Khiêm", slug="pham-gia-khiem").user
    co_author = UserFactory(email="coauthor@example.vn", full_name="Đỗ Thu Trang")
    competitor = ExpertProfileFactory(user__full_name="Hoàng Văn Cạnh", slug="hoang-van-canh").user
    solution = solution_create(
        challenge=posted,
        author=author,
        title="Kiến trúc vi dịch vụ cho cổng thanh toán trực tuyến",
        summary="Tách thanh toán trực tuyến thành vi dịch vụ riêng, đối soát tự động mỗi đêm.",
        approach="1. Khảo sát\n2. **Thí điểm** ba thủ tục",
        co_authors=[co_author],
    )
    outsider_member = member(other_organisation, email="outsider@example.vn")
    index_all()
    return {
        "solution": solution,
        "author": author,
        "co_author": co_author,
        "owner": owner,
        "competitor": competitor,
        "outsider": outsider_member,
    }


QUERY = {"q": "vi dich vu thanh toan truc tuyen"}


@pytest.mark.parametrize(
    "reader,found",
    [
        (None, False),
        ("competitor", False),
        ("outsider", False),
        ("author", True),
        ("co_author", True),
        ("owner", True),
    ],
)
def test_proposals_are_found_only_by_those_who_may_read_them(client, proposal_world, reader, found):
    if reader is not None:
        client.force_login(proposal_world[reader])
    api = client.get("/api/search/", QUERY).json()
    titles = [r["title"] for r in api["results"] if r["kind"] == "solution"]
    assert (titles == ["Kiến trúc vi dịch vụ cho cổng thanh toán trực tuyến"]) is found
    assert ("solution" in api["facets"]["kind"]) is found  # counts never betray a hidden proposal
    page = client.get("/search/", QUERY).content.decode()
    assert ("Kiến trúc vi dịch vụ" in page) is found
    suggestions = client.get("/search/suggest/", {"q": "Kiến trúc vi dịch"}).json()["results"]
    assert any("Kiến trúc vi dịch vụ" in s["label"] for s in suggestions) is found


def test_a_proposal_links_to_its_place_on_the_challenge_page(client, proposal_world):
    client.force_login(proposal_world["owner"])
    result = next(r for r in client.get("/api/search/", QUERY).json()["results"] if r["kind"] == "solution")
    solution = proposal_world["solution"]
    assert result["url"].endswith(f"/challenges/{solution.challenge.slug}/#solution-{solution.pk}")
    assert result["sector"] == "y-te"


@pytest.mark.parametrize("change", ["withdraw", "hide", "withdraw_challenge"])
def test_hidden_and_withdrawn_proposals_leave_the_index(
    client, proposal_world, change, django_capture_on_commit_callbacks
):
    from community.challenges.services import challenge_set_status, solution_withdraw

    solution = proposal_world["solution"]
    client.force_login(proposal_world["author"])
    assert "solution" in client.get("/api/search/", QUERY).json()["facets"]["kind"]
    # The on-commit indexing tasks run (the test settings' task backend runs them at once).
    with django_capture_on_commit_callbacks(execute=True):
        if change == "withdraw":
            solution_withdraw(solution=solution, actor=proposal_world["author"])
        elif change == "hide":
            solution.is_hidden = True
            solution.save(update_fields=["is_hidden"])
        else:
            challenge_set_status(
                challenge=solution.challenge, actor=proposal_world["owner"], status="withdrawn"
            )
    assert "solution" not in client.get("/api/search/", QUERY).json()["facets"]["kind"]


def test_result_cards_say_which_challenge_a_proposal_answers_and_who_posted_a_challenge(
    client, proposal_world
):
    client.force_login(proposal_world["owner"])
    body = client.get("/en/search/", QUERY).content.decode()
    assert "Proposal by Phạm Gia Khiêm for “Cổng dịch vụ công cấp tỉnh”" in body
    body = client.get("/search/", {"q": "cong dich vu cong cap tinh", "kind": "challenge"}).content.decode()
    assert "Do Sở Khoa học và Công nghệ Đà Nẵng đăng" in body


def test_staff_find_every_proposal(client, proposal_world, staff):
    client.force_login(staff)
    assert "solution" in client.get("/api/search/", QUERY).json()["facets"]["kind"]


def test_a_challenge_made_members_only_after_indexing_leaves_a_visitors_results_at_once(
    client, organisation, owner, index_all
):
    from community.models import Challenge, Visibility
    from tests.factories import challenge

    posted = challenge(organisation, owner, title="Số hóa hồ sơ địa chính liên thông")
    index_all()
    assert (
        "Số hóa hồ sơ địa chính liên thông"
        in client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    )
    # Changed without its indexing task having run yet: the document still says "public".
    Challenge.objects.filter(pk=posted.pk).update(visibility=Visibility.MEMBERS)
    assert (
        "Số hóa hồ sơ địa chính liên thông"
        not in client.get("/search/", {"q": "ho so dia chinh"}).content.decode()
    )


def test_related_content_of_an_indexed_object_reads_its_indexed_text_without_queries(
    organisation, owner, index_all, django_assert_num_queries
):
    from community.models import Challenge
    from search.api import more_like_this
    from tests.factories import challenge

    first = challenge(organisation, owner, title="Liên thông bệnh án điện tử tuyến xã")
    second = challenge(organisation, owner, title="Bệnh án điện tử cho trạm y tế xã miền núi")
    index_all()
    fresh = Challenge.objects.get(pk=first.pk)  # organisation, sector and tags not loaded
    with django_assert_num_queries(0):
        hits = more_like_this(fresh, models=[Challenge], load_objects=False)
    assert [hit.pk for hit in hits] == [str(second.pk)]
    # Not indexed (a draft): prepared from the database instead, and still answered.
    draft = challenge(organisation, owner, title="Bệnh án điện tử bản nháp", publish=False)
    related = {hit.pk for hit in more_like_this(draft, models=[Challenge], load_objects=False)}
    assert related == {str(first.pk), str(second.pk)}

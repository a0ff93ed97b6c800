"""Challenge pages through HTTP: who sees and changes what, forms that keep input, fixed query counts."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from community.challenges import services as svc
from community.models import Challenge, ChallengeStatus, Solution, SolutionStatus
from tests.factories import ExpertProfileFactory, OrganisationFactory, challenge, member, province, sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def posted(organisation, org_member):
    return challenge(organisation, org_member)


@pytest.fixture
def proposer(db):
    return ExpertProfileFactory(user__full_name="Trần Quốc Bảo", slug="tran-quoc-bao").user


def _form(organisation, **overrides):
    data = {
        "organisation": organisation.pk,
        "title": "Truy xuất nguồn gốc chè bằng mã QR",
        "description": "Hợp tác xã chè 120 hộ muốn truy xuất nguồn gốc bằng mã QR và bán trên sàn thương mại điện tử.",
        "sector": sector("nong-nghiep").pk,
        "province": province("19").pk,
        "tags": "truy xuất nguồn gốc, thương mại điện tử",
        "budget_max": "200000000",
        "visibility": "public",
        "publish": "on",
    }
    data.update(overrides)
    return data


def test_member_posts_a_challenge_through_the_form(client, organisation, org_member):
    client.force_login(org_member)
    response = client.post(reverse("community:challenge_create"), _form(organisation))
    created = Challenge.objects.get()
    assert response.status_code == 302
    assert response["Location"] == created.get_absolute_url()
    assert created.status == ChallengeStatus.OPEN


def test_bad_challenge_form_keeps_everything_typed(client, organisation, org_member):
    client.force_login(org_member)
    response = client.post(
        reverse("community:challenge_create"), _form(organisation, deadline="2020-01-01", description="ngắn")
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Truy xuất nguồn gốc chè bằng mã QR" in body
    assert "truy xuất nguồn gốc, thương mại điện tử" in body
    assert body.count('class="errorlist"') >= 2
    assert not Challenge.objects.exists()


def test_posting_for_someone_elses_organisation_is_refused(client, organisation, other_owner):
    client.force_login(other_owner)
    response = client.post(reverse("community:challenge_create"), _form(organisation))
    assert not Challenge.objects.exists()
    assert response.status_code in (200, 302)


def test_a_wrong_file_type_is_explained_and_the_form_kept(client, organisation, org_member):
    client.force_login(org_member)
    fake = SimpleUploadedFile("ke-hoach.pdf", b"#!/bin/sh\nrm -rf /\n")
    response = client.post(
        reverse("community:challenge_create"), {**_form(organisation), "attachments": [fake]}
    )
    assert response.status_code == 200
    assert "ke-hoach.pdf" in response.content.decode()
    assert not Challenge.objects.exists()


def test_list_shows_open_public_challenges_and_hides_drafts(client, organisation, org_member):
    challenge(organisation, org_member, title="Thách thức công khai về dữ liệu")
    challenge(organisation, org_member, title="Bản nháp chưa công bố của sở", publish=False)
    body = client.get(reverse("community:challenge_list")).content.decode()
    assert "Thách thức công khai về dữ liệu" in body
    assert "Bản nháp chưa công bố của sở" not in body


def test_members_only_challenge_needs_sign_in(client, organisation, org_member, user):
    private = challenge(organisation, org_member, visibility="members")
    assert client.get(private.get_absolute_url()).status_code == 403
    assert private.title not in client.get(reverse("community:challenge_list")).content.decode()
    client.force_login(user)
    assert client.get(private.get_absolute_url()).status_code == 200


def test_draft_is_404_for_outsiders(client, organisation, org_member, user):
    draft = challenge(organisation, org_member, publish=False)
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_outsider_cannot_edit_or_change_status(client, posted, other_owner):
    client.force_login(other_owner)
    assert client.get(reverse("community:challenge_edit", args=[posted.slug])).status_code == 403
    assert (
        client.post(
            reverse("community:challenge_status", args=[posted.slug]), {"status": "closed"}
        ).status_code
        == 403
    )
    posted.refresh_from_db()
    assert posted.status == ChallengeStatus.OPEN


def test_proposals_are_private_to_the_organisation_and_their_authors(
    client, posted, proposer, user, org_member
):
    svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Giải pháp bí mật",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm chi tiết " * 5,
    )
    client.force_login(user)
    assert "Giải pháp bí mật" not in client.get(posted.get_absolute_url()).content.decode()
    client.force_login(org_member)
    assert "Giải pháp bí mật" in client.get(posted.get_absolute_url()).content.decode()
    client.force_login(proposer)
    assert "Giải pháp bí mật" in client.get(posted.get_absolute_url()).content.decode()


def test_expert_proposes_and_owner_selects_then_marks_solved(client, posted, proposer, owner):
    client.force_login(proposer)
    response = client.post(
        reverse("community:solution_create", args=[posted.slug]),
        {
            "title": "Chuẩn hóa dữ liệu theo HL7 FHIR",
            "summary": "Lộ trình 12 tháng với 5 trạm thí điểm.",
            "approach": "1. Khảo sát\n2. Chuẩn hóa danh mục\n3. Kết nối",
            "timeline": "12 tháng",
            "cost_estimate": "850000000",
        },
    )
    assert response.status_code == 302
    solution = Solution.objects.get()
    client.force_login(owner)
    client.post(
        reverse("community:solution_decide", args=[solution.pk]),
        {"decision": "selected", "feedback": "Phương án rõ ràng và khả thi."},
    )
    solution.refresh_from_db()
    posted.refresh_from_db()
    assert solution.status == SolutionStatus.SELECTED
    assert posted.status == ChallengeStatus.IN_PROGRESS
    response = client.post(
        reverse("community:challenge_solved", args=[posted.slug]),
        {
            "outcome_summary": "Toàn bộ 45 trạm y tế xã đã liên thông.",
            "label_0": "Trạm liên thông",
            "before_0": "0",
            "after_0": "45",
            "unit_0": "trạm",
        },
    )
    assert response.status_code == 302
    posted.refresh_from_db()
    assert posted.status == ChallengeStatus.SOLVED
    assert "45" in client.get(posted.get_absolute_url()).content.decode()


def test_proposer_cannot_decide_their_own_proposal(client, posted, proposer):
    solution = svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm chi tiết " * 5,
    )
    client.force_login(proposer)
    response = client.post(
        reverse("community:solution_decide", args=[solution.pk]),
        {"decision": "selected", "feedback": "Tự chọn mình cho nhanh."},
    )
    assert response.status_code == 403


def test_someone_else_cannot_see_or_edit_a_proposal(client, posted, proposer, user):
    solution = svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm chi tiết " * 5,
    )
    client.force_login(user)
    assert client.get(reverse("community:solution_edit", args=[solution.pk])).status_code == 404


def test_attachment_of_a_private_proposal_is_404_for_others(client, posted, proposer, user):
    pdf = SimpleUploadedFile("de-xuat.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\n")
    solution = svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm chi tiết " * 5,
        attachments=[pdf],
    )
    url = solution.attachments.get().get_absolute_url()
    client.force_login(user)
    assert client.get(url).status_code == 404
    client.force_login(proposer)
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize(
    "params", [{"sector": "khong-co"}, {"sort": "<x>"}, {"page": "-1"}, {"status": "??"}]
)
def test_list_survives_odd_parameters(client, params):
    assert client.get(reverse("community:challenge_list"), params).status_code == 200


def test_list_and_detail_cost_fixed_queries(client, organisation, org_member, django_assert_max_num_queries):
    for i in range(3):
        challenge(organisation, org_member, title=f"Thách thức số hóa quy trình thứ {i}")
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("community:challenge_list"))
    other = OrganisationFactory(slug="so-y-te-hue", province=province("46"))
    author = member(other)
    for i in range(12):
        challenge(other, author, title=f"Thách thức chuyển đổi số y tế thứ {i}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("community:challenge_list"))
    one = Challenge.objects.first()
    # The page also shows matched experts, related case studies and the discussion, each in a fixed number of
    # queries whatever the search index holds; tests/matching and tests/discussion check that they do not grow.
    with django_assert_max_num_queries(30):
        assert client.get(one.get_absolute_url()).status_code == 200


def test_new_accounts_are_rate_limited_when_posting_and_keep_their_text(client, organisation, org_member):
    client.force_login(org_member)  # joined just now: the stricter limit applies
    url = reverse("community:challenge_create")
    for i in range(2):
        assert (
            client.post(url, _form(organisation, title=f"Thách thức về dữ liệu số thứ {i}")).status_code
            == 302
        )
    response = client.post(url, _form(organisation, title="Thách thức thứ ba trong một giờ"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Thách thức thứ ba trong một giờ" in body
    assert Challenge.objects.count() == 2


MARKDOWN = (
    "Hợp tác xã cần **dữ liệu mở** về giá chè; xem [hướng dẫn](https://example.vn/huong-dan) "
    "trước khi đề xuất.\n\n- truy xuất nguồn gốc\n- mã QR & bao bì"
)


def test_challenge_cards_show_the_rendered_words_not_the_markdown(client, organisation, org_member):
    # "**dữ liệu mở**" and "[hướng dẫn](https://…)" showed as typed on /challenges/ and the home page (issue 17).
    challenge(organisation, org_member, description=MARKDOWN)
    html = client.get(reverse("community:challenge_list")).content.decode()
    excerpt = html[html.index('class="excerpt"') :].split("</p>", 1)[0]
    assert "dữ liệu mở" in excerpt and "hướng dẫn" in excerpt
    assert "**" not in excerpt and "](" not in excerpt and "<strong>" not in excerpt
    assert "mã QR &amp; bao bì" in excerpt  # the text's own "&" is escaped once, not twice


def test_challenge_meta_description_is_plain_text(client, organisation, org_member):
    posted = challenge(organisation, org_member, description=MARKDOWN)
    html = client.get(posted.get_absolute_url()).content.decode()
    meta = html[html.index('name="description"') :].split(">", 1)[0]
    assert "dữ liệu mở" in meta and "**" not in meta and "https://example.vn" not in meta

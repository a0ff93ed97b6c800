"""match_experts and challenges_for_expert against a small population: ranking, reasons, exclusions."""

import pytest
from django.utils import translation

from community.challenges.services import challenge_set_status
from community.matching.selectors import challenges_for_expert, match_experts
from community.models import Solution, SolutionStatus
from tests.factories import OrganisationFactory, member

from .factories import expert_with, finance_challenge

pytestmark = pytest.mark.django_db


@pytest.fixture
def population(db):
    best = expert_with(
        name="Phạm Quốc Việt",
        skills=["eKYC", "quản trị dữ liệu"],
        sectors=["tai-chinh-ngan-hang"],
        provinces=["01"],
        verified=True,
        headline="Chuyên gia eKYC ngân hàng",
    )
    good = expert_with(name="Đỗ Ngọc Lan", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], provinces=["79"])
    sector_only = expert_with(
        name="Bùi Văn Hùng", skills=["kế toán"], sectors=["tai-chinh-ngan-hang"], provinces=["48"]
    )
    unrelated = expert_with(
        name="Hồ Thị Hoa", skills=["nông nghiệp thông minh"], sectors=["nong-nghiep"], provinces=["01"]
    )
    return {"best": best, "good": good, "sector_only": sector_only, "unrelated": unrelated}


def test_experts_are_ranked_by_how_well_they_fit(population, organisation, owner):
    challenge = finance_challenge(organisation, owner)
    matches = match_experts(challenge)
    names = [m.expert.pk for m in matches]
    assert names[:3] == [population["best"].pk, population["good"].pk, population["sector_only"].pk]
    assert population["unrelated"].pk not in names
    assert matches[0].score > matches[1].score > matches[2].score


def test_reasons_name_the_shared_skills_sector_and_province(population, organisation, owner):
    challenge = finance_challenge(organisation, owner)
    with translation.override("en"):
        best = match_experts(challenge)[0]
        reasons = best.reasons
    assert reasons[0] == "shared skills: eKYC, quản trị dữ liệu"
    assert "same sector: finance and banking" in reasons
    assert "same province: Hanoi" in reasons
    assert "verified expert" in reasons


def test_skills_match_the_description_without_diacritics(organisation, owner):
    expert = expert_with(skills=["quan tri du lieu"], sectors=["giao-duc"], provinces=["96"])
    challenge = finance_challenge(organisation, owner, tags=[])
    match = next(m for m in match_experts(challenge) if m.expert.pk == expert.pk)
    assert match.signals.shared_skills == ["quan tri du lieu"]


def test_track_record_in_the_same_sector_lifts_an_expert(
    population, organisation, owner, other_organisation, other_owner
):
    old = finance_challenge(other_organisation, other_owner, title="Số hóa hồ sơ tín dụng cho hợp tác xã")
    Solution.objects.create(
        challenge=old,
        author=population["sector_only"].user,
        title="Giải pháp",
        summary="Tóm tắt giải pháp số hóa",
        approach="Cách làm chi tiết từng bước",
        status=SolutionStatus.SELECTED,
    )
    challenge = finance_challenge(organisation, owner)
    with translation.override("en"):
        match = next(m for m in match_experts(challenge) if m.expert.pk == population["sector_only"].pk)
        assert "1 similar challenge solved" in match.reasons
    assert match.signals.solved_same_sector == 1


def test_hidden_unlisted_and_inactive_experts_are_never_matched(organisation, owner):
    unlisted = expert_with(name="Ẩn Danh", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], public=False)
    inactive = expert_with(name="Đã Nghỉ", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], active=False)
    deactivated = expert_with(name="Sẽ Nghỉ", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    challenge = finance_challenge(organisation, owner)
    assert deactivated.pk in [m.expert.pk for m in match_experts(challenge)]
    deactivated.user.is_active = False
    deactivated.user.save(update_fields=["is_active"])
    ids = [m.expert.pk for m in match_experts(challenge)]
    assert unlisted.pk not in ids and inactive.pk not in ids and deactivated.pk not in ids


def test_members_of_the_posting_organisation_are_not_matched(organisation, owner):
    colleague = expert_with(skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    from community.models import Membership

    Membership.objects.create(organisation=organisation, user=colleague.user)
    challenge = finance_challenge(organisation, owner)
    assert colleague.pk not in [m.expert.pk for m in match_experts(challenge)]


def test_unavailable_expert_ranks_below_an_equal_available_one(organisation, owner):
    busy = expert_with(name="Bận Rộn", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"], available=False)
    free = expert_with(name="Rảnh Rỗi", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    challenge = finance_challenge(organisation, owner)
    ids = [m.expert.pk for m in match_experts(challenge)]
    assert ids.index(free.pk) < ids.index(busy.pk)


def test_match_cost_does_not_grow_with_the_population(organisation, owner, django_assert_max_num_queries):
    for i in range(3):
        expert_with(name=f"Chuyên Gia {i}", skills=["eKYC"], sectors=["tai-chinh-ngan-hang"])
    challenge = finance_challenge(organisation, owner)
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as small:
        match_experts(challenge)
    for i in range(30):
        expert_with(
            name=f"Chuyên Gia Thêm {i}",
            skills=["eKYC", f"kỹ năng {i}"],
            sectors=["tai-chinh-ngan-hang"],
            provinces=["01", "79"],
        )
    cache.clear()
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert len(match_experts(challenge)) == 10


def test_results_are_cached_until_a_profile_changes(
    population, organisation, owner, django_assert_num_queries
):
    challenge = finance_challenge(organisation, owner)
    match_experts(challenge)
    with django_assert_num_queries(1):  # only the winners are loaded
        match_experts(challenge)
    population["unrelated"].skills.add("eKYC")
    population["unrelated"].sectors.add(challenge.sector)
    assert population["unrelated"].pk in [m.expert.pk for m in match_experts(challenge)]


def test_challenges_for_expert_ranks_open_challenges(
    population, organisation, owner, other_organisation, other_owner
):
    fit = finance_challenge(organisation, owner)
    other = finance_challenge(
        other_organisation,
        other_owner,
        title="Chuẩn hóa báo cáo tài chính của Sở",
        description="Sở cần chuẩn hóa quy trình báo cáo tài chính và kế toán nội bộ.",
        tags=["báo cáo"],
        province=fit.province.__class__.objects.get(code="48"),
    )
    closed = (
        finance_challenge(
            OrganisationFactory(),
            None or member(OrganisationFactory(), "owner"),
            title="Thách thức đã đóng về eKYC",
        )
        if False
        else None
    )
    matches = challenges_for_expert(population["best"])
    assert [m.challenge.pk for m in matches][:2] == [fit.pk, other.pk]
    assert closed is None
    challenge_set_status(challenge=fit, actor=owner, status="closed")
    assert fit.pk not in [m.challenge.pk for m in challenges_for_expert(population["best"])]


def test_challenges_for_expert_skips_hidden_and_own_organisations(population, organisation, owner):
    hidden = finance_challenge(organisation, owner)
    hidden.is_hidden = True
    hidden.save()
    assert hidden.pk not in [m.challenge.pk for m in challenges_for_expert(population["best"])]
    own = finance_challenge(organisation, owner, title="Thách thức eKYC của chính tổ chức tôi")
    from community.models import Membership

    Membership.objects.create(organisation=organisation, user=population["best"].user)
    assert own.pk not in [m.challenge.pk for m in challenges_for_expert(population["best"])]

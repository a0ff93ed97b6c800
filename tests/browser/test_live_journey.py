"""The platform's central journey across two people at once, over a real websocket (Daphne in-process).

An organisation posts a challenge; a matched expert, signed in in a second browser context, sees the
notification arrive without reloading and proposes a solution; the owner, told at once in turn, selects
it and marks the challenge solved.
"""

import pytest

from community.models import Challenge, ChallengeStatus, Province, Sector, Solution, SolutionStatus
from community.organisations.models import MemberRole
from tests.factories import PASSWORD, ExpertProfileFactory, OrganisationFactory, member

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]


def _sign_in(page, base_url: str, email: str) -> None:
    page.goto(base_url + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/me/")


def _submit(page, button) -> None:
    """Click a form's button and wait for the page the server answers with.

    `wait_for_url` alone is not enough here: a form under the challenge's address already matches the
    pattern, so it would return before the post had been handled.
    """
    with page.expect_navigation(wait_until="load"):
        button.click()


def _context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(20000)
    return context, page


def _wait_for_socket(page) -> None:
    # site.js marks the bell once its websocket is open, so nothing sent after this can be missed.
    page.locator("[data-ws-url][data-ws-state=open]").wait_for(state="attached", timeout=20000)


def test_owner_sees_a_new_proposal_arrive_without_reloading(asgi_live_server, browser):
    organisation = OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Nghệ An", slug="bvdk-nghe-an")
    owner = member(organisation, MemberRole.OWNER, email="owner@bvdk.vn", full_name="Lê Thu Hà")
    from tests.factories import challenge as make_challenge

    challenge = make_challenge(organisation, owner)
    ExpertProfileFactory(user__email="anh@expert.vn", user__full_name="Nguyễn Thị Minh Anh")
    base = asgi_live_server.url

    owner_context, owner_page = _context(browser)
    expert_context, expert_page = _context(browser)
    try:
        _sign_in(owner_page, base, "owner@bvdk.vn")
        _wait_for_socket(owner_page)
        assert not owner_page.locator("[data-bell-count]").is_visible()

        _sign_in(expert_page, base, "anh@expert.vn")
        expert_page.goto(base + challenge.get_absolute_url() + "propose/")
        expert_page.locator("#id_title").fill("Lộ trình liên thông theo chuẩn HL7 FHIR trong 12 tháng")
        expert_page.locator("#id_summary").fill(
            "Chuẩn hoá dữ liệu, kết nối 45 trạm y tế theo ba đợt, đào tạo tại chỗ."
        )
        expert_page.locator("#id_approach").fill(
            "Khảo sát hiện trạng, chọn bộ hồ sơ FHIR, triển khai thí điểm 5 trạm."
        )
        _submit(expert_page, expert_page.locator("main button[type=submit]"))
        expert_page.wait_for_url("**" + challenge.get_absolute_url() + "**")

        # The owner's open page learns of it with no reload: bell count and announcement.
        owner_page.locator("[data-bell-count]").filter(has_text="1").wait_for(state="visible")
        toast = owner_page.locator("[data-toast]")
        toast.wait_for(state="visible")
        assert "Lộ trình liên thông" in toast.inner_text()
    finally:
        owner_context.close()
        expert_context.close()
    assert Solution.objects.filter(challenge=challenge, status=SolutionStatus.SUBMITTED).count() == 1
    assert Challenge.objects.get(pk=challenge.pk).status == ChallengeStatus.OPEN


def test_challenge_to_solution_journey_with_live_notifications(asgi_live_server, browser, shot):
    organisation = OrganisationFactory(name="Bệnh viện Đa khoa tỉnh Nghệ An", slug="bvdk-nghe-an")
    member(organisation, MemberRole.OWNER, email="owner@bvdk.vn", full_name="Lê Thu Hà")
    ExpertProfileFactory(
        user__email="anh@expert.vn",
        user__full_name="Nguyễn Thị Minh Anh",
        slug="nguyen-thi-minh-anh",
        headline="Chuyên gia bệnh án điện tử và liên thông dữ liệu y tế",
        verified=True,
        skills=["bệnh án điện tử", "HL7 FHIR", "liên thông dữ liệu y tế"],
        sectors=[Sector.objects.get(slug="y-te")],
        provinces=[Province.objects.get(code="40")],
    )
    base = asgi_live_server.url
    owner_context, owner_page = _context(browser)
    expert_context, expert_page = _context(browser)
    try:
        # The expert waits on their dashboard, socket open.
        _sign_in(expert_page, base, "anh@expert.vn")
        _wait_for_socket(expert_page)

        # An organisation member posts a challenge.
        _sign_in(owner_page, base, "owner@bvdk.vn")
        owner_page.goto(base + "/challenges/new/")
        owner_page.locator("#id_organisation").select_option(label="Bệnh viện Đa khoa tỉnh Nghệ An")
        owner_page.locator("#id_title").fill("Liên thông bệnh án điện tử HL7 FHIR với 45 trạm y tế xã")
        owner_page.locator("#id_description").fill(
            "Bệnh viện cần liên thông bệnh án điện tử theo chuẩn HL7 FHIR với 45 trạm y tế xã trong 12 tháng."
        )
        owner_page.locator("#id_sector").select_option(label="Y tế")
        owner_page.locator("#id_province").select_option(label="Nghệ An")
        owner_page.locator("#id_tags").fill("bệnh án điện tử, HL7 FHIR")
        owner_page.locator("main form button[type=submit]").last.click()
        owner_page.wait_for_url("**/challenges/lien-thong-**")
        challenge = Challenge.objects.get(organisation=organisation)
        assert challenge.status == ChallengeStatus.OPEN
        _wait_for_socket(owner_page)

        # The matched expert's open page learns of it with no reload, and follows the announcement.
        expert_page.locator("[data-bell-count]").filter(has_text="1").wait_for(state="visible")
        toast = expert_page.locator("[data-toast] a")
        toast.wait_for(state="visible")
        assert "Liên thông bệnh án điện tử" in toast.inner_text()
        shot(expert_page, "journey-expert-notified")
        toast.click()
        expert_page.wait_for_url("**" + challenge.get_absolute_url())
        expert_page.goto(base + challenge.get_absolute_url() + "propose/")
        expert_page.locator("#id_title").fill("Lộ trình liên thông theo chuẩn HL7 FHIR trong 12 tháng")
        expert_page.locator("#id_summary").fill(
            "Chuẩn hoá dữ liệu, kết nối 45 trạm y tế theo ba đợt, đào tạo tại chỗ."
        )
        expert_page.locator("#id_approach").fill(
            "Khảo sát hiện trạng, chọn bộ hồ sơ FHIR, thí điểm 5 trạm rồi nhân rộng."
        )
        _submit(expert_page, expert_page.locator("main button[type=submit]"))
        expert_page.wait_for_url("**" + challenge.get_absolute_url() + "**")
        _wait_for_socket(expert_page)

        # The owner is told at once, selects the proposal with feedback, then marks the challenge solved.
        owner_page.locator("[data-toast] a").filter(has_text="Lộ trình liên thông").wait_for(state="visible")
        owner_page.goto(base + challenge.get_absolute_url())
        owner_page.locator("details.decision-details summary").first.click()
        owner_page.locator("select[name=decision]").first.select_option("selected")
        owner_page.locator("textarea[name=feedback]").first.fill(
            "Lộ trình rõ ràng, phù hợp ngân sách. Mời anh chị triển khai."
        )
        _submit(owner_page, owner_page.locator("form.decision-form button[type=submit]").first)
        assert Challenge.objects.get(pk=challenge.pk).status == ChallengeStatus.IN_PROGRESS

        # The expert hears of the decision live too.
        expert_page.locator("[data-toast] a").filter(has_text="Lộ trình liên thông").wait_for(state="visible")

        _submit(owner_page, owner_page.get_by_role("link", name="Đánh dấu đã giải quyết"))
        owner_page.locator("#id_outcome_summary").fill(
            "45 trạm y tế xã đã liên thông; thời gian chuyển tuyến giảm từ 3 ngày xuống 4 giờ."
        )
        owner_page.locator("#id_label_0").fill("Thời gian chuyển tuyến")
        owner_page.locator("#id_before_0").fill("72")
        owner_page.locator("#id_after_0").fill("4")
        owner_page.locator("#id_unit_0").fill("giờ")
        _submit(owner_page, owner_page.locator("main form button[type=submit]").last)
        shot(owner_page, "journey-challenge-solved")
    finally:
        owner_context.close()
        expert_context.close()
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.SOLVED
    solution = Solution.objects.get(challenge=challenge)
    assert solution.status == SolutionStatus.SELECTED
    assert solution.author.email == "anh@expert.vn"

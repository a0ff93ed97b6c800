"""``manage.py import_content`` / ``export_content``: validation with line numbers, idempotence, exit
status, unknown organisations, unclaimed expert accounts and the export → import round trip."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from community.exchange import export_records, import_lines
from community.exchange.upsert import PLACEHOLDER_DOMAIN, is_unclaimed
from community.models import Challenge, ExpertProfile, Organisation, Solution

pytestmark = pytest.mark.django_db

EXPERT = {
    "kind": "expert", "ref": "exp-001", "name": "TS. Phạm Thu Hà", "headline": "Chuyên gia định danh điện tử",
    "bio": "Mười năm triển khai eKYC cho ngân hàng.", "skills": ["eKYC", "định danh điện tử"],
    "sectors": ["tai-chinh-ngan-hang"], "province": "01",
}  # fmt: skip
CHALLENGE = {
    "kind": "challenge", "ref": "ch-001", "title": "Số hóa hồ sơ bệnh án tại bệnh viện huyện",
    "description": "Bệnh viện huyện cần số hóa hồ sơ bệnh án giấy của mười năm và liên thông với Sở Y tế.",
    "sector": "y-te", "province": "38", "organisation": "Bệnh viện Đa khoa huyện Thọ Xuân",
    "tags": ["bệnh án điện tử", "HL7 FHIR"], "status": "open", "deadline": "2027-03-31",
}  # fmt: skip
SOLUTION = {
    "kind": "solution", "ref": "sol-001", "challenge_ref": "ch-001", "title": "Lộ trình bệnh án điện tử 12 tháng",
    "description": "Khảo sát hiện trạng, chuẩn hóa dữ liệu theo HL7 FHIR.\n\nTriển khai theo ba giai đoạn.",
    "author_ref": "exp-001",
}  # fmt: skip


def lines(*objects):
    return [json.dumps(o, ensure_ascii=False) for o in objects]


def write(tmp_path, *rows):
    path = tmp_path / "content.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    )
    return path


def run(path, **kwargs):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_content", str(path), stdout=out, stderr=err, language="en", **kwargs)
    except CommandError as exc:
        return 1, out.getvalue(), err.getvalue() + str(exc)
    return 0, out.getvalue(), err.getvalue()


def test_imports_experts_challenges_and_solutions_in_dependency_order(tmp_path):
    # The solution comes first in the file; it still finds its challenge and its expert.
    code, out, err = run(write(tmp_path, SOLUTION, CHALLENGE, EXPERT))
    assert code == 0, err
    assert "3 created, 0 updated, 0 unchanged, 0 failed" in out
    challenge = Challenge.objects.get(import_ref="ch-001")
    assert challenge.status == "open"
    assert challenge.visibility == "public"
    assert challenge.published_at is not None
    assert sorted(challenge.tags.names()) == ["HL7 FHIR", "bệnh án điện tử"]
    assert challenge.province.code == "38"
    assert "<p>" in challenge.description_html
    solution = Solution.objects.get(import_ref="sol-001")
    assert solution.challenge == challenge
    assert solution.author.expert_profile.import_ref == "exp-001"
    assert solution.summary == "Khảo sát hiện trạng, chuẩn hóa dữ liệu theo HL7 FHIR."


def test_unknown_organisation_is_created_by_name_once(tmp_path):
    second = {**CHALLENGE, "ref": "ch-002", "title": "Kết nối hồ sơ sức khỏe điện tử với trạm y tế xã"}
    code, _, err = run(write(tmp_path, CHALLENGE, second))
    assert code == 0, err
    organisation = Organisation.objects.get(name="Bệnh viện Đa khoa huyện Thọ Xuân")
    assert organisation.kind == "public_service"
    assert organisation.province.code == "38"
    assert Challenge.objects.filter(organisation=organisation).count() == 2


def test_existing_organisation_is_reused_whatever_the_tone_placement(tmp_path, organisation):
    line = {**CHALLENGE, "organisation": organisation.name.upper()}
    assert run(write(tmp_path, line))[0] == 0
    assert Challenge.objects.get(import_ref="ch-001").organisation == organisation


def test_imported_expert_cannot_sign_in_until_claimed(tmp_path, client):
    assert run(write(tmp_path, EXPERT))[0] == 0
    profile = ExpertProfile.objects.select_related("user").get(import_ref="exp-001")
    user = profile.user
    assert user.full_name == "TS. Phạm Thu Hà"
    assert not user.has_usable_password()
    assert user.email.endswith("@" + PLACEHOLDER_DOMAIN)
    assert is_unclaimed(user)
    assert profile.is_public and user.is_active  # listed and searchable, but no way in
    assert sorted(profile.skills.names()) == ["eKYC", "định danh điện tử"]
    assert [s.slug for s in profile.sectors.all()] == ["tai-chinh-ngan-hang"]
    assert not client.login(email=user.email, password="")
    assert not client.login(email=user.email, password="anything")


def test_running_twice_changes_nothing(tmp_path):
    path = write(tmp_path, EXPERT, CHALLENGE, SOLUTION)
    assert run(path)[0] == 0
    before = {
        "challenge": Challenge.objects.values().get(import_ref="ch-001"),
        "solution": Solution.objects.values().get(import_ref="sol-001"),
        "expert": ExpertProfile.objects.values().get(import_ref="exp-001"),
        "organisations": Organisation.objects.count(),
    }
    code, out, _ = run(path)
    assert code == 0
    assert "0 created, 0 updated, 3 unchanged, 0 failed" in out
    after = {
        "challenge": Challenge.objects.values().get(import_ref="ch-001"),
        "solution": Solution.objects.values().get(import_ref="sol-001"),
        "expert": ExpertProfile.objects.values().get(import_ref="exp-001"),
        "organisations": Organisation.objects.count(),
    }
    assert after == before  # updated_at included: nothing was saved


def test_a_changed_line_updates_its_object(tmp_path):
    assert run(write(tmp_path, EXPERT, CHALLENGE))[0] == 0
    changed = {**CHALLENGE, "status": "in_progress", "tags": ["bệnh án điện tử"]}
    code, out, _ = run(write(tmp_path, EXPERT, changed))
    assert code == 0
    assert "0 created, 1 updated, 1 unchanged" in out
    challenge = Challenge.objects.get(import_ref="ch-001")
    assert challenge.status == "in_progress"
    assert list(challenge.tags.names()) == ["bệnh án điện tử"]
    assert Challenge.objects.count() == 1


def test_bad_lines_are_reported_with_number_and_reason_and_good_lines_imported(tmp_path):
    path = write(
        tmp_path,
        EXPERT,                                                   # 1 ok
        "{not json",                                              # 2
        {**CHALLENGE, "status": "finished"},                      # 3
        {**CHALLENGE, "ref": "ch-009", "province": "99"},         # 4
        {"kind": "webinar", "ref": "w-1"},                        # 5
        {**SOLUTION, "challenge_ref": "nope"},                    # 6
        {**EXPERT, "ref": "exp-002", "sectors": ["y-te"], "titel": "x"},  # 7
        "",                                                       # 8 blank: skipped
        {**CHALLENGE, "ref": "", "deadline": "2027-02-30"},       # 9
        {**EXPERT},                                               # 10 same ref as line 1
        ["a list"],                                               # 11
    )  # fmt: skip
    code, out, err = run(path)
    assert code == 1
    assert "1 created" in out
    assert "9 failed" in out
    assert "line 2: not valid JSON" in err
    assert "line 3 (challenge ch-001): status: must be one of: open, in_progress, solved, closed" in err
    assert "line 4 (challenge ch-009): province: unknown province code “99”" in err
    assert "line 5: kind: must be one of" in err
    assert "line 6 (solution sol-001): challenge_ref: no challenge has the reference “nope”" in err
    assert "line 7 (expert exp-002): titel: is not a field of expert" in err
    assert "line 9 (challenge): ref: is required; deadline: is not a real date" in err
    assert "line 10 (expert exp-001): ref: “exp-001” already appears on line 1" in err
    assert "line 11: each line must be a JSON object" in err
    assert "line 8" not in err
    assert ExpertProfile.objects.filter(import_ref="exp-001").exists()
    assert not Challenge.objects.exists()


def test_missing_required_fields_are_named(tmp_path):
    code, _, err = run(write(tmp_path, {"kind": "challenge", "ref": "c1", "title": "Ngắn"}))
    assert code == 1
    assert "title: must be at least 10 characters long" in err
    for name in ("description", "sector", "province", "organisation"):
        assert f"{name}: is required" in err


def test_dry_run_writes_nothing(tmp_path):
    code, out, _ = run(write(tmp_path, EXPERT, CHALLENGE), dry_run=True)
    assert code == 0
    assert "2 created" in out and "dry run" in out
    assert not Challenge.objects.exists() and not ExpertProfile.objects.exists()


def test_missing_file_is_a_clear_error(tmp_path):
    code, _, err = run(tmp_path / "missing.jsonl")
    assert code == 1
    assert "Cannot read" in err


def test_solution_clash_with_another_solution_of_the_same_expert(tmp_path):
    other = {**SOLUTION, "ref": "sol-002", "title": "Một đề xuất khác cho cùng thách thức"}
    code, _, err = run(write(tmp_path, EXPERT, CHALLENGE, SOLUTION, other))
    assert code == 1
    assert "already proposed a solution" in err
    assert Solution.objects.count() == 1


def test_export_then_import_round_trip(tmp_path):
    assert run(write(tmp_path, EXPERT, CHALLENGE, SOLUTION))[0] == 0
    target = tmp_path / "export.jsonl"
    out = StringIO()
    call_command("export_content", str(target), stdout=out)
    exported = [json.loads(line) for line in target.read_text().splitlines()]
    by_ref = {row["ref"]: row for row in exported}
    assert by_ref["ch-001"] == CHALLENGE | {"tags": sorted(CHALLENGE["tags"])}
    assert by_ref["exp-001"] == EXPERT | {"skills": sorted(EXPERT["skills"])}
    assert by_ref["sol-001"] == SOLUTION
    # Importing the export back changes nothing.
    code, out, _ = run(target)
    assert code == 0
    assert " 0 created, 0 updated" in " " + out
    # On an empty site, the export recreates the same content.
    Solution.objects.all().delete()
    Challenge.objects.all().delete()
    ExpertProfile.objects.all().delete()
    assert run(target)[0] == 0
    again = [row for row in export_records() if row["kind"] in {"expert", "challenge", "solution"}]
    assert {row["ref"]: row for row in again} == {
        k: v for k, v in by_ref.items() if v["kind"] in {"expert", "challenge", "solution"}
    }


def test_export_leaves_out_what_visitors_cannot_see(organisation, owner):
    from tests.factories import ExpertProfileFactory, challenge

    visible = challenge(organisation, owner)
    hidden = challenge(organisation, owner, title="Thách thức bị ẩn bởi điều phối viên")
    Challenge.objects.filter(pk=hidden.pk).update(is_hidden=True)
    ExpertProfileFactory(slug="an-danh", is_public=False)
    refs = {row["ref"] for row in export_records()}
    assert f"challenge:{visible.slug}" in refs
    assert f"challenge:{hidden.slug}" not in refs
    assert "expert:an-danh" not in refs


def test_site_made_content_exported_and_imported_back_is_not_duplicated(tmp_path, organisation, owner):
    from tests.factories import challenge

    made = challenge(organisation, owner)
    target = tmp_path / "export.jsonl"
    call_command("export_content", str(target), stdout=StringIO())
    assert run(target)[0] == 0
    assert Challenge.objects.count() == 1
    made.refresh_from_db()
    assert made.import_ref == f"challenge:{made.slug}"
    assert "0 created, 0 updated" in run(target)[1]


def test_import_lines_api_reports_outcomes():
    report = import_lines(lines(EXPERT, {"kind": "expert"}))
    assert [(o.line, o.outcome) for o in report.outcomes] == [(1, "created"), (2, "error")]
    assert not report.ok


CASE_STUDY = {
    "kind": "case_study", "ref": "cs-001", "title": "Bệnh án điện tử tại Bệnh viện Đa khoa tỉnh Thanh Hóa",
    "summary": "Bệnh viện bỏ bệnh án giấy sau 18 tháng triển khai bệnh án điện tử.",
    "body": "Năm 2023, bệnh viện bắt đầu số hóa.\n\nSau 18 tháng, toàn bộ khoa dùng bệnh án điện tử.",
    "sector": "y-te", "province": "38", "organisation": "Bệnh viện Đa khoa tỉnh Thanh Hóa",
    "tags": ["bệnh án điện tử"], "published_at": "2025-06-30",
}  # fmt: skip
TOPIC = {
    "kind": "forum_topic", "ref": "ft-001", "title": "Kinh nghiệm chọn nhà cung cấp bệnh án điện tử?",
    "body": "Bệnh viện huyện chúng tôi đang chọn nhà cung cấp bệnh án điện tử, mong các anh chị chia sẻ kinh nghiệm.",
    "sector": "y-te", "tags": ["bệnh án điện tử"],
}  # fmt: skip


def test_case_studies_and_forum_topics_go_through_their_services_and_are_idempotent(tmp_path):
    from cms.models import CaseStudyPage
    from community.forum.models import Topic

    path = write(tmp_path, CASE_STUDY, TOPIC)
    code, out, err = run(path)
    assert code == 0, err
    assert "2 created" in out
    page = CaseStudyPage.objects.get(import_ref="cs-001")
    assert page.live
    assert timezone.localtime(page.first_published_at).date().isoformat() == "2025-06-30"
    assert page.organisation.name == "Bệnh viện Đa khoa tỉnh Thanh Hóa"
    topic = Topic.objects.get(import_ref="ft-001")
    assert topic.category.sector.slug == "y-te"
    code, out, _ = run(path)
    assert code == 0
    assert "0 created, 0 updated, 2 unchanged" in out
    exported = {row["ref"]: row for row in export_records()}
    assert exported["cs-001"] == CASE_STUDY
    assert exported["ft-001"] == TOPIC


def test_service_validation_errors_are_reported_on_their_line(tmp_path):
    code, _, err = run(write(tmp_path, {**TOPIC, "title": "Ngắn"}))
    assert code == 1
    assert "line 1 (forum_topic ft-001): title:" in err

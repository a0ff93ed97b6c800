"""seed_demo: the lively demo site, demo accounts that sign in, idempotent reruns and bounded --scale volumes."""

import itertools
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from community.demo import data, generator
from community.models import ExpertProfile, Invitation, Membership, Organisation, Sector, TaggedSkill, User
from community.organisations.models import MemberRole, OrganisationKind
from community.organisations.services import pending_invitations_for

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEMO_EMAILS = [email for email, *_ in data.DEMO_ACCOUNTS]


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """Counts and timestamps that a rerun must leave exactly as they were."""
    return {
        "counts": {
            model.__name__: model.objects.count()
            for model in (
                User,
                EmailAddress,
                Organisation,
                Membership,
                ExpertProfile,
                Invitation,
                TaggedSkill,
            )
        },
        "org_updated": dict(Organisation.objects.values_list("slug", "updated_at")),
        "expert_updated": dict(ExpertProfile.objects.values_list("slug", "updated_at")),
        "passwords": dict(User.objects.values_list("email", "password")),
        "invitations": sorted(Invitation.objects.values_list("token", flat=True)),
        "org_sectors": sorted(Organisation.sectors.through.objects.values_list("pk", flat=True)),
        "expert_skills": sorted(TaggedSkill.objects.values_list("pk", flat=True)),
    }


def _check_lively_site(output: str) -> None:
    orgs = Organisation.objects.all()
    assert orgs.count() >= 34
    assert set(orgs.values_list("kind", flat=True)) == set(OrganisationKind.values)
    assert orgs.values("province").distinct().count() >= 15
    key_sectors = set(Sector.objects.filter(is_key_sector=True).values_list("slug", flat=True))
    assert len(key_sectors) == 8
    assert key_sectors <= set(
        Sector.objects.filter(organisations__isnull=False).values_list("slug", flat=True)
    )
    assert key_sectors <= set(Sector.objects.filter(experts__isnull=False).values_list("slug", flat=True))
    assert 0.55 <= orgs.filter(verified=True).count() / orgs.count() <= 0.8
    assert all(o.website.startswith("https://") and o.website.endswith(".example.vn") for o in orgs)
    for org in orgs:
        roles = list(org.memberships.values_list("role", flat=True))
        assert roles.count(MemberRole.OWNER) == 1, org.slug
        assert len(roles) <= 5, org.slug
    assert Organisation.objects.get(name="Sở Khoa học và Công nghệ Đà Nẵng").verified

    experts = ExpertProfile.objects.select_related("user")
    assert experts.count() >= 60
    for expert in experts:
        assert expert.headline and expert.bio.count(".") >= 2
        assert "vi" in expert.languages
        assert 1 <= expert.sectors.count() <= 3 and 1 <= expert.provinces.count() <= 3
        assert expert.skills.exists()
    assert any(ch in "ăâđêôơưáàảãạ" for e in experts for ch in e.user.full_name.lower())
    assert experts.exclude(honorific="").count() >= 30
    assert experts.filter(user__memberships__isnull=False).distinct().count() > experts.count() / 2
    bao = experts.get(user__full_name="Trần Quốc Bảo")
    assert bao.honorific == "TS." and "IoT" in bao.skills.names()
    minh_anh = experts.get(user__email="expert@dxconnect.vn")
    assert minh_anh.display_name == "ThS. Nguyễn Thị Minh Anh"
    assert set(minh_anh.provinces.values_list("name_vi", flat=True)) == {"Hà Nội", "Bắc Ninh"}

    # Everyone seeded can sign in: a verified primary address per account.
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == User.objects.count()
    pending = [i for i in Invitation.objects.all() if i.is_pending]
    assert len(pending) >= 5
    assert "organisations: " in output and "demo12345" in output


def _check_demo_accounts(client) -> None:
    for email in DEMO_EMAILS:
        assert authenticate(email=email, password=data.DEMO_PASSWORD) is not None, email
    admin = User.objects.get(email="admin@dxconnect.vn")
    assert admin.is_superuser and admin.is_staff and admin.full_name == "Quản trị viên DX Connect"
    editor = User.objects.get(email="editor@dxconnect.vn")
    assert editor.is_staff and not editor.is_superuser
    assert editor.groups.filter(name=data.EDITORS_GROUP).exists()
    assert editor.has_perm("wagtailadmin.access_admin")
    owner = Membership.objects.get(user__email="org@dxconnect.vn", role=MemberRole.OWNER)
    assert owner.organisation.verified
    member = User.objects.get(email="member@dxconnect.vn")
    assert not member.memberships.exists()
    assert [i.organisation.slug for i in pending_invitations_for(member)] == ["so-khcn-da-nang"]

    response = client.post(
        reverse("account_login"), {"login": "member@dxconnect.vn", "password": "demo12345"}
    )
    assert response.status_code == 302
    assert client.get(reverse("community:dashboard")).status_code == 200


def test_reruns_change_nothing_restore_passwords_and_scale_once(django_capture_on_commit_callbacks):
    """One seeding costs ~30 s, so every rerun property is checked on the same four runs."""
    seed()
    before = snapshot()
    challenges_before = challenge_snapshot()
    with django_capture_on_commit_callbacks() as callbacks:
        output = seed()
    assert snapshot() == before
    assert callbacks == []  # no saves, so no search-index updates or e-mails are queued
    assert re.search(r"^  organisations: \d+ \(0 new\)$", output, re.M)
    assert re.search(r"^  experts: \d+ \(0 new\)$", output, re.M)
    assert " updated" not in output
    # ... every fixture line is "unchanged" the second time: no kind reports anything new
    assert re.findall(r"\((\d+) new", output) and set(re.findall(r"\((\d+) new", output)) == {"0"}
    # ... and no new challenges, proposals or history
    assert challenge_snapshot() == challenges_before
    assert re.search(r"^  challenges: \d+ \(0 new\)$", output, re.M)
    assert re.search(r"^  challenge proposals: \d+ \(0 new\)$", output, re.M)
    # ... the English home page exists once
    _check_english_home_page_once()
    # ... and a third run, with --scale 1, puts back a demo password someone changed and adds the volumes once.
    user = User.objects.get(email="org@dxconnect.vn")
    user.set_password("something-else")
    user.save()
    _check_scale_one_adds_the_documented_volumes_once()
    assert authenticate(email="org@dxconnect.vn", password=data.DEMO_PASSWORD) is not None


def _check_english_home_page_once() -> None:
    from wagtail.models import Locale

    from cms.models import HomePage

    english = HomePage.objects.filter(locale=Locale.objects.get(language_code="en"))
    assert english.count() == 1
    page = english.get()
    assert page.live and page.title == "DX Connect"
    assert page.hero_title.startswith("Co-creating")
    assert page.translation_key == HomePage.objects.get(locale__language_code="vi").translation_key


def _check_scale_one_adds_the_documented_volumes_once() -> None:
    before = snapshot()["counts"]
    seed("--scale", "1")
    after = snapshot()["counts"]
    assert after["User"] - before["User"] == generator.EXPERTS_PER_SCALE == 1000
    assert after["EmailAddress"] - before["EmailAddress"] == 1000
    assert after["ExpertProfile"] - before["ExpertProfile"] == 1000
    assert after["Organisation"] - before["Organisation"] == generator.ORGANISATIONS_PER_SCALE == 200
    assert after["Membership"] - before["Membership"] == 200
    assert after["TaggedSkill"] > before["TaggedSkill"] + 3000
    generated = User.objects.filter(email__startswith="gen-expert-")
    assert not any(u.has_usable_password() for u in generated)
    assert generated.get(email="gen-expert-000001@demo.dxconnect.vn").full_name
    org = Organisation.objects.get(slug="gen-org-000001")
    assert org.memberships.get().user.email == "gen-expert-000001@demo.dxconnect.vn"
    assert org.sectors.exists()
    profile = ExpertProfile.objects.get(slug="gen-expert-000500")
    assert profile.sectors.exists() and profile.provinces.exists() and profile.skills.exists()

    seed("--scale", "1")
    assert snapshot()["counts"] == after


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "", 0, -3, True])
def test_bad_scale_is_a_command_error(value):
    with pytest.raises(CommandError, match="--scale"):
        call_command("seed_demo", scale=value, stdout=StringIO())
    assert not Organisation.objects.exists()


def test_bad_scale_on_the_command_line_is_rejected_before_seeding():
    with pytest.raises(CommandError, match="whole number"):
        call_command("seed_demo", "--scale", "ten", stdout=StringIO())


VOLUME_DIGEST = """
import hashlib, json, os
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
django.setup()
import factory.random
from community.demo.factories.experts import GeneratedExpertFactory, GeneratedUserFactory
from community.demo.factories.organisations import GeneratedOrganisationFactory
factory.random.reseed_random("dx-connect-scale|1")
blob = []
for i in (1, 2, 777):
    user = GeneratedUserFactory.build(number=i)
    expert = GeneratedExpertFactory.build(number=i, skill="IoT", sector_name="y tế")
    blob.append([user.email, user.full_name, expert.slug, expert.honorific, expert.headline, expert.bio])
for j in (1, 99):
    org = GeneratedOrganisationFactory.build(number=j, place="Đà Nẵng")
    blob.append([org.slug, org.kind, org.name, org.website, org.verified])
print(hashlib.sha256(json.dumps(blob, ensure_ascii=False, sort_keys=True).encode()).hexdigest())
"""


def test_generated_volumes_are_the_same_on_every_machine():
    # Different hash seeds stand in for different machines: nothing may depend on hash order or time.
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", VOLUME_DIGEST],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout.strip())
    assert len(digests) == 1 and len(next(iter(digests))) == 64


# --- Challenges ------------------------------------------------------------------------------------


def challenge_snapshot() -> dict:
    from community.models import Challenge, ChallengeFollow, ChallengeStatusChange, ExpertInvitation, Solution

    return {
        "counts": {
            model.__name__: model.objects.count()
            for model in (Challenge, Solution, ChallengeStatusChange, ExpertInvitation, ChallengeFollow)
        },
        "challenges": dict(Challenge.objects.values_list("slug", "updated_at")),
        "solutions": sorted(Solution.objects.values_list("pk", "status", "updated_at")),
        "invitations": sorted(ExpertInvitation.objects.values_list("pk", "status", "responded_at")),
    }


def _check_challenges_across_the_key_sectors() -> None:
    from django.utils import timezone

    from community.models import Challenge, ChallengeStatus, SolutionStatus

    challenges = Challenge.objects.select_related("organisation", "sector")
    assert challenges.count() >= 40
    key_sectors = set(Sector.objects.filter(is_key_sector=True).values_list("slug", flat=True))
    per_sector = {slug: challenges.filter(sector__slug=slug).count() for slug in key_sectors}
    assert len(per_sector) == 8 and min(per_sector.values()) >= 5, per_sector
    statuses = set(challenges.values_list("status", flat=True))
    assert len(statuses) >= 4
    assert {ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED} <= statuses
    assert challenges.filter(status=ChallengeStatus.OPEN).count() > challenges.count() / 2
    assert any(ch in "ăâđêôơưáàảãạệợố" for c in challenges for ch in c.title.lower())
    today = timezone.localdate()

    for challenge in challenges:
        members = set(challenge.organisation.memberships.values_list("user_id", flat=True))
        assert challenge.author_id in members, challenge.slug
        history = list(challenge.status_changes.order_by("created_at", "pk"))
        assert history[0].from_status == "" and history[-1].to_status == challenge.status, challenge.slug
        for before, after in itertools.pairwise(history):
            assert before.to_status == after.from_status, challenge.slug
            assert after.to_status in Challenge(status=before.to_status).allowed_transitions(), challenge.slug
        solutions = list(challenge.solutions.all())
        if challenge.status == ChallengeStatus.DRAFT:
            assert not solutions and challenge.published_at is None
            continue
        assert 1 <= len(solutions) <= 4, challenge.slug
        assert challenge.created_at < timezone.now() - timezone.timedelta(days=1)
        for solution in solutions:
            team = {solution.author_id, *solution.co_authors.values_list("pk", flat=True)}
            assert not team & members, f"{challenge.slug}: proposal by a member of the posting organisation"
            assert hasattr(solution.author, "expert_profile")
            assert solution.created_at >= challenge.created_at
            assert challenge.followers.filter(pk=solution.author_id).exists()
            if solution.status in (SolutionStatus.DECLINED, SolutionStatus.SHORTLISTED):
                assert len(solution.feedback) >= 10
        selected = [s for s in solutions if s.status == SolutionStatus.SELECTED]
        if challenge.status in (ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED):
            assert len(selected) == 1, challenge.slug
        else:
            assert not selected, challenge.slug
        if challenge.status == ChallengeStatus.OPEN and challenge.deadline:
            assert challenge.deadline > today, challenge.slug
        if challenge.status == ChallengeStatus.SOLVED:
            assert challenge.outcome_summary
            assert 1 <= len(challenge.outcome_figures) <= 3
            assert all(f["label"] and f["before"] and f["after"] for f in challenge.outcome_figures)
        assert challenge.followers.filter(pk=challenge.author_id).exists()

    assert challenges.filter(status=ChallengeStatus.DRAFT).count() == 2
    assert challenges.filter(status=ChallengeStatus.WITHDRAWN).count() == 1
    assert challenges.filter(visibility="members").exists()
    assert Challenge.objects.filter(solutions__co_authors__isnull=False).exists()
    from community.models import ExpertInvitation

    assert {"pending", "accepted", "declined"} <= set(
        ExpertInvitation.objects.values_list("status", flat=True)
    )
    tea = Challenge.objects.get(slug="truy-xuat-nguon-goc-ma-qr-va-ban-che-tren-san-tmdt")
    assert tea.budget_max == 200_000_000 and "mã QR" in tea.tags.names()
    assert "<strong>" in tea.description_html


def test_one_seeding_builds_a_lively_site_with_working_accounts_and_no_email(
    client, django_capture_on_commit_callbacks
):
    """The read-only checks of one default seeding (each seeding costs ~30 s, so they share it)."""
    from django.core import mail

    from community.models import Notification, NotificationKind

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        output = seed()
    # Bells are filled (proposals, decisions) but nobody is e-mailed, Wagtail's workflow mail included.
    assert Notification.objects.filter(kind=NotificationKind.NEW_PROPOSAL).exists()
    assert mail.outbox == []
    _check_lively_site(output)
    _check_challenges_across_the_key_sectors()
    _check_demo_accounts(client)


CHALLENGE_DIGEST = """
import hashlib, json
from dataclasses import asdict
from community.demo import challenges
blob = [asdict(p) for p in challenges.challenge_plan()]
print(hashlib.sha256(json.dumps(blob, ensure_ascii=False, sort_keys=True).encode()).hexdigest())
"""


def test_challenge_plan_is_the_same_on_every_machine():
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", CHALLENGE_DIGEST],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout.strip())
    assert len(digests) == 1 and len(next(iter(digests))) == 64

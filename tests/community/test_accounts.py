"""Accounts through allauth: sign-up with verification, e-mail log-in, limits, data download, deletion."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from community.models import Organisation, User
from community.organisations.models import MemberRole
from tests.factories import PASSWORD, ExpertProfileFactory, UserFactory, member

pytestmark = pytest.mark.django_db


def test_sign_up_requires_verifying_the_email_before_signing_in(client):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "minhanh@example.vn",
            "password1": "Chuyen-doi-so-2026",
            "password2": "Chuyen-doi-so-2026",
            "full_name": "Nguyễn Thị Minh Anh",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="minhanh@example.vn")
    assert user.full_name == "Nguyễn Thị Minh Anh"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    # Not signed in until the link is followed.
    assert client.get(reverse("community:dashboard")).status_code == 302
    link = re.search(r"https?://[^\s]+/account/confirm-email/[^\s]+", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[-1]
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified


def test_log_in_by_email_and_password(client):
    UserFactory(email="bao@example.vn")
    response = client.post(reverse("account_login"), {"login": "bao@example.vn", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("community:dashboard")).status_code == 200


def test_log_in_with_an_unverified_email_is_held_back(client):
    UserFactory(email="chua@example.vn", verified_email=False)
    client.post(reverse("account_login"), {"login": "chua@example.vn", "password": PASSWORD})
    assert client.get(reverse("community:dashboard")).status_code == 302


@pytest.mark.parametrize(
    "password, reason",
    [
        ("abc123", "short"),
        ("password123", "common"),
        ("12345678901", "numeric"),
        ("minhanh2026", "similar"),
    ],
)
def test_weak_passwords_are_refused(client, password, reason):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "minhanh2026@example.vn",
            "password1": password,
            "password2": password,
            "full_name": "Minh Anh",
        },
    )
    assert response.status_code == 200, reason
    assert not User.objects.filter(email="minhanh2026@example.vn").exists()
    assert "minhanh2026@example.vn" in response.content.decode()  # the typed address is kept


def test_repeated_failed_logins_are_rate_limited(client):
    UserFactory(email="target@example.vn")
    url = "/en/account/login/"
    bodies = [
        client.post(url, {"login": "target@example.vn", "password": "sai-mat-khau"}).content.decode()
        for _ in range(6)
    ]
    assert "Too many failed login attempts" not in bodies[0]
    assert "Too many failed login attempts" in bodies[-1]
    # Even the right password is refused while the limit holds.
    right = client.post(url, {"login": "target@example.vn", "password": PASSWORD})
    assert "Too many failed login attempts" in right.content.decode()
    assert client.get(reverse("community:dashboard")).status_code == 302


def test_password_reset_sends_an_email(client):
    UserFactory(email="quen@example.vn")
    client.post(reverse("account_reset_password"), {"email": "quen@example.vn"})
    assert len(mail.outbox) == 1
    assert "/account/password/reset/key/" in mail.outbox[0].body


def test_account_pages_render_for_a_signed_in_user(client, user):
    client.force_login(user)
    for name in [
        "account_email",
        "account_change_password",
        "mfa_index",
        "usersessions_list",
        "community:profile_edit",
        "community:account_delete",
    ]:
        response = client.get(reverse(name))
        assert response.status_code == 200, name


def test_totp_activation_asks_for_the_password_then_shows_a_secret(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert reverse("account_reauthenticate") in client.get(reverse("mfa_activate_totp"))["Location"]
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert response.context["totp_url"].startswith("otpauth://totp/")
    assert "issuer=DX%20Connect" in response.context["totp_url"]
    assert response.context["totp_svg_data_uri"] in response.content.decode()


def test_sessions_page_lists_the_current_session(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    body = client.get(reverse("usersessions_list")).content.decode()
    assert "127.0.0.1" in body


def test_download_my_data_returns_json_with_everything_personal(client, organisation):
    person = member(organisation, MemberRole.OWNER, email="xuat@example.vn", full_name="Bùi Ngọc Lan")
    ExpertProfileFactory(user=person, headline="Chuyên gia GIS nông nghiệp")
    client.force_login(person)
    response = client.get(reverse("community:account_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "xuat@example.vn"
    assert data["account"]["full_name"] == "Bùi Ngọc Lan"
    assert data["memberships"][0]["organisation"] == organisation.name
    assert data["expert_profile"]["headline"] == "Chuyên gia GIS nông nghiệp"


def test_download_my_data_needs_sign_in(client):
    assert client.get(reverse("community:account_export")).status_code == 302


def test_delete_account_needs_the_right_confirmation(client, user):
    client.force_login(user)
    response = client.post(reverse("community:account_delete"), {"confirm": "nham@example.vn"})
    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()
    response = client.post(reverse("community:account_delete"), {"confirm": user.email.upper()})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_deleting_the_sole_owner_hands_the_organisation_to_an_admin(client, organisation, owner, org_admin):
    client.force_login(owner)
    client.post(reverse("community:account_delete"), {"confirm": owner.email})
    organisation.refresh_from_db()
    assert organisation.memberships.get(user=org_admin).role == MemberRole.OWNER


def test_deleting_the_sole_owner_without_admins_deletes_the_organisation(client, organisation, owner):
    client.force_login(owner)
    client.post(reverse("community:account_delete"), {"confirm": owner.email})
    assert not Organisation.objects.filter(pk=organisation.pk).exists()


def test_allauth_pages_speak_vietnamese_and_english(client):
    vi = client.get("/account/login/").content.decode()
    en = client.get("/en/account/login/").content.decode()
    assert "Đăng nhập" in vi
    assert 'lang="vi"' in vi
    assert "Sign In" in en or "Sign in" in en
    assert 'lang="en"' in en

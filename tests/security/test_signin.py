"""Every sign-in goes through allauth: the admin sites' own login pages create no session."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Permission

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ADMIN_LOGINS = ["/admin/login/", "/django-admin/login/"]
# Wagtail's front-end sign-in for private pages, in both languages.
OTHER_LOGINS = ["/_util/login/", "/en/_util/login/"]


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def superuser(db):
    return UserFactory(email="quantri@example.vn", is_staff=True, is_superuser=True)


@pytest.fixture
def editor(db):
    user = UserFactory(email="bientap@example.vn")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    return user


@pytest.mark.parametrize("url", ADMIN_LOGINS)
def test_admin_login_pages_redirect_to_allauth_keeping_next(client, url):
    response = client.get(url, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fadmin%2Fpages%2F"


@pytest.mark.parametrize(
    "url, default", [("/admin/login/", "/admin/"), ("/django-admin/login/", "/django-admin/")]
)
def test_admin_login_pages_drop_a_next_to_another_site(client, url, default):
    response = client.get(url, {"next": "https://evil.example/phish"})
    assert response["Location"].endswith("next=" + default.replace("/", "%2F"))


@pytest.mark.parametrize("url", ADMIN_LOGINS + OTHER_LOGINS)
def test_posting_the_right_password_to_an_old_login_page_creates_no_session(client, superuser, url):
    response = client.post(url, {"username": superuser.email, "password": PASSWORD, "next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"].split("?")[0] in {"/account/login/", "/en/account/login/"}
    assert not _signed_in(client)
    assert client.get("/admin/").status_code == 302
    assert client.get("/django-admin/").status_code == 302


def test_an_unverified_account_gets_no_session_through_the_admin_login(client):
    user = UserFactory(email="chuaxacminh@example.vn", verified_email=False)
    client.post("/admin/login/", {"username": user.email, "password": PASSWORD})
    assert not _signed_in(client)


def test_a_totp_account_must_still_pass_the_second_factor(client, superuser):
    TOTP.activate(superuser, generate_totp_secret())
    client.post("/admin/login/", {"username": superuser.email, "password": PASSWORD})
    assert not _signed_in(client)
    response = client.post("/account/login/?next=/admin/", {"login": superuser.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/account/2fa/authenticate/")
    assert not _signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_staff_reach_both_admin_sites_after_signing_in_through_allauth(client, superuser):
    response = client.post(
        "/account/login/", {"login": superuser.email, "password": PASSWORD, "next": "/admin/"}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 200


def test_an_editor_reaches_the_wagtail_admin_but_not_the_django_admin(client, editor):
    client.post("/account/login/", {"login": editor.email, "password": PASSWORD})
    assert client.get("/admin/").status_code == 200
    assert client.get("/django-admin/").status_code == 403


@pytest.mark.parametrize(
    "url", ["/admin/", "/admin/pages/", "/django-admin/", "/django-admin/community/user/"]
)
def test_a_signed_in_member_without_admin_access_gets_a_translated_403_not_a_loop(client, url):
    member = UserFactory(email="thanhvien@example.vn")
    client.force_login(member)
    response = client.get(url)
    assert response.status_code == 403
    assert "Tài khoản của bạn không có quyền vào khu vực quản trị" in response.content.decode()
    # The sign-in page would send a signed-in person straight back: it must not be in the chain.
    assert not response.has_header("Location")


def test_the_admin_403_page_follows_the_readers_language(client):
    client.force_login(UserFactory(email="reader@example.vn"))
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "Your account has no access to the administration area" in response.content.decode()


def test_wagtail_password_reset_pages_send_people_to_allauth(client):
    for url in ["/admin/password_reset/", "/admin/password_reset/confirm/abc/def/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/account/password/reset/"
    assert (
        client.post("/admin/password_reset/", {"email": "x@example.vn"})["Location"]
        == "/account/password/reset/"
    )


def test_django_admin_password_change_goes_to_allauth(client, superuser):
    client.force_login(superuser)
    assert client.get("/django-admin/password_change/")["Location"] == "/account/password/change/"


@pytest.mark.parametrize("url", OTHER_LOGINS)
def test_wagtails_front_end_login_redirects_to_allauth_keeping_next(client, url):
    response = client.get(url, {"next": "/bao-cao/"})
    assert response.status_code == 302
    assert response["Location"].endswith("/account/login/?next=%2Fbao-cao%2F")

"""Rate limits count the real client: behind nginx every request comes from one address, and the client is
the last address nginx appends to X-Forwarded-For (ALLAUTH_TRUSTED_PROXY_COUNT, from TRUSTED_PROXY_COUNT)."""

import itertools

import pytest
from django.test import override_settings

from community.core.ratelimit import LIMITS, RateLimited, check_and_count
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ALICE = "198.51.100.7"
BOB = "198.51.100.8"
_n = itertools.count()


def _signup(client, ip):
    i = next(_n)
    return client.post(
        "/en/account/signup/",
        {
            "email": f"moi{i}@example.vn",
            "password1": "Chuyen-doi-so-2026",
            "password2": "Chuyen-doi-so-2026",
            "full_name": "Nguyễn Văn Mới",
        },
        HTTP_X_FORWARDED_FOR=ip,
    )


def _login(client, ip):
    return client.post(
        "/en/account/login/", {"login": f"ai{next(_n)}@example.vn", "password": "x"}, HTTP_X_FORWARDED_FOR=ip
    )


def _reset_password(client, ip):
    return client.post(
        "/en/account/password/reset/", {"email": f"quen{next(_n)}@example.vn"}, HTTP_X_FORWARDED_FOR=ip
    )


def _reset_password_from_key(client, ip):
    return client.post(
        "/en/account/password/reset/key/1-sai-khoa/",
        {"password1": "Chuyen-doi-so-2026", "password2": "Chuyen-doi-so-2026"},
        HTTP_X_FORWARDED_FOR=ip,
    )


@pytest.mark.parametrize(
    "action, send",
    [
        ("signup", _signup),
        ("login", _login),
        ("reset_password", _reset_password),
        ("reset_password_from_key", _reset_password_from_key),
    ],
)
def test_each_allauth_limiter_counts_clients_behind_the_proxy_apart(client, action, send):
    with override_settings(ACCOUNT_RATE_LIMITS={action: "2/m/ip"}, ALLAUTH_TRUSTED_PROXY_COUNT=1):
        assert [send(client, ALICE).status_code != 429 for _ in range(2)] == [True, True]
        assert send(client, ALICE).status_code == 429
        # Another visitor behind the same nginx (same REMOTE_ADDR) is not locked out by Alice.
        assert send(client, BOB).status_code != 429
        # Alice cannot escape by forging an earlier hop: nginx appends her real address last.
        assert send(client, f"203.0.113.1, {ALICE}").status_code == 429


def test_failed_logins_are_counted_per_client_behind_the_proxy(client):
    UserFactory(email="dich@example.vn")
    limited = "Too many failed login attempts"

    def fail(ip):
        return client.post(
            "/en/account/login/",
            {"login": "dich@example.vn", "password": "sai-mat-khau"},
            HTTP_X_FORWARDED_FOR=ip,
        ).content.decode()

    with override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "2/m/ip"}, ALLAUTH_TRUSTED_PROXY_COUNT=1):
        assert limited not in fail(ALICE)
        assert limited not in fail(ALICE)
        assert limited in fail(ALICE)
        assert limited not in fail(BOB)
        assert limited in fail(f"203.0.113.1, {ALICE}")
        # Bob still signs in with the right password while Alice is locked out.
        response = client.post(
            "/en/account/login/", {"login": "dich@example.vn", "password": PASSWORD}, HTTP_X_FORWARDED_FOR=BOB
        )
        assert response.status_code == 302


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client):
    with override_settings(ACCOUNT_RATE_LIMITS={"signup": "1/m/ip"}, ALLAUTH_TRUSTED_PROXY_COUNT=0):
        assert _signup(client, ALICE).status_code == 302
        # A client cannot pick a fresh address for itself by sending the header.
        assert _signup(client, BOB).status_code == 429


def test_posting_limits_are_counted_per_person_by_the_same_limiter(db):
    new = LIMITS["topic"][1]
    newcomer, other = UserFactory(), UserFactory()
    for _ in range(new):
        check_and_count(newcomer, "topic")
    with pytest.raises(RateLimited):
        check_and_count(newcomer, "topic")
    check_and_count(other, "topic")  # another person has a count of their own

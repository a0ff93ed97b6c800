"""allauth's e-mails name the site from SITE_URL and never quote the free-text name of whoever signed up."""

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.core.management.sql import emit_post_migrate_signal
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=False)

NAME = "Nguyễn Thị Minh Anh <a href=https://lua-dao.example>nhận quà</a>"


@pytest.fixture
def site_from_env(settings):
    settings.SITE_URL = "https://dx.example.vn"
    Site.objects.filter(pk=settings.SITE_ID).update(domain="example.com", name="example.com")
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    yield Site.objects.get_current()
    Site.objects.clear_cache()


def test_migrate_sets_the_site_name_and_domain_from_site_url(site_from_env):
    assert (site_from_env.domain, site_from_env.name) == ("dx.example.vn", "DX Connect")
    with override_settings(SITE_URL="https://ketnoi.example.vn"):
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
        assert Site.objects.get_current().domain == "ketnoi.example.vn"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_verification_email_names_the_site_and_not_the_new_accounts_name(client, site_from_env, prefix):
    client.post(
        f"{prefix}/account/signup/",
        {
            "email": "moi@example.vn",
            "password1": "Chuyen-doi-so-2026",
            "password2": "Chuyen-doi-so-2026",
            "full_name": NAME,
        },
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    text = message.subject + message.body
    assert "example.com" not in text
    assert "DX Connect" in message.body and "dx.example.vn" in message.body
    assert "Minh Anh" not in text and "lua-dao" not in text
    assert "/account/confirm-email/" in message.body


def test_the_password_reset_email_names_the_site(client, site_from_env):
    UserFactory(email="quen@example.vn")
    client.post("/en/account/password/reset/", {"email": "quen@example.vn"})
    assert len(mail.outbox) == 1
    assert "example.com" not in mail.outbox[0].body
    assert "DX Connect" in mail.outbox[0].body

"""A missing or expired CSRF token: a translated 403 page in the site's style, JSON for the site's scripts."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

VI = "Phiên làm việc của bạn đã hết hạn"
EN = "Your session has expired"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("prefix, text, lang", [("", VI, "vi"), ("/en", EN, "en")])
def test_a_form_without_a_token_gets_a_translated_site_page(strict_client, prefix, text, lang):
    response = strict_client.post(f"{prefix}/account/login/", {"login": "a@example.vn", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{lang}">' in html
    assert "CSRF verification failed" not in html  # not Django's default English page


def test_an_expired_token_gets_the_same_page(strict_client):
    strict_client.cookies["csrftoken"] = "a" * 32
    response = strict_client.post(
        "/en/account/login/", {"csrfmiddlewaretoken": "b" * 32, "login": "a@example.vn"}
    )
    assert response.status_code == 403
    assert EN in response.content.decode()


@pytest.mark.parametrize("prefix, text", [("", VI), ("/en", EN)])
def test_a_script_asking_for_json_gets_json(strict_client, prefix, text):
    response = strict_client.post(
        f"{prefix}/comments/",
        {"body": "Xin chào"},
        HTTP_ACCEPT="application/json",
        HTTP_X_REQUESTED_WITH="fetch",
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert text in response.json()["error"]


@pytest.mark.parametrize("prefix, text", [("", VI), ("/en", EN)])
def test_a_json_body_gets_json(strict_client, prefix, text):
    response = strict_client.post(
        f"{prefix}/account/login/", {"login": "a@example.vn"}, content_type="application/json"
    )
    assert response.status_code == 403
    assert text in response.json()["error"]

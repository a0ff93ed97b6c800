"""Production settings, imported in a fresh interpreter with only the environment a server would have."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "SECRET_KEY": "p" * 20 + "Zq7!-r" * 8,
    "ALLOWED_HOSTS": "dx.example.vn",
    "EMAIL_URL": "smtp+tls://dx:mat-khau@smtp.example.vn:587",
    "SITE_URL": "https://dx.example.vn",
}
SHOWN = [
    "SECURE_HSTS_PRELOAD",
    "CONTENT_SECURITY_POLICY",
    "ALLAUTH_TRUSTED_PROXY_COUNT",
    "EMAIL_BACKEND",
    "EMAIL_HOST",
]
PROGRAM = (
    "import json, django; django.setup(); from django.conf import settings; "
    f"print(json.dumps({{name: getattr(settings, name) for name in {SHOWN!r}}}))"
)


def _production(*, drop=(), **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {*REQUIRED, "DJANGO_ALLOW_ASYNC_UNSAFE", "SECURE_HSTS_PRELOAD", "TRUSTED_PROXY_COUNT"}
    }
    environment.update({k: v for k, v in REQUIRED.items() if k not in drop})
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _settings(**env) -> dict:
    result = _production(**env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_refuses_to_start_without_email_url():
    result = _production(drop={"EMAIL_URL"})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "EMAIL_URL" in result.stderr


def test_production_refuses_to_start_without_site_url():
    result = _production(drop={"SITE_URL"})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SITE_URL" in result.stderr


def test_production_with_everything_set_sends_real_mail_and_counts_clients_behind_nginx():
    values = _settings()
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == "smtp.example.vn"
    # One nginx in front by default; allauth's limiters read the same variable search used to.
    assert values["ALLAUTH_TRUSTED_PROXY_COUNT"] == 1
    assert _settings(TRUSTED_PROXY_COUNT="2")["ALLAUTH_TRUSTED_PROXY_COUNT"] == 2


def test_hsts_preload_is_off_unless_asked_for():
    assert _settings()["SECURE_HSTS_PRELOAD"] is False
    assert _settings(SECURE_HSTS_PRELOAD="true")["SECURE_HSTS_PRELOAD"] is True


def test_csp_connect_src_names_only_the_sites_own_websocket_origin():
    connect = _settings()["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["connect-src"]
    assert connect == ["'self'", "wss://dx.example.vn"]
    assert not {"ws:", "wss:", "*"} & set(connect)

"""The site as a whole: languages, error pages, health, settings, and the platform/ folder."""

import os
import platform
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def test_platform_is_the_standard_library_module():
    # A package named `platform` in the project would shadow it and break Django and the ES client.
    assert callable(platform.system)
    assert platform.system() == "Linux" or platform.system()
    assert Path(platform.__file__).parent != ROOT / "platform"
    assert not (ROOT / "platform" / "__init__.py").exists()


@pytest.mark.django_db
def test_home_page_is_vietnamese_at_the_root_and_english_under_en(client):
    vi = client.get("/")
    assert vi.status_code == 200
    assert 'lang="vi"' in vi.content.decode()
    assert "Tổ chức" in vi.content.decode()
    en = client.get("/en/organisations/")
    assert en.status_code == 200
    assert 'lang="en"' in en.content.decode()
    assert "Organisations" in en.content.decode()


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page_in_the_other_language(client):
    body = client.get("/organisations/").content.decode()
    assert 'href="/en/organisations/"' in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, text",
    [("/khong-co-trang-nay/", "Không tìm thấy"), ("/en/no-such-page/", "We could not find that page")],
)
def test_404_page_is_translated_and_has_no_stack_trace(client, path, text):
    response = client.get(path)
    assert response.status_code == 404
    body = response.content.decode()
    assert text in body
    assert "Traceback" not in body


def test_500_page_renders_without_the_database(rf):
    from config.views import server_error

    response = server_error(rf.get("/en/anything/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.django_db
def test_healthz_reports_every_service(client):
    response = client.get("/healthz")
    data = response.json()
    assert set(data["checks"]) == {"database", "cache", "channel_layer", "search"}
    assert response.status_code == 200, data
    assert data["status"] == "ok"


@pytest.mark.django_db
def test_healthz_answers_503_when_a_service_is_down(client, monkeypatch):
    from config import views

    def broken():
        raise ConnectionError("search engine unreachable")

    monkeypatch.setitem(views.CHECKS, "search", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    # The test client asks from 127.0.0.1 without a proxy header: a local probe, so details are shown.
    assert response.json()["checks"]["search"] == {"status": "degraded", "detail": "ConnectionError"}


def _run_production(args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _run_production(["check"], ALLOWED_HOSTS="dx.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = _run_production(["check"], SECRET_KEY="k" * 20 + "x9Y-" * 10)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_check_deploy_reports_nothing_with_production_settings():
    result = _run_production(
        ["check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY="p" * 20 + "Zq7!-r" * 8,
        ALLOWED_HOSTS="dx.example.vn",
        EMAIL_URL="smtp+tls://dx:pw@smtp.example.vn:587",
        SITE_URL="https://dx.example.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_translation_catalogues_are_complete_and_compiled(lang):
    po_path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    missing = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not missing, f"{len(missing)} untranslated in {lang}: {missing[:5]}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy[:5]}"
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    assert {e.msgid for e in mo} >= {e.msgid for e in catalogue.translated_entries() if not e.msgid_plural}


def test_vietnamese_formats_use_day_month_year():
    import datetime

    from django.utils import formats, translation

    with translation.override("vi"):
        assert formats.date_format(datetime.date(2025, 7, 1), "SHORT_DATE_FORMAT") == "01/07/2025"
        assert formats.number_format(1500000, force_grouping=True) == "1.500.000"


def test_settings_default_to_the_embedded_stack():
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    if not os.environ.get("DATABASE_URL"):
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    if not os.environ.get("REDIS_URL"):
        assert settings.CHANNEL_LAYERS["default"]["BACKEND"] == "channels.layers.InMemoryChannelLayer"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "lands"),
    [
        ("/accounts/login/", "/account/login/"),
        ("/accounts/signup/?next=/forum/", "/account/signup/?next=/forum/"),
        ("/en/accounts/login/", "/en/account/login/"),
        ("/accounts/password/reset/", "/account/password/reset/"),
    ],
)
def test_allauths_usual_accounts_address_leads_to_ours(client, typed, lands):
    # People type /accounts/… (allauth's default, and many sites'): it gave 404 (issue 17).
    response = client.get(typed)
    assert response.status_code == 301
    assert response["Location"] == lands
    assert client.get(lands).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_logo_links_name_is_its_visible_text(client, prefix):
    # WCAG 2.5.3 (label in name): an aria-label "DX Connect home" hid the visible "DX Connect …" text.
    html = client.get(prefix + "/").content.decode()
    start = html.index('class="brand"')
    tag = html[html.rindex("<a", 0, start) : html.index(">", start)]
    assert "aria-label" not in tag
    assert "<strong>DX Connect</strong>" in html[start : html.index("</a>", start)]

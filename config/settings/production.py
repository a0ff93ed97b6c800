"""Production: refuses to start without SECRET_KEY, ALLOWED_HOSTS, EMAIL_URL and SITE_URL; secure cookies,
HSTS (preload only when asked for), CSP."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *
from .base import DATABASES, SILENCED_SYSTEM_CHECKS, SITE_URL, env

DEBUG = False

SECRET_KEY = env.str("SECRET_KEY", default="")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-", "django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site answers to.")

# Without these, e-mail would silently go to the console and every link in it would point at 127.0.0.1.
if not env.str("EMAIL_URL", default="").strip():
    raise ImproperlyConfigured(
        "EMAIL_URL must name the mail server, e.g. smtp+tls://user:pass@smtp.example.vn:587."
    )
if (
    not env.str("SITE_URL", default="").strip()
    or urlsplit(SITE_URL).scheme not in {"http", "https"}
    or not urlsplit(SITE_URL).hostname
):
    raise ImproperlyConfigured("SITE_URL must be the site's public address, e.g. https://dx.example.vn.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is hard to undo (browsers ship the list), so it is a decision to take on purpose.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# nginx sends attachments and documents from its internal /protected-media/ location once Django has
# checked who asks (X-Accel-Redirect); /media/ is public for images only (platform/nginx/dxconnect.conf).
SENDFILE_ENGINE = "django_sendfile.backends.nginx"
SENDFILE_URL = "/protected-media"

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Pooled, not persistent, connections: the ASGI worker would otherwise hold one per thread.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN", default=2),
        "max_size": env.int("DB_POOL_MAX", default=10),
    }

# nginx sits in front: the client's address is the last one it appends to X-Forwarded-For, so per-client
# rate limits (sign-in, sign-up, password reset, search) do not lump every visitor under the proxy's address.
# allauth's setting is the site's one: every limiter counts through allauth's client address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)

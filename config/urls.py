"""Top-level URLs: Vietnamese at the root, English under /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import sitemaps
from cms.publications import views as publication_views

from . import media, signin, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Every sign-in goes through allauth (second factor, e-mail verification, rate limits): the admin
    # sites' own sign-in and password pages only redirect there. These come before the admin URLs.
    path("django-admin/login/", signin.django_admin_login),
    path("django-admin/password_change/", signin.password_change),
    path("admin/login/", signin.wagtail_admin_login),
    re_path(r"^admin/password_reset/(?P<rest>.*)$", signin.password_reset),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemaps.sitemap, name="publications_sitemap"),
    path("robots.txt", publication_views.robots_txt, name="robots_txt"),
]

urlpatterns += i18n_patterns(
    # Wagtail's front-end sign-in for private pages is a password-only Django LoginView: allauth instead.
    path("_util/login/", signin.frontend_login),
    path("account/", include("allauth.urls")),
    re_path(r"^accounts/(?P<rest>[^?#]*)$", signin.accounts_alias),
    path("", include("community.urls")),
    path("forum/", include("community.forum.urls")),
    path("comments/", include("community.discussion.urls")),
    path("moderation/", include("community.moderation.urls")),
    path("", include("search.urls")),
    path("", include("cms.publications.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Local runs only, and public images only; in production nginx serves those (platform/nginx/dxconnect.conf).
    # Attachments, reports and documents leave through their permission-checked views, never /media/.
    urlpatterns = [
        re_path(r"^media/(?P<path>.*)$", media.public_media, name="public_media"),
        *urlpatterns,
    ]

handler400 = "config.views.bad_request"
handler403 = "config.views.permission_denied"
handler404 = "config.views.page_not_found"
handler500 = "config.views.server_error"

"""Uploaded files can never run on the site's origin (issue 11).

The attack: a file starting with %PDF- named a.html and one starting with JPEG magic bytes named b.js were
stored under their own names and served from /media/ as text/html and text/javascript, inline, to anyone.
Every URL that could serve an upload is fetched here: never a page or a script, never inline unless a plain
image, never without the permission check.
"""

import io

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import Collection, CollectionViewRestriction

from community.challenges import services as svc
from community.core.uploads import ALLOWED_TYPES, FILE_TYPES, INLINE_IMAGE_FORMATS, INLINE_TYPES
from community.models import Attachment, ChallengeStatus, Organisation, Visibility
from tests.factories import ExpertProfileFactory, UserFactory, challenge, province, sector
from tests.publications import factories as pub

pytestmark = pytest.mark.django_db

PDF_AS_HTML = b"%PDF-1.7\n<html><script>alert(document.domain)</script></html>\n"
JPEG_AS_JS = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00;alert(document.cookie);//"
SCRIPT_TYPES = (
    "text/html",
    "text/javascript",
    "application/javascript",
    "image/svg+xml",
    "application/xhtml+xml",
)
NGINX = {"SENDFILE_ENGINE": "django_sendfile.backends.nginx", "SENDFILE_URL": "/protected-media"}


def _png(size=(32, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (21, 96, 183)).save(out, "PNG")
    return out.getvalue()


def _jpeg_with_html_after_it() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue() + b"<html><script>alert(1)</script></html>"


def _attack(organisation, author, **overrides):
    return challenge(
        organisation,
        author,
        attachments=[SimpleUploadedFile("a.html", PDF_AS_HTML), SimpleUploadedFile("b.js", JPEG_AS_JS)],
        **overrides,
    )


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _assert_safe(response):
    content_type = response.get("Content-Type", "")
    assert not content_type.startswith(SCRIPT_TYPES), content_type
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.fixture
def proposer(db):
    return ExpertProfileFactory(user__full_name="Trần Quốc Bảo", slug="tran-quoc-bao").user


@pytest.fixture
def editor(db):
    return UserFactory(is_staff=True, is_superuser=True, email="editor@example.vn")


# --- 1. Stored under the detected type's extension -------------------------------------------------------


def test_stored_files_take_the_extension_of_their_content_never_the_clients(organisation, org_member):
    posted = _attack(organisation, org_member)
    stored = {a.original_name: a for a in posted.attachments.all()}
    assert stored["a.html"].file.name.startswith("attachments/")
    assert stored["a.html"].file.name.endswith(".pdf")
    assert stored["a.html"].content_type == "application/pdf"
    assert stored["b.js"].file.name.endswith(".jpg")
    assert stored["b.js"].content_type == "image/jpeg"
    assert not any(a.file.name.endswith((".html", ".js")) for a in stored.values())


def test_an_unknown_type_is_refused_with_a_translated_message(organisation, org_member):
    svg = SimpleUploadedFile("so-do.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    with translation.override("vi"), pytest.raises(ValidationError) as exc:
        challenge(organisation, org_member, attachments=[svg])
    assert "không phải là tệp PDF" in str(exc.value)
    assert not Attachment.objects.exists()


# --- 2. Served only through permission-checked views, with the detected type -----------------------------


def test_the_attack_files_are_served_as_what_they_are_never_as_a_page_or_a_script(
    client, organisation, org_member
):
    posted = _attack(organisation, org_member)
    pdf = posted.attachments.get(original_name="a.html")
    jpeg = posted.attachments.get(original_name="b.js")

    response = client.get(pdf.get_absolute_url())
    assert response.status_code == 200
    _assert_safe(response)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="a.pdf"' in response["Content-Disposition"]
    assert _body(response) == PDF_AS_HTML

    response = client.get(jpeg.get_absolute_url())
    assert response.status_code == 200
    _assert_safe(response)
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"].startswith("inline;")  # a plain image may show in the browser
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize("prefix", ["/media/", "/en/media/", "/media/attachments/../"])
def test_no_media_address_serves_an_attachment(client, organisation, org_member, prefix):
    posted = _attack(organisation, org_member)
    for attachment in posted.attachments.all():
        name = attachment.file.name
        url = prefix + (name.split("/", 1)[1] if prefix.endswith("../") else name)
        assert client.get(url).status_code == 404, url


def test_attachment_of_a_draft_challenge_is_404_for_outsiders_and_anonymous(
    client, organisation, org_member, user
):
    posted = _attack(organisation, org_member, publish=False)
    assert posted.status == ChallengeStatus.DRAFT
    url = posted.attachments.first().get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 404
    client.force_login(org_member)
    assert client.get(url).status_code == 200


def test_attachment_of_a_members_only_challenge_needs_sign_in(client, organisation, org_member, user):
    posted = _attack(organisation, org_member, visibility=Visibility.MEMBERS)
    url = posted.attachments.first().get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 200


def test_attachment_of_a_proposal_is_404_for_someone_who_cannot_read_the_proposal(
    client, organisation, org_member, proposer, user
):
    posted = challenge(organisation, org_member)
    solution = svc.solution_create(
        challenge=posted,
        author=proposer,
        title="Giải pháp A",
        summary="Tóm tắt đủ dài cho đề xuất.",
        approach="Cách làm chi tiết " * 5,
        attachments=[SimpleUploadedFile("a.html", PDF_AS_HTML)],
    )
    attachment = solution.attachments.get()
    assert attachment.file.name.endswith(".pdf")
    url = attachment.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 404
    client.force_login(proposer)
    response = client.get(url)
    assert response.status_code == 200
    _assert_safe(response)
    assert response["Content-Disposition"].startswith("attachment;")


def test_unknown_attachment_numbers_are_404(client):
    assert client.get(reverse("community:attachment_download", args=[987654])).status_code == 404


@override_settings(**NGINX)
def test_in_production_nginx_sends_the_attachment_from_its_internal_location(
    client, organisation, org_member
):
    posted = _attack(organisation, org_member)
    pdf = posted.attachments.get(original_name="a.html")
    response = client.get(pdf.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{pdf.file.name}"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert _body(response) == b""  # nginx reads the file, Django never streams it


# --- Reports and Wagtail documents -----------------------------------------------------------------------


def test_report_downloads_and_documents_are_attachments_never_inline(client):
    report = pub.report()
    for url in (reverse("publications:report_download", args=[report.pk]), report.document.url):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_safe(response)
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["Content-Security-Policy"] == "default-src 'none'"


def test_documents_have_no_direct_media_address(client):
    document = pub.document()
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    assert client.get("/media/" + document.file.name).status_code == 404


def test_the_file_of_an_unpublished_report_is_not_served_at_its_document_address(client, user, editor):
    report = pub.report(live=False)
    url = report.document.url
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 404
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_a_document_in_a_private_collection_needs_sign_in(client, user):
    private = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = pub.document()
    document.collection = private
    document.save()
    response = client.get(document.url)
    assert response.status_code == 302
    assert not _body(response).startswith(b"%PDF-")
    client.force_login(user)
    response = client.get(document.url)
    assert response.status_code == 200
    _assert_safe(response)


@override_settings(**NGINX)
def test_in_production_nginx_sends_documents_from_its_internal_location(client):
    report = pub.report()
    response = client.get(reverse("publications:report_download", args=[report.pk]))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{report.document.file.name}"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")


# --- 3. /media/ serves public images only ----------------------------------------------------------------


def test_media_serves_public_images_as_images_and_nothing_else(client, settings):
    folder = settings.MEDIA_ROOT / "original_images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "anh.png").write_bytes(_png())
    (folder / "anh.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    (folder / "trang.html").write_bytes(b"<script>alert(1)</script>")
    response = client.get("/media/original_images/anh.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    for name in ("anh.svg", "trang.html"):
        assert client.get(f"/media/original_images/{name}").status_code == 404


def test_nginx_keeps_protected_files_in_an_internal_location():
    from django.conf import settings

    conf = (settings.BASE_DIR / "platform" / "nginx" / "dxconnect.conf").read_text()
    assert "location /media/ {" not in conf  # no public directory for everything under /media/
    internal = conf.split("location /protected-media/ {", 1)[1].split("location ", 1)[0]
    assert "internal;" in internal
    assert "nosniff" in internal
    public = conf.split("location ~ ^/media/", 1)[1].split("\n", 1)[0]
    assert "attachments" not in public and "documents" not in public
    assert "svg" not in public and "html" not in public


# --- 4. Images shown inline are re-encoded ---------------------------------------------------------------


def _organisation_form(**overrides):
    return {
        "name": "Hợp tác xã Chè Tân Cương",
        "kind": "enterprise",
        "province": province("19").pk,
        "sectors": [sector("nong-nghiep").pk],
        "description": "Hợp tác xã 120 hộ trồng chè.",
        **overrides,
    }


def test_a_logo_is_re_encoded_and_named_after_its_real_format(client, user):
    client.force_login(user)
    logo = SimpleUploadedFile("logo.png", _jpeg_with_html_after_it(), content_type="image/png")
    client.post(reverse("community:organisation_create"), _organisation_form(logo=logo))
    org = Organisation.objects.get()
    assert org.logo.name.endswith(".jpg")
    with org.logo.open("rb") as stored:
        data = stored.read()
    assert b"<script>" not in data
    assert Image.open(io.BytesIO(data)).format == "JPEG"
    response = client.get(org.logo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_svg_or_html_logo_is_refused(client, user):
    client.force_login(user)
    for name, content in (
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("logo.jpg", b"<html><script>alert(1)</script></html>"),
        ("logo.html", _jpeg_with_html_after_it()),
    ):
        response = client.post(
            reverse("community:organisation_create"),
            _organisation_form(logo=SimpleUploadedFile(name, content)),
        )
        assert response.status_code == 200
        assert "errorlist" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_wagtail_image_that_is_really_html_is_refused():
    from wagtail.images.fields import WagtailImageField

    field = WagtailImageField()
    for name, content in (
        ("anh.png", b"<html><script>alert(1)</script></html>"),
        ("anh.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ):
        with pytest.raises(ValidationError):
            field.clean(SimpleUploadedFile(name, content))


def test_files_attached_before_the_fix_are_renamed_after_their_type(organisation, org_member):
    from importlib import import_module

    from django.apps import apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    migration = import_module("community.migrations.0009_attachment_files_named_by_type")
    posted = challenge(organisation, org_member, attachments=[SimpleUploadedFile("a.html", PDF_AS_HTML)])
    old = default_storage.save("attachments/0123abcd.html", ContentFile(PDF_AS_HTML))
    posted.attachments.update(file=old)  # as the code before issue 11 stored it

    migration.name_files_by_type(apps, None)

    attachment = posted.attachments.get()
    assert attachment.file.name.startswith("attachments/")
    assert attachment.file.name.endswith(".pdf")
    assert not default_storage.exists(old)
    with attachment.file.open("rb") as stored:
        assert stored.read() == PDF_AS_HTML


def test_one_table_of_file_types_and_the_settings_agree_with_it():
    """Attachments, logos and /media/ read one table (settings keep a copy they may not import)."""
    assert {t.content_type: t.extension for t in FILE_TYPES} == ALLOWED_TYPES
    assert {ct for _ext, ct in INLINE_IMAGE_FORMATS.values()} == INLINE_TYPES
    for file_type in FILE_TYPES:
        if file_type.inline:
            assert settings.PUBLIC_MEDIA_TYPES[file_type.extension] == file_type.content_type
        else:  # documents are never served from /media/
            assert file_type.extension not in settings.PUBLIC_MEDIA_TYPES

"""Attachments: the type is decided by the file's content, never by its name, and the size is bounded."""

import io
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django_sendfile import sendfile
from PIL import Image

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5


@dataclass(frozen=True)
class Detected:
    content_type: str
    extension: str


OFFICE_ZIP_TYPES = {
    "word/": Detected("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xl/": Detected("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "ppt/": Detected("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
}


@dataclass(frozen=True)
class FileType:
    """One type of file the platform stores: its detected content type, the one extension it is stored
    under, and for images Pillow's format name (re-encoded logos) and whether a browser shows it inline."""

    content_type: str
    extension: str
    pillow_format: str | None = None
    inline: bool = False


# The one table of stored file types. Attachments may be any of them; logos only those with a Pillow
# format. Settings may not import this module: their PUBLIC_MEDIA_TYPES (what /media/ serves, Wagtail's
# renditions included) agree with it on every inline type (tests/test_uploaded_files.py checks it).
FILE_TYPES: tuple[FileType, ...] = (
    FileType("application/pdf", "pdf"),
    FileType("image/png", "png", pillow_format="PNG", inline=True),
    FileType("image/jpeg", "jpg", pillow_format="JPEG", inline=True),
    FileType("image/webp", "webp", pillow_format="WEBP", inline=True),
    FileType("application/msword", "doc"),
    *(FileType(detected.content_type, detected.extension) for detected in OFFICE_ZIP_TYPES.values()),
)
# Every type an attachment may be, with the one extension it is stored under.
ALLOWED_TYPES: dict[str, str] = {t.content_type: t.extension for t in FILE_TYPES}
# Shown in the browser when opened; everything else is only ever sent as a download.
INLINE_TYPES = frozenset(t.content_type for t in FILE_TYPES if t.inline)


def extension_for(content_type: str) -> str:
    """The stored file's extension for a detected type; "bin" (served as a download) for anything else."""
    return ALLOWED_TYPES.get(content_type, "bin")


def detect(head: bytes, fileobj) -> Detected | None:
    """What the bytes really are: PDF, PNG, JPEG, WebP, Office Open XML or legacy Office, else None."""
    if head.startswith(b"%PDF-"):
        return Detected("application/pdf", "pdf")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Detected("image/png", "png")
    if head.startswith(b"\xff\xd8\xff"):
        return Detected("image/jpeg", "jpg")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Detected("image/webp", "webp")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Detected("application/msword", "doc")  # legacy Office (doc, xls, ppt share this header)
    if head.startswith(b"PK\x03\x04"):
        try:
            fileobj.seek(0)
            names = zipfile.ZipFile(fileobj).namelist()
        except zipfile.BadZipFile:
            return None
        finally:
            fileobj.seek(0)
        if "[Content_Types].xml" in names:
            for prefix, detected in OFFICE_ZIP_TYPES.items():
                if any(name.startswith(prefix) for name in names):
                    return detected
    return None


def validate_attachment(upload) -> Detected:
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is %(size)s; attachments can be at most %(limit)s.")
            % {
                "name": upload.name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(MAX_ATTACHMENT_BYTES),
            }
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    detected = detect(head, upload)
    if detected is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, an image (PNG, JPEG, WebP) or an Office document.")
            % {"name": upload.name}
        )
    return detected


def download_name(original_name: str, content_type: str) -> str:
    """The name a download is saved under: the person's name for it, with the extension of what it really is."""
    stem = original_name.rsplit(".", 1)[0] if "." in original_name else original_name
    return f"{stem or 'file'}.{extension_for(content_type)}"


def protected_file_response(request, *, path: str, content_type: str, filename: str):
    """Send a stored file once the caller has checked who may read it: through django-sendfile2 (nginx's
    X-Accel-Redirect from an internal location in production), with the type detected on upload, never
    sniffed, and as a download unless it is a plain image."""
    inline = content_type in INLINE_TYPES
    response = sendfile(
        request,
        path,
        attachment=not inline,
        mimetype=content_type,
        attachment_filename=download_name(filename, content_type),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# Images shown inline (organisation logos): Pillow decodes and writes them again, so what is stored is a
# plain PNG, JPEG or WebP with an extension that says so, whatever bytes or name came in.
INLINE_IMAGE_FORMATS: dict[str, tuple[str, str]] = {
    t.pillow_format: (t.extension, t.content_type) for t in FILE_TYPES if t.pillow_format
}


def reencode_image(upload, *, stem: str) -> SimpleUploadedFile:
    """A new file holding only the pixels of ``upload``, named ``<stem>.<format>``.

    Raises ValidationError when Pillow cannot read it as one of INLINE_IMAGE_FORMATS."""
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            fmt = (image.format or "").upper()
            if fmt not in INLINE_IMAGE_FORMATS:
                raise ValidationError(_("The image must be a PNG, JPEG or WebP file."))
            image.load()
            if fmt == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
                image = image.convert("RGB")
            elif fmt == "WEBP" and image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, format=fmt)
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError(_("The image could not be read; save it again as PNG, JPEG or WebP.")) from exc
    finally:
        upload.seek(0)
    extension, content_type = INLINE_IMAGE_FORMATS[fmt]
    return SimpleUploadedFile(f"{stem}.{extension}", out.getvalue(), content_type=content_type)

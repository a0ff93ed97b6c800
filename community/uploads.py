"""Attachments: the type is decided by the file's content, never by its name, and the size is bounded."""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

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
            % {"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(MAX_ATTACHMENT_BYTES)}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    detected = detect(head, upload)
    if detected is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, an image (PNG, JPEG, WebP) or an Office document.") % {"name": upload.name}
        )
    return detected

"""The Wagtail document form: a document must really be what its extension says."""

from __future__ import annotations

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from community.core.uploads import detect

# What the bytes of each allowed extension may be detected as (community.core.uploads.detect).
_EXPECTED = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "pptx": {"pptx"},
    "doc": {"doc"},
    "xls": {"doc"},
    "ppt": {"doc"},  # legacy Office files share one header
}
_ZIP_BASED = {"zip", "odt", "ods", "odp"}


def check_document_content(upload) -> None:
    """Raise ValidationError when the file's bytes do not match its extension (a renamed .exe, an HTML page
    saved as .pdf...). Text formats must be UTF-8 text without NUL bytes."""
    ext = os.path.splitext(upload.name or "")[1].lower().lstrip(".")
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    ok = True
    if ext in _EXPECTED:
        found = detect(head, upload)
        ok = found is not None and found.extension in _EXPECTED[ext]
    elif ext in _ZIP_BASED:
        ok = head.startswith(b"PK\x03\x04")
    elif ext == "csv":
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            # a multi-byte character may be cut at 4096 bytes; only the last three bytes may be partial
            try:
                head[:-3].decode("utf-8")
            except UnicodeDecodeError:
                ok = False
        ok = ok and b"\x00" not in head
    if not ok:
        raise ValidationError(
            _(
                "“%(name)s” is not a real %(ext)s file: its content does not match its name. Export or save it "
                "again as %(ext)s and upload that file."
            )
            % {"name": upload.name, "ext": ext.upper() or "?"}
        )


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document_content(upload)
        return upload

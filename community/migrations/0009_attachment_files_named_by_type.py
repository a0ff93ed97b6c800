"""Files attached before issue 11 kept the client's extension (a PDF could be stored as ….html): give each
the extension of the type detected when it was uploaded, as new uploads get (community.core.uploads)."""

import secrets

from django.db import migrations

# Frozen copy of community.core.uploads.ALLOWED_TYPES at the time of this migration.
EXTENSIONS = {
    "application/pdf": "pdf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "application/msword": "doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
}


def name_files_by_type(apps, schema_editor):
    Attachment = apps.get_model("community", "Attachment")
    storage = Attachment._meta.get_field("file").storage
    for attachment in Attachment.objects.exclude(file="").iterator():
        old = attachment.file.name
        extension = EXTENSIONS.get(attachment.content_type, "bin")
        if old.lower().endswith(f".{extension}") or not storage.exists(old):
            continue
        with storage.open(old, "rb") as content:
            new = storage.save(f"attachments/{secrets.token_hex(16)}.{extension}", content)
        Attachment.objects.filter(pk=attachment.pk).update(file=new)
        storage.delete(old)


class Migration(migrations.Migration):

    dependencies = [
        ("community", "0008_event_notifications"),
    ]

    operations = [
        migrations.RunPython(name_files_by_type, migrations.RunPython.noop, elidable=True),
    ]

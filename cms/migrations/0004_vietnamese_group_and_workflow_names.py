"""Editors and moderators see groups, workflows and tasks by name in the admin ("Gửi duyệt: …"), so the
ones Wagtail's migrations and ours created in English get their Vietnamese names. Idempotent: a name is
changed only where the English one is present and the Vietnamese one is not yet taken. The names are
written out here (not imported) because a migration must keep meaning what it meant when it was written."""

from django.db import migrations

GROUPS = [
    ("Moderators", "Người kiểm duyệt"),
    ("Editors", "Biên tập viên"),
    ("Community moderators", "Người kiểm duyệt cộng đồng"),
]
WORKFLOWS = [
    ("Moderators approval", "Kiểm duyệt chung"),
    ("Case study review", "Duyệt điển hình"),
]
TASKS = [
    ("Moderators approval", "Người kiểm duyệt phê duyệt"),
    ("Moderators approve the case study", "Người kiểm duyệt phê duyệt điển hình"),
]


def _rename(model, pairs, *, unique):
    for old, new in pairs:
        if unique and model.objects.filter(name=new).exists():
            continue
        model.objects.filter(name=old).update(name=new)


def to_vietnamese(apps, schema_editor):
    _rename(apps.get_model("auth", "Group"), GROUPS, unique=True)
    _rename(apps.get_model("wagtailcore", "Workflow"), WORKFLOWS, unique=False)
    _rename(apps.get_model("wagtailcore", "Task"), TASKS, unique=False)


def to_english(apps, schema_editor):
    swap = lambda pairs: [(new, old) for old, new in pairs]  # noqa: E731
    _rename(apps.get_model("auth", "Group"), swap(GROUPS), unique=True)
    _rename(apps.get_model("wagtailcore", "Workflow"), swap(WORKFLOWS), unique=False)
    _rename(apps.get_model("wagtailcore", "Task"), swap(TASKS), unique=False)


class Migration(migrations.Migration):
    # After every migration that looks these groups up by their English names.
    dependencies = [
        ("cms", "0003_case_studies"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("moderation", "0002_moderators_group"),
    ]

    operations = [migrations.RunPython(to_vietnamese, to_english)]

"""Replaces Wagtail's welcome page with the platform's Vietnamese home page."""

from django.db import migrations


def create_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("cms", "HomePage")

    if HomePage.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="vi")
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    root = Page.objects.get(depth=1)
    # treebeard's path arithmetic by hand: a migration has no access to the model's methods.
    siblings = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True)
    last = int(siblings[0][-4:], 36) if siblings else 0
    path = root.path + _b36(last + 1)
    home = HomePage.objects.create(
        title="Kết nối Chuyển đổi số",
        draft_title="Kết nối Chuyển đổi số",
        slug="trang-chu",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/trang-chu/",
        locale=locale,
        live=True,
        hero_title="Cùng nhau kiến tạo giải pháp chuyển đổi số",
        hero_intro=(
            "Nơi cơ quan, doanh nghiệp và chuyên gia chia sẻ thách thức, kinh nghiệm thực tiễn "
            "và cùng tìm lộ trình chuyển đổi số trong 8 lĩnh vực trọng điểm."
        ),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
                        site_name="DX Connect")


def _b36(n: int) -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = chars[r] + out
    return out.rjust(4, "0")


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_home, migrations.RunPython.noop)]

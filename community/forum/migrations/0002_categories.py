"""Creates the forum's categories from the sectors (loaded by community/0002) plus the general one."""

from django.db import migrations

from community.forum.categories import CATEGORY_DESCRIPTIONS, GENERAL_NAMES, GENERAL_SLUG


def create_categories(apps, schema_editor):
    Category = apps.get_model("forum", "Category")
    Sector = apps.get_model("community", "Sector")
    vi, en = CATEGORY_DESCRIPTIONS[GENERAL_SLUG]
    Category.objects.get_or_create(slug=GENERAL_SLUG, defaults={
        "name_vi": GENERAL_NAMES[0], "name_en": GENERAL_NAMES[1], "description_vi": vi, "description_en": en,
        "order": 0})
    for sector in Sector.objects.order_by("position"):
        vi, en = CATEGORY_DESCRIPTIONS.get(sector.slug, ("", ""))
        Category.objects.get_or_create(slug=sector.slug, defaults={
            "sector": sector, "name_vi": sector.name_vi, "name_en": sector.name_en, "description_vi": vi,
            "description_en": en, "order": sector.position + 1})


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        ("community", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Note",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("title", models.CharField(max_length=300)),
                ("body", models.TextField(blank=True)),
                ("sector", models.CharField(blank=True, max_length=50)),
                ("province", models.CharField(blank=True, max_length=100)),
                ("kind", models.CharField(blank=True, max_length=30)),
                ("tags", models.CharField(blank=True, help_text="Comma-separated", max_length=300)),
                ("published", models.DateField(blank=True, null=True)),
                ("is_public", models.BooleanField(default=True)),
            ],
            options={"ordering": ["pk"]},
        ),
        migrations.CreateModel(
            name="Organisation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=300)),
                ("description", models.TextField(blank=True)),
                ("kind", models.CharField(blank=True, max_length=30)),
                ("sectors", models.CharField(blank=True, help_text="Comma-separated slugs", max_length=300)),
                ("province", models.CharField(blank=True, max_length=100)),
                ("url", models.URLField(blank=True)),
                ("created_at", models.DateTimeField(blank=True, null=True)),
                ("verified", models.BooleanField(default=False)),
            ],
            options={"ordering": ["pk"]},
        ),
    ]

"""Django admin of the reference data (sectors, provinces)."""

from django.contrib import admin

from community.core.models import (
    Province,
    Sector,
)


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_vi", "name_en", "position", "is_key_sector"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "name_en", "is_city"]

"""Django admin of expert profiles."""

from django.contrib import admin

from community.experts.models import ExpertProfile


@admin.register(ExpertProfile)
class ExpertProfileAdmin(admin.ModelAdmin):
    list_display = ["__str__", "headline", "verified", "is_available", "is_public"]
    list_filter = ["verified", "is_available", "is_public", "sectors"]
    list_editable = ["verified"]
    search_fields = ["user__full_name", "user__email", "headline"]
    raw_id_fields = ["user"]
    filter_horizontal = ["sectors", "provinces"]

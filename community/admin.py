"""Django admin for staff: verify organisations and experts, look after accounts."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from community.models import (
    ExpertProfile,
    Invitation,
    Membership,
    Organisation,
    Province,
    Sector,
    Skill,
    User,
)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_active", "is_staff", "date_joined"]
    search_fields = ["email", "full_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name", "preferred_language")}),
        (_("Permissions"), {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "province", "verified", "created_at"]
    list_filter = ["verified", "kind", "province", "sectors"]
    list_editable = ["verified"]
    search_fields = ["name", "short_name"]
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ["sectors"]
    inlines = [MembershipInline]


@admin.register(ExpertProfile)
class ExpertProfileAdmin(admin.ModelAdmin):
    list_display = ["__str__", "headline", "verified", "is_available", "is_public"]
    list_filter = ["verified", "is_available", "is_public", "sectors"]
    list_editable = ["verified"]
    search_fields = ["user__full_name", "user__email", "headline"]
    raw_id_fields = ["user"]
    filter_horizontal = ["sectors", "provinces"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "accepted_at", "revoked_at"]
    search_fields = ["email", "organisation__name"]
    raw_id_fields = ["organisation", "invited_by", "accepted_by"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_vi", "name_en", "position", "is_key_sector"]


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "name_en", "is_city"]


admin.site.register(Skill)
admin.site.site_header = _("DX Connect administration")
admin.site.site_title = _("DX Connect")

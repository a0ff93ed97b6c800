"""Django admin of organisations and invitations."""

from django.contrib import admin

from community.organisations.models import Invitation, Membership, Organisation


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


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "accepted_at", "revoked_at"]
    search_fields = ["email", "organisation__name"]
    raw_id_fields = ["organisation", "invited_by", "accepted_by"]

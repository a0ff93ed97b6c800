"""URLs of a person's dashboard, profile, data export and deletion (in the "community" namespace, see community.urls)."""

from django.urls import path

from community.accounts import views

urlpatterns = [
    path("me/", views.dashboard, name="dashboard"),
    path("me/for-you/", views.for_you, name="for_you"),
    path("account/profile/", views.profile_edit, name="profile_edit"),
    path("account/export/", views.account_export, name="account_export"),
    path("account/delete/", views.account_delete, name="account_delete"),
]

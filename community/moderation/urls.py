"""URLs of the moderation app (mounted at /moderation/)."""

from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("log/", views.log, name="log"),
    path("members/", views.members, name="members"),
    path("members/<int:pk>/", views.member_detail, name="member"),
    path("members/<int:pk>/act/", views.member_act, name="member_act"),
    path("notices/<int:pk>/", views.notice, name="notice"),
    path("report/<str:label>/<int:pk>/", views.flag_create, name="flag"),
    path("items/<str:label>/<int:pk>/", views.item_review, name="item"),
    path("items/<str:label>/<int:pk>/act/", views.item_act, name="item_act"),
]

"""URLs of the moderation app (mounted at /moderation/)."""

from django.urls import path

from community.moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("log/", views.log, name="log"),
    path("members/", views.members, name="members"),
    path("members/<id:pk>/", views.member_detail, name="member"),
    path("members/<id:pk>/act/", views.member_act, name="member_act"),
    path("notices/<id:pk>/", views.notice, name="notice"),
    path("report/<str:label>/<id:pk>/", views.flag_create, name="flag"),
    path("items/<str:label>/<id:pk>/", views.item_review, name="item"),
    path("items/<str:label>/<id:pk>/act/", views.item_act, name="item_act"),
]

"""URLs of expert profiles (in the "community" namespace, see community.urls)."""

from django.urls import path

from community.experts import views

urlpatterns = [
    path("experts/", views.expert_list, name="expert_list"),
    path("experts/skills/suggest/", views.skill_suggest, name="skill_suggest"),
    path("experts/<slug:slug>/", views.expert_detail, name="expert_detail"),
    path("me/expert-profile/", views.expert_profile_edit, name="expert_profile_edit"),
]

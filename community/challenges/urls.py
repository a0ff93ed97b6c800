"""URLs of challenges, proposals, expert invitations and attachments (in the "community" namespace, see community.urls)."""

from django.urls import path

from community.challenges import views

urlpatterns = [
    path("challenges/", views.challenge_list, name="challenge_list"),
    path("challenges/new/", views.challenge_create, name="challenge_create"),
    path("challenges/<slug:slug>/", views.challenge_detail, name="challenge_detail"),
    path("challenges/<slug:slug>/edit/", views.challenge_edit, name="challenge_edit"),
    path("challenges/<slug:slug>/status/", views.challenge_status, name="challenge_status"),
    path("challenges/<slug:slug>/solved/", views.challenge_solved, name="challenge_solved"),
    path("challenges/<slug:slug>/follow/", views.challenge_follow, name="challenge_follow"),
    path("challenges/<slug:slug>/propose/", views.solution_create, name="solution_create"),
    path("challenges/<slug:slug>/invite/<slug:expert_slug>/", views.expert_invite, name="expert_invite"),
    path(
        "expert-invitations/<id:pk>/respond/",
        views.expert_invitation_respond,
        name="expert_invitation_respond",
    ),
    path("solutions/<id:pk>/edit/", views.solution_edit, name="solution_edit"),
    path("solutions/<id:pk>/decide/", views.solution_decide, name="solution_decide"),
    path("attachments/<id:pk>/", views.attachment_download, name="attachment_download"),
]

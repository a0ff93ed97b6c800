"""URLs of the community app."""

from django.urls import path

from community.challenges import views as challenges
from community.notifications import views as notifications
from community.views import account, experts, organisations

app_name = "community"

urlpatterns = [
    path("organisations/", organisations.organisation_list, name="organisation_list"),
    path("organisations/new/", organisations.organisation_create, name="organisation_create"),
    path("organisations/<slug:slug>/", organisations.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", organisations.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/delete/", organisations.organisation_delete, name="organisation_delete"),
    path("organisations/<slug:slug>/members/", organisations.organisation_members, name="organisation_members"),
    path("organisations/<slug:slug>/members/<id:pk>/", organisations.membership_update, name="membership_update"),
    path("organisations/<slug:slug>/invitations/<id:pk>/revoke/", organisations.invitation_revoke,
         name="invitation_revoke"),
    path("invitations/<str:token>/", organisations.invitation_accept, name="invitation_accept"),
    path("experts/", experts.expert_list, name="expert_list"),
    path("experts/skills/suggest/", experts.skill_suggest, name="skill_suggest"),
    path("experts/<slug:slug>/", experts.expert_detail, name="expert_detail"),
    path("challenges/", challenges.challenge_list, name="challenge_list"),
    path("challenges/new/", challenges.challenge_create, name="challenge_create"),
    path("challenges/<slug:slug>/", challenges.challenge_detail, name="challenge_detail"),
    path("challenges/<slug:slug>/edit/", challenges.challenge_edit, name="challenge_edit"),
    path("challenges/<slug:slug>/status/", challenges.challenge_status, name="challenge_status"),
    path("challenges/<slug:slug>/solved/", challenges.challenge_solved, name="challenge_solved"),
    path("challenges/<slug:slug>/follow/", challenges.challenge_follow, name="challenge_follow"),
    path("challenges/<slug:slug>/propose/", challenges.solution_create, name="solution_create"),
    path("challenges/<slug:slug>/invite/<slug:expert_slug>/", challenges.expert_invite, name="expert_invite"),
    path("expert-invitations/<id:pk>/respond/", challenges.expert_invitation_respond,
         name="expert_invitation_respond"),
    path("solutions/<id:pk>/edit/", challenges.solution_edit, name="solution_edit"),
    path("solutions/<id:pk>/decide/", challenges.solution_decide, name="solution_decide"),
    path("attachments/<id:pk>/", challenges.attachment_download, name="attachment_download"),
    path("notifications/", notifications.notification_list, name="notification_list"),
    path("notifications/<id:pk>/open/", notifications.notification_open, name="notification_open"),
    path("notifications/read-all/", notifications.notification_read_all, name="notification_read_all"),
    path("notifications/settings/", notifications.notification_settings, name="notification_settings"),
    path("notifications/unsubscribe/<str:token>/", notifications.notification_unsubscribe,
         name="notifications_unsubscribe"),
    path("me/", account.dashboard, name="dashboard"),
    path("me/for-you/", account.for_you, name="for_you"),
    path("me/expert-profile/", experts.expert_profile_edit, name="expert_profile_edit"),
    path("account/profile/", account.profile_edit, name="profile_edit"),
    path("account/export/", account.account_export, name="account_export"),
    path("account/delete/", account.account_delete, name="account_delete"),
]

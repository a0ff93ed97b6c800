"""URLs of the discussion app (mounted at /comments/)."""

from django.urls import path

from community.discussion import views

app_name = "discussion"

urlpatterns = [
    path("challenge/<slug:slug>/", views.post_on_challenge, name="post_challenge"),
    path("solution/<id:pk>/", views.post_on_solution, name="post_solution"),
    path("<id:pk>/", views.comment_detail, name="comment"),
    path("<id:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("<id:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("<id:pk>/history/", views.comment_history, name="comment_history"),
]

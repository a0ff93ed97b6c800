"""URLs of the discussion app (mounted at /comments/)."""

from django.urls import path

from . import views

app_name = "discussion"

urlpatterns = [
    path("challenge/<slug:slug>/", views.post_on_challenge, name="post_challenge"),
    path("solution/<int:pk>/", views.post_on_solution, name="post_solution"),
    path("<int:pk>/", views.comment_detail, name="comment"),
    path("<int:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("<int:pk>/history/", views.comment_history, name="comment_history"),
]

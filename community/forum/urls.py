"""URLs of the forum app, mounted at /forum/ (namespace `forum`)."""

from django.urls import path

from . import views

app_name = "forum"

urlpatterns = [
    path("", views.forum_home, name="home"),
    path("new/", views.topic_create, name="topic_create"),
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("c/<slug:slug>/subscribe/", views.category_subscribe, name="category_subscribe"),
    path("t/<int:pk>/", views.topic_redirect, name="topic_short"),
    path("t/<int:pk>/edit/", views.topic_edit, name="topic_edit"),
    path("t/<int:pk>/history/", views.topic_history, name="topic_history"),
    path("t/<int:pk>/reply/", views.reply_create, name="reply_create"),
    path("t/<int:pk>/vote/", views.topic_vote, name="topic_vote"),
    path("t/<int:pk>/accept/", views.topic_accept, name="topic_accept"),
    path("t/<int:pk>/subscribe/", views.topic_subscribe, name="topic_subscribe"),
    path("t/<int:pk>/close/", views.topic_close, name="topic_close"),
    path("t/<int:pk>/<slug:slug>/", views.topic_detail, name="topic"),
    path("r/<int:pk>/edit/", views.reply_edit, name="reply_edit"),
    path("r/<int:pk>/history/", views.reply_history, name="reply_history"),
    path("r/<int:pk>/vote/", views.reply_vote, name="reply_vote"),
]

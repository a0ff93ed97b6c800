"""URLs of the forum app, mounted at /forum/ (namespace `forum`)."""

from django.urls import path

from community.forum import views

app_name = "forum"

urlpatterns = [
    path("", views.forum_home, name="home"),
    path("new/", views.topic_create, name="topic_create"),
    path("c/<slug:slug>/", views.category_detail, name="category"),
    path("c/<slug:slug>/subscribe/", views.category_subscribe, name="category_subscribe"),
    path("t/<id:pk>/", views.topic_redirect, name="topic_short"),
    path("t/<id:pk>/edit/", views.topic_edit, name="topic_edit"),
    path("t/<id:pk>/history/", views.topic_history, name="topic_history"),
    path("t/<id:pk>/reply/", views.reply_create, name="reply_create"),
    path("t/<id:pk>/vote/", views.topic_vote, name="topic_vote"),
    path("t/<id:pk>/accept/", views.topic_accept, name="topic_accept"),
    path("t/<id:pk>/subscribe/", views.topic_subscribe, name="topic_subscribe"),
    path("t/<id:pk>/close/", views.topic_close, name="topic_close"),
    path("t/<id:pk>/<slug:slug>/", views.topic_detail, name="topic"),
    path("r/<id:pk>/edit/", views.reply_edit, name="reply_edit"),
    path("r/<id:pk>/history/", views.reply_history, name="reply_history"),
    path("r/<id:pk>/vote/", views.reply_vote, name="reply_vote"),
]

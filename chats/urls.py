from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("bewaren/", views.submission_new, name="submission_new"),
    path("mijn-inzendingen/", views.submission_list, name="submission_list"),
    path("mijn-inzendingen/<int:pk>/", views.submission_detail, name="submission_detail"),
    path(
        "mijn-inzendingen/<int:pk>/antwoord/",
        views.submission_answer_view,
        name="submission_answer",
    ),
    path(
        "mijn-inzendingen/<int:pk>/intrekken/",
        views.submission_withdraw_view,
        name="submission_withdraw",
    ),
]

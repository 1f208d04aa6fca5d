"""Top-level URLs."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from accounts import views as account_views

from . import health

admin.site.site_header = "Meppel Archief — beheer"
admin.site.site_title = "Meppel Archief"
admin.site.index_title = "Informatiebeheer"

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/tweestaps/", account_views.verify, name="twofactor_verify"),
    path("accounts/tweestaps/instellen/", account_views.enrol, name="twofactor_enrol"),
    path("healthz", health.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("woo/", include("woo.urls")),
    path("", include("chats.urls")),
]

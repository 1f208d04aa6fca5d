"""Top-level URLs."""

from django.contrib import admin
from django.urls import include, path

from accounts import views as account_views

from . import accessibility, favicon, health

urlpatterns = [
    path("accounts/login/", account_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", account_views.LogoutView.as_view(), name="logout"),
    path("accounts/oidc/mislukt/", account_views.oidc_failed, name="oidc_failed"),
    # OpenID Connect (accounts/oidc.py); 404 while OIDC_RP_CLIENT_ID is empty.
    path("oidc/authenticate/", account_views.oidc_authenticate, name="oidc_authentication_init"),
    path("oidc/callback/", account_views.oidc_callback, name="oidc_authentication_callback"),
    path("accounts/tweestaps/", account_views.verify, name="twofactor_verify"),
    path("accounts/tweestaps/instellen/", account_views.enrol, name="twofactor_enrol"),
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", favicon.favicon),
    path("toegankelijkheid/", accessibility.statement, name="accessibility"),
    path("admin/", admin.site.urls),
    path("woo/", include("woo.urls")),
    path("", include("chats.urls")),
]

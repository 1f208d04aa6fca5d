"""Trusting the intranet SSO header, for existing users only."""

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db


def sso_settings():
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
        "accounts.sso.SSOHeaderMiddleware",
    )
    return override_settings(
        SSO_REMOTE_USER_HEADER="X-Remote-User",
        MIDDLEWARE=middleware,
        AUTHENTICATION_BACKENDS=[
            "accounts.sso.SSOBackend",
            "django.contrib.auth.backends.ModelBackend",
        ],
    )


def test_a_known_user_is_logged_in_from_the_header(client, medewerker):
    with sso_settings():
        response = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="medewerker")
    assert response.status_code == 200


def test_an_unknown_user_is_not_created(client, django_user_model, roles):
    with sso_settings():
        response = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="indringer")
    assert response.status_code == 302
    assert not django_user_model.objects.filter(username="indringer").exists()


def test_without_the_setting_the_header_is_ignored(client, medewerker):
    response = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="medewerker")
    assert response.status_code == 302

"""Header sign-on: only from the trusted proxy, for existing users only, and audited."""

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.test import Client, override_settings

from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
ELSEWHERE = "192.0.2.66"


def sso_settings(trusted=(PROXY,), header="X-Remote-User"):
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(
        middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
        "accounts.sso.SSOHeaderMiddleware",
    )
    return override_settings(
        SSO_REMOTE_USER_HEADER=header,
        SSO_TRUSTED_PROXIES=list(trusted),
        MIDDLEWARE=middleware,
        AUTHENTICATION_BACKENDS=[
            *settings.AUTHENTICATION_BACKENDS[:-1],
            "accounts.sso.SSOBackend",
            "accounts.backends.ArchiefModelBackend",
        ],
    )


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))


def test_a_known_user_is_logged_in_from_the_proxy_and_the_login_audited(client, medewerker):
    with sso_settings():
        response = client.get(
            "/mijn-inzendingen/", HTTP_X_REMOTE_USER="medewerker", REMOTE_ADDR=PROXY
        )
    assert response.status_code == 200
    event = AuditEvent.objects.get(action="user.logged_in")
    assert (event.actor, event.detail) == (medewerker, {"method": "header"})


def test_an_unknown_user_is_not_created(client, django_user_model, roles):
    with sso_settings():
        response = client.get(
            "/mijn-inzendingen/", HTTP_X_REMOTE_USER="indringer", REMOTE_ADDR=PROXY
        )
    assert response.status_code == 302
    assert not django_user_model.objects.filter(username="indringer").exists()


def test_without_the_setting_the_header_is_ignored(client, medewerker):
    response = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="medewerker")
    assert response.status_code == 302


def test_the_header_from_any_other_address_is_ignored_and_audited(client, beheerder):
    """The spoof: a client that reaches the app directly names beheer in the header."""
    with sso_settings():
        response = client.get("/admin/auth/user/", HTTP_X_REMOTE_USER="bea", REMOTE_ADDR=ELSEWHERE)
    assert response.status_code == 302  # to the login page
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get()
    assert (event.action, event.result, event.remote_addr) == (
        "sso_header.refused",
        "geweigerd",
        ELSEWHERE,
    )
    assert event.detail == {"username": "bea", "reason": "untrusted_address"}


def test_without_trusted_proxies_header_sign_on_is_off(client, beheerder):
    with sso_settings(trusted=()):
        response = client.get("/admin/auth/user/", HTTP_X_REMOTE_USER="bea")
    assert response.status_code == 302
    assert AuditEvent.objects.get().detail["reason"] == "no_trusted_proxies"


def test_a_password_session_does_not_become_beheer_by_adding_the_header(medewerker, beheerder):
    client = Client(REMOTE_ADDR=ELSEWHERE)
    with sso_settings():
        login = {"username": "medewerker", "password": "geheim-wachtwoord-123"}
        assert client.post("/accounts/login/", login).status_code == 302
        admin = client.get("/admin/auth/user/", HTTP_X_REMOTE_USER="bea")
        own = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="bea")
    assert admin.status_code == 403  # medewerker has no admin access: "Geen toegang"
    assert own.status_code == 200 and own.wsgi_request.user == medewerker
    assert actions() == ["user.logged_in", "sso_header.refused", "sso_header.refused"]


def test_from_the_proxy_the_proxys_user_wins_and_the_switch_is_audited(medewerker, beheerder):
    client = Client(REMOTE_ADDR=PROXY)
    client.force_login(medewerker)
    with sso_settings():
        response = client.get("/mijn-inzendingen/", HTTP_X_REMOTE_USER="bea")
    assert response.wsgi_request.user == beheerder
    assert actions() == ["user.logged_in", "user.logged_out", "user.logged_in", "session.switched"]
    switched = AuditEvent.objects.get(action="session.switched")
    assert (switched.actor, switched.detail) == (beheerder, {"previous_user_id": medewerker.pk})


def test_a_system_check_warns_when_the_header_is_set_without_trusted_proxies():
    with override_settings(SSO_REMOTE_USER_HEADER="X-Remote-User", SSO_TRUSTED_PROXIES=[]):
        ids = {message.id for message in run_checks()}
    assert "accounts.W001" in ids
    with override_settings(SSO_REMOTE_USER_HEADER="X-Remote-User", SSO_TRUSTED_PROXIES=["10/8x"]):
        ids = {message.id for message in run_checks()}
    assert "accounts.E001" in ids
    with override_settings(SSO_REMOTE_USER_HEADER="X-Remote-User", SSO_TRUSTED_PROXIES=[PROXY]):
        ids = {message.id for message in run_checks()}
    assert not {"accounts.W001", "accounts.E001"} & ids


# --- behind our own nginx (docker-compose): it forwards, it does not sign on ----------------------

NGINX = "172.30.250.10"


def test_a_client_that_reaches_nginx_directly_cannot_sign_on(client, medewerker, settings):
    """nginx passes the header on unchanged; what counts is who handed the request to nginx."""
    settings.ARCHIEF_FORWARDING_PROXIES = [NGINX]
    with sso_settings():
        response = client.get(
            "/mijn-inzendingen/",
            HTTP_X_REMOTE_USER="medewerker",
            HTTP_X_FORWARDED_FOR=f"{PROXY}, {ELSEWHERE}",  # the first hop is forged by the client
            REMOTE_ADDR=NGINX,
        )
    assert response.status_code == 302
    assert "user.logged_in" not in actions()
    assert AuditEvent.objects.get(action="sso_header.refused").remote_addr == ELSEWHERE


def test_the_municipal_proxy_signs_on_through_nginx(client, medewerker, settings):
    settings.ARCHIEF_FORWARDING_PROXIES = [NGINX]
    with sso_settings():
        response = client.get(
            "/mijn-inzendingen/",
            HTTP_X_REMOTE_USER="medewerker",
            HTTP_X_FORWARDED_FOR=f"10.9.8.7, {PROXY}",
            REMOTE_ADDR=NGINX,
        )
    assert response.status_code == 200
    event = AuditEvent.objects.get(action="user.logged_in")
    assert (event.actor, event.remote_addr) == (medewerker, "10.9.8.7")


def test_nginx_alone_is_no_sign_on_source(client, medewerker, settings):
    """Listing nginx as a forwarding proxy does not make a request from nginx itself trusted."""
    settings.ARCHIEF_FORWARDING_PROXIES = [NGINX]
    with sso_settings():
        response = client.get(
            "/mijn-inzendingen/", HTTP_X_REMOTE_USER="medewerker", REMOTE_ADDR=NGINX
        )
    assert response.status_code == 302

"""OIDC sign-on against a real OpenID provider (npm oidc-provider, run with node on a spare port):
through its login page, claims to user and roles, the provider's MFA claim, logout at the provider.
"""

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from accounts.roles import INFORMATIEBEHEER, MEDEWERKER, WOO_BEHANDELAAR, sync_roles
from audit.models import AuditEvent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROVIDER_DIR = Path(__file__).resolve().parents[1] / "oidc"


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def provider(live_server):
    """The provider, started for this test's live server; yields its issuer URL."""
    node = shutil.which("node")
    if node is None or not (PROVIDER_DIR / "node_modules" / "oidc-provider").exists():
        pytest.skip("node of tests/oidc/node_modules ontbreekt (make setup-test installeert ze)")
    port = spare_port()
    env = {
        **os.environ,
        "OIDC_TEST_PORT": str(port),
        "OIDC_TEST_REDIRECT_URI": f"{live_server.url}/oidc/callback/",
        "OIDC_TEST_LOGOUT_URI": f"{live_server.url}/accounts/login/",
    }
    process = subprocess.Popen(
        [node, "provider.mjs"],
        cwd=PROVIDER_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("ready "), line
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def oidc_settings(settings, provider):
    settings.OIDC_RP_CLIENT_ID = "meppel-archief"
    settings.OIDC_RP_CLIENT_SECRET = "test-geheim-niet-voor-productie"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{provider}/auth"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{provider}/token"
    settings.OIDC_OP_USER_ENDPOINT = f"{provider}/me"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{provider}/jwks"
    settings.OIDC_OP_LOGOUT_ENDPOINT = f"{provider}/session/end"
    settings.OIDC_RP_SCOPES = "openid email profile groups amr"
    settings.OIDC_ROLE_MAP = (
        "GG-Archief-Informatiebeheer=Informatiebeheer,GG-Archief-Woo=Woo-behandelaar"
    )
    settings.OIDC_CREATE_UNKNOWN_USERS = False
    settings.ARCHIEF_2FA_REQUIRED = True
    settings.AUTHENTICATION_BACKENDS = [
        *settings.AUTHENTICATION_BACKENDS,
        "accounts.oidc.ArchiefOIDCBackend",
    ]
    sync_roles()
    return settings


def sign_in_at_provider(page, live_server, account: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/")
    page.click("#oidc-login")
    # The provider's own login page, then its consent page.
    page.wait_for_selector("input[name=login]")
    page.fill("input[name=login]", account)
    page.fill("input[name=password]", "wat-dan-ook")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    if page.locator("button[autofocus]").count() and "/interaction/" in page.url:
        page.click("button[autofocus]")
    page.wait_for_url(f"{live_server.url}/**")
    page.wait_for_load_state()


def test_sign_on_maps_roles_trusts_the_mfa_claim_and_logs_out_at_the_provider(
    page, live_server, oidc_settings
):
    user_model = get_user_model()
    inge = user_model.objects.create_user("inge", email="oud@meppel.example")
    inge.groups.add(*sync_roles().values())  # every role: the provider's groups decide

    sign_in_at_provider(page, live_server, "inge")

    inge.refresh_from_db()
    assert set(inge.groups.values_list("name", flat=True)) == {MEDEWERKER, INFORMATIEBEHEER}
    assert (inge.email, inge.first_name, inge.last_name) == (
        "inge@meppel.example",
        "Inge",
        "Bakker",
    )
    # amr holds "mfa": no second step here, straight to Informatiebeheer's queue.
    page.goto(f"{live_server.url}/admin/chats/submission/")
    assert page.url.startswith(f"{live_server.url}/admin/chats/submission/")
    assert page.locator("#content h1").count() == 1
    login = AuditEvent.objects.get(action="user.logged_in")
    assert (login.actor, login.detail) == (inge, {"method": "oidc"})
    assert AuditEvent.objects.filter(action="user_access.changed", object_id=str(inge.pk)).exists()

    # Logout ends the session here and at the provider, which asks to confirm and comes back.
    page.goto(f"{live_server.url}/")
    if page.locator(".navbar-toggler").is_visible():
        page.click(".navbar-toggler")
        # Bootstrap's menu is ".collapsing" (clipped) while it opens and ".show" once open; a
        # click during the opening could land on nothing under load (CI, stop 28).
        page.wait_for_selector("#nav.show")
    with page.expect_navigation():
        page.locator("form[action='/accounts/logout/'] button").first.click()
    page.wait_for_url("**/session/end**")
    page.click("button[autofocus]")
    page.wait_for_url(f"{live_server.url}/accounts/login/**")
    assert AuditEvent.objects.filter(action="user.logged_out", actor=inge).count() == 1
    # Signed out at the provider too: signing on again shows its login page.
    page.click("#oidc-login")
    page.wait_for_selector("input[name=login]")


def test_without_an_mfa_claim_the_own_second_step_is_asked(page, live_server, oidc_settings):
    get_user_model().objects.create_user("wouter")
    sign_in_at_provider(page, live_server, "wouter")
    page.goto(f"{live_server.url}/woo/zoeken/")
    assert "/accounts/tweestaps/instellen/" in page.url
    wouter = get_user_model().objects.get(username="wouter")
    assert set(wouter.groups.values_list("name", flat=True)) == {MEDEWERKER, WOO_BEHANDELAAR}


def test_an_unknown_user_is_refused_with_a_dutch_page(page, live_server, oidc_settings):
    sign_in_at_provider(page, live_server, "nieuw")
    assert "/accounts/oidc/mislukt/" in page.url
    assert "niet gelukt" in page.content()
    assert not get_user_model().objects.filter(username="nieuw").exists()
    failure = AuditEvent.objects.get(action="user.login_failed")
    assert failure.detail == {"username": "nieuw"}

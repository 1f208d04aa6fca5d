"""The second login step (TOTP) for Informatiebeheer, Woo, Beheer and superusers."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import BEHEERDER, INFORMATIEBEHEER, MEDEWERKER, WOO_BEHANDELAAR
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"
# A page of each role that the role may reach once signed on.
ROLE_PAGES = {
    INFORMATIEBEHEER: "admin:chats_submission_changelist",
    WOO_BEHANDELAAR: "woo:search",
    BEHEERDER: "admin:auth_user_changelist",
}


@pytest.fixture
def required(settings):
    settings.ARCHIEF_2FA_REQUIRED = True
    settings.ARCHIEF_LOGIN_FAILURE_LIMIT = settings.AXES_FAILURE_LIMIT = 5


def password_login(client, user):
    response = client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:300]
    return response


def code_for(device: TOTPDevice, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset):06d}"


@pytest.mark.parametrize("role", list(ROLE_PAGES))
def test_a_role_without_a_device_is_sent_to_enrolment_and_reaches_nothing(
    client, make_user, required, role
):
    user = make_user("rol", MEDEWERKER, role)
    password_login(client, user)
    for url in (reverse(ROLE_PAGES[role]), reverse("home"), reverse("admin:index")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("twofactor_enrol")), url
    page = client.get(reverse("twofactor_enrol"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Tweestapsverificatie instellen" in html and "<svg" in html


def test_enrolment_with_a_valid_code_opens_the_pages_and_is_audited(client, make_user, required):
    user = make_user("inge2", MEDEWERKER, INFORMATIEBEHEER)
    password_login(client, user)
    client.get(reverse("twofactor_enrol"))
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(reverse("twofactor_enrol"), {"code": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse(ROLE_PAGES[INFORMATIEBEHEER])).status_code == 200
    assert AuditEvent.objects.filter(action="otp_device.confirmed", actor=user).count() == 1


def test_with_a_device_each_login_asks_the_code_and_a_valid_one_passes(client, make_user, required):
    user = make_user("wouter2", MEDEWERKER, WOO_BEHANDELAAR)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    password_login(client, user)
    response = client.get(reverse("woo:search"))
    assert response["Location"].startswith(reverse("twofactor_verify"))
    response = client.post(
        reverse("twofactor_verify"), {"code": code_for(device), "next": reverse("woo:search")}
    )
    assert response.status_code == 302 and response["Location"] == reverse("woo:search")
    assert client.get(reverse("woo:search")).status_code == 200
    assert AuditEvent.objects.filter(action="otp.verified", actor=user).count() == 1


def test_a_wrong_code_is_refused_and_counts_as_a_failed_login(client, make_user, required):
    user = make_user("bart2", MEDEWERKER, BEHEERDER)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    password_login(client, user)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("twofactor_verify"), {"code": wrong})
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302
    row = AuditEvent.objects.get(action="otp.failed")
    assert (row.actor, row.result, row.detail) == (user, "mislukt", {"stage": "login"})
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 1


def test_a_code_right_after_a_wrong_one_waits_and_is_not_counted(client, make_user, required):
    """django-otp throttles after a wrong code; the page says to wait, nothing more is counted."""
    user = make_user("bart4", MEDEWERKER, BEHEERDER)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    password_login(client, user)
    client.post(reverse("twofactor_verify"), {"code": "000000"})
    response = client.post(reverse("twofactor_verify"), {"code": code_for(device)})
    assert response.status_code == 200
    assert "Te snel na een verkeerde code" in response.content.decode()
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 1
    assert AuditEvent.objects.filter(action="otp.failed").count() == 1


def test_five_wrong_codes_lock_the_account_and_end_the_session(
    client, make_user, required, settings
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no waiting between the wrong codes in this test
    user = make_user("bart3", MEDEWERKER, BEHEERDER)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    password_login(client, user)
    responses = [client.post(reverse("twofactor_verify"), {"code": "000000"}) for _ in range(5)]
    assert responses[-1].status_code == 429
    assert "Te veel mislukte inlogpogingen" in responses[-1].content.decode()
    assert "_auth_user_id" not in client.session
    # The right password no longer lets the user in either.
    response = client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 429


def test_a_superuser_needs_the_second_step_too(client, django_user_model, required):
    root = django_user_model.objects.create_superuser("root", "root@example.nl", PASSWORD)
    password_login(client, root)
    response = client.get(reverse("admin:index"))
    assert response["Location"].startswith(reverse("twofactor_enrol"))


def test_a_session_without_a_recorded_login_method_is_asked_too(client, make_user, required):
    user = make_user("oud", MEDEWERKER, INFORMATIEBEHEER)
    password_login(client, user)
    session = client.session
    del session["archief_login_method"]
    session.save()
    response = client.get(reverse(ROLE_PAGES[INFORMATIEBEHEER]))
    assert response["Location"].startswith(reverse("twofactor_enrol"))


def test_medewerkers_are_not_asked(client, medewerker, required):
    password_login(client, medewerker)
    assert client.get(reverse("home")).status_code == 200


def test_without_the_requirement_the_demo_logs_in_by_password_only(client, make_user, settings):
    settings.ARCHIEF_2FA_REQUIRED = False
    user = make_user("inge3", MEDEWERKER, INFORMATIEBEHEER)
    password_login(client, user)
    assert client.get(reverse(ROLE_PAGES[INFORMATIEBEHEER])).status_code == 200


@pytest.mark.parametrize(
    ("module", "expected"),
    [("meppel_archief.settings.production", "True"), ("meppel_archief.settings.dev", "False")],
)
def test_the_requirement_is_on_in_production_and_off_for_make_run(module, expected):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "ARCHIEF_2FA_REQUIRED"}
    env["SECRET_KEY"] = "x" * 60
    code = f"import {module} as s; print(s.ARCHIEF_2FA_REQUIRED)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected

"""The login trail (audit) and the login throttle (django-axes)."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse

from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
PASSWORD = "geheim-wachtwoord-123"


def post_login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def test_login_failure_and_logout_are_audited_with_name_and_address(medewerker):
    client = Client(REMOTE_ADDR="192.0.2.5")
    assert post_login(client, "medewerker", "fout").status_code == 200
    assert post_login(client, "medewerker", PASSWORD).status_code == 302
    assert client.post(reverse("logout")).status_code == 302
    rows = list(AuditEvent.objects.order_by("pk"))
    assert [(row.action, row.result) for row in rows] == [
        ("user.login_failed", "mislukt"),
        ("user.logged_in", "ok"),
        ("user.logged_out", "ok"),
    ]
    failed, logged_in, logged_out = rows
    assert failed.detail == {"username": "medewerker"} and failed.actor is None
    assert "fout" not in str(failed.detail)
    assert (logged_in.actor, logged_in.detail) == (medewerker, {"method": "password"})
    assert logged_out.actor == medewerker
    assert {row.remote_addr for row in rows} == {"192.0.2.5"}
    assert [row.label for row in rows] == ["Inloggen mislukt", "Ingelogd", "Uitgelogd"]


def test_a_name_of_no_account_is_kept_only_as_a_keyed_hash(medewerker):
    """A password typed into the name field (or a resident's e-mail address) would stay in the
    audit log for good: a name no account has is kept as its keyed hash, the same for each try,
    so an attack on one name still shows as one; the lockout row likewise."""
    import hashlib

    typed = "Zomer2026!geheim"
    client = Client(REMOTE_ADDR="192.0.2.40")
    for _ in range(5):
        post_login(client, typed, "fout")
    rows = list(AuditEvent.objects.filter(action__in=("user.login_failed", "user.locked_out")))
    assert len(rows) >= 5
    for row in rows:
        assert typed not in str(row.detail) and typed.lower() not in str(row.detail).lower()
        assert row.detail["username_unknown"] is True
    digests = {row.detail["username_digest"] for row in rows}
    assert len(digests) == 1 and hashlib.sha256(typed.encode()).hexdigest() not in digests
    # An account's name stays readable: whose account was tried is what the trail is for.
    post_login(Client(REMOTE_ADDR="192.0.2.41"), "Medewerker", "fout")
    last = AuditEvent.objects.filter(action="user.login_failed").order_by("pk").last()
    assert last.detail == {"username": "Medewerker"}


def test_seventy_wrong_passwords_then_the_right_one_is_refused(medewerker):
    client = Client(REMOTE_ADDR="192.0.2.6")
    for _ in range(70):
        post_login(client, "medewerker", "fout")
    response = post_login(client, "medewerker", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    html = response.content.decode()
    assert "Te veel mislukte inlogpogingen" in html
    assert f"over {settings.ARCHIEF_LOGIN_COOLOFF_MINUTES} minuten" in html


def test_the_lockout_comes_at_the_configured_limit_and_is_audited(medewerker):
    assert settings.ARCHIEF_LOGIN_FAILURE_LIMIT == settings.AXES_FAILURE_LIMIT == 5
    client = Client(REMOTE_ADDR="192.0.2.7")
    for _ in range(4):
        assert post_login(client, "medewerker", "fout").status_code == 200
    assert post_login(client, "medewerker", "fout").status_code == 429
    locked = AuditEvent.objects.get(action="user.locked_out")
    assert (locked.result, locked.detail) == ("geblokkeerd", {"username": "medewerker"})
    assert locked.label == "Inloggen geblokkeerd na te veel mislukte pogingen"


def test_the_account_is_locked_from_any_address(medewerker):
    for number in range(5):
        post_login(Client(REMOTE_ADDR=f"192.0.2.{10 + number}"), "medewerker", "fout")
    assert post_login(Client(REMOTE_ADDR="192.0.2.99"), "medewerker", PASSWORD).status_code == 429


def test_an_address_is_locked_whatever_names_it_tries(medewerker):
    client = Client(REMOTE_ADDR="192.0.2.8")
    for number in range(5):
        post_login(client, f"iemand{number}", "fout")
    assert post_login(client, "medewerker", PASSWORD).status_code == 429
    # Another address still gets in.
    assert post_login(Client(REMOTE_ADDR="192.0.2.9"), "medewerker", PASSWORD).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_limit_follows_the_setting(medewerker):
    client = Client(REMOTE_ADDR="192.0.2.20")
    assert post_login(client, "medewerker", "fout").status_code == 200
    assert post_login(client, "medewerker", "fout").status_code == 429


def test_beheer_lifts_a_lockout_in_the_admin(medewerker, beheerder_client):
    client = Client(REMOTE_ADDR="192.0.2.30")
    for _ in range(5):
        post_login(client, "medewerker", "fout")
    attempt = AccessAttempt.objects.get(username="medewerker")
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert beheerder_client.get(changelist).status_code == 200
    response = beheerder_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"}
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert post_login(client, "medewerker", PASSWORD).status_code == 302


def test_a_medewerker_cannot_lift_a_lockout(medewerker, client):
    client.force_login(medewerker)
    # Logged in without admin access: "Geen toegang" (403), not the admin's login form.
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def _axes_rows() -> str:
    from axes.models import AccessFailureLog, AccessLog

    rows = [*AccessAttempt.objects.values(), *AccessLog.objects.values()]
    rows += AccessFailureLog.objects.values()
    return str(rows).lower()


@override_settings(AXES_ENABLE_ACCESS_FAILURE_LOG=True)
def test_the_throttle_keeps_a_name_of_no_account_only_as_its_keyed_hash(medewerker):
    """django-axes keeps the name each failed login typed: a resident's e-mail address or a
    password in the name field would stay in its tables. It keeps a name no account has as the
    audit log's keyed hash, and still locks that name out from any address."""
    from audit.digests import login_name_digest

    typed = "J.deVries-Mulder@example.nl"
    for number in range(5):
        post_login(Client(REMOTE_ADDR=f"192.0.2.{60 + number}"), typed, "fout")
    assert post_login(Client(REMOTE_ADDR="192.0.2.70"), typed, "fout").status_code == 429
    assert typed.lower() not in _axes_rows()
    stored = set(AccessAttempt.objects.values_list("username", flat=True))
    assert stored == {f"onbekend:{login_name_digest(typed)}"}
    # The audit log's lockout row names the same hash as its failed logins, not a hash of it.
    digests = {
        row.detail["username_digest"]
        for row in AuditEvent.objects.filter(action__in=("user.login_failed", "user.locked_out"))
    }
    assert digests == {login_name_digest(typed)}


@override_settings(AXES_ENABLE_ACCESS_FAILURE_LOG=True)
def test_the_throttle_keeps_an_accounts_name_so_beheer_can_lift_its_lockout(medewerker):
    for number in range(5):
        post_login(Client(REMOTE_ADDR=f"192.0.2.{80 + number}"), "medewerker", "fout")
    assert post_login(Client(REMOTE_ADDR="192.0.2.90"), "medewerker", PASSWORD).status_code == 429
    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"medewerker"}


def test_names_the_throttle_kept_as_typed_before_are_hashed_at_the_next_migrate(medewerker):
    """Attempts kept before the throttle hashed names (their lockout may last until Beheer lifts
    it) still hold what was typed: after the upgrade's migrate only the keyed hash is left, and
    an account's name stays as it was."""
    from axes.models import AccessFailureLog
    from django.apps import apps

    from accounts.receivers import last_app_with_models, throttle_names_hashed_after_migrate
    from audit.digests import login_name_digest

    typed = "inwoner.jansen@example.nl"
    row = {"user_agent": "test", "http_accept": "*/*", "path_info": LOGIN}
    for name in (typed, "medewerker"):
        AccessAttempt.objects.create(
            username=name, ip_address="192.0.2.1", get_data="", post_data="",
            failures_since_start=5, **row,
        )  # fmt: skip
        AccessFailureLog.objects.create(username=name, ip_address="192.0.2.1", **row)
    throttle_names_hashed_after_migrate(sender=apps.get_app_config("axes"))
    assert AccessAttempt.objects.filter(username=typed).exists()  # not the last app yet
    throttle_names_hashed_after_migrate(sender=last_app_with_models())
    hashed = f"onbekend:{login_name_digest(typed)}"
    for model in (AccessAttempt, AccessFailureLog):
        assert set(model.objects.values_list("username", flat=True)) == {hashed, "medewerker"}
    assert typed not in _axes_rows()

"""OIDC claims to roles and the provider's MFA claim (the sign-on itself: tests/browser)."""

import pytest

from accounts.oidc import claims_show_mfa, parse_role_map, roles_from_claims
from accounts.roles import INFORMATIEBEHEER, MEDEWERKER, WOO_BEHANDELAAR


def test_the_role_map_reads_group_equals_role_pairs():
    assert parse_role_map(" GG-DI = Informatiebeheer ,GG-Woo=Woo-behandelaar,") == {
        "GG-DI": INFORMATIEBEHEER,
        "GG-Woo": WOO_BEHANDELAAR,
    }
    assert parse_role_map("") == {}


@pytest.mark.parametrize("text", ["GG-DI", "GG-DI=Archivaris", "=Beheerder"])
def test_a_wrong_role_map_is_refused_with_a_dutch_message(text):
    with pytest.raises(ValueError, match="OIDC_ROLE_MAP"):
        parse_role_map(text)


def test_roles_come_from_the_group_claim_plus_medewerker(settings):
    settings.OIDC_GROUPS_CLAIM = "groups"
    role_map = {"GG-DI": INFORMATIEBEHEER}
    assert roles_from_claims({"groups": ["GG-DI", "GG-Koffie"]}, role_map) == {
        MEDEWERKER,
        INFORMATIEBEHEER,
    }
    assert roles_from_claims({"groups": "GG-DI"}, role_map) == {MEDEWERKER, INFORMATIEBEHEER}
    assert roles_from_claims({}, role_map) == {MEDEWERKER}


def test_the_mfa_claim_is_read_as_configured(settings):
    settings.OIDC_MFA_CLAIM = "amr"
    settings.OIDC_MFA_VALUES = ["mfa", "otp"]
    assert claims_show_mfa({"amr": ["pwd", "mfa"]})
    assert claims_show_mfa({"amr": "otp"})
    assert not claims_show_mfa({"amr": ["pwd"]})
    assert not claims_show_mfa({})


def test_the_system_check_names_missing_endpoints_and_a_wrong_role_map(settings):
    from accounts.checks import check_oidc

    settings.OIDC_RP_CLIENT_ID = "meppel-archief"
    settings.OIDC_RP_CLIENT_SECRET = ""
    settings.OIDC_ROLE_MAP = "GG=Onbekend"
    ids = [error.id for error in check_oidc(None)]
    assert "accounts.E002" in ids and "accounts.E003" in ids
    settings.OIDC_RP_CLIENT_ID = ""
    assert check_oidc(None) == []


@pytest.mark.django_db
def test_the_oidc_routes_are_off_without_a_client_id(client, settings):
    from django.urls import reverse

    settings.OIDC_RP_CLIENT_ID = ""
    assert client.get(reverse("oidc_authentication_init")).status_code == 404
    assert client.get(reverse("oidc_authentication_callback")).status_code == 404
    assert "oidc-login" not in client.get(reverse("login")).content.decode()


def _backend(rf):
    from accounts.oidc import ArchiefOIDCBackend

    backend = ArchiefOIDCBackend()
    request = rf.get("/oidc/callback/")
    request.session = {}
    backend.request = request
    return backend


@pytest.mark.django_db
@pytest.mark.parametrize("role_map", ["", "GG-DI=Informatiebeheer"])
def test_an_unknown_user_created_at_sign_on_is_a_medewerker_and_audited(
    rf, settings, roles, role_map
):
    # README: OIDC_CREATE_UNKNOWN_USERS creates unknown users "as Medewerker", also without a
    # role map (then roles are otherwise given in the admin); the new account is an audit row.
    from audit.models import AuditEvent

    settings.OIDC_CREATE_UNKNOWN_USERS = True
    settings.OIDC_ROLE_MAP = role_map
    claims = {"preferred_username": "nieuwe.collega", "email": "nieuwe.collega@meppel.nl"}
    user = _backend(rf).create_user(claims)
    assert list(user.groups.values_list("name", flat=True)) == [MEDEWERKER]
    [event] = AuditEvent.objects.filter(action="user.created_sso")
    assert event.actor is None
    assert event.detail["user_id"] == user.pk
    assert event.detail["access"]["roles"] == [MEDEWERKER]
    assert event.label == "Gebruiker aangemaakt bij eerste aanmelding via de identiteitsprovider"


@pytest.mark.django_db
def test_an_unknown_user_is_refused_without_the_setting_and_nothing_is_written(
    rf, settings, roles, django_user_model
):
    from audit.models import AuditEvent

    settings.OIDC_CREATE_UNKNOWN_USERS = False
    assert _backend(rf).create_user({"preferred_username": "onbekend"}) is None
    assert not django_user_model.objects.filter(username="onbekend").exists()
    assert not AuditEvent.objects.filter(action__startswith="user.created").exists()

"""System checks of the sign-on settings."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from audit.proxies import parse_networks

from .oidc import parse_role_map


@register(Tags.security)
def check_forwarding_proxies(app_configs, **kwargs):
    try:
        parse_networks(getattr(settings, "ARCHIEF_FORWARDING_PROXIES", []) or [])
    except ValueError as error:
        return [
            Error(
                f"ARCHIEF_FORWARDING_PROXIES holds an address that is no IP or CIDR: {error}",
                id="accounts.E004",
            )
        ]
    return []


@register(Tags.security)
def check_sso_trusted_proxies(app_configs, **kwargs):
    values = getattr(settings, "SSO_TRUSTED_PROXIES", []) or []
    try:
        networks = parse_networks(values)
    except ValueError as error:
        return [
            Error(
                f"SSO_TRUSTED_PROXIES holds an address that is no IP or CIDR: {error}",
                id="accounts.E001",
            )
        ]
    if settings.SSO_REMOTE_USER_HEADER and not networks:
        return [
            Warning(
                "SSO_REMOTE_USER_HEADER is set but SSO_TRUSTED_PROXIES is empty: header sign-on is "
                "off (every request with the header is refused and audited).",
                hint="Set SSO_TRUSTED_PROXIES to the reverse proxy's address(es).",
                id="accounts.W001",
            )
        ]
    return []


OIDC_REQUIRED = (
    "OIDC_RP_CLIENT_SECRET",
    "OIDC_OP_AUTHORIZATION_ENDPOINT",
    "OIDC_OP_TOKEN_ENDPOINT",
    "OIDC_OP_USER_ENDPOINT",
    "OIDC_OP_JWKS_ENDPOINT",
)


@register(Tags.security)
def check_oidc(app_configs, **kwargs):
    if not settings.OIDC_RP_CLIENT_ID:
        return []
    errors = [
        Error(f"OIDC_RP_CLIENT_ID is set but {name} is empty.", id="accounts.E002")
        for name in OIDC_REQUIRED
        if not getattr(settings, name, "")
    ]
    try:
        parse_role_map(settings.OIDC_ROLE_MAP)
    except ValueError as error:
        errors.append(Error(str(error), id="accounts.E003"))
    return errors

"""System checks of the sign-on settings."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from audit.proxies import parse_networks


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

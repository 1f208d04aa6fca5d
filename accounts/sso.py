"""Trust the intranet SSO header set by the municipality's reverse proxy (REMOTE_USER)."""

from django.conf import settings
from django.contrib.auth.backends import RemoteUserBackend
from django.contrib.auth.middleware import RemoteUserMiddleware


class SSOHeaderMiddleware(RemoteUserMiddleware):
    """Reads the user name from the header named in SSO_REMOTE_USER_HEADER."""

    force_logout_if_no_header = False

    @property
    def header(self) -> str:
        name = settings.SSO_REMOTE_USER_HEADER.upper().replace("-", "_")
        return name if name == "REMOTE_USER" else f"HTTP_{name}"


class SSOBackend(RemoteUserBackend):
    """Only existing users may log in through SSO; roles are granted in the admin."""

    create_unknown_user = False

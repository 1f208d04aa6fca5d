"""Header sign-on: trust the user name the municipality's reverse proxy puts in a header.

Only from the proxy: a request carrying the header (SSO_REMOTE_USER_HEADER) is believed only when
its REMOTE_ADDR is one of SSO_TRUSTED_PROXIES (or, behind our own forwarding nginx,
ARCHIEF_FORWARDING_PROXIES, the hop that handed it to nginx is). From any other address the header is ignored and
the attempt audited; with no trusted proxies configured header sign-on is off (a system check
warns). From the proxy, the proxy's user wins: a session of another user is ended first and the
switch audited, so a password session never turns into someone else's without the proxy saying so.
"""

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.backends import RemoteUserBackend
from django.contrib.auth.middleware import RemoteUserMiddleware

from audit import events
from audit.proxies import request_from_trusted_proxy, trusted_networks

from .backends import PlainQueryPermissions


class SSOHeaderMiddleware(RemoteUserMiddleware):
    """Reads the user name from the header named in SSO_REMOTE_USER_HEADER, from trusted proxies."""

    force_logout_if_no_header = False

    @property
    def header(self) -> str:
        name = settings.SSO_REMOTE_USER_HEADER.upper().replace("-", "_")
        return name if name == "REMOTE_USER" else f"HTTP_{name}"

    def process_request(self, request):
        if not settings.SSO_REMOTE_USER_HEADER:
            return
        username = request.META.get(self.header)
        if username is None:
            return
        username = username.strip()
        networks = trusted_networks()
        if not networks or not request_from_trusted_proxy(request):
            events.sso_header_refused(
                username=username,
                reason="untrusted_address" if networks else "no_trusted_proxies",
                request=request,
            )
            return
        if not username:
            return
        previous_id = None
        if request.user.is_authenticated:
            if request.user.get_username() == username:
                return
            previous_id = request.user.pk
            auth.logout(request)  # the proxy's user wins; audited as a logout
        user = auth.authenticate(request, remote_user=username)
        if user:
            request.user = user
            auth.login(request, user)
            if previous_id is not None:
                events.session_switched(actor=user, previous_user_id=previous_id, request=request)

    async def aprocess_request(self, request):
        await sync_to_async(self.process_request, thread_sensitive=True)(request)


class SSOBackend(PlainQueryPermissions, RemoteUserBackend):
    """Only existing users may log in through SSO; roles are granted in the admin."""

    create_unknown_user = False

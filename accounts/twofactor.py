"""Two-factor authentication (TOTP, django-otp) for the roles that read or run the archive.

Informatiebeheer, Woo-behandelaar, Beheerder and superusers who log in with a password must pass
a second step: a six-digit code from an authenticator app. Without a confirmed app they are sent
to the enrolment page first; until they pass, every other page sends them back (the admin too).
Medewerkers are not asked. A login through the municipality's sign-on proxy (header SSO) is not
a password login: the proxy's own sign-on is trusted; an OIDC sign-on is asked unless the provider
says it used a second factor (accounts/oidc.py). ARCHIEF_2FA_REQUIRED switches the whole
requirement (on by default in production, off for `make run`'s demo and in the tests).

A wrong code is a failed login: it counts towards the lockout (django-axes) like a wrong password
and is an audit row; at the limit the user is logged out and sees the lockout page.
"""

from __future__ import annotations

import io
from base64 import b32encode
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from .oidc import MFA_SESSION_KEY
from .roles import BEHEERDER, INFORMATIEBEHEER, WOO_BEHANDELAAR, user_roles

TWO_FACTOR_ROLES = (INFORMATIEBEHEER, WOO_BEHANDELAAR, BEHEERDER)
# The session key the login trail sets: how this session was signed on ("password", "header").
LOGIN_METHOD_KEY = "archief_login_method"
PASSWORD = "password"
OIDC = "oidc"
ISSUER = "Meppel Archief"
# A marker in the failure's credentials: the login trail records it as a wrong code.
OTP_FAILURE_MARKER = "archief_otp"


def needs_second_factor(user, session) -> bool:
    """Whether this user, signed on as the session says, must pass the second step.

    A password login: yes, for the roles above. OIDC: yes, unless the provider vouched for a
    second factor (its `amr` claim) and OIDC_TRUST_MFA_CLAIM is on. The header proxy: no.
    """
    if not settings.ARCHIEF_2FA_REQUIRED or not user.is_authenticated:
        return False
    # A session from before this setting (no method recorded) counts as a password login.
    method = session.get(LOGIN_METHOD_KEY, PASSWORD)
    if method == OIDC:
        if settings.OIDC_TRUST_MFA_CLAIM and session.get(MFA_SESSION_KEY):
            return False
    elif method != PASSWORD:
        return False
    return user.is_superuser or bool(user_roles(user) & set(TWO_FACTOR_ROLES))


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed authenticator (made once; shown as a QR code until confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=False)
    return device


def device_secret(device: TOTPDevice) -> str:
    """The secret as the apps want it typed in (base32, in groups of four)."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// URL as an inline SVG QR code (no script, no external image)."""
    # Imported here: qrcode is only needed on the enrolment page.
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


def token_verify(*, device: TOTPDevice, token: str) -> bool:
    """Whether `token` is the device's current code (django-otp refuses a code used before)."""
    token = "".join((token or "").split())
    return token.isdigit() and device.verify_token(token)


def throttled_seconds(device: TOTPDevice) -> int:
    """Seconds until django-otp accepts a code again after wrong ones (0: now)."""
    allowed, info = device.verify_is_allowed()
    if allowed:
        return 0
    locked_until = (info or {}).get("locked_until")
    if locked_until is None:
        return 1
    return max(1, int((locked_until - timezone.now()).total_seconds()) + 1)


def failure_count(*, user, request, stage: str) -> None:
    """A wrong code counts as a failed login (lockout and login trail); `stage` is "login" or
    "enrolment"."""
    user_login_failed.send(
        sender=__name__,
        credentials={"username": user.get_username(), OTP_FAILURE_MARKER: stage},
        request=request,
    )


class TwoFactorMiddleware:
    """Sends a signed-on user who still owes the second step to enrolment or verification."""

    ALLOWED_NAMES = ("twofactor_verify", "twofactor_enrol", "logout", "healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._redirect(request)
        return response if response is not None else self.get_response(request)

    def _redirect(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if not needs_second_factor(user, request.session):
            return None
        path = request.path_info
        if path.startswith("/" + settings.STATIC_URL.lstrip("/")):
            return None
        if any(path == reverse(name) for name in self.ALLOWED_NAMES):
            return None
        target = "twofactor_verify" if confirmed_device(user) else "twofactor_enrol"
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return redirect(reverse(target) + (f"?{query}" if query else ""))

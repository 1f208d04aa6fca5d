"""The second step of the login: enrolling an authenticator app and entering its code."""

from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from audit import events

from .lockout import locked_out
from .oidc import oidc_enabled, provider_logout_url
from .twofactor import (
    confirmed_device,
    device_secret,
    failure_count,
    pending_device,
    qr_svg,
    throttled_seconds,
    token_verify,
)


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code uit de app",
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


TOO_SOON = "Te snel na een verkeerde code. Wacht {wait} seconden en probeer het opnieuw."
WRONG_CODE = "Deze code klopt niet. Kijk in de app en typ de code die nu wordt getoond."


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return settings.LOGIN_REDIRECT_URL


def _wrong_code(request, user, stage: str):
    """Count the failure; at the lockout limit the session ends and the lockout page shows."""
    failure_count(user=user, request=request, stage=stage)
    if AxesProxyHandler.is_locked(request, {"username": user.get_username()}):
        auth.logout(request)
        return locked_out(request)
    return None


@login_required
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(_next(request))
    device = confirmed_device(user)
    if device is None:
        return redirect("twofactor_enrol")
    form = CodeForm(request.POST or None)
    wait = throttled_seconds(device) if form.is_bound else 0
    if wait:
        # django-otp waits longer after each wrong code; a code now is not tried (nor counted).
        form.add_error(
            None, f"Te snel na een verkeerde code. Wacht {wait} seconden en probeer het opnieuw."
        )
    elif form.is_valid():
        if token_verify(device=device, token=form.cleaned_data["code"]):
            otp_login(request, device)
            events.otp_verified(actor=user, request=request)
            return redirect(_next(request))
        lockout = _wrong_code(request, user, "login")
        if lockout is not None:
            return lockout
        form.add_error("code", WRONG_CODE)
    return render(request, "accounts/twofactor_verify.html", {"form": form, "next": _next(request)})


@login_required
def enrol(request):
    user = request.user
    if confirmed_device(user) is not None:
        return redirect("twofactor_verify")
    device = pending_device(user)
    form = CodeForm(request.POST or None)
    wait = throttled_seconds(device) if form.is_bound else 0
    if wait:
        form.add_error(None, TOO_SOON.format(wait=wait))
    elif form.is_valid():
        if token_verify(device=device, token=form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            events.otp_device_confirmed(actor=user, request=request)
            return redirect(_next(request))
        lockout = _wrong_code(request, user, "enrolment")
        if lockout is not None:
            return lockout
        form.add_error("code", WRONG_CODE)
    return render(
        request,
        "accounts/twofactor_enrol.html",
        {
            "form": form,
            "qr_svg": qr_svg(device),
            "secret": device_secret(device),
            "next": _next(request),
        },
    )


class LoginView(auth_views.LoginView):
    """The login form; with OIDC configured it offers the municipality's sign-on first."""

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "oidc_enabled": oidc_enabled()}


class LogoutView(auth_views.LogoutView):
    """Log out here and, after an OIDC sign-on, at the provider too (its end_session)."""

    def post(self, request, *args, **kwargs):
        id_token = request.session.get("oidc_id_token")
        response = super().post(request, *args, **kwargs)
        if id_token and oidc_enabled():
            url = provider_logout_url(request, id_token)
            if url:
                # A page that moves on by itself, not a redirect: the Content-Security-Policy's
                # form-action 'self' would block a form post redirected to the provider.
                return render(request, "accounts/oidc_logout.html", {"provider_logout_url": url})
        return response


def oidc_failed(request):
    """Where the OIDC callback sends a sign-on that did not succeed."""
    return render(request, "accounts/oidc_failed.html", status=403)


def _oidc_only(view):
    """The OIDC routes answer 404 while OIDC is not configured."""

    def wrapped(request, *args, **kwargs):
        if not oidc_enabled():
            raise Http404("Inloggen via OIDC staat uit.")
        return view(request, *args, **kwargs)

    return wrapped


oidc_authenticate = _oidc_only(OIDCAuthenticationRequestView.as_view())
oidc_callback = _oidc_only(OIDCAuthenticationCallbackView.as_view())

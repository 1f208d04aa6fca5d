"""The login throttle's (django-axes) hooks: the name it counts failures under
(AXES_USERNAME_CALLABLE) and the answer to a locked-out login (AXES_LOCKOUT_CALLABLE)."""

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render

from audit.digests import login_name_digest

# How django-axes keeps a name no account has: its keyed hash (audit.digests), marked.
UNKNOWN_NAME_PREFIX = "onbekend:"


def is_account(username) -> bool:
    """Whether `username` names an account (else it may be a password typed in the wrong field
    or a resident's e-mail address, which is kept only as a keyed hash)."""
    if not username:
        return True  # nothing typed: nothing to hide
    field = get_user_model().USERNAME_FIELD
    return get_user_model().objects.filter(**{f"{field}__iexact": str(username)}).exists()


def _typed_name(request, credentials):
    """The name as django-axes would read it: from the credentials, else the form."""
    if credentials:
        return credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    data = getattr(request, "data", None) or getattr(request, "POST", {})
    return data.get(settings.AXES_USERNAME_FORM_FIELD)


def throttled_name(request, credentials=None):
    """The name failures are counted and locked under: an account's as typed (Beheer finds it
    in "Toegangspogingen" and lifts its lockout), any other only as its keyed hash, the same for
    each try so that name is still locked out."""
    typed = _typed_name(request, credentials)
    if typed is None or is_account(typed):
        return typed
    return UNKNOWN_NAME_PREFIX + login_name_digest(str(typed))


def unknown_name_digest(throttled: str) -> str:
    """The keyed hash in a name throttled_name made of a name no account has, else ""."""
    if throttled and throttled.startswith(UNKNOWN_NAME_PREFIX):
        return throttled.removeprefix(UNKNOWN_NAME_PREFIX)
    return ""


def typed_names_hashed() -> int:
    """Replace each name no account has that django-axes kept as typed (before throttled_name
    hashed them) by its keyed hash, in its attempts and failure log; returns the rows changed."""
    changed = 0
    for model in (AccessAttempt, AccessFailureLog):
        kept = model.objects.exclude(username__startswith=UNKNOWN_NAME_PREFIX).exclude(
            username__isnull=True
        )
        for name in set(kept.values_list("username", flat=True)):
            if not is_account(name):
                hashed = UNKNOWN_NAME_PREFIX + login_name_digest(name)
                changed += model.objects.filter(username=name).update(username=hashed)
    return changed


def locked_out(request, original_response=None, credentials=None):
    return render(
        request,
        "registration/login.html",
        {"locked_out": True, "cooloff_minutes": settings.ARCHIEF_LOGIN_COOLOFF_MINUTES},
        status=429,
    )

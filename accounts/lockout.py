"""The answer to a locked-out login (django-axes' AXES_LOCKOUT_CALLABLE): the login page, in Dutch."""

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    return render(
        request,
        "registration/login.html",
        {"locked_out": True, "cooloff_minutes": settings.ARCHIEF_LOGIN_COOLOFF_MINUTES},
        status=429,
    )

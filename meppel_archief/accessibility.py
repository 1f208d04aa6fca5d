"""/toegankelijkheid/: the accessibility statement (toegankelijkheidsverklaring), open to everyone."""

from django.conf import settings
from django.shortcuts import render

# The axe-core version the browser tests run (package.json pins it; a test keeps them equal).
AXE_CORE_VERSION = "4.14.1"
# When the statement's results were last checked against the suite.
TESTED_ON = "2 december 2026"


def statement(request):
    return render(
        request,
        "toegankelijkheid.html",
        {
            "axe_version": AXE_CORE_VERSION,
            "tested_on": TESTED_ON,
            "contact_email": settings.ARCHIEF_INFORMATIEBEHEER_EMAIL,
        },
    )

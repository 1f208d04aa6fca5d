"""/favicon.ico: browsers ask for it on every page whatever the page names (it was a 404 each time)."""

from django.shortcuts import redirect
from django.templatetags.static import static


def favicon(request):
    return redirect(static("img/favicon.svg"), permanent=True)

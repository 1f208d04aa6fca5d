"""Dutch pages for the answers Django leaves empty."""

from django.shortcuts import render
from django.urls import reverse


class MethodNotAllowedPage:
    """An address that only takes a form's POST, opened as a page (a bookmark, the address bar
    after a refused form), gets a Dutch page instead of Django's empty 405; the logout address
    offers its button."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or request.method != "GET" or response.content:
            return response
        page = render(
            request,
            "405.html",
            {"is_logout": request.path == reverse("logout")},
            status=405,
        )
        if response.has_header("Allow"):
            page["Allow"] = response["Allow"]
        return page

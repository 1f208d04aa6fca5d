"""What every page's template gets: the user's role names and Informatiebeheer's mailbox."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from accounts.context_processors import roles

pytestmark = pytest.mark.django_db


def test_a_logged_in_user_gets_their_role_names(make_user, settings):
    settings.ARCHIEF_INFORMATIEBEHEER_EMAIL = "di@meppel.example"
    request = RequestFactory().get("/")
    request.user = make_user("inge", "Medewerker", "Informatiebeheer")

    context = roles(request)

    assert context["user_roles"] == {"Medewerker", "Informatiebeheer"}
    assert context["informatiebeheer_email"] == "di@meppel.example"


def test_an_anonymous_visitor_has_no_roles():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()

    assert roles(request)["user_roles"] == frozenset()


def test_a_request_without_a_user_has_no_roles():
    assert roles(RequestFactory().get("/"))["user_roles"] == frozenset()


def test_pages_render_with_the_processor(client, medewerker):
    client.force_login(medewerker)

    response = client.get("/")

    assert response.context["user_roles"] == {"Medewerker"}

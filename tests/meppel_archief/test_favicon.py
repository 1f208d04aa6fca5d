"""Every page names an icon, and /favicon.ico (asked for by browsers anyway) is no 404."""

import pytest
from django.templatetags.static import static
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_pages_name_the_icon_and_favicon_ico_leads_to_it(client, make_user):
    icon = static("img/favicon.svg")
    assert (
        f'<link rel="icon" href="{icon}"' in client.get(reverse("accessibility")).content.decode()
    )
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == icon
    client.force_login(make_user("beheer", "Beheerder", staff=True))
    assert f'<link rel="icon" href="{icon}"' in client.get(reverse("admin:index")).content.decode()

"""A refused admin form puts the keyboard on the field to correct (walk 28).

Beheer added a selectielijst result with the term "vijf jaar": the page came back with the
error at the term, but Django's add form put focus on its first field (the procestype), so a
keyboard or screen-reader user started at the top of the form, away from the error.
"""

import pytest
from playwright.sync_api import expect

from zaken.models import Procestype

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_first_invalid_field_has_focus_after_a_refused_save(
    page, live_server, login, beheerder
):
    procestype = Procestype.objects.create(nummer=11, naam="Toestemming verlenen", jaar=2020)
    login("bea")
    page.goto(f"{live_server.url}/admin/zaken/selectielijstresultaat/add/")
    page.select_option("#id_procestype", str(procestype.pk))
    page.fill("#id_nummer", "11.9")
    page.fill("#id_naam", "Verleend")
    page.select_option("#id_waardering", "vernietigen")
    page.fill("#id_bewaartermijn", "vijf jaar")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator("#id_bewaartermijn")).to_be_focused()

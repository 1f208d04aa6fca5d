"""Woo page fixes: the request choice applies at once, grounds are checkboxes, technical
notices only for Beheer."""

import re

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import WooVerzoekFactory
from woo import grounds as woo_grounds

pytestmark = pytest.mark.django_db

SIMPLE_SEARCH_NOTICE = "Eenvoudige zoekfunctie"
sqlite_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the notice is about the SQLite search"
)


@pytest.fixture
def record(make_record):
    return make_record(["De boom aan de Hoofdstraat is omgewaaid."], onderwerp="Omgewaaide boom")


def add_record(client, verzoek, record):
    client.post(reverse("woo:verzoek_add", args=[verzoek.pk]), {"archiefstuk": record.pk})
    return verzoek.selecties.get()


def verzoek_select(html: str) -> str:
    match = re.search(r'<select name="verzoek"[^>]*>', html)
    assert match, "no request dropdown"
    return match.group(0)


def test_the_request_dropdown_has_its_own_button_and_submits_on_change(
    woo_client, woo_user, record
):
    WooVerzoekFactory(nummer="WOO-9", onderwerp="Bomen", aangemaakt_door=woo_user)
    html = woo_client.get(reverse("woo:search"), {"q": "omgewaaid"}).content.decode()
    # Without JavaScript: a button of its own right next to the dropdown, in the search form.
    assert re.search(
        r'<select name="verzoek"[^>]*>.*?</select>\s*<button type="submit"[^>]*>Kiezen</button>',
        html,
        re.S,
    )
    # With JavaScript: the choice applies when it changes.
    assert "data-submit-on-change" in verzoek_select(html)
    assert "woo/woo.js" in html


def test_a_chosen_request_shows_what_to_do_next(woo_client, woo_user, record):
    verzoek = WooVerzoekFactory(nummer="WOO-9", onderwerp="Bomen", aangemaakt_door=woo_user)
    html = woo_client.get(
        reverse("woo:search"), {"q": "omgewaaid", "verzoek": verzoek.pk}
    ).content.decode()
    assert "woo-add-message" in html
    assert 'id="verzoek-gekozen"' in html and "WOO-9" in html


def test_grounds_are_checkboxes_not_a_ctrl_click_list(woo_client, woo_user, record):
    verzoek = WooVerzoekFactory(nummer="WOO-9", onderwerp="Bomen", aangemaakt_door=woo_user)
    add_record(woo_client, verzoek, record)
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    first = html[html.index('id="bericht-nr-2"') :]
    first = first[: first.index("</article>")]
    boxes = re.findall(
        r'<input class="form-check-input" type="checkbox" name="gronden" value="([^"]+)"', first
    )
    assert boxes == [code for code, _ in woo_grounds.choices()]
    assert "<select multiple" not in html and "multiple" not in html.split("<main", 1)[1]
    assert "Ctrl" not in html
    assert "<legend" in html  # the group has a name for screen readers


def test_several_grounds_are_saved_from_the_checkboxes(woo_client, woo_user, record):
    verzoek = WooVerzoekFactory(nummer="WOO-9", onderwerp="Bomen", aangemaakt_door=woo_user)
    add_record(woo_client, verzoek, record)
    grounds = ["5.1.1a", "5.1.2a"]
    message = record.messages.get(seq=1)
    woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, record.pk]),
        {"bericht": message.pk, "oordeel": "niet_openbaar", "gronden": grounds},
    )
    assert verzoek.beoordelingen.get().gronden == grounds
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    first = html[html.index('id="bericht-nr-2"') :]
    first = first[: first.index("</article>")]
    checked = re.findall(r'type="checkbox" name="gronden" value="([^"]+)"[^>]*checked', first)
    assert checked == grounds


@sqlite_only
def test_woo_officers_do_not_see_the_technical_search_notice(woo_client, record):
    html = woo_client.get(reverse("woo:search"), {"q": "boom"}).content.decode()
    assert SIMPLE_SEARCH_NOTICE not in html
    assert "SQLite" not in html and "PostgreSQL" not in html


@sqlite_only
@pytest.mark.parametrize("who", ["beheerder", "superuser"])
def test_beheer_sees_the_technical_search_notice(client, make_user, django_user_model, record, who):
    if who == "beheerder":
        user = make_user("bea", "Beheerder", staff=True)
    else:
        user = django_user_model.objects.create_superuser("root", password="geheim-123456")
    client.force_login(user)
    html = client.get(reverse("woo:search"), {"q": "boom"}).content.decode()
    assert SIMPLE_SEARCH_NOTICE in html

"""Walk 44 in a real browser: the Woo hit bar said "2 van 2 gemarkeerd op deze pagina" (two of
what?), and a refused notice came back without what the officer typed."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_hit_bar_says_what_it_counts_on_this_page(
    page, live_server, login, woo_user, make_record
):
    chat = make_record(["De kastanje is ziek.", "Wat nu?", "De kastanje gaat eruit."])
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/?zoek=kastanje")
    assert page.inner_text("#treffer-positie") == "Alle 2 treffers staan op deze pagina"
    assert page.get_attribute("#treffer-positie", "aria-live") == "polite"


def test_a_refused_notice_comes_back_typed_and_says_why(
    page, live_server, login, woo_user, make_record
):
    chat = make_record(["Goedemorgen.", "Ik woon op de Hoofdstraat 3."])
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/")
    page.fill("#melding-nummer", "twee")
    page.fill("#melding-tekst", "Het adres staat er nog in.")
    page.click(".woo-notice button[type=submit]")
    page.wait_for_selector("#melding-fout")
    assert page.input_value("#melding-tekst") == "Het adres staat er nog in."
    assert page.input_value("#melding-nummer") == "twee"
    # The reason takes the focus, next to the form, so a screen reader hears it.
    assert page.evaluate("document.activeElement.id") == "melding-fout"

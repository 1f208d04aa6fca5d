"""Found walking a Woo request's assessment with the keyboard (walk 40)."""

import pytest

from woo.models import WooPassage
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_refused_passage_keeps_the_typed_text_next_to_its_error(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
    zaak,
):
    """A passage typed with one letter wrong was refused at the top of the page, the field
    emptied and its ground reset: the officer had to find the message again and retype it, and a
    screen reader did not hear which field the error was about."""
    chat = make_record(
        ["De kap van de kastanje begint maandag.", "Het bod van Bouwbedrijf Kok is te hoog."],
        zaak=zaak,
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{chat.pk}/")

    second = page.locator("#bericht-nr-3")
    field = second.get_by_label("Passage weglakken")
    field.fill("Bouwbedrijf Kooi")  # a typo: the message says "Kok"
    second.get_by_label("Grond", exact=True).select_option("5.1.2f")
    field.press("Enter")
    page.wait_for_load_state()

    second = page.locator("#bericht-nr-3")
    field = second.get_by_label("Passage weglakken")
    assert field.input_value() == "Bouwbedrijf Kooi"
    assert field.get_attribute("aria-invalid") == "true"
    described = field.get_attribute("aria-describedby").split()
    texts = [page.locator(f"#{i}").inner_text() for i in described]
    assert any("staat niet in het bericht" in text for text in texts), texts
    assert second.get_by_label("Grond", exact=True).input_value() == "5.1.2f"
    # The other message's field is untouched.
    assert page.locator("#bericht-nr-2").get_by_label("Passage weglakken").input_value() == ""
    assert (
        page.locator("#bericht-nr-2")
        .get_by_label("Passage weglakken")
        .get_attribute("aria-invalid")
        is None
    )

    field.fill("Bouwbedrijf Kok")
    field.press("Enter")
    page.wait_for_load_state()
    assert WooPassage.objects.get().grond == "5.1.2f"
    assert page.locator("#bericht-nr-3").get_by_label("Passage weglakken").input_value() == ""

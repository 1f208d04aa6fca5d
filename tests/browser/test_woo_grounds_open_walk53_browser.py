"""Walk 53: on the assessment page, choosing "Niet openbaar" or "Deels openbaar" left the
"Weigeringsgronden" closed: the officer had to find and open it before saving (and was refused
without a ground). It opens at once now; without the script its summary still opens it."""

import pytest

from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_choosing_a_refusal_opens_the_grounds(
    page, live_server, login, woo_user, verzoek, make_record
):
    record = make_record(["De kap van de kastanje begint maandag.", "Het bod is veertigduizend."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/")
    for number, label in ((2, "Niet openbaar"), (3, "Deels openbaar")):
        article = page.locator(f"#bericht-nr-{number}")  # messages 1 and 2 of the record
        grounds = article.locator("details.woo-gronden")
        assert grounds.get_attribute("open") is None
        article.get_by_label(label, exact=True).check()
        assert grounds.get_attribute("open") is not None, label
        assert article.locator("input[name=gronden]").first.is_visible()
    # "Openbaar" opens nothing.
    page.reload()
    article = page.locator("#bericht-nr-2")
    article.get_by_label("Openbaar", exact=True).check()
    assert article.locator("details.woo-gronden").get_attribute("open") is None

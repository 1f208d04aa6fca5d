"""Found walking the Woo assessment as a new Woo officer (stop 38)."""

import pytest

from woo.models import WooBeoordeling
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_refused_niet_openbaar_shows_the_grounds_to_tick(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
    zaak,
):
    """'Niet openbaar' without a ground is refused with 'Geef ... ten minste één
    weigeringsgrond op', so the list of grounds must be open where the officer looks: it was
    left folded away under its summary, the officer had to find and open it first."""
    chat = make_record(["De kap van de kastanje begint maandag.", "Het bod is te hoog."], zaak=zaak)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{chat.pk}/")

    second = page.locator("#bericht-nr-3")
    assert second.locator("details.woo-gronden").get_attribute("open") is None
    second.get_by_label("Niet openbaar", exact=True).check()
    second.locator("button:has-text('Beoordeling opslaan')").click()
    page.wait_for_load_state()

    second = page.locator("#bericht-nr-3")
    assert "ten minste één weigeringsgrond" in second.locator("[role=alert]").inner_text()
    assert second.get_by_label("Niet openbaar", exact=True).is_checked()
    checkbox = second.locator('input[name=gronden][value="5.1.2b"]')
    assert checkbox.is_visible()
    checkbox.check()
    second.locator("button:has-text('Beoordeling opslaan')").click()
    page.wait_for_load_state()
    assert WooBeoordeling.objects.get().gronden == ["5.1.2b"]

"""An old link to a message of a Woo record (#bericht-<stored seq>, from 0, before stop 48)
still opens that message: record.js turns it into its anchor #bericht-nr-<number shown>."""

import pytest

from woo import records

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_old_anchor_opens_the_same_message(page, live_server, login, woo_user, make_record):
    record = make_record([f"Bericht {n} over de kastanje." for n in range(1, 6)])
    second = record.messages.order_by("seq")[1]  # make_record stores seq from 1
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{record.pk}/#bericht-{second.seq}")
    page.wait_for_function(f"window.location.hash === '#bericht-nr-{second.seq + 1}'")
    assert page.locator(f"#bericht-nr-{second.seq + 1}").inner_text().count("Bericht 2 ") == 1


def test_an_old_anchor_on_another_page_asks_the_server(
    page, live_server, login, woo_user, make_record, monkeypatch
):
    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 10, raising=False)
    record = make_record([f"Bericht {n} over de kastanje." for n in range(1, 26)])
    twentieth = record.messages.order_by("seq")[19]
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{record.pk}/#bericht-{twentieth.seq}")
    page.wait_for_url("**pagina=2**")
    assert page.evaluate("window.location.hash") == f"#bericht-nr-{twentieth.seq + 1}"
    assert "Bericht 20 " in page.locator(f"#bericht-nr-{twentieth.seq + 1}").inner_text()

"""The record page as a Woo officer new to the app walks it (walk43, a 2,000-message export).

The pager's "Naar datum" and "Naar bericht #" were checked by the browser (required, min, max):
an English browser said "Value must be greater than or equal to 1." or "Please enter a valid
value. The field is incomplete or has an invalid date." and an empty or impossible entry sent
without those checks was passed over in silence. A search without a hit in the record said
"treffers zijn gemarkeerd. Gebruik ‘Volgende’" where nothing was marked and no ‘Volgende’ stood.
"""

import re

import pytest
from django.urls import reverse

from tests.chats.test_forms_speak_dutch import _Forms
from tests.woo.test_record_jump_walk37 import _numbered_from_zero
from woo.records import record_reference


class _JumpForms(_Forms):
    """The page's forms (GET ones too) whose fields the browser would check itself."""

    def handle_starttag(self, tag, attrs):
        if tag == "form":
            attrs = dict(attrs)
            self.open = {
                "name": attrs.get("id") or attrs.get("action") or "form",
                "novalidate": "novalidate" in attrs,
            }
            return
        checks = {"required", "min", "max", "pattern"} & {name for name, _ in attrs}
        if (
            self.open
            and not self.open["novalidate"]
            and tag in {"input", "select", "textarea"}
            and checks
        ):
            self.checked_by_browser.append(dict(attrs).get("name"))


def _checked_by_the_browser(html: str) -> list[str]:
    parser = _JumpForms()
    parser.feed(html)
    return parser.checked_by_browser


@pytest.fixture(autouse=True)
def _two_per_page(monkeypatch):
    """Records of a few messages get the pager (and its forms) of a long one."""
    from woo import records

    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 2)


def test_the_record_pagers_jump_forms_are_checked_by_the_server(make_record, woo_client):
    record = make_record(["Eerste bericht", "Tweede bericht", "Derde bericht"])
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert 'name="datum"' in html and 'name="nummer"' in html
    assert _checked_by_the_browser(html) == []


def test_a_message_number_that_is_none_is_refused_in_dutch(make_record, woo_client):
    record = make_record(["Eerste bericht", "Tweede bericht", "Derde bericht"])
    _numbered_from_zero(record)  # as the pipeline numbers them: #1 is volgnummer 0
    url = reverse("woo:record", args=[record.pk])
    for typed in ("", "0", "-4", "abc"):
        html = woo_client.get(url, {"nummer": typed}).content.decode()
        assert "Vul een berichtnummer in van 1 tot en met 3." in html, typed


def test_no_date_chosen_is_refused_in_dutch(make_record, woo_client):
    # An incomplete date (a day without its year) reaches the server empty.
    record = make_record(["Eerste bericht", "Tweede bericht"])
    html = woo_client.get(reverse("woo:record", args=[record.pk]), {"datum": ""}).content
    assert "Kies een geldige datum van 12 maart 2024 tot en met 12 maart 2024." in html.decode()


def test_a_date_outside_the_conversation_says_where_it_went(make_record, woo_client):
    record = make_record(["Eerste bericht", "Tweede bericht"])
    url = reverse("woo:record", args=[record.pk])
    before = woo_client.get(url, {"datum": "2023-01-01"}, follow=True)
    assert (
        "Het gesprek begint op 12 maart 2024; u ziet het eerste bericht." in before.content.decode()
    )
    after = woo_client.get(url, {"datum": "2025-06-30"}, follow=True)
    assert (
        "Het gesprek eindigt op 12 maart 2024; u ziet het laatste bericht."
        in after.content.decode()
    )
    within = woo_client.get(url, {"datum": "2024-03-12"}, follow=True)
    assert "Het gesprek" not in within.content.decode().split("<main", 1)[1].split("</h1>")[0]
    assert "begint op" not in within.content.decode()


def test_a_search_without_a_hit_in_the_record_says_so(make_record, woo_client):
    record = make_record(["De boom is omgewaaid", "Ik kom kijken"])
    html = woo_client.get(
        reverse("woo:record", args=[record.pk]), {"zoek": "lantaarnpaal"}
    ).content.decode()
    assert "Geen treffers voor" in html
    assert "Gebruik ‘Volgende’" not in html
    # A record with hits keeps the hint.
    html = woo_client.get(reverse("woo:record", args=[record.pk]), {"zoek": "boom"}).content
    assert "Gebruik ‘Volgende’" in html.decode()


def test_nothing_found_with_filters_says_so_and_offers_the_search_without_them(
    make_record, woo_client
):
    """'Niets gevonden.' and nothing more, where the filters hid 260 hits (walk43: a period
    'Van 1 januari 2025' left over from an earlier request): the officer could not tell an
    empty archive from a filter."""
    make_record(["De aannemer komt de bestrating herstellen."])
    url = reverse("woo:search")
    html = woo_client.get(
        url, {"q": "bestrating", "van": "2025-01-01", "gesprekspartner": "collega"}
    ).content.decode()
    assert "Niets gevonden." in html
    assert "Met de gekozen filters (Gesprek met, Van) is niets gevonden." in html
    link = re.search(r'href="\?([^"]*)">Zoek zonder filters</a>', html)
    assert link, html
    without = woo_client.get(f"{url}?{link.group(1).replace('&amp;', '&')}").content.decode()
    assert "1 gesprek met 1 treffer" in re.sub(r"\s+", " ", without)

    # Without filters the hint is about the words.
    html = woo_client.get(url, {"q": "lantaarnpaal"}).content.decode()
    assert "Controleer de spelling" in html and "Zoek zonder filters" not in html
    # Something found: no hint.
    html = woo_client.get(url, {"q": "bestrating"}).content.decode()
    assert "Controleer de spelling" not in html and "Zoek zonder filters" not in html


def test_each_day_of_the_conversation_is_a_heading(make_record, woo_client):
    """A screen reader user in a 2,000-message record could not jump from day to day: the
    day ('dinsdag 12 maart 2024') was a plain line between the messages. Each day is now a
    heading under the hidden 'Gesprek' (h2), as it looks."""
    from datetime import timedelta

    from chats.models import Message

    record = make_record(["Eerste dag", "Tweede dag", "Nog de tweede dag"])
    for later in Message.objects.filter(submission=record).order_by("seq")[1:]:
        later.sent_at += timedelta(days=1)
        later.save(update_fields=["sent_at"])
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    days = re.findall(r'<h3 class="woo-day-kop">([^<]+)</h3>', html)
    assert days == ["dinsdag 12 maart 2024", "woensdag 13 maart 2024"]


def test_hele_dag_says_how_many_messages_the_day_has(make_record, woo_client, verzoek):
    """'Hele dag toevoegen' added 1,550 messages of 12 March in one click (walk43; stop 26 added
    1,561 by mistake), every one a document to assess, without saying how many: the officer saw
    the day's first 200 on the page. The buttons now say how many the day holds."""
    from datetime import timedelta

    from chats.models import Message

    record = make_record(["Een", "Twee", "Drie"])
    for later in Message.objects.filter(submission=record).order_by("seq")[2:]:
        later.sent_at += timedelta(days=1)
        later.save(update_fields=["sent_at"])
    html = woo_client.get(
        reverse("woo:record", args=[record.pk]), {"verzoek": verzoek.pk, "zoek": "twee"}
    ).content.decode()
    html = re.sub(r"\s+", " ", html)
    # The day's heading (page 1 holds messages 1 and 2, both of 12 March) and the hit's own.
    assert "toevoegen aan WOO-2025-007 (2 berichten)" in html
    assert "Hele dag (12 mrt 2024, 2 berichten) toevoegen" in html


def _title(html: str) -> str:
    return re.sub(r"\s+", " ", re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def test_the_search_and_record_titles_say_what_the_tab_shows(make_record, woo_client):
    """Every tab read 'Woo: zoeken': the empty search page, its results (the query stays out
    of the title, as out of everything but the box and the links) and the search refused for
    its dates, which the intake and the request list call 'Fout: ...'. A record's ten pages
    each read 'WA-000003 · Woo'."""
    record = make_record(["De aannemer komt de bestrating herstellen.", "Tweede", "Derde"])
    url = reverse("woo:search")
    assert _title(woo_client.get(url).content.decode()).startswith("Woo: zoeken ·")
    found = _title(woo_client.get(url, {"q": "bestrating"}).content.decode())
    assert found.startswith("Zoekresultaten · Woo: zoeken ·"), found
    assert "bestrating" not in found
    refused = woo_client.get(url, {"q": "bestrating", "van": "2024-03-13", "tot": "2024-03-12"})
    assert _title(refused.content.decode()).startswith("Fout: Woo: zoeken")
    page_two = woo_client.get(reverse("woo:record", args=[record.pk]), {"pagina": 2})
    assert _title(page_two.content.decode()).startswith(
        f"{record_reference(record.pk)} · pagina 2 van 2 · Woo"
    ), _title(page_two.content.decode())

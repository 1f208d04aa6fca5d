"""Walkthrough as a new Woo officer (stop 34): what the result list and the record page say.

- The record page marked a message in samenhang (or a vervolg) with a dashed border only: the
  result list names it with a badge, the record page said nothing a screen reader or a new
  officer could read.
- Every "Bericht toevoegen" button of a result list had the same name (and on the record page
  every "Bericht toevoegen aan WOO-…"): a screen reader's list of buttons could not tell which
  message each adds.
"""

import re

import pytest
from django.urls import reverse

from tests.woo.test_search_relevance import _bomenkap_chat
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db


def _button_names(html: str, css_class: str) -> list[str]:
    """The text of each button with that class, tags removed (as a screen reader names it)."""
    buttons = re.findall(rf"<button[^>]*{css_class}[^>]*>(.*?)</button>", html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", b).split()) for b in buttons]


def test_the_record_page_names_a_related_message_as_the_result_list_does(make_record, woo_client):
    chat = _bomenkap_chat(make_record)
    listed = woo_client.get(reverse("woo:search"), {"q": "bomenkap stationsweg"}).content.decode()
    shown = listed.count("woo-related-badge")
    assert shown == 2
    page = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "bomenkap stationsweg"}
    ).content.decode()
    assert page.count("woo-related-badge") == shown
    for badge in re.findall(r"woo-related-badge[^>]*>([^<]+)<", page):
        assert badge in ("samenhang", "vervolg")


def test_a_record_page_without_a_search_shows_no_related_badge(make_record, woo_client):
    chat = _bomenkap_chat(make_record)
    page = woo_client.get(reverse("woo:record", args=[chat.pk])).content.decode()
    assert "woo-related-badge" not in page


def test_each_add_button_of_the_result_list_says_which_message_it_adds(
    make_record, woo_client, verzoek
):
    make_record(["De kastanje is ziek.", "De kastanje gaat eruit.", "Kastanje weg."])
    html = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk, "per": "bericht"}
    ).content.decode()
    names = _button_names(html, "woo-add-message")
    assert len(names) == 3
    assert len(set(names)) == 3, names
    assert all(name.startswith("Bericht toevoegen (bericht #") for name in names), names


def test_each_add_button_of_the_record_page_says_which_message_it_adds(
    make_record, woo_client, verzoek
):
    chat = make_record(["De kastanje is ziek.", "Wat nu?", "De kastanje gaat eruit."])
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje", "verzoek": verzoek.pk}
    ).content.decode()
    for css_class in ("woo-add-message", "woo-add-context"):
        names = _button_names(html, css_class)
        assert names and len(set(names)) == len(names), names
    assert "Bericht toevoegen aan WOO-2025-007 (#2)" in _button_names(html, "woo-add-message")


def test_each_add_record_button_of_the_result_list_says_which_record_it_adds(
    make_record, woo_client, verzoek
):
    make_record(["De kastanje is ziek."])
    make_record(["De kastanje gaat eruit."])
    html = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk}
    ).content.decode()
    names = _button_names(html, "woo-add-record")
    assert len(names) == 2
    assert len(set(names)) == 2, names
    assert all(
        re.fullmatch(r"Heel archiefstuk toevoegen aan WOO-2025-007 \(WA-\d+\)", n) for n in names
    )


def test_each_edit_and_delete_of_the_synonym_list_names_its_group(woo_client):
    Synoniemgroep.objects.create(woorden="jongerenwerk, jw")
    html = woo_client.get(reverse("woo:synoniemen")).content.decode()
    rows = re.findall(r"<tr data-groep.*?</tr>", html, re.S)
    assert len(rows) == Synoniemgroep.objects.count() >= 2
    for row in rows:
        words = re.search(r"<td>([^<]+)</td>", row).group(1)
        controls = re.findall(r"<(?:a|button)[^>]*btn-sm[^>]*>(.*?)</(?:a|button)>", row, re.S)
        assert controls
        for control in controls:
            assert f"({words})" in control, control


def _headings(html: str) -> list[tuple[int, str]]:
    """(level, text) of each h1-h6 of a page, in document order."""
    found = re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", html, re.S)
    return [(int(level), " ".join(re.sub(r"<[^>]+>", "", text).split())) for level, text in found]


def test_the_results_nest_each_conversation_under_its_section_heading(make_record, woo_client):
    """Each conversation's title was an h2, like the heading of the section "Gesprekken waarin
    één van uw woorden ontbreekt": a screen reader's list of headings put that section's
    conversations beside it, not in it."""
    make_record(["De kastanje aan de Kerkstraat is ziek."], onderwerp="Kastanje Kerkstraat")
    for n in range(3):
        make_record([f"De kastanje bij school {n} is gesnoeid."], onderwerp=f"Snoeien {n}")
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje kerkstraat"}).content.decode()
    headings = _headings(html)
    assert headings[0][0] == 1
    sections = [text for level, text in headings if level == 2]
    assert sections[:2] == ["Gevonden gesprekken", "Gesprekken waarin één van uw woorden ontbreekt"]
    titles = [text for level, text in headings if level == 3]
    assert any("Kastanje Kerkstraat" in t for t in titles)
    assert sum("Snoeien" in t for t in titles) == 3
    assert all(level <= 3 for level, _ in headings)


def test_the_record_page_heads_the_conversation_and_the_record_data(make_record, woo_client):
    chat = make_record(["De kastanje is ziek.", "Wat nu?"])
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"}
    ).content.decode()
    # The conversation comes first in the page (Tab and reading order, fix36); the record's
    # data follows it (on a wide screen beside it).
    assert [text for level, text in _headings(html) if level == 2][:2] == [
        "Gesprek",
        "Gegevens van het archiefstuk",
    ]


@pytest.mark.parametrize("typed", ["of", "-", '"', "*", "OF"])
def test_a_query_of_operators_alone_says_so_instead_of_asking_for_words(
    make_record, woo_client, typed
):
    """Typing "of" (the help's operator) showed "Typ een of meer woorden", as if nothing was
    typed."""
    make_record(["De kastanje is ziek."])
    html = woo_client.get(reverse("woo:search"), {"q": typed}).content.decode()
    assert 'id="geen-zoekwoord"' in html
    assert "staat geen woord om op te zoeken" in html


def test_an_empty_query_with_a_filter_still_lists_the_filtered_messages(make_record, woo_client):
    make_record(["De kastanje is ziek."])
    html = woo_client.get(reverse("woo:search"), {"q": "", "afdeling": "openbare_ruimte"})
    assert 'id="geen-zoekwoord"' not in html.content.decode()


def test_the_chosen_request_says_where_to_add_hits_in_one_go(make_record, woo_client, verzoek):
    """Issue 17 lets the officer add all hits, a hit with its surrounding messages or a day in
    one action, on the record page; the search page named only the buttons of its results, so
    a new officer added message after message."""
    make_record(["De kastanje is ziek."])
    html = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk}
    ).content.decode()
    chosen = html[html.index('id="verzoek-gekozen"') :]
    chosen = chosen[: chosen.index("</p>")]
    for offer in ("alle treffers", "met de berichten eromheen", "een hele dag", "in één keer"):
        assert offer in chosen


def test_the_record_page_links_the_media_search_could_not_look_into(
    make_record, make_media, woo_client
):
    """The result said "Niet doorzocht 1 spraakbericht: beluister die in het gesprek"; the record
    page (hundreds of messages) did not say where it was."""
    chat = make_record(["De kastanje is ziek.", "Luister maar.", "Foto erbij.", "Wat nu?"])
    voice = chat.messages.get(seq=2)
    photo = chat.messages.get(seq=3)
    note = make_media(chat, voice, original=b"a", derived=b"a")
    note.mime_type = "audio/ogg"
    note.save(update_fields=["mime_type"])
    make_media(chat, photo, original=b"p", derived=b"p", ocr="Kastanje", ocr_redacted="Kastanje")
    listed = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    assert "Niet doorzocht" in listed
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"}
    ).content.decode()
    note_html = html[html.index('id="niet-doorzocht-berichten"') :]
    note_html = note_html[: note_html.index("</p>")]
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', note_html)
    assert [text for _, text in links] == [f"Geluidsopname #{voice.seq + 1}"]
    assert links[0][0].endswith(f"#bericht-nr-{voice.seq + 1}")
    assert "zoek=kastanje" in links[0][0]
    # A voice note alone is listened to (walk 49: a photo was asked to be listened to).
    assert "beluister haar zelf" in note_html
    assert "bekijk" not in note_html
    # Without a search the page does not speak of searching.
    plain = woo_client.get(reverse("woo:record", args=[chat.pk])).content.decode()
    assert "niet-doorzocht-berichten" not in plain


@pytest.mark.parametrize(
    ("mime_types", "verb"),
    [
        (["image/jpeg"], "bekijk haar zelf"),
        (["image/jpeg", "video/mp4"], "bekijk ze zelf"),
        (["audio/ogg", "image/jpeg"], "beluister of bekijk ze zelf"),
    ],
)
def test_the_record_page_asks_to_look_at_a_photo_not_to_listen_to_it(
    make_record, make_media, woo_client, mime_types, verb
):
    """Walk 49: "Niet doorzocht … beluister of bekijk haar zelf" for a photo."""
    chat = make_record(["De kastanje is ziek.", "Kijk maar.", "En dit.", "Wat nu?"])
    for seq, mime_type in zip((2, 3), mime_types, strict=False):
        media = make_media(chat, chat.messages.get(seq=seq), original=b"m", derived=b"m")
        media.mime_type = mime_type
        media.save(update_fields=["mime_type"])
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"}
    ).content.decode()
    note_html = html[html.index('id="niet-doorzocht-berichten"') :]
    note_html = note_html[: note_html.index("</p>")]
    assert f"; {verb}." in note_html


def test_a_spelling_correction_is_said_once_not_also_under_ook_gezocht(make_record, woo_client):
    """ "Ook gezocht op: subsidie" stood above "Niet in het archief: subisidie; gezocht op
    subsidie": the same word twice, as if two things were added."""
    chat = make_record(["De subsidie voor het buurtfeest is binnen.", "Mooi zo."])
    html = woo_client.get(reverse("woo:search"), {"q": "subisidie"}).content.decode()
    assert f'data-record="{chat.pk}"' in html
    spelling = html[html.index('id="spelling"') :]
    assert "<strong>subsidie</strong>" in spelling[: spelling.index("</p>")]
    if 'id="ook-gezocht"' in html:
        also = html[html.index('id="ook-gezocht"') :]
        also = also[also.index(">") + 1 : also.index("</p>")]
        assert "subsidie" not in also.removeprefix("Ook gezocht op: ").split(", ")

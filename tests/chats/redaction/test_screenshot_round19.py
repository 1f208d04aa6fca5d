"""Screenshot round 19 (issue 12): constructions the fifteenth blind set showed, tested with other
names, emoji readings and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A contact saved with an emoji after the name: OCR reads the emoji as symbols --------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Wolk *# heeft deze groep aangemaakt\nWelkom allemaal", {"Wolk"}),
        ("Team Sport\nKiki & typt...", {"Kiki"}),
        ("Live locatie Ster &\ndeelt tot 13:40", {"Ster"}),
        ("Wolk &\nIk kom morgen langs.", {"Wolk"}),
        ("O Tjoek @&\nIk kom morgen langs.", {"Tjoek"}),
        ("Berichten zijn versleuteld. Pim @& staat in uw\ncontacten.", {"Pim"}),
        ("Tjoek %, Dauw, Kees, jij", {"Tjoek"}),
    ],
)
def test_a_name_with_an_emoji_opening_a_line_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1,) * (text.count("\n") + 1)))


def test_a_name_saved_with_an_emoji_is_blacked_everywhere_in_the_screenshot():
    text = "Wolk @\nIk kom morgen.\nSpraakbericht Wolk.opus\nKan Wolk morgen komen?"
    spans = spans_of(text, blocks=(1, 1, 2, 3))
    assert {"Wolk", "Wolk.opus"} <= covered(text, spans)
    assert len([s for s in spans if text[s[0] : s[1]] == "Wolk"]) == 3


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Wolk @ 13:52\nSpraakbericht (0:48)", {"Wolk"}),
        ("Team Sport 10:00\n\u2014 lo *: mijn BSN is...", {"lo"}),
        ("Team Sport 10:00\n\u2014 kiki X: mijn BSN is...", {"kiki"}),
        ("Team Sport 10:00\n\u2014 wolkje : kom je?", {"wolkje"}),
    ],
)
def test_a_chat_list_name_with_an_emoji_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Groenvoorziening\nKamp & Zn. stuurt de tekening",
        "Top @ ik zet het door.",
        "Gefeliciteerd *\nmet je nieuwe huis",
        "Gemeente & provincie overleggen.",
    ],
)
def test_a_firm_or_a_word_before_a_symbol_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A contact saved as emoji, surname and trade ("🔧 Haver loodgieter") ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("@ Spijker loodgieter\nIk kom om 9 uur.", {"Spijker"}),
        ("& Wortel schilder neemt audio op...", {"Wortel"}),
        ("@& Kruik elektricien\nDe meter is vervangen.", {"Kruik"}),
    ],
)
def test_a_surname_before_a_trade_in_a_saved_contact_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1,) * (text.count("\n") + 1)))


@pytest.mark.parametrize(
    "text",
    ["@ Gemeente loodgieter\nDe afvoer is klaar.", "Loonbedrijf Haver loodgieter gezocht."],
)
def test_an_organisation_before_a_trade_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Irish surnames after Ó --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Contact Kees \u00d3 Briain, 06 1234 5678.", {"Kees", "\u00d3", "Briain,"}),
        ("Ik spreek \u00d3 Dochartaigh straks.", {"\u00d3", "Dochartaigh"}),
    ],
)
def test_an_irish_surname_after_o_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- A name no dictionary knows and one initial before a comma ("Meldster: Joca K.,") ------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Melder: Tjoek K., 06 1234 5678", {"Tjoek", "K.,"}),
        ("Zijn adviseur: Yarek T., info@example.org.", {"Yarek", "T.,"}),
    ],
)
def test_a_first_name_with_one_initial_before_a_comma_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_list_of_options_with_a_letter_is_no_name():
    text = "Keuze: Optie A., Optie B., of niets."
    assert "PERSON" not in labels_of(text, spans_of(text))

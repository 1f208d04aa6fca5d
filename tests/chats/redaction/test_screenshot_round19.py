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


@pytest.mark.parametrize(
    ("text", "name", "school"),
    [
        ("Leerplicht: Kees van ROC Menso\nAlting Meppel is afwezig.", "Kees", "Menso"),
        ("Ouderavond CBS Jan Ligthart om 19 uur.", None, "Ligthart"),
    ],
)
def test_a_school_named_after_a_person_stays_also_after_a_pupils_name(text, name, school):
    words = covered(text, spans_of(text))
    assert school not in words
    assert name is None or name in words


def test_a_list_of_options_with_a_letter_is_no_name():
    text = "Keuze: Optie A., Optie B., of niets."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A notice listing a contact that is a word before a number written with a slash -----------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Storm heeft Wolk de smid en 06 / 22 15 79 75 toegevoegd", {"Wolk", "de", "smid"}),
        ("Kees heeft Wolk haver en 06 / 38 89 52 91 toegevoegd", {"Wolk", "haver"}),
    ],
)
def test_a_notice_listing_a_word_contact_before_a_slashed_number_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- A person's name in a voice note's, a photo's or a scan's file name ------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Audio van Tjoek Kruik.m4a\n1:12 : Spraakbericht", {"Tjoek", "Kruik.m4a"}),
        ("Scan rijbewijs Dauw Kruik.jpg\nJPEG - 1,6 MB", {"Dauw", "Kruik.jpg"}),
    ],
)
def test_a_name_in_a_media_file_name_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Audio van Stadhuis Meppel.m4a\n1:12",
        "Scan rijbewijs Gemeente Meppel.jpg\nJPEG - 1,6 MB",
        "Offerte Schoonmaakbedrijf Kist.pdf\n3 pagina's",
        "Offerte Hoveniersbedrijf Lelie.pdf\n1 pagina",
    ],
)
def test_a_media_file_name_of_an_organisation_or_a_place_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Two initials without dots before a surname ("MT Baard") --------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover", "in_list"),
    [
        ("MT Spijker 13:05\nGeboren 13/02/1931, IBAN ...", {"MT", "Spijker"}, True),
        ("Zonder vaste woonplaats: JK Kruik, briefadres bij", {"JK", "Kruik,"}, False),
        ("SC Visser\nIk kom morgen.", {"SC", "Visser"}, False),
    ],
)
def test_two_initials_without_dots_before_a_surname_are_blacked(text, must_cover, in_list):
    spans = list_spans(text) if in_list else spans_of(text, blocks=(1,) * (text.count("\n") + 1))
    assert must_cover <= covered(text, spans)


@pytest.mark.parametrize(
    "text",
    ["Ouderavond ROC Menso Alting Meppel", "Reken af via NL Betaal, dank u."],
)
def test_capitals_before_a_word_that_is_no_surname_or_an_abbreviation_stay(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A first name addressed after "Top", "Super", "Prima" --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("Top Wolk, ik zet het door.", "Wolk,"), ("Super Bries, dan zie ik je morgen.", "Bries,")],
)
def test_a_name_addressed_after_praise_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize("text", ["Top Service, bedankt.", "Prima Meppel!", "Super Fijn, dank."])
def test_praise_before_a_word_names_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A chat list title that is a number with the country code, cut short ------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("0031 (0) 6... 08:37\n\u2014 lo: mijn BSN is...", {"0031", "(0)", "6..."}),
        ("0031 (O0) 6. 13:21\n\u2014 kal: mijn BSN is...", {"0031", "(O0)", "6."}),
    ],
)
def test_a_mobile_number_cut_short_after_the_country_code_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


def test_a_bsn_cut_short_before_four_dots_is_blacked():
    text = "Team Sport 10:00\n\u2014 kiki: mijn BSN is 808 ...."
    assert "808" in covered(text, list_spans(text))


# --- Someone at whose home a letter address is, before a comma and the address ------------------


def test_a_name_after_bij_before_a_comma_and_an_address_is_blacked_everywhere():
    text = (
        "Zonder vaste woonplaats:\nJ.C.H. Kruik, briefadres bij De Bok,\nKerkweg 92-D."
        "\nKlopt, briefadres bij De Bok"
    )
    spans = spans_of(text, blocks=(1, 1, 1, 2))
    assert len([s for s in spans if text[s[0] : s[1]].endswith("Bok")]) == 2


# --- A name alone before "geboren" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spoedpaspoort voor Saoirse,\ngeboren 25e\noktober 1996. Vader", "Saoirse,"),
        ("Aanvraag: Bries, geb. 12-03-2001, wil een ID-kaart.", "Bries,"),
    ],
)
def test_a_name_alone_before_geboren_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


def test_a_place_or_a_word_before_geboren_is_no_person():
    text = "Hij is in Meppel, geboren en getogen. Onze zoon, geboren in mei, slaapt."
    assert "PERSON" not in labels_of(text, spans_of(text))


def test_a_firm_after_bij_before_a_comma_and_an_address_is_no_person():
    text = "Het pakket ligt bij Bakkerij Kruik, Kerkweg 92."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A capitalised subject after an inverted verb ("Kan Lotus morgen ...?") ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kan Wolkje morgen de balie overnemen?", "Wolkje"),
        ("Goed zo. Wil Bries vandaag even bellen?", "Bries"),
    ],
)
def test_a_capitalised_subject_after_an_inverted_verb_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kan Meppel morgen de kosten dragen?",
        "Kan De Schiphorst morgen bellen?",
        "Is Kerkplein morgen afgesloten?",
        "Kan Gemeente morgen bellen?",
    ],
)
def test_a_place_street_or_organisation_after_an_inverted_verb_is_no_person(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A chat list title of an emoji and a surname cut short ----------------------------------------


def test_an_emoji_and_a_surname_cut_short_in_a_chat_list_title_are_blacked():
    text = "& Beek... 10:03\nBusje staat op..."
    assert "Beek..." in covered(text, list_spans(text))


def test_an_emoji_and_a_place_cut_short_in_a_chat_list_title_stay():
    text = "& Meppel... 10:03\nBusje staat op..."
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- A surname that is also a place after a given name no dictionary knows ---------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Bijstand: Tjoek\nPutten, Kerkweg 160 k4, 7944CD, BSN", {"Tjoek", "Putten,"}),
        ("Vrijwilliger: Tjoek Beek,\n27/09/1977, Kerkweg 10", {"Tjoek", "Beek,"}),
    ],
)
def test_a_surname_that_is_a_place_after_an_unknown_given_name_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_place_after_a_word_before_an_address_stays():
    text = "Opvang: Jeugd Meppel, Kerkweg 160, 7944CD."
    assert "Meppel," not in covered(text, spans_of(text))


# --- The owner of a car before its plate in brackets ----------------------------------------------


def test_the_owner_before_a_plate_in_brackets_is_blacked():
    text = "Boom omgewaaid op de auto van kruik\n(KN-492-R) bij de kerk."
    assert "kruik" in covered(text, spans_of(text))


def test_a_thing_before_a_plate_in_brackets_is_no_owner():
    text = "Boom omgewaaid op de auto van mijn buurman (KN-492-R)."
    assert "buurman" not in covered(text, spans_of(text))


# --- A bubble's last line above a shared contact card names no one --------------------------------


def test_a_bubble_line_with_a_reference_above_a_contact_card_stays():
    text = (
        "We halen het wrak op\nweg. Melding MOR-2026-55120.\n08:30\nO Kees Tjoek\nBericht Toevoegen"
    )
    spans = spans_of(text, blocks=(1, 1, 1, 2, 2))
    assert "MOR-2026-55120." not in covered(text, spans)
    assert {"Kees", "Tjoek"} <= covered(text, spans)


def test_a_capitalised_subject_opening_a_forwarded_messages_line_is_blacked():
    text = "> Doorgestuurd\nKan Wolkje morgen de balie overnemen?"
    assert "Wolkje" in covered(text, spans_of(text))


# --- A birth date with its weekday in brackets right after a name ------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Mijn schoonvader Kees Tjoek\n(woensdag 15 november 2000) is overleden.",
            {"(woensdag", "15", "november", "2000)"},
        ),
        ("Onze buurman Kees Tjoek (zo 3 mei 1951) is jarig.", {"(zo", "3", "mei", "1951)"}),
    ],
)
def test_a_birth_date_with_its_weekday_in_brackets_after_a_name_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_weekday_date_in_brackets_after_a_word_stays():
    text = "De markt (woensdag 15 november 2026) gaat door."
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Top, bedankt!\n09:26\nBericht @",  # Android's compose bar, its emoji button read as "@"
        "Tot morgen\n10:02\nTyp een bericht &",  # WhatsApp Web's
        "See you\n10:02\nMessage @",  # an English phone
    ],
)
def test_the_compose_bar_placeholder_is_no_contact_saved_with_an_emoji(text):
    # Round 19's emoji-contact rule took the compose bar's "Bericht" before its emoji icon for a
    # contact's name and blacked it (test_ocr's header-only screenshot, full suite of stop 33).
    assert covered(text, spans_of(text, detect=lambda text, **kwargs: [])) == set()

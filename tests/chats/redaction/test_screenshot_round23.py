"""Screenshot round 23 (issue 12): constructions the eighteenth blind set showed, tested with
other names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

MUNICIPAL_WHATSAPP = "06 1400 0522"
KEEP = ("14 0522", "0522 85 95 00", MUNICIPAL_WHATSAPP)

# --- A plate written with spaces opening a chat list's preview -------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Jolien T. 10:41\n472 GK 9 staat weer op de...", {"472", "GK", "9"}),
        ("Buurtapp 09:12\nXHD 61 T blokkeert de...", {"XHD", "61", "T"}),
    ],
)
def test_a_spaced_plate_opening_a_preview_line_is_found(text, plate):
    assert plate <= covered(text, spans_of(text))


def test_a_code_opening_a_preview_line_stays():
    text = "Gemeente Meppel 12:50\nZaak 26 17927 is gesloten."
    assert "LICENSE_PLATE" not in labels_of(text, list_spans(text))


# --- Phone numbers abroad in any grouping --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Zijn broer belt uit Ankara: +90 533 412 08 17.", {"+90", "533", "412", "08", "17."}),
        ("Schoonzus in Paramaribo: +597\n8614-2230.", {"+597", "8614-2230."}),
        ("+44 7911 1234... 09:51\nIk bel je zo", {"+44", "7911", "1234..."}),
        ("Bel de tante in Rabat 002126124477... 10:00", {"002126124477..."}),
    ],
)
def test_a_phone_number_abroad_is_found_in_any_grouping(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text", ["Factuur 2026-00412 van 3.250 euro.", "Bel 14 0522 om 09:00.", "Score 2+2 = 4"]
)
def test_amounts_codes_and_the_municipal_number_are_no_phone_abroad(text):
    assert "PHONE" not in labels_of(text, spans_of(text, keep_values=KEEP))


# --- The municipality's number cut short in a chat list ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Meppel 12:50\nBel 14 0522 of app 06-14 00...",
        "Gemeente Meppel 08:44\nBel (14) 0522 of app +31 6.",
    ],
)
def test_the_municipal_number_cut_short_in_a_preview_stays(text):
    assert "PHONE" not in labels_of(text, list_spans(text, keep_values=KEEP))


def test_a_residents_number_cut_short_in_a_preview_is_still_blacked():
    text = "Buurtapp 12:50\nBel 14 0522 of app 06-38 71..."
    assert {"06-38", "71..."} <= covered(text, list_spans(text, keep_values=KEEP))


# --- Initials after a surname, a title before a name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Klacht van Hoekstra P.J., Kerkstraat 12, geb. 1971.", {"Hoekstra", "P.J.,"}),
        ("Voor de buurtbus: meneer F. Wiersma en dhr. B. Van Ommen.", {"dhr.", "B.", "Ommen."}),
        ("Verslag over KT Yilmaz volgt in zaak Z-2026-11.", {"KT", "Yilmaz"}),
    ],
)
def test_initials_and_titles_belong_to_the_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_title_and_initial_cut_short_in_a_chat_list_is_a_person():
    text = "mevr. H........ 09:30\nGeb. 1988.03.12,..."
    assert {"mevr.", "H........"} <= covered(text, list_spans(text))


def test_capitals_of_an_abbreviation_before_a_place_stay():
    text = "Training bij VV Nijeveen om 19:00."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Addresses number first with a comma ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Vogelnest\n17, Prinses Julianastraat, Havelte", {"17,", "Julianastraat,"}),
        ("Marloes woont sinds kort op 29,\nSteenwijkerweg, tel volgt.", {"29,", "Steenwijkerweg,"}),
    ],
)
def test_a_number_a_comma_and_a_street_is_an_address(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text", ["Dieselstraat no. 83, Dedemsvaart", "Kraam 60, Kerkplein, is toegewezen."]
)
def test_a_number_before_a_place_or_after_a_counted_thing_is_no_address_alone(text):
    spans = spans_of(text)
    at = text.index(",") + 2
    assert not any(s <= at < e and label == "ADDRESS" for s, e, label in spans)


# --- An office and its portfolio ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wethouder Sociaal Domein belt morgen terug.",
        "Genoteerd door Wethouder Openbare Ruimte; verslag volgt.",
    ],
)
def test_an_office_with_its_portfolio_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Birth dates with uneven spacing or "le" for "1e" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Melder Ilse Wiersma, geb. 14 -3 - 1987.", {"14", "-3", "1987."}),
        ("Aanvraag: Sjoerd Dijkstra (9 -\n11-1979), BSN volgt.", {"(9", "11-1979),"}),
        ("Rolstoel voor Tineke (le maart 1944), Kerkstraat 5.", {"(le", "maart", "1944),"}),
    ],
)
def test_a_birth_date_with_uneven_spacing_or_a_misread_first_is_found(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_an_appointment_this_year_with_uneven_spacing_stays():
    text = "Geb. is dicht; de afspraak (14 -3 - 2099) blijft staan."
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


# --- "De" and a surname mid-sentence -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Ik bel De Jonge morgen terug.", {"De", "Jonge"}),
        ("Zwerfkatten bij de schuur van De Groot, Molenweg 4.", {"De", "Groot,"}),
    ],
)
def test_a_capital_de_and_a_surname_mid_sentence_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mollen in de berm bij CBS De Groot, zegt de juf.", "Groot,"),
        ("Tot in De Schiphorst!", "Schiphorst!"),
        ("Kom naar De Nijeveense Merkt op zaterdag.", "Nijeveense"),
    ],
)
def test_a_school_a_village_or_an_event_named_with_de_stays(text, kept):
    assert kept not in covered(text, spans_of(text))


# --- A contact saved as "Surname (Firstname)", and as an initial and capitals ----------------


def test_a_surname_with_a_bracketed_given_name_opening_a_notice_is_a_person():
    text = "Hekman (Brechtje) heeft u toegevoegd\nDag allemaal\nIk zag hekman gisteren."
    spans = lines_spans(text)
    assert {"Hekman", "(Brechtje)"} <= covered(text, spans)


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("P. VELDKAMP \u00a3 13:34\nGeb. 2001.04.18,...", {"P.", "VELDKAMP"}),
        ("J. HOLWERDA &\nDe stoep is kapot.", {"J.", "HOLWERDA"}),
    ],
)
def test_an_initial_and_a_surname_in_capitals_as_a_label_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_an_initial_and_an_abbreviation_as_a_label_stays():
    text = "T. GGD &\nDe prik is om 10 uur."
    assert "GGD" not in covered(text, lines_spans(text))


# --- Residents by number or before an address; toevoegingen as words --------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Rioolgeur bij de sloot. Haver van nummer 31 heeft het al dagen.", {"Haver"}),
        ("Kippen bij de schuur van Valk, Molenweg 12 in Rogat.", {"Valk,"}),
        ("De Jonge van nummer 113-zolder heeft het al drie dagen.", {"113-zolder"}),
    ],
)
def test_residents_by_their_number_or_address_and_word_toevoegingen(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_someone_of_a_number_who_is_no_name_stays():
    text = "Iemand van nummer 31 belde."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Nicknames: short forms in brackets, Turkish endings, a name before an initial ----------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Het nummer van Wolter (Wol) is gewijzigd in 06 - 11 22 33 44.", {"(Wol)"}),
        ("Emre Yilmaz\nOoievaarsnest op de paal. Emrecik ziet het vanuit het raam.", {"Emrecik"}),
    ],
)
def test_short_forms_and_turkish_pet_names_of_a_name_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [("Y Henkje W. 12:57\nIk sta op de hoek", {"Henkje", "W."})],
)
def test_a_nickname_of_a_first_name_before_an_initial_is_a_person(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


# --- A first word before a surname found; a particle cut short after a name ------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Sibbe El Amrani 10:56\nRekening...", {"Sibbe", "El", "Amrani"}),
        ("Yasmina El... 09:29\nRekening...", {"Yasmina", "El..."}),
    ],
)
def test_a_first_word_before_a_surname_and_a_cut_particle_belong_to_the_name(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


# --- A floor written short after a house number ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Bijenkast bij Noor Valk, Kerkweg 54 le.", {"54", "le."}),
        ("Auto staat hier\nbij Molenstraat 139 2e, Rogat", {"139", "2e,"}),
    ],
)
def test_a_short_floor_after_a_house_number_belongs_to_the_address(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_number_with_an_ordinal_that_is_no_address_stays():
    text = "Zij werd 2e bij de wedstrijd."
    assert "ADDRESS" not in labels_of(text, spans_of(text))

"""Screenshot round 17 (issue 12): constructions the thirteenth blind set showed, tested with other
names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A BSN after its cue in groups set off by slashes or spaced dashes ------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Kees 10:12 Mijn BSN: 111/222/333", {"111/222/333"}),
        ("Het BSN van mijn zoon is 123 - 456 - 782.", {"123", "456", "782."}),
        ("Voor de aanvraag, BSN 987 / 654 / 321, graag snel.", {"987", "654", "321,"}),
        ("burgerservicenummer: 12 / 345 / 6782", {"12", "345", "6782"}),
    ],
)
def test_a_bsn_grouped_with_slashes_or_spaced_dashes_after_its_cue_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zaak 2026/114/227 is afgerond.",
        "Het BSN-loket is open van 9 - 12 - 17 uur.",
    ],
)
def test_slashed_or_dashed_numbers_without_a_bsn_cue_stay(text):
    assert "BSN" not in labels_of(text, spans_of(text))


# --- A chat list's contact saved with a lower-case surname or an initial ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Kiki bos 10:41 Mijn nieuwe adres is...", {"Kiki", "bos"}),
        ("Meike smit 12:52 Tot morgen", {"Meike", "smit"}),
        ("Visser K. 13:17 Ik bel je", {"Visser", "K."}),
        ("Oyuntsetseg. 09:29 Foto", {"Oyuntsetseg."}),
    ],
)
def test_a_contact_saved_with_a_lower_case_surname_or_an_initial_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Team wegen 10:11 Factuur 2026-F-22 is verstuurd",
        "Werkgroep groen 10:11 Let op: de markt",
        "Bijlage B. 10:11 Zie het rapport",
    ],
)
def test_a_group_or_a_document_in_a_chat_list_stays(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- A push name in lower case opening a group row's preview line -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("06 412 33 871 10:02\n\u2014 joppie: kenteken graag", "joppie:"),
        ("+31 6 41 22 8791 08:30\n\u2014 tsetsegje: ik bel morgen", "tsetsegje:"),
        ("Buurtapp Oost 09:02\nkeesie: wie heeft de sleutel?", "keesie:"),
    ],
)
def test_a_lower_case_push_name_opening_a_preview_line_is_blacked(text, name):
    assert name in covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Team Wegen 10:11\n\u2014 let op: de weg is dicht",
        "Overleg Markt 10:11\nvraag: wie komt er?",
    ],
)
def test_a_word_opening_a_preview_line_before_a_colon_stays(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- A surname or nickname with an initial after a cue, a title or "ik ben" -------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Kunt u de sleutel doorgeven aan Pukkie R.? Dank u.", {"Pukkie", "R.?"}),
        ("Rekening NL12 ABNA 0123 4567 89 op naam van VAN DAM K., graag.", {"DAM", "K.,"}),
        ("Ik ben mevr. B Kuiper en woon aan de Esweg.", {"mevr.", "B", "Kuiper"}),
        ("Goedemiddag, ik ben J. de jong uit Nijeveen.", {"J.", "jong"}),
        ("Met dhr. T.K. Rozema gesproken.", {"dhr.", "T.K.", "Rozema"}),
    ],
)
def test_a_name_with_an_initial_after_a_cue_or_title_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben U dankbaar voor de hulp.",
        "Ik ben A. en B. kwijt.",
        "De brief gaat aan Gemeente B. in de bus.",
        "Ga door naar Fase B. en dan C.",
    ],
)
def test_an_initial_after_a_cue_without_a_name_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A name set off by a comma before birth data, and the birth date after it -----------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Gegevens nieuwe huurder: mees bakker, 03/11/1979, mb@example.org.",
            {"mees", "03/11/1979,"},
        ),
        ("Mijn vader is koos rietveld, 4 Maart 1948, Esweg 12.", {"koos", "rietveld,", "Maart"}),
        ("Aanmelden als vrijwilliger. Zee Visser, geboren 1999.04.02.", {"Zee", "Visser,"}),
        ("Aanvraag voor mijn zoon Mik baas, BSN volgt.", {"Mik", "baas,"}),
        ("Dit is voor jonas tuin, 09 - 10 - 2001, tel volgt.", {"jonas", "tuin,", "2001,"}),
    ],
)
def test_a_name_before_birth_data_and_its_date_are_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geboren 1961.03.09 in Zwolle.", "1961.03.09"),
        ("Mijn zoon, geboren 7 juni, 2012.", "2012."),
    ],
)
def test_a_birth_date_year_first_with_dots_or_with_a_comma_before_its_year_is_blacked(text, date):
    assert date in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vergunning aangevraagd, 12-03-1985 was dat.",
        "Het huis is klaar, geboren en getogen hier.",
        "Versie 2010.07.27 staat online.",
        "De markt, 4 Maart 2026, gaat door.",
    ],
)
def test_words_or_dates_that_are_no_birth_data_stay(text):
    assert not {"PERSON", "DATE_OF_BIRTH"} & labels_of(text, spans_of(text))


# --- Addresses written number first, with "huisnr", or with a toevoeging after "nummer" -------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Namens mijn vader, 31 Kruisweg: hij is 88.", {"31", "Kruisweg:"}),
        ("Huisbezoek 9 Prinses Julianastraat morgen.", {"9", "Julianastraat"}),
        ("Huisbezoek 112 Dokter.", {"112", "Dokter."}),
        ("Mijn tante woont Vledderweg, huisnr 27b.", {"Vledderweg,", "huisnr", "27b."}),
        ("De kippen lopen los op nummer 44-B, elke dag.", {"44-B,"}),
        ("Huisbezoek 27...", {"27..."}),
    ],
)
def test_an_address_number_first_or_after_huisnr_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Ik woon Esweg 12-2hg, 7942bc.", "7942bc."),
        ("Ik woon Esweg 5 B-1, 7943 - pk.", "pk."),
    ],
)
def test_a_postcode_after_an_address_with_a_long_toevoeging_is_blacked(text, postcode):
    assert postcode in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bus 5 Stationsweg rijdt niet.",
        "Vanaf 2026 Kerkstraat dicht.",
        "Zaak nummer 2024 is dicht.",
        "Er staan 12 Bomen op de lijst.",
        "Werkorder 45 00854274 is verstuurd.",
    ],
)
def test_numbers_before_streets_or_after_nummer_that_are_no_home_stay(text):
    assert not {"ADDRESS", "POSTCODE"} & labels_of(text, spans_of(text))


# --- A plate with spaces around its dashes after a vehicle cue --------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("06 411 22 987 10:03\n\u2014 bram: kenteken GZ - 12 - XD", {"GZ", "12", "XD"}),
        ("Mijn kenteken is 3 - TVB - 45.", {"3", "TVB", "45."}),
    ],
)
def test_a_plate_with_spaced_dashes_after_a_vehicle_cue_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize("text", ["Uitslag GZ - 12 - XD", "Open 10 - 12 - 17 uur"])
def test_spaced_dashes_without_a_vehicle_cue_are_no_plate(text):
    assert "LICENSE_PLATE" not in labels_of(text, spans_of(text))


# --- A name after "Organisator:" or set off after "bel mij", and in a file name ---------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Vergunning voor de braderie. Organisator: Storm Kuiken, sk@example.nl.",
            {"Storm", "Kuiken,"},
        ),
        ("Indiener: Wolk Pieters, 06 12 34 56 78.", {"Wolk", "Pieters,"}),
        ("Bel mij, Ster, op 06 41 22 33 44.", {"Ster,"}),
        ("Mail me, Dauwtje, gerust terug.", {"Dauwtje,"}),
        ("Jaaropgave femke oosting.pdf 2 pagina's", {"femke", "oosting.pdf"}),
        ("Uitkering bolor _ tsetseg.pdf 1 pagina", {"bolor", "tsetseg.pdf"}),
    ],
)
def test_a_name_after_a_role_label_after_bel_mij_or_in_a_file_name_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Organisator: Stichting Kerstmarkt Meppel.",
        "Bel mij, Gemeente Meppel, op maandag.",
        "Notulen vergadering juni.pdf 3 pagina's",
        "Plattegrond markt meppel.pdf",
    ],
)
def test_an_organisation_or_a_document_title_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A mobile number with its country code in brackets and a 0 read as O ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("(+31) (O)6 1234 5678 \u2014 bo > Doorgestuurd", {"(+31)", "(O)6", "1234", "5678"}),
        ("Bel (+31) (o)6 87 65 43 21 gerust.", {"(+31)", "(o)6", "87", "21"}),
    ],
)
def test_a_bracketed_mobile_number_with_a_misread_zero_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_push_name_stops_before_the_forwarded_label_on_its_line():
    text = "(+31) (0)6 1234 5678 \u2014 bo > Doorgestuurd"
    words = covered(text, spans_of(text))
    assert "bo" in words
    assert "Doorgestuurd" not in words


# --- A streaming or portfolio page of one person ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("De fiets is van Mo Ali: behance.net/moali", "behance.net/moali"),
        ("Zie mijn werk op dribbble.com/kiki_ontwerpt.", "dribbble.com/kiki_ontwerpt."),
        ("Hij streamt op twitch.tv/jorrit1999", "twitch.tv/jorrit1999"),
    ],
)
def test_a_persons_portfolio_or_stream_link_is_blacked(text, link):
    assert link in covered(text, spans_of(text))


@pytest.mark.parametrize("text", ["Kijk op twitch.tv/gemeentemeppel", "Zie www.behance.net"])
def test_the_municipalitys_or_a_bare_platform_link_stays(text):
    assert "URL_PERSONAL" not in labels_of(text, spans_of(text))


# --- Must-keep: a firm's row by its business preview, a cut-off compound, a glued postcode ----


@pytest.mark.parametrize(
    "text",
    [
        "Wim Kroos 10:11 Tot morgen\nKroos... 13:02 Werkorder 45 00854274 is...",
        "Wim Kroos 10:11 Tot morgen\nKroos Install... 13:02 Factuur INV-2231 is verstuurd",
        "Wim Kroos 10:11 Tot morgen\nKroos... 13:02\nOfferte 2026-114 staat klaar",
    ],
)
def test_a_firms_row_named_after_a_person_of_the_screenshot_stays(text):
    spans = list_spans(text)
    first_row = text.index("\n")
    assert not [s for s in spans if s[0] > first_row and s[2] == "PERSON"]
    assert {"Wim", "Kroos"} <= covered(text[:first_row], spans)


def test_a_persons_row_with_another_preview_is_still_blacked():
    text = "Wim Kroos 10:11 Tot morgen\nKroos... 13:02 Ik bel je morgen"
    assert "Kroos..." in covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Schoonmaakbedr 13:54 Tot morgen",
        "Woningbouwvereni 09:12 Uw reparatieverzoek",
        "Kinderopvangorganis 10:02 Foto",
    ],
)
def test_a_long_compound_title_cut_short_is_no_person(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


@pytest.mark.parametrize("text", ["Chandrasekaran 13:54 Tot morgen", "Oyuntsetseg 09:12 Foto"])
def test_a_long_name_in_a_chat_list_is_still_a_person(text):
    assert "PERSON" in labels_of(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Per post naar Postbus 501, 7940AM Meppel.", "Schrijf naar Postbus 501 7940am Meppel"],
)
def test_the_municipalitys_postbus_with_a_glued_postcode_stays(text):
    spans = spans_of(text, keep_values=("Postbus 501, 7940 AM Meppel",))
    assert not {"ADDRESS", "POSTCODE"} & labels_of(text, spans)


# --- A bubble's time stamp after a group's name is no house number ----------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Ik heb het doorgezet naar Sanne van Oranjecomite Nijeveen. 10:09", "Oranjecomite"),
        ("Overgedragen aan Wim van Buurtvereniging Koedijk. 16:45", "Buurtvereniging"),
    ],
)
def test_a_time_after_a_groups_name_is_no_house_number(text, group):
    words = covered(text, spans_of(text))
    assert group not in words
    assert "ADDRESS" not in labels_of(text, spans_of(text))


def test_a_house_number_after_a_name_and_street_is_still_blacked():
    text = "Mevrouw Kuipers van Esweg 10: de heg is te hoog."
    assert {"Esweg", "10:"} <= covered(text, spans_of(text))


# --- Under a group's title the preview's first word before a colon is its sender --------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Werkgroep... 08:33\nDauw: wie belt Kees terug?", "Dauw:"),
        ("Buurtvereniging Oost 10:02\nStorm: ik neem de sleutel mee", "Storm:"),
        ("Speeltuincommissie 12:40\nWolk: tot vanavond", "Wolk:"),
    ],
)
def test_a_word_opening_a_group_rows_preview_before_a_colon_is_its_sender(text, name):
    assert name in covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Werkgroep... 08:33\nHerinnering: morgen om 10 uur",
        "Buurtvereniging Oost 10:02\nLet op: de weg is dicht",
        "Wim Kroos 08:33\nDauw: een mooi woord",
    ],
)
def test_a_label_under_a_group_or_a_word_under_a_person_stays(text):
    assert not {"Herinnering:", "Let", "Dauw:"} & covered(text, list_spans(text))

"""Screenshot round 30 (issue 12): constructions blind23 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered as covered_tokens
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def labelled(text: str, spans, label: str) -> set[str]:
    return {w.strip(",.!?;:()") for w in covered_tokens(text, [s for s in spans if s[2] == label])}


# --- An adder notice whose "toegevoegd" wrapped onto a line of its own ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Roos Brugman heeft Tarwe & en Lotte Visscher\ntoegevoegd\nWelkom allemaal",
            {"Roos", "Brugman", "Tarwe", "Lotte", "Visscher"},
        ),
        (
            "Koraal Zeldenrust heeft Storm @ en Anoek\nverwijderd\nTot morgen",
            {"Koraal", "Zeldenrust", "Storm", "Anoek"},
        ),
    ],
)
def test_an_adder_notice_wrapped_before_its_verb_names_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_name_of_a_wrapped_notice_is_blacked_elsewhere_in_the_screenshot():
    text = "Eva Dekker heeft Tarwe & en Ali Smit\ntoegevoegd\nKijk op meppel.nl/afval, Tarwe."
    assert "Tarwe." in covered_tokens(text, lines_spans(text))


def test_a_wrapped_line_that_adds_things_names_no_one():
    text = "De gemeente heeft foto's en video's\ntoegevoegd"
    assert not labelled(text, lines_spans(text), "PERSON")


# --- A name greeted or thanked with an exclamation mark; a first name closing a message -----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank Olm! De politie weet ervan.", "Olm"),
        ("Leuk Tsehay! De buurt brengt plantjes.", "Tsehay"),
        ("Hoi Koraal! Zie je morgen.", "Koraal"),
    ],
)
def test_a_capitalised_word_greeted_with_an_exclamation_mark_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text", ["Dank Gemeente! Het is geregeld.", "Dag Allemaal! De brug is open.", "Top Werk!"]
)
def test_an_organisation_or_everyday_word_greeted_stays(text):
    assert not labelled(text, lines_spans(text), "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staat in zaak Z-2026-0456, Storm.\n09:12", "Storm"),
        ("Zie de brief van 3 mei, Maas.", "Maas"),
    ],
)
def test_a_first_name_after_a_comma_closing_a_message_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "De melding staat bij de balie, Meppel.",
        "Het pakket ligt bij de buren, Nijeveen.",
        "We zien u op 4 mei, Dinsdag.",
    ],
)
def test_a_place_street_or_weekday_closing_a_message_stays(text):
    assert not labelled(text, lines_spans(text), "PERSON")


# --- Chat list titles: an emoji read as a lone accented letter, a title cut after a particle,
# --- a group preview's sender with a particle ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nKlaproos à 10:46\nMeeuwen op het dak", {"Klaproos"}),
        ("Chats\n“ Saffier Ter 11:57\nCamper staat er nog", {"Saffier", "Ter"}),
        ("Chats\nTeam Wonen... 09:47\nKoraal de Valk: ik kom wel...", {"Koraal", "de", "Valk"}),
    ],
)
def test_chat_list_titles_and_preview_senders_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chats\nCafé De 10:46\nTot vrijdag",
        "Chats\nTeam Wonen... 09:47\nKinderopvang De Mol: ik kom wel...",
        "Chats\nGemeente Meppel 09:47\nLet op: de balie is dicht",
    ],
)
def test_firm_titles_and_preview_openings_stay(text):
    assert not labelled(text, lines_spans(text), "PERSON")


# --- File names: a contact card, a voice note with a surname that has "oude" ------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Contact Tsehay.vcf\nvCard : 1 kB", {"Tsehay.vcf"}),
        ("N Contact Wubet.vef\nvCard : 1 kB", {"Wubet.vef"}),
        ("Spraakmemo fenna oude\nmarkink.m4a\n1:12 : Audio", {"fenna", "oude", "markink.m4a"}),
    ],
)
def test_persons_named_in_file_names(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- Two persons sharing a surname; a lower-case surname after "<name> en"; a word before
# --- a particle and a surname found ------------------------------------------------------------


def test_the_en_between_a_given_name_and_a_full_name_is_blacked():
    text = "Vrijwilliger Kiki en Mare Bos, 06 12345678."
    assert {"Kiki", "en", "Mare", "Bos"} <= covered(text, spans_of(text))


def test_an_en_between_a_person_and_a_word_stays():
    text = "Vrijwilliger Kiki en de wijkboa bellen 06 12345678."
    assert "en" not in covered(text, spans_of(text))


def test_a_lower_case_surname_after_a_person_and_en_is_a_person():
    text = "De wethouder meet het geluid bij Johan en valk, zaaknr. 012345."
    assert "valk" in covered(text, spans_of(text))


def test_a_lower_case_word_after_a_person_and_en_that_no_list_knows_as_a_surname_stays():
    text = "De wethouder meet het geluid bij Johan en anderen, zaaknr. 012345."
    assert "anderen" not in covered(text, spans_of(text))


def test_a_married_name_wrapped_after_a_person_is_blacked_with_it():
    # the header's two lines read as two blocks, so the bubble text does not join them
    text = "O Ánxo Van der Molen\nwed. De Saffier\nBericht Toevoegen"
    spans = spans_of(text, blocks=(1, 2, 3))
    assert {"Van", "Molen", "wed", "Saffier"} <= covered(text, spans)


def test_familie_before_a_person_in_a_chat_list_is_blacked_with_the_name():
    text = "Chats\nfamilie Okafor... 08:32\nNieuwe IBAN volgt"
    assert {"familie", "Okafor..."} <= covered_tokens(text, lines_spans(text))


def test_a_word_before_a_capital_particle_and_a_surname_found_is_the_given_name():
    text = "Jan de Saffier belt. Meeuw in de tuin van Ouafa De Saffier, Kerkweg 15."
    assert {"Ouafa", "De", "Saffier"} <= covered(text, spans_of(text))


# --- Numbers: a house number with a toevoeging after "bij", a dashed postcode, a missed
# --- call's number cut short -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Grofvuil op de stoep bij 47/3, meldingnr. 12345.", {"47/3"}),
        ("Grofvuil op de stoep bij 8 (achterom), meldingnr. 12345.", {"8", "achterom"}),
        ("Grofvuil op de stoep bij 61 le etage, MELD-012345.", {"61", "le", "etage"}),
    ],
)
def test_a_house_number_with_a_toevoeging_after_bij_is_an_address(text, must_cover):
    assert must_cover <= labelled(text, spans_of(text), "ADDRESS")


@pytest.mark.parametrize(
    "text",
    ["Het wordt bij 2/3 van de leden gedragen.", "Kom bij 12 graden binnen.", "bij 20 (twintig)"],
)
def test_numbers_after_bij_without_a_house_toevoeging_stay(text):
    assert not labelled(text, spans_of(text), "ADDRESS")


def test_a_postcode_with_a_spaced_dash_is_found():
    text = "Brief bij Kerkweg 35 (zijdeur),\n7948 -KL."
    assert {"7948", "-KL"} <= labelled(text, lines_spans(text), "POSTCODE")


@pytest.mark.parametrize(
    "text", ["Chats\nJan 09:56\nGemist spraakgesprek - 050....", "Gemiste oproep: 0591 ..."]
)
def test_a_missed_calls_number_cut_short_is_a_phone(text):
    spans = lines_spans(text)
    assert any(label == "PHONE" for _s, _e, label in spans)


@pytest.mark.parametrize(
    ("text", "plate"),
    [("Camper AXPF49 staat er nog", "AXPF49"), ("Scooter 4O-XKP-9 staat er", "4O-XKP-9")],
)
def test_a_plate_after_a_vehicle_with_a_vowel_read_for_a_digit_is_found(text, plate):
    assert plate in labelled(text, spans_of(text), "LICENSE_PLATE")


def test_a_word_after_a_vehicle_stays():
    text = "Camper AIR5 staat er nog"
    assert not labelled(text, spans_of(text), "LICENSE_PLATE")


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Klemmen bij Trijntje op 41 Il; melding M-012345.", {"41", "Il"}),
        ("De coach gaat langs bij Fenna op\n88 (garage); zaak 012345.", {"88", "garage"}),
    ],
)
def test_a_house_number_after_a_person_and_op_closing_the_clause_is_an_address(text, must_cover):
    assert must_cover <= labelled(text, lines_spans(text), "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak met Fenna op 3 juli in het stadhuis.",
        "Een gesprek met Fenna en Syts op\n14.11 om 9.30u, kenmerk UIT-12345.",
    ],
)
def test_a_date_after_a_person_and_op_stays(text):
    assert not labelled(text, lines_spans(text), "ADDRESS")

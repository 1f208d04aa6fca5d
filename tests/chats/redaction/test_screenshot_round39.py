"""Screenshot round 39 (issue 12): constructions blind31 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from chats.redaction.images import _round39_hyphen_parts, _round39_late
from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’"


def labels(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in lines_spans(text)}


# --- A person established anywhere: the halves of a double surname ----------------------------


def test_the_halves_of_a_double_surname_are_names_of_their_own():
    assert _round39_hyphen_parts(("Tjitske Spar-Wolters",)) == ("Spar", "Wolters")
    assert _round39_hyphen_parts(("Jorunn Veen",)) == ()


def test_a_double_surname_blacks_its_half_elsewhere_in_the_screenshot():
    text = (
        "Tjitske Spar\ntypt...\nHuurachterstand bij mevr. T. Spar op nr. 8.\n10:02\n"
        "Dochter Tjitske Spar-Wolters, 06 21 43 65 87.\n10:04"
    )
    words = covered(text, lines_spans(text), strip=STRIP)
    assert text.count("Spar") == 3
    assert {"Spar", "Spar-Wolters"} <= words
    assert sum(1 for w in text.split() if w.strip(STRIP) == "Spar") == 2


# --- Surnames with 't, saved surname first, before a birth, cut by a chat list ----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Standplaats SP 4 voor\nIn 't Zand bevestigd, 12,- euro.", "Zand"),
        ("Melding dossier AB/1234 voor Van ‘t Schip staat.", "Schip"),
    ],
)
def test_a_capitalised_surname_after_its_t_particle_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_the_t_phrase_in_lower_case_stays():
    text = "We gaan op 't land werken, in 't veld is het nat."
    assert not {"land", "veld"} & covered(text, lines_spans(text), strip=STRIP)


def test_a_surname_a_place_list_knows_before_two_initials_is_a_person():
    text = "Team Wmo\nDiever, K.J. »\nIk bel morgen terug."
    assert "Diever" in covered(text, lines_spans(text), strip=STRIP)


def test_the_words_before_a_birth_date_are_a_person():
    text = "Pas kwijt op reis: Tjitske\nDiever, geb. 12-03-1988, BSN 123456782."
    assert {"Tjitske", "Diever"} <= covered(text, lines_spans(text), strip=STRIP)


# --- A name after a noun opening a sentence, after a preposition, as a subject ----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Verlof Jorunn goedgekeurd, vervanging geregeld.", "Jorunn"),
        ("Budgetbeheer Olufemi via Humanitas, overleg maandag.", "Olufemi"),
    ],
)
def test_a_name_after_a_noun_opening_a_sentence_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_a_place_after_a_noun_opening_a_sentence_stays():
    text = "Markt Meppel gaat door, ook bij regen."
    assert "Meppel" not in covered(text, lines_spans(text), strip=STRIP)


def test_a_listed_surname_closing_a_clause_after_a_preposition_is_a_person():
    text = "Aanvraag tot vrijdag; overdracht naar Visser, balie.\n11:02"
    assert "Visser" in covered(text, lines_spans(text), strip=STRIP)


def test_a_place_closing_a_clause_after_a_preposition_stays():
    text = "Aanvraag tot vrijdag; daarna naar Zwolle, balie.\n11:02"
    assert "Zwolle" not in covered(text, lines_spans(text), strip=STRIP)


def test_a_given_name_and_surname_opening_a_clause_before_a_verb_are_a_person():
    text = "Klacht genoteerd, melding 1234; Olufemi Visser komt vóór 3/4 langs."
    assert {"Olufemi", "Visser"} <= covered(text, lines_spans(text), strip=STRIP)


def test_a_word_before_a_group_abbreviation_stays():
    text = "Jeugdzorg & WMO\nTjitske Visser heeft groep 'Jeugdzorg & WMO' aangemaakt"
    assert "Jeugdzorg" not in covered(text, lines_spans(text), strip=STRIP)


# --- Numbers, dates, units, initials, e-mail --------------------------------------------------


def test_an_iban_cut_by_a_chat_list_is_an_iban():
    text = "Chats\nVisser 09:12\nMijn rekening is NLO7 RABO...\n"
    assert labels(text).get("NLO7 RABO") == "IBAN"


def test_a_cut_kept_iban_and_a_vat_number_stay():
    text = "Chats\nGemeente 09:12\nBetaal op NL12 BNGH...\nKvK 1234 btw NL001234567B01.\n"
    late = _round39_late(text, text, set(), ("NL12 BNGH 0285 0000 12",))
    assert not {label for _s, _e, label in late} & {"IBAN"}


def test_a_relatives_bracketed_date_long_ago_is_a_birth_date():
    text = "Rolstoel voor mijn vader (dinsdag 4 maart 1951), Visser, J., Meppel."
    late = _round39_late(text, text, set(), ())
    assert ("(dinsdag 4 maart 1951)", "DATE_OF_BIRTH") in {(text[s:e], lb) for s, e, lb in late}


def test_a_bracketed_appointment_stays():
    text = "Afspraak met mijn vader (dinsdag 4 maart 2031) om 10 uur."
    assert not _round39_late(text, text, set(), ())


def test_a_unit_after_a_house_number_is_the_address():
    text = "komt langs op nr. 57\nunit 3."
    found = {(text.index("57"), text.index("57") + 2, "ADDRESS")}
    late = _round39_late(text, text, found, ())
    assert ("57\nunit 3", "ADDRESS") in {(text[s:e], lb) for s, e, lb in late}


def test_initials_ocr_read_with_a_low_comma_follow_the_surname():
    text = "Visser, J\u201aK. » 10:32"
    found = {(0, 6, "PERSON")}
    assert (0, len("Visser, J\u201aK."), "PERSON") in _round39_late(text, text, found, ())


def test_a_lower_case_given_name_after_a_role_joins_its_surname():
    text = "Vrijstelling voor Jorunn; ouder tjitske\nvisser."
    found = {(text.index("visser"), text.index("visser") + 6, "PERSON")}
    late = _round39_late(text, text, found, ())
    assert (text.index("tjitske"), text.index("visser") + 6, "PERSON") in late


def test_an_address_made_of_a_persons_surname_is_an_email():
    text = "Ruilen? Jorunn In 't Veld,\njinveld@werk.example."
    found = {(text.index("Jorunn"), text.index(","), "PERSON")}
    late = _round39_late(text, text, found, ("info@meppel.nl",))
    assert ("jinveld@werk.example", "EMAIL") in {(text[s:e], lb) for s, e, lb in late}


def test_a_role_mailbox_stays():
    text = "Ruilen? Jorunn Veld, mail veldwerk@meppel.nl."
    found = {(text.index("Jorunn"), text.index(","), "PERSON")}
    late = _round39_late(text, text, found, ("info@meppel.nl",))
    assert not any(lb == "EMAIL" for _s, _e, lb in late)


@pytest.mark.parametrize(
    ("row", "word"), [("& Wies Van der... 10:02", "Wies"), ("Tjitske De... 09:12", "Tjitske")]
)
def test_a_name_and_its_particle_cut_by_a_chat_list_are_a_person(row, word):
    text = f"Chats\n{row}\nKomt u morgen langs?\n"
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_a_firm_and_its_particle_cut_by_a_chat_list_stay():
    text = "Chats\nBakkerij Van der... 10:02\nBrood is klaar.\n"
    assert "Bakkerij" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Chats\nVisser 09:12\nRekening is BE71 0961...\n", "BE71 0961"),
        ("Chats\nVisser 09:12\nRekening is ME25 5050.\n", "ME25 5050"),
    ],
)
def test_a_cut_foreign_iban_of_its_countrys_shape_is_an_iban(text, head):
    late = _round39_late(text, text, set(), ())
    assert (head, "IBAN") in {(text[s:e], lb) for s, e, lb in late}


def test_nota_bene_after_a_place_is_no_initials():
    text = "Markt in Diever, N.B. neem de fiets mee."
    assert "Diever" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize("row", ["Schoenwinkel De... 10:02", "Buurtcomité De... 10:02"])
def test_a_compound_and_its_particle_cut_by_a_chat_list_stay(row):
    text = f"Chats\n{row}\nOpen tot vijf.\n"
    assert row.split()[0] not in covered(text, lines_spans(text), strip=STRIP)


def test_an_adjective_of_origin_after_a_possessive_stays():
    text = "Mijn Oekraïense buurvrouw staat nog niet ingeschreven."
    assert "Oekraïense" not in covered(text, lines_spans(text), strip=STRIP)

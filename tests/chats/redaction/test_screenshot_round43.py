"""Screenshot round 43 (issue 12): constructions blind35 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’"


def rows(text: str, **kwargs):
    return spans_of(text, blocks=tuple(20001 + i for i in range(text.count("\n") + 1)), **kwargs)


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Contacts and senders, also named like a village or an everyday word ------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a contact saved as a village's name with an emoji OCR read as signs
        ("Team Zorg 08:12\nRuinen * 10:21\nTot morgen", {"Ruinen"}),
        ("Overleg Wmo\nRuinen *% typt...\nVANDAAG", {"Ruinen"}),
        ("Tot zo\nLive locatie van Ruinen &\nnog 12:30", {"Ruinen"}),
        # a given name and a surname saved with an emoji OCR read as "=" or a dash
        ("Team Zorg 08:12\nDahlia Mosterd = 08:29\nAuto weg", {"Dahlia", "Mosterd"}),
        ("Team Zorg 08:12\nTin Mosterd \u2014\nAuto weg", {"Tin", "Mosterd"}),
        # a group's preview sender after its icon read as a dash, whatever OCR made of the name
        ("Team Zorg 08:12\n\u2014 ke: klopt 5 3884 7864 zo?", {"ke"}),
        # a group's preview opened by a given name and a surname that are words
        (
            "Overleg Wmo 08:27\nRuinen Kaneel: schade na\nGemeente Meppel 08:30",
            {"Ruinen", "Kaneel"},
        ),
    ],
)
def test_contacts_and_senders_named_like_words(text, words):
    assert words <= covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a given name and a surname that are words opening a clause before a verb or a comma
        ("Geen probleem Kees! Lelie Mosterd neemt de balie over.", {"Lelie", "Mosterd"}),
        ("kostenplaats 4411.202; Lelie Peper\nstuurt ze vanavond door.", {"Lelie", "Peper"}),
        ("Geen probleem! Lelie de Kaas neemt de balie.", {"Lelie", "Kaas"}),
        # a relative or neighbour after "mijn", in quotes or not, also a village's name
        ("Paspoort voor mijn zoon Ruinen, voor de reis.", {"Ruinen"}),
        ("Mijn buurman \u2018Lelie\nMosterd' heeft ook schade.", {"Lelie", "Mosterd"}),
        # whom one quarrels with, in lower case
        ("Ruzie met peper over de schutting, wat nu?", {"peper"}),
        # a capitalised word mid-sentence after a preposition before "is"
        ("Schuldhulp voor Kaneel is gestart, gesprek volgt.", {"Kaneel"}),
    ],
)
def test_names_by_their_construction(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Team Zorg 08:12\nBericht * 10:21\nTot morgen", "Bericht"),  # the compose bar
        ("Team Zorg 08:12\n\u2014 Jij: klopt het?", "Jij"),  # the phone's own user
        ("Overleg Wmo 08:27\nGemeente Meppel: schade na", "Gemeente"),  # an organisation
        ("De wijkagent heeft ruzie met de buren over de heg.", "buren"),
        ("Mijn zoon gaat naar school.", "school"),
    ],
)
def test_no_person_in_those_constructions_without_a_name(text, word):
    assert word not in covered(text, rows(text), strip=STRIP)


# --- Found once, then the rest of it -------------------------------------------------------------


def test_a_spaced_birth_date_after_a_relative_also_with_an_o_for_a_zero():
    text = "Paspoort voor mijn zoon Ruinen, 03 05\n1987. Groet.\nVoor mijn zoon Ruinen, O3 05 1987"
    found = {v for v, label in labels(text, lines_spans(text)).items() if label == "DATE_OF_BIRTH"}
    assert found == {"03 05\n1987", "O3 05 1987"}


def test_initials_without_dots_after_a_title_before_a_surname_found():
    text = "Team Zorg 08:12\nMosterd K. 11:40\ndhr. KTB Mosterd 11:48\nGraag naar."
    assert {"dhr", "KTB"} <= covered(text, rows(text), strip=STRIP)


def test_a_capital_surname_before_a_comma_and_a_given_name_found():
    text = "Ontheffing voor de verhuiswagen, 15-5-2029. MOSTERD, Sanne,\n0688718748."
    assert {"MOSTERD", "Sanne"} <= covered(text, lines_spans(text), strip=STRIP)


def test_a_given_name_of_a_full_name_addressed_in_lower_case():
    text = (
        "Mosterd W. staat niet in je contacten. Blokkeren of toevoegen?\nBijstand graag, mijn"
        " enige rekening,\ndie staat in het buitenland. Tamana\nMosterd\n12:36\nGoed dat u het"
        " meldt, tamana. De\nconsulent belt u dinsdag."
    )
    spans = spans_of(text, blocks=(1, 2, 2, 2, 2, 3, 4, 4))
    assert "tamana" in covered(text, spans, strip=STRIP)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Team Zorg 08:12\nGemiste oproep (2) : 0591 -...\nKees 09:10", "0591"),
        ("Team Zorg 08:12\nGemiste oproep (4) - 050.\nKees 09:10", "050"),
    ],
)
def test_a_missed_calls_number_cut_with_its_count(text, digits):
    assert labels(text, rows(text)).get(digits) == "PHONE"


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # storms named after people
        ("De eik hangt sinds storm Karel scheef.", "Karel"),
        ("Na storm Bram geen kapvergunning nodig.", "Bram"),
        # a street named after a person cut by a preview, or wrapped, after "op de"/"van de"
        ("Team Zorg 08:12\nBoom ligt nog op de Willem.\nKees 09:10", "Willem"),
        ("Team Zorg 08:12\nBoom ligt nog op de Karel de.\nKees 09:10", "Karel"),
        ("Bedoel je 'Sanne' van de Willem van\nOranjelaan?", "Willem"),
        # a feast's group name no name list counts a name (main keeps this one too)
        ("Tot zo\nKoningsdag... 12:02\nTot morgen", "Koningsdag"),
        # a WBS element (main keeps this one too) and a file's type in capitals
        ("Tot zo\nBegroting Mosterd WBS\n4.201.33.xlsx\nXLSX \u00ab 38 KB", "WBS"),
        ("Tot zo\nBegroting Mosterd WBS\n4.201.33.xlsx\nXLSX \u00ab 38 KB", "XLSX"),
    ],
)
def test_storms_streets_feasts_and_codes_stay(text, word):
    assert word not in covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Claim ontvangen, dossier\n05214/2030; de verzekeraar beslist.", "05214/2030"),
        ("eigenaar Sanne de Vries, KvK\n0612 4471.", "0612 4471"),
    ],
)
def test_a_case_or_firm_number_after_its_cue_on_the_next_line_is_no_phone(text, number):
    assert labels(text, lines_spans(text)).get(number) != "PHONE"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # fixarea48: a phone after a case's cue stays a phone, also on the next line
        ("Zaak\n06 12345678", "06 12345678"),
        ("Kenmerk 0612345678", "0612345678"),
        ("Dossier\n06-12345678", "06-12345678"),
        ("Besluit bel 0522-123456", "0522-123456"),
        ("Debiteur\n+31 6 12345678", "+31 6 12345678"),
        ("Kenmerk\n0031 6 1234 5678", "0031 6 1234 5678"),
    ],
)
def test_a_phone_after_a_case_cue_stays_a_phone(text, number):
    assert labels(text, lines_spans(text)).get(number) == "PHONE"

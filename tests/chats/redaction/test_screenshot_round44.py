"""Screenshot round 44 (issue 12): constructions blind36 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’"


def rows(text: str, **kwargs):
    return spans_of(text, blocks=tuple(30001 + i for i in range(text.count("\n") + 1)), **kwargs)


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Contacts and senders saved with an emoji OCR read as another sign ---------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a contact saved as a village's name, the emoji read as a pound sign, with or without a dot
        ("Team Zorg 08:12\nDwingeloo \u00a3 10:21\nTot morgen", {"Dwingeloo"}),
        ("Team Zorg 08:12\nDwingeloo \u00a3. 10:21\nTot morgen", {"Dwingeloo"}),
        ("Overleg Wmo\nDwingeloo \u00a3 typt...\nVANDAAG", {"Dwingeloo"}),
        # the row's time garbled by OCR
        ("Team Zorg 08:12\nDwingeloo \u00a3 EEN\nTot morgen", {"Dwingeloo"}),
        # a given name and a surname with a sign, on a row, recording or alone as a sender label
        ("Team Zorg 08:12\nTin Diever & 09:30\nAuto weg", {"Tin", "Diever"}),
        ("Overleg Wmo\nKeo Dwingeloo & neemt audio op...\nVRIJDAG", {"Keo", "Dwingeloo"}),
        # a group's preview sender with an emoji read as a letter before the colon
        ("Team Zorg 08:12\n\u2014 Keo \u00e0: klopt.\nKees 09:10", {"Keo"}),
    ],
)
def test_contacts_with_an_emoji_read_as_another_sign(text, words):
    assert words <= covered(text, rows(text), strip=STRIP)


# --- Persons by their construction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # who introduces themselves or has a new number, also a village's name
        ("Er ligt glas op de weg. Ik ben Lelie Dwingeloo, +31 6 12345678.", {"Lelie", "Dwingeloo"}),
        ("Nieuw nummer Keo Dwingeloo: 06 12345678. Mail blijft gelijk.", {"Keo", "Dwingeloo"}),
        # the reader greeted or thanked, also a village's name or a word
        ("Dank Ruinen, de boa belt u morgen.", {"Ruinen"}),
        ("Kun jij dat morgen regelen, Kaneel?", {"Kaneel"}),
        # a permit's, a scheme's, a card's or a ceremony's holder, also a village's name
        ("De parkeerregeling voor Dwingeloo is aan, vragen via de balie.", {"Dwingeloo"}),
        ("Ontheffing vergunning PV-4410 voor Dwingeloo; de boa brengt hekken.", {"Dwingeloo"}),
        ("Een tolk voor de ceremonie van Diever regelt de bode.", {"Diever"}),
        ("Gehandicaptenparkeerkaart Dwingeloo uw kenmerk VG/41101.", {"Dwingeloo"}),
        # a surname after a particle written short
        ("Bijdrage uitvaart voor V.d. Wouters in behandeling.", {"V.d", "Wouters"}),
    ],
)
def test_persons_by_their_construction(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


def test_a_permits_title_line_with_a_surname_that_is_a_word():
    text = "Team Zorg 08:12\nKapvergunning Slagers\nvergunning PV-12 verleend\nKees 09:10"
    assert "Slagers" in covered(text, rows(text), strip=STRIP)


def test_a_birth_date_with_a_weekday_or_a_capital_month_in_a_list_after_a_person():
    text = (
        "Blauwe kaart voor Tinus smeets, rolstoel, vr 3 maart 1949, Kerkstraat 5, BSN 123456782."
        "\nKaart voor Tinus Smeets, rolstoel,\n12-APR-1944, Kerkstraat 5."
    )
    found = {v for v, label in labels(text, lines_spans(text)).items() if label == "DATE_OF_BIRTH"}
    assert {"vr 3 maart 1949", "12-APR-1944"} <= found


def test_an_iban_with_its_check_digits_misread_by_its_countrys_length():
    text = "Graag op rekening\nPLO] 1090\n1014 0000\n0712 1981 2874.\nDank"
    assert "IBAN" in labels(text, lines_spans(text)).values()


def test_a_polish_looking_code_with_too_few_digits_is_no_iban():
    text = "Kenmerk PLO] 1090 1014 0000."
    assert "IBAN" not in labels(text, lines_spans(text)).values()


def test_a_chat_list_row_in_surname_comma_given_form_with_the_given_name_found():
    text = "Team Zorg 08:12\nVu, Keo 13:31\nGeboren 14-5-73 ...\nDank Keo, tot morgen."
    assert {"Vu", "Keo"} <= covered(text, rows(text), strip=STRIP)


def test_a_given_name_in_a_files_name_also_a_months_abbreviation():
    text = (
        "Mail okt.smeets@outlook.example, dank.\nN Aanvraag\nparkeervergunning Okt\nSmeets.pdf"
        "\n2 pagina's : PDF : 180 kB\nTop Okt, dank!"
    )
    assert {"Okt", "Smeets.pdf"} <= covered(text, rows(text), strip=STRIP)


def test_a_surname_found_late_is_blacked_in_other_bubbles_too():
    text = (
        "Hangjongeren bij de bankjes, een van hen heet Tinus\nkuipers, woont op Kerkstraat 5.\n"
        "Schadeclaim Kuipers zaaknr. 0094891 naar de verzekeraar."
    )
    spans = spans_of(text, blocks=(1, 1, 2))
    assert {"kuipers", "Kuipers"} <= covered(text, spans, strip=STRIP)


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a project's code written like a plate after its cue
        ("Prima, kilometers op projectcode\nXB-12-KL, sleutel bij de werf.", "XB-12-KL"),
        # a firm named with a trade word or a legal form
        (
            "Team Zorg 08:12\nToko Kuipers 13:54\nNota factuur F29.1 : btw...\n"
            "Ik ben Tinus Kuipers, 06 12345678.",
            "Toko",
        ),
        ("Kan Autoberging Kuipers B.V. ook de kelder leegpompen? Tinus Kuipers belt.", "B.V"),
        # a role's compound opening a clause
        ("Ontheffing voor Tinus; Stadsambtenaar brengt hekken.", "Stadsambtenaar"),
        # a municipality's own village after a scheme
        ("De parkeerregeling voor Nijeveen is aan.", "Nijeveen"),
    ],
)
def test_codes_firms_roles_and_own_places_stay(text, word):
    assert word not in covered(text, rows(text), strip=STRIP)


def test_a_street_head_a_chat_lists_preview_cut_stays():
    text = "Team Zorg 08:12\nDwingeloo \u00a3 09:45\nKelder op de Willem ...\nKees 09:10"
    assert {"Kelder", "Willem"}.isdisjoint(covered(text, rows(text), strip=STRIP))

"""Screenshot round 47: constructions blind39 showed, tested with other names, numbers and
layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31")


def rows(text: str, **kwargs):
    return spans_of(text, blocks=tuple(47001 + i for i in range(text.count("\n") + 1)), **kwargs)


def bubble(text: str, **kwargs):
    """Spans of `text` read as one bubble (its lines joined, as `bubble_text` joins them)."""
    return spans_of(text, blocks=(47001,) * (text.count("\n") + 1), **kwargs)


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Persons by their construction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a chat list's title: a given name, a surname written small, an emoji read as marks
        (
            "Chats\nTeam Zorg 10:15\nPrima, tot morgen\nBrecht emmer J) 11:40\nKlopt het adres?",
            {"Brecht", "emmer"},
        ),
        ("Chats\nTeam Zorg 10:15\nPrima\nWietse lepel 5) 09:02\nGraag bellen", {"Wietse", "lepel"}),
        # ... cut short
        (
            "Chats\nTeam Zorg 10:15\nPrima\nBrechtje lepel ... 09:02\nGraag bellen",
            {"Brechtje", "lepel"},
        ),
        # a sender's label, an avatar read as a letter before it
        ("O Jildou trommel J}\nIk kom morgen kijken.", {"Jildou", "trommel"}),
        # a member of a group's line
        ("Buurtzaken\nWim *<, Jildou trommel JJ, Buren Smit &, jij", {"Jildou", "trommel"}),
    ],
)
def test_a_given_name_and_a_surname_written_small_before_an_emoji_read_as_marks(text, words):
    assert words <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Buurtzaken\nWiebren Haast deelt\nlive-locatie\ntot 14:00", {"Wiebren", "Haast"}),
        ("Buurtzaken\nJildou trommel »} neemt audio op", {"Jildou", "trommel"}),
    ],
)
def test_the_subject_of_a_status_notice(text, words):
    assert words <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_person_listed_surname_first_with_the_particles_after_the_given_name():
    text = "Buurtzaken\nBerg, Wiebren van den heeft Sanne in de groep gezet"
    assert {"Berg", "Wiebren", "van", "den"} <= covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a signature before the sender's mail address
        (
            "Er lopen ratten bij de schuur. Wiebren trommel,\nwiebren77@kpn.example",
            {"Wiebren", "trommel"},
        ),
        # whose bin it is, a surname that is a noun before their street
        ("De kliko van Trommel aan de Kerkstraat is weg.", {"Trommel"}),
        # a neighbour before what happened to them
        ("Op het fietspad is mijn buurman\nJildou lepel uitgegleden.", {"Jildou", "lepel"}),
    ],
)
def test_a_given_name_and_a_surname_written_small_in_a_message(text, words):
    assert words <= covered(text, bubble(text, keep_values=KEEP), strip=STRIP)


# --- Numbers and dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "word"),
    [
        # a BSN a chat list's preview cut
        ("Chats\nTeam Zorg 10:15\n— Wim C : BSN van mij is 417.\nPrima", "BSN", "417"),
        # a number abroad opening a chat list's row, the rest unread
        ("Chats\nTeam Zorg 10:15\n+254 71 Ein\nBSN volgt", "PHONE", "+254"),
        # a plate written with spaces, its J read as a brace
        ("Chats\nTeam Zorg 10:15\nBusje RX G}42 staat er nog\nPrima", "LICENSE_PLATE", "RX"),
    ],
)
def test_numbers_a_chat_lists_row_cut(text, label, word):
    found = labels(text, rows(text, keep_values=KEEP))
    assert any(word in value and lab == label for value, lab in found.items())


def test_a_birth_date_found_once_is_found_where_the_screenshot_repeats_it():
    text = (
        "Aanvraag: B. Haast, geb. dinsdag 4 mei 1971, BSN volgt.\n10:02\n"
        "Een bankje ter ere van Wiebren Haast, dinsdag\n4 mei 1971, bij de kerk."
    )
    spans = spans_of(text, blocks=(1, 2, 3, 3), keep_values=KEEP)
    dates = [text[s:e] for s, e, label in spans if label == "DATE_OF_BIRTH"]
    assert len(dates) == 2


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a missed call's colon or dash in a chat list is no emoji
        ("Chats\nTeam Zorg 10:15\nGemiste oproep : 0528 - 61...\nPrima", "Gemiste"),
        ("Chats\nTeam Zorg 10:15\nGemiste oproep - 0522/41...\nPrima", "Gemiste"),
        # an organisation's initials and its region after "van"
        ("Mijn buurvrouw Wiebren Haast van GGD Drenthe belt morgen.", "GGD"),
        # where someone is from
        ("De boot is van Wiebren uit Havelte, Nijeveen. Hij belt niet.", "Havelte"),
        # a firm named by its house of a trade
        ("Chats\nWiebren Lepel 10:15\nPrima\nVerfhuis Lepel 09:12\nOfferte volgt", "Verfhuis"),
        # a group's title above two members typing, and in its notice
        ("Zwerfvuil Havelte\nWiebren en Jildou typen...\nDINSDAG", "Zwerfvuil"),
        ("Buurtzaken\nWiebren Haast heeft groep 'Zwerfvuil Havelte' gemaakt", "Zwerfvuil"),
        # a group's title cut short
        ("Chats\nMarkt en... 10:15\nTop, dan zie ik je ...", "Markt"),
        # everyday words before a cut
        ("Chats\nTeam Zorg 10:15\nGraag gedaan ... 09:12\nPrima", "Graag"),
        # a firm before its street
        ("De offerte van Stichting aan de Kerkstraat volgt.", "Stichting"),
        # a relative's name and what they did, no surname
        ("Mijn zoon Bram werd gebeten door een rat.", "werd"),
    ],
)
def test_what_stays(text, word):
    assert word not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)

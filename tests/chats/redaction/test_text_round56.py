"""Issue 12, round 56: causes behind the errors of blind_text_54, as general rules (a birth date
in any script or calendar after a birth cue; a surname with a comma before its initials or first
name; a person's row "name – date" in a numbered list; a postcode with its letters spaced or in
mixed case; the municipality's own number is nobody's).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction.rules_r56 import chat_rules_r56
from tests.chats.redaction.detected import chat_rules_growth, found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Burgerzaken Meppel", "Ali Yilmaz")):
    return found_in_chat(texts, list(participants))


def _whole(chat, index: int, label: str, value: str) -> bool:
    return any(value in found for found in _in(chat, index, label))


# --- birth dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dat is mijn zus, gebore 4 maart 1962", "4 maart 1962"),
        ("zoon Amanuel, geboren 3 ጥር 2009", "3 ጥር 2009"),
        ("mijn vader geb 9 desember 1950 in Medan", "9 desember 1950"),
        ("geboren ٢٣ يناير ١٩٨٤ in Aleppo", "٢٣ يناير ١٩٨٤"),
        ("ze is geboren 5 di yüni 2014, zegt ze", "5 di yüni 2014"),
        ("mijn geboortedatum op de tazkira: 1362/11/02", "1362/11/02"),
        ("zijn moeder geboren 1968年7月3日, klopt", "1968年7月3日"),
    ],
)
def test_a_birth_date_in_any_script_after_a_birth_cue(text: str, expected: str) -> None:
    assert _whole(_chat(["gegevens?", text]), 1, "DATE_OF_BIRTH", expected)


def test_a_birth_verb_in_cyrillic_goes_with_its_date() -> None:
    chat = _chat(["wie komen?", "Iryna Koval народилася 7 березня 1983, en haar zoon"])
    assert _whole(chat, 1, "DATE_OF_BIRTH", "народилася 7 березня 1983")


@pytest.mark.parametrize(
    "text",
    [
        "het gebouw is 12 mei 2027 klaar",
        "geboren 14 mei 2031 volgens de planning van de nieuwe wijk",
        "geb. zaal 3 open op 1 juni 2027",
    ],
)
def test_no_birth_date_without_a_cue_or_in_the_future(text: str) -> None:
    assert _in(_chat(["wanneer?", text]), 1, "DATE_OF_BIRTH") == []


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("op de map staat Adeyemi, K.B. en dat klopt niet", "Adeyemi, K.B."),
        ("2. Mensah, Kwame – 04-11-1979", "Mensah, Kwame"),
        ("3) Tesfaye Gebre, A. - 12/03/1986", "Tesfaye Gebre, A."),
    ],
)
def test_a_surname_with_a_comma_before_initials_or_a_first_name(text: str, expected: str) -> None:
    assert _whole(_chat(["lijst bruiloft 12-06:", text]), 1, "PERSON", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2. Mensah, Kwame – 04-11-1979", "04-11-1979"),
        ("3) Tesfaye Gebre, A. - 12/03/1986", "12/03/1986"),
        ("- Li Wei – 1983年2月9日", "1983年2月9日"),
    ],
)
def test_the_date_in_a_persons_row_of_a_numbered_list(text: str, expected: str) -> None:
    assert _whole(_chat(["lijst bruiloft 12-06:", text]), 1, "DATE_OF_BIRTH", expected)


@pytest.mark.parametrize(
    "text",
    [
        "1. Vergadering, agenda – 12-06-2026",
        "2. Markt, Meppel – 04-07-2026",
        "zie de brief, A. meldt het later",
    ],
)
def test_no_row_person_or_birth_in_an_agenda(text: str) -> None:
    chat = _chat(["planning:", text])
    assert _in(chat, 1, "DATE_OF_BIRTH") == []
    assert not any("," in p for p in _in(chat, 1, "PERSON"))


def test_a_name_after_a_comma_and_an_initial_stays_whole() -> None:
    chat = _chat(["post?", "ook voor Tomasz Zielinski, K. Nowak en Wójcik"])
    assert "Tomasz Zielinski" in _in(chat, 1, "PERSON")
    assert any("Nowak" in p for p in _in(chat, 1, "PERSON"))


def test_a_hamlets_home_with_its_occupant_in_brackets() -> None:
    chat = _chat(["wie?", "Havelte 3 (Jonkman), Havelte 5 (Veldkamp) en Havelte 7 (Post)"])
    assert _whole(chat, 1, "ADDRESS", "Havelte 5") and _whole(chat, 1, "ADDRESS", "Havelte 7")
    assert _whole(chat, 1, "PERSON", "Veldkamp") and _whole(chat, 1, "PERSON", "Post")


@pytest.mark.parametrize(
    ("text", "expected"), [("7945 rb, Rogat 9", "Rogat 9"), ("7948 ne Wittelte 12", "Wittelte 12")]
)
def test_a_hamlets_home_after_its_postcode(text: str, expected: str) -> None:
    assert _whole(_chat(["adres?", text]), 1, "ADDRESS", expected)


@pytest.mark.parametrize(
    "text",
    [
        "uitslag Nijeveen 2 - Meppel 1",
        "bus 21 rijdt naar Havelte 3 keer per dag",
        "Havelte 3 (Meppel) en Rogat 2 (Boven)",
    ],
)
def test_no_hamlets_home_in_a_score_or_a_count(text: str) -> None:
    assert _in(_chat(["en?", text]), 1, "ADDRESS") == []


def test_a_word_after_a_particle_is_not_made_a_full_name() -> None:
    chat = _chat(["wie?", "Dan volgt Lotte. Ik zeg het tegen Sanne van comms"])
    assert "Sanne van comms" not in _in(chat, 1, "PERSON")


def test_a_first_name_before_a_found_surname_with_its_particle() -> None:
    chat = _chat(["wie?", "ambtelijk: team Sven van Dijkhuis, storm Karel Voskuilen"])
    assert _whole(chat, 1, "PERSON", "Sven van Dijkhuis")
    assert _whole(chat, 1, "PERSON", "Karel Voskuilen")


# --- postcodes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nieuw adres: Stationsweg 4, 7942 kB Meppel", "7942 kB"),
        ("dat is Kerkplein 3 7941 H T", "7941 H T"),
        ("7944 R d", "7944 R d"),
        ("woont Dorpsstraat 12 7948 b a nijeveen", "7948 b a"),
        ("Beukenlaan 9, 8031 m k Zwolle", "8031 m k"),
    ],
)
def test_a_postcode_with_spaced_or_mixed_case_letters(text: str, expected: str) -> None:
    assert _whole(_chat(["adres?", text]), 1, "POSTCODE", expected)


@pytest.mark.parametrize(
    "text",
    ["we hebben 1200 a 1300 euro nodig", "in 2024 a b c oefenen", "score 7941 To go"],
)
def test_no_postcode_in_amounts_or_years(text: str) -> None:
    assert _in(_chat(["hoeveel?", text]), 1, "POSTCODE") == []


# --- the municipality's own number ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maak een afspraak via 0522 85 95 00, neem uw paspoort mee.",
        "Please call 0522-859500 for an appointment.",
        "Inschrijven kan via +31 522 85 95 00.",
    ],
)
def test_the_municipalitys_own_number_is_nobodys(text: str) -> None:
    assert _in(_chat(["hoe?", text]), 1, "PHONE") == []


def test_a_persons_number_beside_the_municipalitys_stays() -> None:
    chat = _chat(["hoe?", "bel 0522 85 95 00 of mijn mobiel 06 41 28 77 93"])
    assert _in(chat, 1, "PHONE") == ["06 41 28 77 93"]


# --- accounts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mijn KvK 61234570 en mijn rekening NL20 INGB 0006 5432 10",
        "KvK 61234570 van de zaak, maar betaal op privé NL20 INGB 0006 5432 10",
        "ik heb geen KvK, rekening NL20 INGB 0006 5432 10",
        "kvk 61234570, zakelijke iban NL20INGB0006543210 (eenmanszaak)",
        "hij staat op Dorpsstraat 3, KvK 61234570, rekening NL20 INGB 0006 5432 10",
    ],
)
def test_an_own_account_beside_a_chamber_of_commerce_number_stays(text: str) -> None:
    chat = _chat(["gegevens?", text], ("Inkoop", "Ruud Kamp"))
    assert [i.replace(" ", "") for i in _in(chat, 1, "IBAN")] == ["NL20INGB0006543210"]


# --- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "geboren 3 ጥር 2009, geb 1 di aprel 2011, народилася 7 березня 1983. ",
        "2. Mensah, Kwame – 04-11-1979 Adeyemi, K.B. ",
        "Kerkplein 3 7941 H T, 0522 85 95 00. ",
        "Havelte 5 (Veldkamp), 7945 rb, Rogat 9, team Sven van Dijkhuis, storm Karel Voskuilen. ",
    ],
)
def test_long_runs_of_the_round_56_cues_stay_fast(unit: str) -> None:
    short, long = chat_rules_growth(
        chat_rules_r56, "gegevens?", unit, participants=["Burgerzaken Meppel", "Eva Kok"]
    )
    assert long < 6 * short + 0.05

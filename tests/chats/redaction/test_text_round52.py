"""Issue 12, round 52: causes behind the errors of blind_text_50, as general rules (a bare house
number opening its sentence, after a street in lower case or in words; the answer to "welk
nummer?"; more numbers after an address; a number said again near the chat's house numbers; a
street and number answering "welk adres?", after a person or corrected; a street in words;
toevoegingen of colour, floor and part; birth dates answered, after a cue of another language,
a second person's and read aloud; a mobile with the letter O; a phone read aloud, also in
Drents; a landline of the municipality or a firm; a BSN said to be one; a list of bare names; a
surname in lower case after a role, between commas or in a pair).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction.rules_r52 import chat_rules_r52
from tests.chats.redaction.detected import chat_rules_growth, found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Vergunningen Meppel", "Aafke Dost")):
    return found_in_chat(texts, list(participants))


# --- homes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        # opening its sentence after a person's word, the chat naming the street
        (
            ["de klacht over de heg aan de rozenstraat", "hij zegt dat zijn heg goed is. nr 23"],
            1,
            "nr 23",
        ),
        # after a street in lower case
        (["waar moet ik heen?", "lindelaan, nr 4. de zoon doet open"], 1, "nr 4"),
        # in words
        (
            ["de overlast komt van de Bremstraat", "de man woont daar geloof ik, nummer zes"],
            1,
            "nummer zes",
        ),
        # the answer to "welk nummer?"
        (["de schuur aan de molenweg", "welk nummer molenweg", "57"], 2, "57"),
        # after "op de" and a person
        (
            ["ik woon op de Vaartweg 40, zij op de 42. Vaartweg 42 dus", "ok"],
            0,
            "42",
        ),
        # "I live": English
        (["Noordeinde 12 makes noise. I live 14", "ok"], 0, "14"),
        # after "woont op" and after a surname
        (["de melding gaat over de Vaartweg", "ok. wolters woont op 31 zegt de melder"], 1, "31"),
        (["wie heeft er gebeld over de Vaartweg?", "buurman kamphuis op 18"], 1, "18"),
    ],
)
def test_a_bare_house_number_of_a_home(texts: list[str], index: int, expected: str) -> None:
    assert expected in _in(_chat(texts), index, "ADDRESS")


@pytest.mark.parametrize(
    "texts",
    [
        # a place next to a number, a grave, a range: no home
        ["de bus staat op de Kerkweg", "hij staat tegenover nr 8"],
        ["het graf ligt aan de Zomerdijk", "vak B rij 2 nr 14"],
        ["we sluiten de Julianastraat af", "alleen tussen nummer 3 en 15"],
        # a neighbour without a name after "op" (other sets leave it unlabelled)
        ["het gaat om de Vaartweg 20", "mijn buurman op 22 heeft ook last"],
        # "over nummer 16" inside a sentence (other sets leave it unlabelled)
        ["hij woont aan de Dorpsstraat 12", "hij klaagt steeds over nummer 16"],
    ],
)
def test_a_number_that_is_no_home_stays(texts: list[str]) -> None:
    chat = _chat(texts)
    assert _in(chat, len(texts) - 1, "ADDRESS") == []


def test_more_numbers_after_an_address_and_said_again() -> None:
    chat = _chat(
        [
            "drie tuinen zijn geraakt: Eikenhorst 4, 6 en 10",
            "4 is fam. Brouwer, 6 weet ik niet",
        ]
    )
    assert _in(chat, 0, "ADDRESS") == ["Eikenhorst 4", "6", "10"]
    assert _in(chat, 1, "ADDRESS") == ["4", "6"]


def test_a_number_said_again_is_no_list_item_nor_an_age() -> None:
    chat = _chat(["vader woont op de Beukenlaan 20", "2. Sven Bakker, 21", "1. de school"])
    assert _in(chat, 1, "ADDRESS") == []
    assert _in(chat, 2, "ADDRESS") == []


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        # a street of no known shape answering "welk adres?", with a colour or a floor
        (["Op welk adres is het?", "Kiekendief 30 groen"], 1, "Kiekendief 30 groen"),
        (
            ["Welk adres staat er op de pas?", "Vismarkt 3 1e verdieping"],
            1,
            "Vismarkt 3 1e verdieping",
        ),
        (["Waar is het?", "Klaproos 17. ik ben Sem Wolters"], 1, "Klaproos 17"),
        # after a person's name and a comma
        (["wie is de eigenaar?", "Gerrit Hulst, Vismarkt 8 boven de bakker"], 1, "Vismarkt 8"),
        # corrected: the chat's street again
        (["Wilt u uw adres geven?", "Vledder 5 B, nee sorry Vledder 7 B"], 1, "Vledder 7 B"),
        # in words, after "de"
        (
            ["we wonen nu in Rogat, de Hoogakker zeven en twintig", "ok"],
            0,
            "Hoogakker zeven en twintig",
        ),
        # a part written against the number
        (["📷 Lotte Vos Prinsengracht 8-2hg", "dank"], 0, "Prinsengracht 8-2hg"),
    ],
)
def test_a_street_and_number_said(texts: list[str], index: int, expected: str) -> None:
    assert expected in _in(_chat(texts), index, "ADDRESS")


@pytest.mark.parametrize(
    "texts",
    [
        # a building answering "waar is het?" with more said of it
        ["Waar is het?", "Zonnehoek 5 is de school"],
        # a car after a person
        ["wie rijdt er?", "Tom Bos, Fiat 500"],
        # a day after a person
        ["wanneer begint ze?", "Sara Pol, start 3 maart"],
    ],
)
def test_what_only_looks_like_a_street_and_number_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "ADDRESS") == []


# --- birth dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        (
            ["En wanneer is Noor geboren?", "maart 2012, 4 maart. 4-3-2012"],
            1,
            ["maart 2012", "4 maart", "4-3-2012"],
        ),
        (["Your date of birth please?", "3 lipca 1988, 3 july"], 1, ["3 lipca 1988", "3 july"]),
        (["Hoe heet u?", "Anna Nowak, urodzona 14.02.1979"], 1, ["14.02.1979"]),
        (
            ["En de geboortedata?", "ik 2 mei 1960 en Deniz is 7.8.1999"],
            1,
            ["2 mei 1960", "7.8.1999"],
        ),
        (
            ["naam?", "piet hoek, geboren drie nul vier negentien tachtig"],
            1,
            ["drie nul vier negentien tachtig"],
        ),
    ],
)
def test_birth_dates_said(texts: list[str], index: int, expected: list[str]) -> None:
    assert _in(_chat(texts), index, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["Wanneer is zij geboren?", "dat weet ik niet, afspraak op 4 maart"],
        ["Geboortedatum?", "Overleden op 2 juni 2026?"],
    ],
)
def test_other_dates_after_a_birth_question_stay(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "DATE_OF_BIRTH") == []


# --- phones and numbers -----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["o6-12345678", "06-1234O678", "O6 12 34 56 78"])
def test_a_mobile_with_the_letter_o(value: str) -> None:
    assert _in(_chat(["Mogen we u bellen?", f"ja {value}"]), 1, "PHONE") == [value]


@pytest.mark.parametrize(
    "spoken",
    [
        "nul vief twee twee, drie vier, zeuven ien, twaalf",
        "nul zes een twee drie vier vijf zes zeven acht",
    ],
)
def test_a_phone_read_aloud(spoken: str) -> None:
    assert _in(
        _chat(["hoe kunnen we u bereiken?", f"ie kunt mij bellen op {spoken}"]), 1, "PHONE"
    ) == [spoken]


@pytest.mark.parametrize(
    "text",
    [
        "U kunt ook bellen met 0522 45 67 89 tussen 9.00 en 12.00.",
        "Vragen kan ook via 0521 33 44 55 op werkdagen.",
        "Bel anders ons op 0523 12 34 56, dat is de afvalinfolijn.",
        "Vloerwerk is 0522 11 22 33, maar die zijn dicht",
        "ze hebben een winkel, 0522 98 76 54",
    ],
)
def test_a_landline_of_the_municipality_or_a_firm_is_no_persons(text: str) -> None:
    assert _in(_chat(["hoe bereik ik ze?", text]), 1, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sietske Dam is 0522 45 71 30",  # a person's name before "is"
        "u kunt mij bellen op 0522 45 71 30",  # the writer's own
    ],
)
def test_a_persons_landline_stays(text: str) -> None:
    assert _in(_chat(["nummer?", text]), 1, "PHONE") == ["0522 45 71 30"]


def test_a_bsn_said_to_be_one_is_one_even_when_mistyped() -> None:
    chat = _chat(["hee", "bij de balie geeft iemand een bsn dat niet klopt: 123456780 zegt ze"])
    assert _in(chat, 1, "BSN") == ["123456780"]


# --- persons ----------------------------------------------------------------------------------


def test_a_list_of_bare_names_after_a_colon() -> None:
    chat = _chat(["wie moet er nog tekenen:", "Veenstra", "Pol, J.", "van Lier", "klaar"])
    assert _in(chat, 1, "PERSON") == ["Veenstra"]
    assert _in(chat, 2, "PERSON") == ["Pol, J."]
    assert _in(chat, 3, "PERSON") == ["van Lier"]
    assert _in(chat, 4, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de speeltuin aan de vaart, vader kaptein wil een gesprek", "kaptein"),
        ("die heroverweging, hoekstra, weet jij daar meer van", "hoekstra"),
        ("ik heb een aanvraag voor sanne / zwiers. kan jij", "zwiers"),
    ],
)
def test_a_surname_in_lower_case_said_of_someone(text: str, expected: str) -> None:
    assert expected in _in(_chat(["hoi", text], ("Anouk Bril", "Sanne")), 1, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "die buurvrouw belde nog, ze is blij",  # a word closing the message
        "ok, groen, rood of blauw maakt niet uit",  # colours
        "moeder tel 06-12345678, vader weet ik niet",  # an abbreviation after a role
    ],
)
def test_words_in_lower_case_stay(text: str) -> None:
    chat = _chat(["hoi", text], ("Anouk Bril", "Sanne"))
    assert [p for p in _in(chat, 1, "PERSON") if p in ("blij", "groen", "tel")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fijne avond bas", ["bas"]),  # "Bastiaan"
        ("ik zet het erin. bas thx", ["bas"]),
        ("hij trapte op de bas", []),  # after an article: a word
    ],
)
def test_a_participants_clipped_name_closing_the_message(text: str, expected: list[str]) -> None:
    chat = _chat(["hoi", text], ("Bastiaan Kroon", "Lotte"))
    assert _in(chat, 1, "PERSON") == expected


def test_a_first_name_asked_back() -> None:
    chat = _chat(
        ["de boer van de melding belde", "gerrit? oh die van de schuur"], ("Anouk Bril", "Sanne")
    )
    assert _in(chat, 1, "PERSON") == ["gerrit"]


def test_a_surname_after_ter_or_ten() -> None:
    chat = _chat(["wie komt er?", "ter Horst kan niet, ten Brink wel. ter info: zaal 2"])
    assert _in(chat, 1, "PERSON") == ["ter Horst", "ten Brink"]


def test_a_first_name_after_a_role() -> None:
    chat = _chat(["hoi", "ouders uit elkaar. vader rob, moeder ilse"], ("Anouk Bril", "Sanne"))
    assert "rob" in _in(chat, 1, "PERSON")


# --- what is no person and no home --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("mag ik betalen met tikkie?", "tikkie", "PERSON"),
        ("ze heeft een poes, Saartje, die moet ook mee", "Saartje", "PERSON"),
        ("de foto van 14 mei, met de rode jas", "14", "ADDRESS"),
        ("het terras loopt tot de Brink 12, daar zit de ING", "Brink 12", "ADDRESS"),
    ],
)
def test_what_is_no_person_and_no_home(text: str, value: str, label: str) -> None:
    chat = _chat(["Goedemorgen, waarmee kan ik helpen?", text])
    assert value not in _in(chat, 1, label)


def test_a_surname_that_is_an_animal_keeps_the_next_name_a_person() -> None:
    chat = _chat(["wie komen er?", "lijst: Sandra Hond, Piet de Boer, Maurits"])
    assert "Piet de Boer" in _in(chat, 1, "PERSON")


# --- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "buurvrouw Eva Kok, Brink 8, 9 en 11. nee 13. 15 is fam. Kok, nr 4 ",
        "u kunt ook bellen met 0522 45 67 89, Firma is 0522 12 12 12. ",
        "nul vief twee twee, een twee drie vier, ",
        "vader kaptein, hoekstra, sanne / zwiers ",
        "Hoogakker zeven en twintig, Vismarkt 3 groen, o6-12345678, urodzona 14.02.1979 ",
    ],
)
def test_long_runs_of_the_round_52_cues_stay_fast(unit: str) -> None:
    # The round's rules alone over a long message, with the spans the detector finds in one
    # unit repeated at each copy (the detector before them has its own long-run tests): four
    # times the text takes about four times as long, not sixteen (nothing quadratic).
    short, long = chat_rules_growth(
        chat_rules_r52, "Op welk adres?", unit, participants=["Wmo Meppel", "Eva Kok"]
    )
    assert long < 6 * short + 0.05, (short, long)

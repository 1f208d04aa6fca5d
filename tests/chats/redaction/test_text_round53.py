"""Issue 12, round 53: causes behind the errors of blind_text_51, as general rules (a landline of
the municipality or a firm by what is said around it; a first name and a surname that is a
capitalised word; a surname in lower case that calls, reports or is visited, after "van der" or
"de", of no dictionary before a comma, paired with a person or after a home; a name the chat
knows, with a surname, as initials, clipped or made small closing a message; a birth date with a
Roman month; a house number with a capital toevoeging, before its resident or answering "welke
buren?"; a street of no known shape answering "welke straat?" or after "ik ben ..."; an old or
new street in lower case; homes in a list; what is no person's: a bv's IBAN, a business's
premises, an English form word, Drents "mien", a shipped firm, a village after a first name).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction.rules_r53 import chat_rules_r53
from tests.chats.redaction.detected import chat_rules_growth, found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Wijkteam Meppel", "Roel Hekman")):
    return found_in_chat(texts, list(participants))


# --- phones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Belt u gerust even met 0522 47 11 80.",
        "Oh, dat is de provincie. Bel dan 038 499 88 77.",
        "de meldkamer 0522 47 11 90 = storingslijn",
        "storingsdienst riolering 0522 47 11 91",
        "Tonny Gras, 0522 47 11 92 via de receptie",
        "Schildersbedrijf Mulder is ook te bereiken op 0522 47 11 93",
        "Groet, Marieke consulent, 0522 47 11 94",
        "en de Firma Koops spoed 0591 22 33 44",
    ],
)
def test_a_landline_of_the_municipality_or_a_firm_is_no_persons(text: str) -> None:
    assert _in(_chat(["hoe bereik ik ze?", text]), 1, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        "bel 0522 47 12 00 dat is mijn directe lijn",
        "Tonny Gras, 0522 47 12 00",
        "bel haar dan op 0522 47 12 00",
    ],
)
def test_a_persons_landline_stays(text: str) -> None:
    assert _in(_chat(["nummer?", text]), 1, "PHONE") == ["0522 47 12 00"]


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De penningmeester wordt onze secretaris Piet Mooi. 06 31 20 44 18", "Piet Mooi"),
        ("Joop Mooi van PvdA, Henk Smit VVD", "Joop Mooi"),
        ("bewoner Kees Mooi, schuur", "Kees Mooi"),
        ("in de commissie Ria Koster GroenLinks en Piet", "Ria Koster"),
    ],
)
def test_a_first_name_and_a_surname_that_is_a_word(text: str, expected: str) -> None:
    assert expected in _in(_chat(["wie?", text]), 1, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["Hoi Anna Fijn dat je er bent", "Dank je Piet Goed gedaan", "Ja Joop Mooi zo"],
)
def test_a_capitalised_word_after_a_first_name_that_opens_a_sentence_stays(text: str) -> None:
    assert all(" " not in p for p in _in(_chat(["hee", text]), 1, "PERSON"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de put is weer vol. zomer belde net", "zomer"),
        ("ok. lamp 12 kapot, haan belde", "haan"),
        ("nou. Haas kijkt mee", "Haas"),
        ("zijn jullie bij kroon op de dijk?", "kroon"),
        ("ik sta nu bij vos op t plein", "vos"),
        ("heb jij de aanvraag van de vries gezien", "de vries"),
        ("oh die van der meer. die weer", "van der meer"),
        ("bijzondere bijstand yildiz, werkt niet", "yildiz"),
    ],
)
def test_a_surname_or_name_in_lower_case_said_of_someone(text: str, expected: str) -> None:
    assert expected in _in(_chat(["hoi", text]), 1, "PERSON")


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        # a particle and a capitalised surname in a list
        (["opvang?", "fam Pol, de Graaf en Mos uit de Kleine Oever"], 1, "de Graaf"),
        # a first name the chat knows as a person's, then a surname
        (["Dank je Fré!", "ok. fré bakker is de voorzitter"], 1, "fré bakker"),
        # the initials of a hyphenated first name the chat knows
        (["ik bel Jan-Pieter van de aannemer", "ja die jp weet het"], 1, "jp"),
        # a particle and a surname that is a word after a neighbour
        (["wie meldt het?", "buurman de vries, henk. hij belde"], 1, "de vries"),
        # a surname in lower case paired with a person
        (["wie trouwen er?", "mevr Kuipers en visser, 12 sept"], 1, "visser"),
        # a surname before a home or after it
        (["klus", "klinkers Kerkstraat 4 bij kroon, morgen"], 1, "kroon"),
    ],
)
def test_a_person_the_chat_or_the_sentence_makes_known(
    texts: list[str], index: int, expected: str
) -> None:
    assert expected in _in(_chat(texts), index, "PERSON")


def test_a_first_name_before_a_village_is_the_name_alone() -> None:
    chat = _chat(["hoi", "anna nijeveen feest, heb je de tent gezien?"])
    assert _in(chat, 1, "PERSON") == ["anna"]


def test_the_initials_of_a_participants_two_first_names() -> None:
    chat = _chat(["klaar", "👍 pj"], ("Pieter Jan Dekker", "Vergunningen"))
    assert _in(chat, 1, "PERSON") == ["pj"]


@pytest.mark.parametrize(
    "text",
    [
        "de zomer belde ik haar elke week",
        "ok. het regent, storm op komst",
        "ik ben bij de lidl op de hoek",
        "van de weg af graag",
        "ik stuur morgen een bericht",
        "hij belde net",
    ],
)
def test_words_in_lower_case_stay(text: str) -> None:
    assert _in(_chat(["hoi", text]), 1, "PERSON") == []


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Vraag het Marloes, die weet het", "ik print het. top marl"], ["marl"]),
        (["Hanneke doet de pers", "doe ik. han ✍️"], ["han"]),
        (["Sjoerd heeft de sleutel", "👍 sjoer"], ["sjoer"]),
        (["Geert is er morgen niet", "ok dan geert ✌️"], ["geert"]),
    ],
)
def test_a_clipped_name_of_the_chats_persons_closing_a_message(
    texts: list[str], expected: list[str]
) -> None:
    assert _in(_chat(texts), 1, "PERSON") == expected


def test_a_participants_surname_made_small_closing_a_message() -> None:
    chat = _chat(["het is geregeld", "👍 hekmannetje"])
    assert _in(chat, 1, "PERSON") == ["hekmannetje"]


@pytest.mark.parametrize(
    "texts",
    [
        ["Daniel doet het", "ok dan"],
        ["Topaz belt", "top"],
        ["Marloes komt", "ok prima"],
    ],
)
def test_a_closing_word_that_is_no_clipped_name_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


# --- birth dates ------------------------------------------------------------------------------


def test_a_birth_date_with_a_roman_month_answering_the_question() -> None:
    chat = _chat(["Date of birth?", "14 XI 1987 in Poland. so 14-11-1987"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == ["14 XI 1987", "14-11-1987"]


def test_a_roman_month_date_without_a_birth_question_stays() -> None:
    assert _in(_chat(["wanneer?", "14 XI 1987 in Poland"]), 1, "DATE_OF_BIRTH") == []


# --- homes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        (["jan, de kelder aan de Vaart loopt vol. nr 31-B staat blank", "ok"], 0, "nr 31-B"),
        (["Op welke straat?", "Hesselingen 14. ik ben Tineke"], 1, "Hesselingen 14"),
        (["En uw adres?", "Darp 6 Havelte"], 1, "Darp 6"),
        (["wie belt er?", "ik ben Gijs. Kallenkote 12"], 1, "Kallenkote 12"),
        (["klus morgen", "tegels nieuwe vaart 8 bij de buurman"], 1, "nieuwe vaart 8"),
        (["update", "ernstig: Darp 6 (Jan Mos, dak), Havikweg 3"], 1, "Darp 6"),
        (["schade aan de Esweg", "en nr 7, mevr Pol?"], 1, "nr 7"),
        (["lawaai bij de buren", "welke buren?", "9, Sem Pol en zijn broer"], 2, "9"),
        (
            ["lijst:", "Jan Pol (Esweg 3), Ria Mos (nr 5), Kees Dam (7b)"],
            1,
            "7b",
        ),
        (["Woont u in Meppel?", "ja Kerkstraat 12 3"], 1, "Kerkstraat 12 3"),
    ],
)
def test_a_home_said(texts: list[str], index: int, expected: str) -> None:
    assert expected in _in(_chat(texts), index, "ADDRESS")


def test_a_house_number_with_a_capital_toevoeging_said_again() -> None:
    chat = _chat(["melding Kerkstraat 12-A, water in de kelder", "de buren ook. 12-C"])
    assert _in(chat, 1, "ADDRESS") == ["12-C"]


@pytest.mark.parametrize(
    "texts",
    [
        ["Welke straat?", "Ik weet het niet. Blok 4 was het"],
        ["klus morgen", "de oude kast 3 keer geschuurd"],
    ],
)
def test_what_only_looks_like_a_home_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "ADDRESS") == []


# --- what is no person's ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "value", "label"),
    [
        (["rekening?", "rek. NL44 RABO 0123 4567 89 van de b.v."], None, "IBAN"),
        (["Adres van het restaurant?", "Kerkstraat 31"], None, "ADDRESS"),
        (["waar?", "Kom langs aan de Markt 4, loket 2."], None, "ADDRESS"),
        (["panden:", "Handelsweg 12 (Garagebedrijf Tuin), leeg"], None, "ADDRESS"),
        (["Name?", "Surname?"], None, "PERSON"),
        (["wie haalt het op?", "dat doet Suez morgen"], None, "PERSON"),
        (["koffie?", "alleen Douwe Egberts in de kast"], None, "PERSON"),
        (["mail?", "if phone dont work mail me"], None, "PERSON"),
        (["hallo", "mien rollator is stuk"], None, "PERSON"),
    ],
)
def test_what_is_no_persons(texts: list[str], value: None, label: str) -> None:
    assert _in(_chat(texts), 1, label) == []


@pytest.mark.parametrize(
    ("texts", "value", "label"),
    [
        (
            ["welk rekeningnummer?", "mijn iban is NL44 RABO 0123 4567 89"],
            "NL44 RABO 0123 4567 89",
            "IBAN",
        ),
        (["Wat is uw adres?", "Kerkstraat 31"], "Kerkstraat 31", "ADDRESS"),
        (["wie?", "mien komt morgen"], "mien", "PERSON"),
    ],
)
def test_what_is_a_persons_stays(texts: list[str], value: str, label: str) -> None:
    assert value in _in(_chat(texts), 1, label)


# --- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "Belt u gerust met 0522 47 11 80, storingslijn 0522 11 22 33 = crisislijn. ",
        "Wim Mooi, zomer belde, bij kroon op de dijk, van de vries, yildiz, top marl ",
        "nr 31-B, ik ben Gijs. Kallenkote 12, nieuwe vaart 8, de vereniging heeft NL44 ",
    ],
)
def test_long_runs_of_the_round_53_cues_stay_fast(unit: str) -> None:
    # The round's rules alone over a long message, with the spans the detector finds in one
    # unit repeated at each copy: four times the text takes about four times as long, not
    # sixteen (nothing quadratic).
    short, long = chat_rules_growth(
        chat_rules_r53, "Op welke straat?", unit, participants=["Wmo Meppel", "Eva Kok"]
    )
    assert long < 6 * short + 0.05

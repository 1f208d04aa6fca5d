"""Issue 12, round 46: causes behind the errors of blind_text_44, as general rules (a firm named
by its earthmoving, real estate or "palace", or by a capitalised trade before one surname; a
letter after a zone word; a word surname after a double first name; a nickname in quotes after
"bekend als", a chat's person after "iedereen zegt"; a storm's name said again; a team's, an
acronym's, a general and a referred-to body's landline; a business's premises named before or
after its address; a boat named with its article; a recruitment mailbox; a birth date in words
answering the question; the population register as an address cue).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- names.py: words firms are named with ----------------------------------------------------


def test_firms_named_by_earthmoving_or_real_estate_in_a_payment_run_are_no_persons() -> None:
    chat = _chat(
        [
            "betaalrun donderdag:",
            "Bosman Grondverzet € 4.000,00",
            "Visser Vastgoed € 1.200,00",
            "kvk Visser is 12345678",
        ]
    )
    assert [[v for v, lab in spans if lab == "PERSON"] for spans in chat] == [[], [], [], []]


def test_a_firm_named_by_real_estate_is_no_person_beside_its_owner() -> None:
    chat = _chat(["die van Visser Vastgoed?", "nee, Visser Vastgoed is van Henk Visser, zijn oom"])
    assert [v for v, lab in chat[1] if lab == "PERSON"] == ["Henk Visser"]


def test_a_name_between_kvk_and_its_number_is_the_firm() -> None:
    assert _labels("KvK Hoekstra: 12345678", "PERSON") == []


def test_a_full_name_before_a_kvk_number_stays_a_person() -> None:
    assert "Jan Visser" in _labels("kvk van Jan Visser is 12345678", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "we halen eten bij Kebab Paleis Meppel",
        "ik heb een terras bij mijn zaak Grill Paleis, Kerkstraat 14",
    ],
)
def test_a_shop_or_eatery_named_a_palace_is_no_person(text: str) -> None:
    assert _labels(text, "PERSON") == []


# --- detector.py: a capitalised trade before one surname --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "goedemorgen, Hovenier Bakker hier. we komen dinsdag",
        "Hovenier Visser factuur 2026-88 € 1.450,00",
        "Schilder Bakker offerte € 2.300,00 voor de gevel",
    ],
)
def test_a_capitalised_trade_before_a_surname_is_a_firm(text: str) -> None:
    assert _labels(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok. Hovenier Mulder belde net over de heg", "Mulder"),
        ("de hovenier Mulder heeft de heg gesnoeid", "Mulder"),
    ],
)
def test_a_trade_opening_a_sentence_or_before_a_first_name_stays_a_person(
    text: str, name: str
) -> None:
    assert name in _labels(text, "PERSON")


# --- detector.py: a letter after a zone word --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uw straat valt onder zone B. Tarief € 80,00 per jaar.",
        "De kavel ligt in fase D. Bouwen kan vanaf maart.",
    ],
)
def test_a_letter_after_a_zone_word_is_no_initial(text: str) -> None:
    assert _labels(text, "PERSON") == []


def test_an_initial_after_a_title_stays_a_person() -> None:
    assert "B. Tarief" in _labels("Ik sprak meneer B. Tarief gisteren", "PERSON")


# --- detector.py: a word surname after a double first name -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wijkagent Jan-Willem Groot heeft gebeld", "Jan-Willem Groot"),
        ("het is Anne-Marie Klein die de aanvraag deed", "Anne-Marie Klein"),
    ],
)
def test_a_word_after_a_double_first_name_is_its_surname(text: str, name: str) -> None:
    assert name in _labels(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("fijne dag Anne-Marie, Groot gelijk had je", "Anne-Marie"),
        ("bedankt Gert-Jan, Mooi werk", "Gert-Jan"),
    ],
)
def test_a_double_first_name_before_a_comma_stays_alone(text: str, name: str) -> None:
    assert name in _labels(text, "PERSON")


# --- names.py and detector.py: nicknames ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('een jongen uit de wijk, bekend als "de Generaal"', "Generaal"),
        ("die vrouw, beter bekend als 'Sjaan', belde weer", "Sjaan"),
        ("die man, bekend als 'Kale Kees', staat er weer", "Kale Kees"),
    ],
)
def test_a_quoted_nickname_after_known_as_is_a_person(text: str, nickname: str) -> None:
    assert nickname in _labels(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        'het pand is bekend als "het spookhuis"',
        'de kroeg is bekend als "De Gouden Leeuw"',
    ],
)
def test_a_building_known_by_a_name_is_no_person(text: str) -> None:
    assert _labels(text, "PERSON") == []


def test_what_everyone_calls_a_chat_person_is_that_person() -> None:
    chat = _chat(
        ["zit jij naast Kees en Dikkie?", "ja. Kees Bos, en Dirk Hof, ze noemen hem dikkie"]
    )
    assert ("dikkie", "PERSON") in chat[1]


def test_what_everyone_says_stays_a_word_when_nobody_is_named_so() -> None:
    chat = _chat(["wie doet de brief?", "iedereen zegt prima, dus ik"])
    assert [v for v, lab in chat[1] if lab == "PERSON"] == []


# --- names.py: a storm's name said again -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "code geel voor storm Ciara vanavond. Ciara gaat flink tekeer",
        "storm Henk raast door het land, Henk blaast alles om",
    ],
)
def test_a_storms_name_said_again_alone_is_the_storm(text: str) -> None:
    assert _labels(text, "PERSON") == []


def test_a_person_sharing_the_storms_name_stays_a_person() -> None:
    text = "storm Ciara komt eraan en mijn collega heet Ciara Visser"
    assert "Ciara Visser" in _labels(text, "PERSON")


# --- detector.py: lines of bodies -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bellen kan ook met team handhaving: 0522 45 67 12",
        "kan ook via afdeling burgerzaken 0522 45 67 12",
        "RWS nr ook erbij? 0522 36 17 44",
        "GGZ nr? 0522 24 99 12",
        "anders doorzetten via 0528 23 45 67 (algemeen nr provincie)",
    ],
)
def test_a_teams_an_acronyms_or_a_general_line_is_no_persons(text: str) -> None:
    assert _labels(text, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        "mijn nr 0522 24 68 13, bel gerust",
        "BSN nr weet ik niet, bel 0522 24 68 13",
    ],
)
def test_a_persons_landline_stays(text: str) -> None:
    assert _labels(text, "PHONE") != []


def test_the_line_of_the_body_someone_is_referred_to_is_no_persons() -> None:
    chat = _chat(["dan verwijzen we naar Schuldhulp Drenthe", "die hebben nummer 0522 24 11 57?"])
    assert [v for v, lab in chat[1] if lab == "PHONE"] == []


def test_a_mobile_after_they_have_stays() -> None:
    chat = _chat(["dan verwijzen we naar Schuldhulp Drenthe", "die hebben nummer 06 2411 5733?"])
    assert ("06 2411 5733", "PHONE") in chat[1]


# --- addresses.py: a business's premises --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "het adres kantoor Handelsweg 12 staat op de factuur",
        "bij ons pand Industrieweg 30 ligt de stoep open",
        "hij huurt ook Dorpsstraat 4, café pand",
        "Havelterweg 3, de zorgboerderij, daar gaat hij heen",
    ],
)
def test_a_business_premises_named_with_its_address_is_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


def test_the_home_above_the_shop_at_another_number_stays_an_address() -> None:
    text = "de winkel Kerkstraat 9 en ons huis erboven, Kerkstraat 9a"
    assert _labels(text, "ADDRESS") == ["Kerkstraat 9a"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Het pand Zuideinde 17 staat leeg", "Zuideinde 17"),
        ("ik woon boven de winkel, Kerkstraat 9", "Kerkstraat 9"),
        ("de winkel Kerkstraat 9, daar woont hij ook", "Kerkstraat 9"),
    ],
)
def test_a_building_that_is_a_home_stays_an_address(text: str, address: str) -> None:
    assert address in _labels(text, "ADDRESS")


# --- organisations.py: a boat named with its article --------------------------------------------


def test_a_boat_named_with_its_article_is_no_person() -> None:
    chat = _chat(["de optocht vaart om 2 uur", "we gaan met de tjalk van Klaas, de Hendrika"])
    persons = [v for v, lab in chat[1] if lab == "PERSON"]
    assert persons == ["Klaas"]


# --- online.py: a recruitment mailbox ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["vragen naar werkenbij@zwolle.nl", "cv naar werkenbijdrenthe@drenthe.nl"]
)
def test_a_recruitment_mailbox_is_no_persons(text: str) -> None:
    assert _labels(text, "EMAIL") == []


def test_a_persons_mail_at_the_municipality_stays() -> None:
    assert _labels("mail w.bakker@meppel.nl", "EMAIL") == ["w.bakker@meppel.nl"]


# --- birthdates.py: a birth date in words answering the question ------------------------------


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (
            ["En de geboortedatum van uw vader?", "twaalf maart negentienachtenveertig"],
            "twaalf maart negentienachtenveertig",
        ),
        (
            ["Geboortedatum van de jongen?", "hij is op drie juni tweeduizendtien"],
            "drie juni tweeduizendtien",
        ),
    ],
)
def test_a_birth_date_in_words_answers_the_question(texts: list[str], date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in _chat(texts)[1]


def test_a_date_in_words_without_the_question_is_no_birth_date() -> None:
    chat = _chat(["Wanneer is de opening?", "twaalf maart tweeduizendzevenentwintig"])
    assert [v for v, lab in chat[1] if lab == "DATE_OF_BIRTH"] == []


# --- addresses.py: the population register as an address cue ----------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("brp zegt Vennegoor 14, klopt dat?", "Vennegoor 14"),
        ("volgens de BRP: Oosterboer 9", "Oosterboer 9"),
    ],
)
def test_a_home_the_register_gives_is_an_address(text: str, address: str) -> None:
    assert address in _labels(text, "ADDRESS")


def test_a_count_the_register_gives_is_no_address() -> None:
    assert _labels("brp zegt 4 personen op dat adres", "ADDRESS") == []

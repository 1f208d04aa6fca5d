"""Issue 12, round 47: causes behind the errors of blind_text_45, as general rules (a business,
school or firm that "zit op" an address, named before it by a premises word with or without its
article, by one unlisted capitalised word, by "die" after the firm was named, or as a building
before a comma; housing corporations named "Woon..." are no living word; bare house numbers
where "I live", of a neighbour named before "op huisnr", of "die gast van nr", "tegenover nr",
"nummer N is onze deur"; "huisnr" between street and number; whose address after "adres";
surnames after abbreviated particles; participants named by a month, before "ps", by initials
signing off, after a task taken on, clipped before a question to "jij" or alone; the first word
after "naam ... is"; birth dates with the year first or said again; mobiles in comma pairs or
sent early; mail in words with particles; fault-report lines, a trade's firm "zelf", firms with a
service line, the employer after "mijn werk,"; a pet named before "heette hij").

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- addresses.py: premises, firms and buildings that sit at an address ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ps de slagerij zit op Kerkstraat 14, de eigenaar is aardig",
        "en school zit op Molenweg 8? dan fiets ik erlangs",
        "het restaurant zit op Grote Oever 3",
        "apotheek zit aan de Steenwijkerstraatweg 40",
        "de kapsalon zit op Prinsengracht 9 toch",
    ],
)
def test_premises_that_sit_at_an_address_are_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "de nieuwe vestiging van Kok Dakdekkers zit op Ambachtsweg 30",
        "het magazijn van Jansen Installatietechniek zit op Industrieweg 8",
        "Wavin zit op Industrieweg 22, kvk 12345678",
        "ok. Dynniq zit op Blankenstein 310",
    ],
)
def test_a_firm_that_sits_at_an_address_is_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


def test_a_first_name_that_sits_at_an_address_stays_a_home() -> None:
    assert _labels("Gerrit zit op Kerkstraat 14, bij zijn moeder", "ADDRESS") == ["Kerkstraat 14"]


def test_the_firm_named_before_then_die_zit_op_is_no_home() -> None:
    chat = _chat(["de eigenaar is Bosman Vastgoed", "die zit op Nijverheidsweg 7 toch"])
    assert [v for v, lab in chat[1] if lab == "ADDRESS"] == []


def test_die_woont_op_stays_a_home() -> None:
    chat = _chat(["wie is de huurder? Henk Bosman", "die woont op Nijverheidsweg 7 toch"])
    assert [v for v, lab in chat[1] if lab == "ADDRESS"] == ["Nijverheidsweg 7"]


@pytest.mark.parametrize(
    "text",
    [
        "overleg do 3 maart 10:00, Gemeentehuis, Raadhuisplein 1",
        "we zien elkaar in de Bibliotheek, Kerkplein 5",
    ],
)
def test_a_public_building_named_before_a_comma_is_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


def test_a_housing_corporation_named_woon_is_no_living_word() -> None:
    text = "Woonzorg, Eendrachtstraat 4 is het kantoor van de beheerder."
    assert _labels(text, "ADDRESS") == []


# --- addresses.py: bare house numbers of homes -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Esweg. ik woon op 23", "23"),
        ("Vaart. ik woon zelf op 7. hij heet Henk", "7"),
        ("ja Sanne Dekker, woont op 31 aan dezelfde straat.", "31"),
    ],
)
def test_a_bare_number_someone_lives_at(text: str, number: str) -> None:
    assert number in _labels(text, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ik heb last van mijn buurman Karim op huisnr 21", "huisnr 21"),
        ("die overbuurman Piet van nr 8 weer", "nr 8"),
        ("hoi, die gast van nr 19 laat zijn hond weer los", "nr 19"),
        ("die vent van nummer 6 schreeuwt weer", "nummer 6"),
        ("ze zegt dat ze woont t/o nr 40, bij de bakker", "t/o nr 40"),
        ("hij woont tegenover nummer 5", "tegenover nummer 5"),
        ("ja, nummer 27 is onze deur.", "nummer 27"),
        ("nr 9 is mijn voordeur, de rest is de winkel", "nr 9"),
    ],
)
def test_a_bare_number_tied_to_a_resident(text: str, number: str) -> None:
    assert number in _labels(text, "ADDRESS")


def test_a_bare_number_of_a_thing_stays() -> None:
    assert _labels("de lantaarnpaal van nr 14 is kapot", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Esdoornstraat huisnr 4b, de achterkant", "Esdoornstraat huisnr 4b"),
        ("ik woon zelf op nr. 7 rood, Kerkweg", "nr. 7 rood"),
    ],
)
def test_house_number_words_and_colours(text: str, address: str) -> None:
    assert address in _labels(text, "ADDRESS")


def test_a_home_in_a_care_centre_named_woon_stays() -> None:
    text = "ze wonen nu in Woonzorgcentrum De Wielewaal, Zuideinde 40-112"
    assert "Zuideinde 40-112" in _labels(text, "ADDRESS")


# --- names.py: surnames after abbreviated particles, participants' names -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stuur het maar door naar v.d. Linden", "v.d. Linden"),
        ("dinsdag. v.d. Meulen zal blij zijn", "v.d. Meulen"),
        ("mevr vt Zand belde net", "vt Zand"),
        ("bel dhr vd Kamp even", "vd Kamp"),
    ],
)
def test_an_abbreviated_particle_and_a_capitalised_word_are_a_surname(text: str, name: str) -> None:
    assert name in _labels(text, "PERSON")


def test_a_body_after_an_abbreviated_particle_is_no_surname() -> None:
    assert _labels("de brief v.d. Gemeente kwam gisteren", "PERSON") == []


def test_a_participant_named_by_a_month_is_that_person() -> None:
    chat = _chat(
        [
            "mei kun jij het dossier van Visser oppakken?",
            "mei lan is lastig typen sorry",
            "in mei is het dossier klaar",
        ],
        ("Mei Lan Wong", "Teun Smit"),
    )
    assert [[v for v, lab in spans if lab == "PERSON"] for spans in chat] == [
        ["mei", "Visser"],
        ["mei lan"],
        [],
    ]


def test_a_participant_addressed_before_ps() -> None:
    chat = _chat(["april ps de sleutel ligt bij de balie"], ("April de Groot", "Teun Smit"))
    assert ("april", "PERSON") in chat[0]


@pytest.mark.parametrize("text", ["gr K.V.", "tot straks KV", "ok, tot zo K.V."])
def test_a_participants_initials_signing_off(text: str) -> None:
    chat = _chat([text], ("Karin Veenstra", "Teun Smit"))
    assert [v for v, lab in chat[0] if lab == "PERSON"] == [text.split()[-1]]


def test_other_capitals_signing_off_stay() -> None:
    chat = _chat(["tot straks NL"], ("Karin Veenstra", "Teun Smit"))
    assert chat[0] == []


@pytest.mark.parametrize("text", ["regel ik ans", "doe ik, ans"])
def test_a_participant_after_a_task_taken_on(text: str) -> None:
    chat = _chat([text], ("Ans Kuiper", "Teun Smit"))
    assert ("ans", "PERSON") in chat[0]


def test_a_task_taken_on_before_a_word_stays() -> None:
    assert _chat(["doe ik morgen"], ("Ans Kuiper", "Teun Smit"))[0] == []


def test_a_clipped_first_name_that_is_a_word_before_a_question_to_jij() -> None:
    chat = _chat(
        ["bar die melding over de kermis, weet jij wie dat regelt?", "de bar is dicht"],
        ("Barbara Mulder", "Teun Smit"),
    )
    assert ("bar", "PERSON") in chat[0]
    assert chat[1] == []


# --- birth dates and phone numbers ---------------------------------------------------------------


def test_a_birth_date_with_its_two_digit_year_first_answering_the_question() -> None:
    chat = _chat(["Uw naam en geboortedatum?", "Bos. 79-11-23"])
    assert ("79-11-23", "DATE_OF_BIRTH") in chat[1]


def test_a_birth_date_said_again_after_a_question_about_it() -> None:
    chat = _chat(["Geboortedatum?", "12-05-1966", "Was dat mei of december?", "12 mei 1966 klopt"])
    assert ("12 mei 1966", "DATE_OF_BIRTH") in chat[3]


def test_a_mobile_said_in_pairs_set_apart_by_commas() -> None:
    text = "karel de wit, nul zes, twee een, acht acht, vier drie, nul vijf"
    assert ("nul zes, twee een, acht acht, vier drie, nul vijf", "PHONE") in found(text)


def test_the_first_digits_of_a_mobile_sent_early() -> None:
    chat = _chat(["welk nummer?", "06 28", "oeps: 06 28 91 44 70"])
    assert chat[1] == [("06 28", "PHONE")]


def test_a_number_sent_alone_that_opens_no_phone_stays() -> None:
    chat = _chat(["welk nummer?", "06 28", "oeps: 06 31 91 44 70"])
    assert chat[1] == []


def test_an_address_cue_naming_whose_home_it_is() -> None:
    assert ("Rogat 9", "ADDRESS") in found("adres vader nog Rogat 9?")


# --- more causes: mail in words, named first words, firms and pets -------------------------------


def test_a_mail_address_in_words_with_a_particled_surname() -> None:
    text = "kees punt van der berg at gmail punt com zei hij"
    assert ("kees punt van der berg at gmail punt com", "EMAIL") in found(text)


def test_the_first_word_after_naam_is_before_a_full_name() -> None:
    assert "Zar Ahmad Karimi" in _labels("naam vader is Zar Ahmad Karimi", "PERSON")


def test_a_clipped_first_name_alone_with_an_emoji() -> None:
    chat = _chat(["ok dank", "Berna 👋"], ("Bernadette Kok", "Teun Smit"))
    assert chat[1] == [("Berna", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "die is van de netbeheerder. storing melden op 0800 1234567",
        "klachten doorgeven via 038 425 5500",
    ],
)
def test_a_line_where_faults_are_reported_is_a_services(text: str) -> None:
    assert _labels(text, "PHONE") == []


def test_a_firm_named_by_trade_and_name_itself_has_its_line() -> None:
    assert _labels("en Slagerij Bos zelf is 0522 25 33 10", "PHONE") == []


def test_a_firm_with_a_fault_line_is_no_person_anywhere_in_the_chat() -> None:
    chat = _chat(
        ["ik meld het wel bij Van Wijk", "Van Wijk heeft een eigen storingsnummer: 0800 022 0000"]
    )
    assert [[v for v, lab in spans if lab == "PERSON"] for spans in chat] == [[], []]


def test_the_employer_named_after_my_work() -> None:
    assert _labels("de bus is van mijn werk, Vanderlande", "PERSON") == []


def test_a_pet_named_before_heette_hij() -> None:
    assert _labels("onze kat is weg, Visser heette hij", "PERSON") == []


def test_a_person_named_before_heette_hij_stays() -> None:
    assert _labels("mijn buurman is verhuisd, Visser heette hij", "PERSON") == ["Visser"]


def test_a_dwelling_let_in_the_same_sentence_makes_the_address_a_home() -> None:
    text = "ja. woning komt vrij bij Woonzorg, Esweg 23"
    assert "Esweg 23" in _labels(text, "ADDRESS")


def test_a_dwelling_in_an_earlier_sentence_leaves_the_office_an_office() -> None:
    text = "die bus is van Bos Uitzendbureau, die huren die woning. adres kantoor Ambachtsweg 3"
    assert _labels(text, "ADDRESS") == []

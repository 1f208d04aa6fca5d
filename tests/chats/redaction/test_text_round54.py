"""Issue 12, round 54: causes behind the errors of blind_text_52, as general rules (a number of
the municipality, a club or a body by what is said around it; a foundation's
account, a customer number, a plan's date, an appointment's premises, an event or a firm named
after a person, a month after a day, Drents "mien", "van de" before a frequent word; surnames of
Arabic "al-", of no dictionary after a weekday, an update or a spouse, or opening what a
colleague is asked, after a resident's role, before "van" and a home, known to the chat and said
in lower case; found names made whole; abbreviated streets, a street named after a first name,
another room, a range's end, a street and number in words; birth dates of a foreign month, year
first or in words; a second plate offered with "of"; a postcode with its letters apart).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction.rules_r54 import chat_rules_r54
from tests.chats.redaction.detected import chat_rules_growth, found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Wijkteam Meppel", "Roel Hekman")):
    return found_in_chat(texts, list(participants))


# --- phones -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Met vragen kunt u ons altijd bellen op 0522 36 21 00.",
        "mijn nummer 06 2290 1144 of de verenigingstelefoon 0522 47 31 10",
        "piketnummer 06 1200 3344, neem jij die over?",
        "U kunt ook zelf het waterschap bellen: 038 455 66 00.",
        "Hun algemene nummer is 088 - 4411 900",
    ],
)
def test_a_number_of_the_municipality_a_club_or_a_body_is_no_persons(text: str) -> None:
    phones = _in(_chat(["hoe bereik ik ze?", text]), 1, "PHONE")
    assert phones in ([], ["06 2290 1144"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zijn werknummer is 088 - 412 3300", "088 - 412 3300"),
        ("mijn privénummer voor de wachtdienst: 06-41 20 33 81", "06-41 20 33 81"),
        ("bel mij maar op 06 4120 3381", "06 4120 3381"),
    ],
)
def test_a_persons_own_number_stays(text: str, expected: str) -> None:
    assert expected in _in(_chat(["nummer?", text]), 1, "PHONE")


# --- what is no person's ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (["waarheen?", "graag op de rekening van de stichting: NL44 RABO 0123 4567 89"], "IBAN"),
        (["bsn?", "heb ik niet, wel klantnummer 123456780"], "BSN"),
        (["wanneer?", "Komt u donderdag om 10.15 aan de Stationsweg 4"], "ADDRESS"),
        (["wanneer?", "Kunt u vrijdag om 9 uur komen, Hoofdstraat 2?"], "ADDRESS"),
        (["wie?", "wij doen mee aan de Piet Bakker Bokaal dit jaar"], "PERSON"),
        (["wie?", "de kraan is van aannemersbedrijf van dam"], "PERSON"),
        (["wanneer?", "ophalen 14 jan hoogeveen"], "PERSON"),
        (["waar?", "achter mien schure ligt het"], "PERSON"),
        (["waar?", "bij de ingang van de kinderen, naast het hek"], "PERSON"),
        (["hoi", "selam, ik heb een vraag over de brief"], "PERSON"),
        (["hoi", "Дякую! до побачення"], "PERSON"),
        (["waar?", "doar kuj' in valen, bi'j oons"], "PERSON"),
        (["wie?", "dat gaat via Suwinet en Scania"], "PERSON"),
    ],
)
def test_what_is_no_persons(texts: list[str], label: str) -> None:
    assert _in(_chat(texts), 1, label) == []


def test_a_plans_date_next_to_a_birth_date_is_none() -> None:
    found = _chat(["casus", "Noor Bakker (geb 12-05-2014), gesprek 3 feb met school"])
    assert _in(found, 1, "DATE_OF_BIRTH") == ["12-05-2014"]


@pytest.mark.parametrize(
    ("texts", "value", "label"),
    [
        # a visit to a home at a time
        (["waar?", "vanavond om 19.30 bij Kerkweg 14"], "Kerkweg 14", "ADDRESS"),
        (["Wat is uw adres?", "Vinkenlaan 9"], "Vinkenlaan 9", "ADDRESS"),
        # a name that is also a greeting, not opening the message
        (["wie?", "de dochter heet Selam, 8 jaar"], "Selam", "PERSON"),
        # a BSN that passes the 11-proef after a customer word
        (["bsn?", "klantnummer? nee bsn 111222333"], "111222333", "BSN"),
    ],
)
def test_what_is_a_persons_stays(texts: list[str], value: str, label: str) -> None:
    assert value in _in(_chat(texts), 1, label)


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["hee", 'schrijf het als "Al-Rashid" met een streepje'], "Al-Rashid"),
        (["hee", "anne, vrijdag el-amrani, verlenging vergunning"], "el-amrani"),
        (["hee", "karin, donderdag haddad abdulkarim, huurachterstand"], "haddad abdulkarim"),
        (["hee", "update okonkwo: betaling is binnen"], "okonkwo"),
        (["hee", "vrouw nyirenda heeft eigen dossier"], "nyirenda"),
        (["hee", "sem, hoving adres klopt niet meer"], "hoving"),
        (["hee", "bewoner schaap belde nog, wil een bak"], "schaap"),
        (["hee", "de architect is kruithof"], "kruithof"),
        (["hee", "het is van de buurvrouw, Jansen van Molenstraat 8"], "Jansen"),
        (["wie gaat er mee?", "ik en dochter iris is er ook bij"], "iris"),
        (["hee", "de map van Lieve ligt nog op mijn bureau"], "Lieve"),
        (
            ["wie?", "Gerard Bakker, dat is ook piet bakker van der veen"],
            "piet bakker van der veen",
        ),
    ],
)
def test_a_surname_where_it_stands(texts: list[str], expected: str) -> None:
    assert expected in _in(_chat(texts), 1, "PERSON")


@pytest.mark.parametrize(
    ("texts", "index", "expected"),
    [
        (["Wie is de melder?", "Anouk Storm, ze belt morgen", "⛈️ storm in aantocht"], 2, "storm"),
        (["hoi", "ik ken Piet Vos niet", "ken jij die vos?"], 2, "vos"),
    ],
)
def test_a_surname_the_chat_knows_said_in_lower_case(
    texts: list[str], index: int, expected: str
) -> None:
    assert expected in _in(_chat(texts), index, "PERSON")


@pytest.mark.parametrize(
    "texts",
    [
        # a storm's name after the word
        ["Wie is de melder?", "Anouk Storm", "👍 storm Ciara komt eraan"],
        # a team's name among the participants
        ["piket, put verstopt", "ok"],
        # a verb before a first name ("ik ben" is no name's part)
        ["hallo", "hoi ik ben mark, van de buurtapp"],
        # a word that is a surname after a weekday or an update
        ["hallo", "update hond: hij is terug"],
        ["hallo", "zaterdag prikken, wie doet mee"],
        # a role and an adjective
        ["hallo", "bewoner is boos. dat snap ik"],
    ],
)
def test_words_stay(texts: list[str]) -> None:
    found = _chat(texts, ("Piet Kok", "Riolering piket"))
    values = _in(found, len(texts) - 1, "PERSON")
    assert all(
        v.lower() not in {"storm", "piket", "ben mark", "hond", "prikken", "boos"} for v in values
    )


def test_a_first_name_before_a_surname_found_in_lower_case() -> None:
    found = _chat(["wie?", "ja, Jelle Veld", "de beker heet naar koos veld?"])
    assert "koos veld" in _in(found, 2, "PERSON")


def test_an_initial_after_a_participants_first_name_in_a_list() -> None:
    found = _chat(["ploegen", "ma: anna / kees d."], ("Team", "Kees Dijkstra", "Anna Vos"))
    assert "kees d." in _in(found, 1, "PERSON")


def test_a_name_cut_after_a_full_stop_is_made_whole() -> None:
    found = _chat(["adres?", "ja Kerkstraat 12-I. Anneke de Graaf"])
    assert "Anneke de Graaf" in _in(found, 1, "PERSON")


def test_an_initial_an_address_took_stays_covered_with_its_name() -> None:
    # ("Molenstraat 10 R" and ". Yilmaz": together they cover the name; the stop stays with it)
    found = _chat(["wie woont waar?", "Ja. Molenstraat 6 Hendriks, Molenstraat 10 R. Yilmaz"])
    values = [value for value, _ in found[1]]
    assert "".join(values).endswith("10 R. Yilmaz")


# --- homes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["welk adres?", "pr julianaln 14a. zoon is erbij"], "pr julianaln 14a"),
        (["welk adres?", "burg. knappertstr. 9, achterom"], "burg. knappertstr. 9"),
        (["hee", "piet heinstraat 4 klaar. bewoner was thuis"], "piet heinstraat 4"),
        (["hee", "Dirk Meijer, Vaart 3 k1 en k2"], "k2"),
        (["hee", "Laat u de buren op nr 3 tot nr 21 even weten"], "nr 21"),
        (
            ["Wat is uw adres?", "lange akker zes en dertig in nijeveen"],
            "lange akker zes en dertig",
        ),
    ],
)
def test_a_home_said(texts: list[str], expected: str) -> None:
    assert expected in _in(_chat(texts), 1, "ADDRESS")


@pytest.mark.parametrize(
    "texts",
    [
        # "ter hoogte van nr 80": a place on the street, not a home (older sets keep it)
        ["waar?", "putdeksel los, Dorpsstraat ter hoogte van nr 80"],
        # words answering something else
        ["Hoe laat?", "half drie en twintig over"],
    ],
)
def test_what_only_looks_like_a_home_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "ADDRESS") == []


# --- birth dates, plates, postcodes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["imię?", "Zofia Nowak, urodzona 3 lutego 2015"], "3 lutego 2015"),
        (["geboortedatum?", "geboren 1345/11/02 volgens de iraanse kalender"], "1345/11/02"),
        (["geboortedatum?", "ze is geboren 1962-03-17"], "1962-03-17"),
        (
            ["Uw geboortedatum?", "anna smit elf april negentien achtenzestig"],
            "elf april negentien achtenzestig",
        ),
        (["wie?", "mijn man, hij is van twaalf drie zesenvijftig"], "twaalf drie zesenvijftig"),
    ],
)
def test_a_birth_date(texts: list[str], expected: str) -> None:
    assert expected in _in(_chat(texts), 1, "DATE_OF_BIRTH")


def test_a_date_in_words_without_a_birth_cue_stays() -> None:
    found = _chat(["wanneer?", "de vergadering is op tien maart, twee uur"])
    assert _in(found, 1, "DATE_OF_BIRTH") == []


def test_a_phone_read_aloud_stays_a_phone_after_a_birth_cue() -> None:
    text = "geboren drie mei negentienvijftig, nummer nul zes twaalf drie vier vijf zes zeven acht"
    found = _chat(["gegevens?", text])
    assert not any("twaalf drie vier" in v for v in _in(found, 1, "DATE_OF_BIRTH"))


def test_a_second_plate_of_the_same_shape_offered_with_of() -> None:
    found = _chat(["kenteken?", "kenteken gk 204 p of gk 204 b, weet het niet zeker"])
    assert _in(found, 1, "LICENSE_PLATE") == ["gk 204 p", "gk 204 b"]


def test_a_postcode_with_its_letters_apart() -> None:
    found = _chat(["Adres?", "Kerkweg 12, 7942 K L"])
    assert _in(found, 1, "POSTCODE") == ["7942 K L"]


# --- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "kunt u ons bellen op 0522 36 21 00, clubtelefoon 0522 47 31 10, 088 - 4411 900. ",
        "dinsdag al-hamwi, update okonkwo: bewoner schaap belde, koos veld, jan z. ",
        "pr julianaln 14a, Vaart 3 k1 en k2, nr 2 tot nr 30, urodzona 3 lutego 2015. ",
    ],
)
def test_long_runs_of_the_round_54_cues_stay_fast(unit: str) -> None:
    # The round's rules alone over a long message, with the spans the detector finds in one
    # unit repeated at each copy: four times the text takes about four times as long, not
    # sixteen (nothing quadratic).
    short, long = chat_rules_growth(
        chat_rules_r54, "Op welke straat?", unit, participants=["Wmo Meppel", "Eva Kok"]
    )
    assert long < 6 * short + 0.05

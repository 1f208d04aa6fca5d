"""Issue 12, round 48: causes behind the errors of blind_text_46, as general rules (offices,
sheds, shelters, named houses and venues with a capital article right before an address, firms
that "zit nog/toch op" it or "ze zitten op" after a firm was named, premises said after ", dat is
toch de loods van ..."; a scheme compound's year; bare house numbers of someone's home, a house
number given, "nummer N" of the message's own address, "adres is nog", a hamlet before its
village, a home said after a comma, a street lived on without a number and the number asked
next; animals and storms named, firms by an English business word, a "Van" name before a trade,
a first name opening a firm's name; the chat's word surnames in lower case thanked, addressed,
asked, signing, after "volgens" or a role, before a contact verb; first names of the chat said
again capitalised, echoed, or in lower case after an answer's opening; a mobile split over two
messages or said in words after "06"; a body's line; a host's profile link on a letting site; a
birth date in another calendar's month).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled as _labels
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- addresses.py: premises, firms and buildings at an address --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "de fietsen staan in de loods aan de Industrieweg 12",
        "de pas ligt klaar bij het stadskantoor, Hoofdstraat 3",
        "kom langs bij het wijkkantoor aan de Zuiderlaan 40",
        "het bezoek is bij het Antonius Ziekenhuis aan de Wilhelminalaan 7",
        "ik kan de dagopvang van Het Leger bellen, aan de Stationsweg 9",
        "we spreken af in Het Baken, Kerkweg 22",
        "kunt u maandag naar Het Anker, Molenstraat 5?",
    ],
)
def test_an_office_shed_shelter_or_venue_right_before_is_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "en de Kringloopwinkel Meppel zit nog op de Ambachtsweg 4?",
        "Notariskantoor Mulder & Co zit toch aan de Kerkstraat 31",
    ],
)
def test_a_firm_that_still_sits_at_an_address_is_no_home(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


def test_they_sit_at_after_a_firm_was_named() -> None:
    chat = _chat(
        ["de offerte van Bakker Schilders BV is binnen", "klopt, ze zitten op Nijverheidsweg 14"]
    )
    assert _in(chat, 1, "ADDRESS") == []


def test_the_premises_said_after_with_a_particle() -> None:
    text = "en die van de Esweg 8, dat is toch de werkplaats van Garage Dekker"
    assert _labels(text, "ADDRESS") == []


def test_a_home_with_a_shed_word_elsewhere_stays() -> None:
    assert _labels("hij woont in het huis aan de Eikenlaan 9", "ADDRESS") == ["Eikenlaan 9"]


def test_a_venue_named_like_a_surname_stays_a_home() -> None:
    # "De Vries" is a surname: no venue
    assert _labels("ik logeer bij De Vries, Kerkweg 22", "ADDRESS") == ["Kerkweg 22"]


@pytest.mark.parametrize(
    "text",
    [
        "volgens de Afvalstoffenverordening Meppel 2023 mag dat niet",
        "de Drentse Stimuleringsregeling 2025 loopt nog",
    ],
)
def test_a_scheme_compound_before_a_year_is_no_address(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


# --- addresses.py: homes at bare numbers and given numbers --------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Vaartweg 12 rd. er woont ook iemand op 12 ld, een oudere man", "12 ld"),
        ("Kerkstraat 9-2, boven haar eigen woning op 9", "9"),
        ("ok. Visser heeft het huisnummer 14b gekregen", "14b"),
        ("ze krijgen huisnummer 3 toch?", "3"),
    ],
)
def test_a_bare_or_given_house_number_of_a_home(text: str, number: str) -> None:
    assert any(number in value for value in _labels(text, "ADDRESS"))


def test_nummer_n_of_the_message_own_address() -> None:
    text = "Kerkstraat 7 groen, er zijn twee bellen op nummer 7"
    assert _labels(text, "ADDRESS") == ["Kerkstraat 7", "nummer 7"]


@pytest.mark.parametrize(
    "text",
    [
        "Esweg 3a, dat is naast nummer 3",  # another house
        'hij riep "bij de kerk, nummer 5" dus Kerkplein 5 denk ik',  # quoted
    ],
)
def test_nummer_n_of_another_house_or_quoted_stays(text: str) -> None:
    assert not any(v.startswith("nummer") for v in _labels(text, "ADDRESS"))


def test_the_address_is_still() -> None:
    assert _labels("En het adres is nu Dam 4-1?", "ADDRESS") == ["Dam 4-1"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Wittelte 11, Havelte. de buren klagen", "Wittelte 11"),
        ("standplaats Zwartewater 6, daar woont ze het hele jaar", "Zwartewater 6"),
    ],
)
def test_a_hamlet_before_its_village_or_a_home_after_a_comma(text: str, address: str) -> None:
    assert _labels(text, "ADDRESS") == [address]


def test_a_street_lived_on_and_the_number_asked() -> None:
    chat = _chat(["ik woon zelf aan de Burgemeesterslaan", "welk huisnummer?", "23"])
    assert _in(chat, 0, "ADDRESS") == ["Burgemeesterslaan"]
    assert _in(chat, 2, "ADDRESS") == ["23"]


# --- detector.py: things and firms named like persons -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "haha, ezel Bram 😂",
        "na de storm van gisteren, Storm Eunice, ligt er een boom",
        "de bewaking doet Kok Security",
        "de bomen doet Van Dalen Groen",
        "de nota van Piet de Boer Hoveniers BV klopt niet",
    ],
)
def test_animals_storms_and_firms_are_no_persons(text: str) -> None:
    assert _labels(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("hij komt met mr. Bosman van Bosman Advocaten", "Bosman"),
        ("goedemorgen, Henk van Dijkstra Transport hier", "Henk"),
        ("Heeft Jorien Van Dam Installaties al gebeld?", "Jorien"),
    ],
)
def test_a_person_of_a_firm_stays_a_person(text: str, person: str) -> None:
    assert person in _labels(text, "PERSON")


# --- names.py: the chat's word surnames in lower case --------------------------------------------


@pytest.mark.parametrize(
    ("texts", "participants", "index", "name"),
    [
        (["ok, ik pak het op", "fijn, dank je de wit"], ("Anna de Wit", "Koen Bos"), 1, "de wit"),
        (["nee ok groot, jij belt hem"], ("Ruud Groot", "Saskia Mol"), 0, "groot"),
        (["klaar. groot wie doet de notulen?"], ("Ruud Groot", "Saskia Mol"), 0, "groot"),
        (["ok dan alleen deze. groot tekent"], ("Ruud Groot", "Saskia Mol"), 0, "groot"),
        (["de vos nog bellen?"], ("Lotte de Vos", "Koen Bos"), 0, "de vos"),
        (["de melding staat al, volgens klein"], ("Petra Klein", "Koen Bos"), 0, "klein"),
    ],
)
def test_a_word_surname_said_to_or_of_its_person(texts, participants, index, name) -> None:
    chat = _chat(texts, participants)
    assert name in _in(chat, index, "PERSON")


def test_a_role_before_a_particled_surname_of_the_chat() -> None:
    chat = _chat(
        ["eigenaar is Gerrit de Haan", "ok, bel eerst de huurder de haan niet"],
        ("Anna Mol", "Koen Bos"),
    )
    assert "de haan" in _in(chat, 1, "PERSON")


@pytest.mark.parametrize(
    "texts",
    [
        ["nee ok klein, het is te klein"],
        ["bedankt, ik neem de wit mee"],
    ],
)
def test_the_word_itself_stays(texts) -> None:
    chat = _chat(texts, ("Petra Klein", "Anna de Wit"))
    assert _in(chat, 0, "PERSON") == []


# --- detector.py: first names of the chat said again ---------------------------------------------


def test_a_first_name_of_a_full_name_said_again_inside_a_sentence() -> None:
    chat = _chat(["de nieuwe wijkagent is Roos Achterberg", "ah. mag Roos dan bij haar langs?"])
    assert _in(chat, 1, "PERSON") == ["Roos"]


def test_a_first_name_echoed_as_a_question() -> None:
    chat = _chat(["morgen komt Hoop", "hoop? die heet Hoop Ebbinge toch"])
    assert "hoop" in _in(chat, 1, "PERSON")


def test_a_one_word_person_in_lower_case_after_an_answer() -> None:
    chat = _chat(["Merel, Jade en Storm doen mee", "ja storm heeft een rijbewijs"])
    assert _in(chat, 1, "PERSON") == ["storm"]


def test_the_first_name_before_another_capital_stays() -> None:
    chat = _chat(["de nieuwe wijkagent is Roos Achterberg", "de vereniging Roos Meppel doet mee"])
    assert _in(chat, 1, "PERSON") == []


# --- phones ---------------------------------------------------------------------------------------


def test_a_mobile_split_over_two_messages() -> None:
    chat = _chat(["mijn mobiele nummer is 06 2", "8 41 77 93 oeps te vroeg"])
    assert _in(chat, 0, "PHONE") == ["06 2"]
    assert _in(chat, 1, "PHONE") == ["8 41 77 93"]


def test_a_mobile_said_in_words_after_zero_six() -> None:
    text = "oké, nummer is acht vier twee nul zes één drie vijf met 06 ervoor"
    assert _labels(text, "PHONE") == ["acht vier twee nul zes één drie vijf"]


@pytest.mark.parametrize(
    "text",
    [
        "De Voedselbank kan helpen, 0522 - 24 13 80 is hun lijn",
        "bel 14 038 of 038 498 50 00, dat is hetzelfde",
    ],
)
def test_a_bodys_line_is_no_persons(text: str) -> None:
    assert _labels(text, "PHONE") == []


def test_a_persons_line_stays() -> None:
    assert _labels("0522 - 24 13 80 is mijn lijn thuis", "PHONE") == ["0522 - 24 13 80"]


# --- online.py and birthdates.py ----------------------------------------------------------------


def test_a_hosts_profile_on_a_letting_site() -> None:
    text = "mijn profiel: https://www.airbnb.com/users/show/90817263"
    assert _labels(text, "URL_PERSONAL") == ["https://www.airbnb.com/users/show/90817263"]


def test_a_listing_on_a_letting_site_is_no_profile() -> None:
    assert _labels("de kamer: https://www.airbnb.nl/rooms/551203", "URL_PERSONAL") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("zijn geboortedatum is 12 Tir 1361, in ons land", "12 Tir 1361"),
        ("geboren op 3 Tikimt 1978 volgens de kerk", "3 Tikimt 1978"),
    ],
)
def test_a_birth_date_in_another_calendar(text: str, date: str) -> None:
    assert date in _labels(text, "DATE_OF_BIRTH")


# (fix52a: the cue in any casing, "op"/"is" after it too: the gate before the rule and the
# words after the cue were case-sensitive)
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geboren op 3 Tikimt 1978 volgens de kerk", "3 Tikimt 1978"),
        ("GEBOREN OP 9 Hamle 1975 in Gondar", "9 Hamle 1975"),
        ("GEB. 1 Meskerem 1985", "1 Meskerem 1985"),
    ],
)
def test_a_birth_date_in_another_calendar_after_a_cue_in_any_casing(text: str, date: str) -> None:
    assert date in _labels(text, "DATE_OF_BIRTH")


def test_a_street_lived_on_without_its_number_asked_stays_unmarked() -> None:
    chat = _chat(["hij woont aan de Molenlaan, daar is het druk", "ok"])
    assert _in(chat, 0, "ADDRESS") == []


def test_a_first_name_inside_a_firms_name_stays() -> None:
    chat = _chat(["Dewi Pranoto, met haar eigen zaak Yoga met Dewi", "ok"])
    assert _in(chat, 0, "PERSON") == ["Dewi Pranoto"]


def test_a_persons_line_at_work_stays() -> None:
    text = "(038) 421 77 90 is het nummer van haar werk, tot 16:00"
    assert _labels(text, "PHONE") == ["(038) 421 77 90"]


def test_a_firm_named_again_in_lower_case_is_no_person() -> None:
    chat = _chat(["de rit was van Taxi Bosma Meppel", "taxi bosma weer, typisch"])
    assert _in(chat, 1, "PERSON") == []


def test_the_party_after_a_councillors_name_is_no_surname() -> None:
    assert _labels("raadslid Bosman van Dorpsbelangen?", "PERSON") == ["Bosman"]


def test_a_birth_dates_day_as_a_deadline_is_a_date() -> None:
    chat = _chat(["zoon Daan is geboren 9 maart 2009", "graag uiterlijk 9 maart het formulier"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == []


def test_a_birth_dates_day_confirmed_stays() -> None:
    chat = _chat(["geb 9-3-2009?", "ja klopt, 9 maart"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == ["9 maart"]


def test_they_sit_at_after_a_team_named_stays_a_home() -> None:
    chat = _chat(
        [
            "anders vraag ik het Karin van het Wijkteam Noord",
            "hun adres is nieuw, ze zitten nu op Esweg 12",
        ]
    )
    assert _in(chat, 1, "ADDRESS") == ["Esweg 12"]


def test_a_hamlet_with_a_capital_article_before_its_house_stays() -> None:
    text = "2) fam. Hoving in De Schiphorst, De Schiphorst 8"
    assert "De Schiphorst 8" in _labels(text, "ADDRESS")

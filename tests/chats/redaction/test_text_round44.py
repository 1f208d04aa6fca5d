"""Issue 12, round 44: causes behind the errors of blind_text_42, as general rules (a
participant's first name clipped as it is said, or capitalised, opening the message; the
initials of the chat's double first name before its surname; a capitalised month before a
surname; a street named after a person right after "woont"; the chat's one-word person singled
out in lower case; a listed surname asked about; a first name and surname that their e-mail
address spells; the street's article opening an answered address; who is registered right after
a hamlet's house; a fine for a plate; the firm asked about by its owner's name; the number of a
named body answered; the address of a place asked for; a shop named after its owner's full
name, a bar, an inn "van" a province, a car make after "de", "van de" and a street ending in
"-baan"; "tiny" before an English noun).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat, persons
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- names.py: a participant's clipped first name opening the message -------------------------


@pytest.mark.parametrize(
    ("text", "participant", "clip"),
    [
        # spelled as said: a doubled vowel, "f" for "v" or "ph"
        ("jeer wie heeft de sleutel van de kast?", "Jeroen Vos", "jeer"),
        ("eef de Rova container staat nog vol", "Eveline Hoek", "eef"),
        ("soof een bewoner belde over de stoep", "Sofie Prins", "soof"),
        # the first letters of a short name, before a comma
        ("dav, de sleutel ligt bij de balie", "David Dijk", "dav"),
        # capitalised before an article and the topic
        ("Nien de vergunning voor de markt is binnen", "Nienke Wind", "Nien"),
    ],
)
def test_a_participants_clipped_first_name_opening_the_message(
    text: str, participant: str, clip: str
) -> None:
    chat = _chat([text], ("Ineke Brouwer", participant))
    assert (clip, "PERSON") in chat[0]


@pytest.mark.parametrize(
    "text",
    ["dan de brief aan de raad is weg", "Dan de vergunning is binnen", "ook de stoep is klaar"],
)
def test_a_word_opening_the_message_stays_a_word(text: str) -> None:
    chat = _chat([text], ("Ineke Brouwer", "Daniel Ooms"))
    assert [v for v, lab in chat[0] if lab == "PERSON"] == []


def test_a_clip_of_no_participants_name_stays_unnamed() -> None:
    chat = _chat(["jeer wie heeft de sleutel van de kast?"], ("Ineke Brouwer", "Teun Smit"))
    assert chat[0] == []


# --- detector.py: the initials of the chat's double first name before its surname ------------


def test_the_initials_of_a_double_first_name_before_the_chats_surname() -> None:
    chat = _chat(
        ["aanvraag van Gerrit Jan Kuipers voor een dakkapel", "gj kuipers belde er weer over"]
    )
    assert ("gj kuipers", "PERSON") in chat[1]


def test_other_initials_before_the_surname_stay_apart() -> None:
    chat = _chat(
        ["aanvraag van Gerrit Jan Kuipers voor een dakkapel", "ok kuipers belde er weer over"]
    )
    assert ("ok kuipers", "PERSON") not in chat[1]


# --- detector.py: a capitalised month before a surname ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("zijn zus Juni Bakker tolkt", "Juni Bakker"), ("met buurvrouw April Jansen", "April Jansen")],
)
def test_a_capitalised_month_before_a_surname_is_a_first_name(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_month_after_its_day_stays_a_date() -> None:
    assert "Juni Bakker" not in persons("op 12 Juni Bakker gebeld")


# --- addresses.py: a street named after a person, right after "woont" -------------------------


def test_a_street_named_after_a_person_with_van_after_woont() -> None:
    assert _labels("hij woont Vos van Steenwijklaan 8", "ADDRESS") == ["Vos van Steenwijklaan 8"]


def test_a_name_before_van_and_a_street_without_woont_stays_apart() -> None:
    assert _labels("buurman Kees van Nassaustraat 12", "ADDRESS") == ["Nassaustraat 12"]


# --- detector.py: the chat's one-word person singled out in lower case ------------------------


def test_the_chats_person_in_lower_case_after_alleen() -> None:
    chat = _chat(["Roos en misschien Wim", "wim kan niet, dus alleen roos."])
    assert ("roos", "PERSON") in chat[1]


def test_a_word_after_alleen_with_no_such_person_stays_a_word() -> None:
    chat = _chat(["de tuin is klaar", "dus alleen roos."])
    assert chat[1] == []


# --- detector.py: a listed surname asked about at the opening ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hoekstra? die ken ik niet", "Hoekstra"), ("Dijkstra? nooit gehoord", "Dijkstra")],
)
def test_a_surname_asked_about_is_a_person(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize("text", ["Meppel? ja", "Bakker? die van de hoek", "Stichting? welke"])
def test_a_place_or_word_asked_about_stays(text: str) -> None:
    assert persons(text) == []


def test_a_firm_the_chat_names_asked_about_by_its_name_is_no_person() -> None:
    chat = _chat(["ik heb Installatiebedrijf Kuipers gebeld", "Kuipers? die van de Dorpsstraat?"])
    assert [v for v, lab in chat[1] if lab == "PERSON"] == []


# --- detector.py: a first name and surname that their e-mail address spells -------------------


def test_a_name_spelled_by_the_mail_after_it_is_a_person() -> None:
    text = "de eigenaar is Frans Hoogeveen, frans@hoogeveenbouw.nl"
    assert "Frans Hoogeveen" in persons(text)


def test_a_body_and_its_place_before_its_mail_stay() -> None:
    assert persons("Gemeente Assen, gemeente@assen.nl") == []


# --- addresses.py: the street's article opening an answered address ---------------------------


def test_an_answered_address_opening_with_the_streets_article() -> None:
    chat = _chat(["en het nieuwe adres?", "de Kolk 7 in Nijeveen, boven"])
    assert ("de Kolk 7", "ADDRESS") in chat[1]


# --- addresses.py: who is registered right after a hamlet's house ----------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("het gaat om Darp 12, daar staan vier mensen ingeschreven", "Darp 12"),
        ("melding over Rogat 5, daar wonen nu drie gezinnen", "Rogat 5"),
    ],
)
def test_a_hamlets_house_where_people_are_registered(text: str, home: str) -> None:
    assert _labels(text, "ADDRESS") == [home]


def test_a_town_and_a_count_without_residents_stays() -> None:
    assert _labels("het gaat om Meppel 2, daar is het rustig", "ADDRESS") == []


# --- places.py: a fine for a plate ------------------------------------------------------------


def test_a_lower_case_spaced_plate_after_a_fine() -> None:
    assert _labels("de bekeuring voor gz 123 b ligt hier", "LICENSE_PLATE") == ["gz 123 b"]


def test_a_fine_for_a_speed_stays() -> None:
    assert _labels("de boete voor 12 km te hard", "LICENSE_PLATE") == []


# --- detector.py: the number of a named body answered -----------------------------------------


def test_a_landline_answering_for_a_bodys_number_is_the_bodys() -> None:
    chat = _chat(["wat is het nummer van Gemeentewerf storingen?", "0522 44 55 66 na vijf uur"])
    assert chat[1] == []


def test_a_landline_answering_for_a_persons_number_stays() -> None:
    chat = _chat(["en het nummer van Kees Mulder zelf?", "0522 44 55 66"])
    assert ("0522 44 55 66", "PHONE") in chat[1]


# --- addresses.py: the address of a place asked for -------------------------------------------


def test_the_answered_address_of_a_sporthal_is_no_home() -> None:
    chat = _chat(["adres van de sporthal voor de bus?", "Sportlaan 4, naast het zwembad"])
    assert [v for v, lab in chat[1] if lab == "ADDRESS"] == []


def test_the_answered_address_of_a_person_stays_a_home() -> None:
    chat = _chat(["adres van zijn moeder voor de bus?", "Sportlaan 4, naast het zwembad"])
    assert ("Sportlaan 4", "ADDRESS") in chat[1]


# --- names.py: firms named after their owner, bars, inns; detector.py: "van de ...baan" -------


@pytest.mark.parametrize(
    "text",
    [
        "bij Slagerij Piet van der Wal is het dicht",
        "Wijnbar De Graaf doet ook mee",
        "Cocktailbar De Wit is dicht",
        "de borrel is in Het Wapen van Emmen",
    ],
)
def test_firms_and_inns_are_no_persons(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan de Groot van Bakkerij Smit belde", "Jan de Groot"),
        ("Budgetbeheer Robin de Jonge: huur betaald", "Robin de Jonge"),
        ("Jan van Drenthe belde", "Jan van Drenthe"),
    ],
)
def test_owners_and_persons_stay(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_car_make_after_a_first_name_and_de_is_the_machine() -> None:
    assert persons("Sjoerd de Toyota bus is kapot") == ["Sjoerd"]


def test_a_name_ends_before_van_de_and_a_street_ending_in_baan() -> None:
    assert persons("Kees van de Ringbaan belde") == ["Kees"]


# --- names.py: "tiny" before an English noun --------------------------------------------------


@pytest.mark.parametrize(
    "text", ["we planten een tiny forest bij de school", "Tiny Forest Meppel gaat open"]
)
def test_tiny_before_an_english_noun_is_no_name(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"), [("Tiny Bakker belde", "Tiny Bakker"), ("ik bel tiny om vier uur", "tiny")]
)
def test_tiny_as_a_first_name_stays(text: str, name: str) -> None:
    assert name in persons(text)

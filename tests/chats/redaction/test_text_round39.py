"""Issue 12, round 39: causes behind the errors of blind_text_37, as general rules (a name echoed
as a question or asked after with "wie?", a participant's short form or surname addressed, the
parts of a double surname, initials without their dots, a vessel and an organisation named in
the chat, a firm's own name, the accounts, lines and pages of a body or a firm, a houseboat's
toevoeging, abbreviated street words, a home asked after).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons


def _persons_in_chat(texts: list[str], participants: list[str]) -> list[list[str]]:
    return [
        [value for value, label in spans if label == "PERSON"]
        for spans in found_in_chat(texts, participants)
    ]


# --- names.py: a name echoed as a question, or asked after with "wie?" ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Natalja? die belt morgen terug", "Natalja"),
        ("Kowalczyk? Is dat de huurder?", "Kowalczyk"),
        ("Yusra? ja die ken ik", "Yusra"),
        ("Hoekstra-Bakker? die woont daar al jaren", "Hoekstra-Bakker"),
    ],
)
def test_a_name_echoed_as_a_question_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["Putnummer?", "Zwolle? daar zit de rechtbank", "Welke?", "BSN?", "Wanneer?"]
)
def test_a_word_place_or_label_asked_after_is_no_person(text: str) -> None:
    assert not persons(text)


def test_an_everyday_first_name_asked_after_with_who_is_the_person() -> None:
    chat = ["Wil Jansen begint maandag bij ons", "ok", "Wil wie?"]
    assert _persons_in_chat(chat, ["Anna Smit", "Piet Bos"])[2] == ["Wil"]


# --- names.py: a participant addressed by a short form or a surname ---------------------------


@pytest.mark.parametrize(
    ("text", "clip", "participants"),
    [
        # (short forms that are words too: "bar", "pet")
        ("bar mevrouw Yilmaz komt om drie uur langs", "bar", ["Barbara Dijk", "Jan Post"]),
        ("pet meneer Okafor wil een nieuwe afspraak", "pet", ["Petra Dijk", "Ali Kaya"]),
    ],
)
def test_a_participants_short_form_before_a_title_is_that_person(
    text: str, clip: str, participants: list[str]
) -> None:
    assert clip in _persons_in_chat([text], participants)[0]


@pytest.mark.parametrize(
    ("text", "surname", "participants"),
    [
        ("ok dat is geregeld. mol jij ook koffie?", "mol", ["Ria Mol", "Kees Bos"]),
        ("storm jij nog tijd vanmiddag?", "storm", ["Eva Storm", "Kees Bos"]),
    ],
)
def test_a_chat_surname_before_an_elliptic_question_to_you_is_addressed(
    text: str, surname: str, participants: list[str]
) -> None:
    assert surname in _persons_in_chat([text], participants)[0]


@pytest.mark.parametrize(
    ("text", "name", "participants"),
    [
        # (a first name that is a word and a place too: "lies", "ede")
        ("laat maar zitten hoor lies", "lies", ["Lies Kamp", "Henk Bos"]),
        ("regel het maar hoor ede 👍", "ede", ["Ede Kamp", "Els Smit"]),
    ],
)
def test_a_participants_first_name_after_a_closing_particle_is_addressed(
    text: str, name: str, participants: list[str]
) -> None:
    assert name in _persons_in_chat([text], participants)[0]


# --- names.py: the parts of a double surname, initials, "Kleine"/"Oude" surnames -------------


def test_the_half_of_a_double_surname_that_is_a_place_too_is_the_person() -> None:
    chat = ["De eigenaar is Truus Pol-Hendriks", "ok", "Ik mail de brief naar Pol vandaag"]
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"])[2] == ["Pol"]


def test_a_place_after_travel_stays_a_place() -> None:
    chat = ["De eigenaar is Truus Pol-Hendriks", "ik fiets morgen naar Pol"]
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"])[1] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("klopt, Dijkstra-Bakker is haar naam nu", "Dijkstra-Bakker"),
        ("mevrouw Mulder-Bakker belde net", "Mulder-Bakker"),
    ],
)
def test_a_double_surname_whose_half_ends_like_a_street_word_is_one_name(
    text: str, name: str
) -> None:
    assert name in _persons_in_chat([text], ["Sandra Dijkstra", "Jan Post"])[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (the second part shaped like a street's word: "-veld", "-kamp")
        ("mw. H. Oude Hengelveld heeft gebeld", "H. Oude Hengelveld"),
        ("dhr. B. Kleine Brinkkamp stuurde een brief", "B. Kleine Brinkkamp"),
    ],
)
def test_a_two_part_eastern_surname_after_initials_is_whole(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IBAN NL91ABNA0417164300 t.n.v. A M de Groot", "A M de Groot"),
        ("graag op naam van K L Postma", "K L Postma"),
    ],
)
def test_initials_without_dots_after_an_account_holders_cue_are_the_name(
    text: str, name: str
) -> None:
    assert name in persons(text)


def test_initials_without_dots_before_the_chats_surname_are_the_name() -> None:
    chat = ["Het geld gaat naar NL91ABNA0417164300, t.n.v. W F Hoekstra"]
    assert _persons_in_chat(chat, ["Jos Hoekstra", "Els Smit"]) == [["W F Hoekstra"]]


@pytest.mark.parametrize(
    "text", ["Hij haalde niveau B. Zijn moeder was trots", "Dat is categorie C. Het kost meer"]
)
def test_a_letter_closing_a_sentence_before_a_pronoun_is_no_initial(text: str) -> None:
    assert not persons(text)


def test_a_surname_given_after_achternaam_is_the_person_in_the_chat() -> None:
    chat = ["voornaam Tom, achternaam Lubbers", "Lubbers van Bakkerij Lubbers?"]
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"])[1] == ["Lubbers"]


# --- organisations.py / names.py: vessels, organisations and firms named in the chat ----------


def test_a_vessel_named_after_a_person_is_no_person_in_the_chat() -> None:
    chat = [
        "Het vrachtschip Hendrika ligt voor de brug te wachten",
        "Schipper van de Hendrika belt al voor de derde keer",
    ]
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"]) == [[], []]


def test_a_motor_ship_is_no_title() -> None:
    assert _persons_in_chat(["de MS Willemijn meldt schade"], ["Els Smit", "Jan Post"]) == [[]]


@pytest.mark.parametrize(
    "chat",
    [
        ["Peuterspeelzaal Dikkie Dik krijgt een last", "Stuur het naar Dikkie Dik"],
        ["Kinderopvang Pippi Langkous krijgt een last", "Stuur het naar Pippi Langkous"],
    ],
)
def test_a_two_word_name_of_a_child_care_is_the_organisation_in_the_chat(
    chat: list[str],
) -> None:
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"]) == [[], []]


def test_the_article_of_an_organisations_name_is_no_person() -> None:
    assert not persons("De Cordaan auto staat voor de deur")


@pytest.mark.parametrize(
    "text",
    [
        "ze werkt als stylist met eigen zaak Haar door Hanna",
        "hij heeft een eigen bedrijf Klussen met Kees sinds 2020",
    ],
)
def test_a_firms_own_name_is_no_person(text: str) -> None:
    assert not persons(text)


def test_a_family_firm_with_zonen_is_no_person() -> None:
    assert not persons("Hoveniersbedrijf Piet van Dam & Zonen komt dinsdag")


def test_a_first_name_before_a_firm_opened_by_a_capital_particle_is_the_person() -> None:
    chat = ["Anouk is er morgen", "Heeft Anouk De Wit Installatietechniek al gemaild?"]
    assert _persons_in_chat(chat, ["Els Smit", "Jan Post"])[1] == ["Anouk"]


@pytest.mark.parametrize("text", ["Ja. Met friettents.", "Met friettents en een podium"])
def test_the_plural_of_a_word_is_no_lower_case_name(text: str) -> None:
    assert not persons(text)


# --- detector.py / online.py: accounts, lines and pages of a body or a firm -------------------


def test_an_account_in_a_persons_name_is_personal_whatever_it_serves() -> None:
    text = "Rekening van de winkel NL91ABNA0417164300 t.n.v. M. de Jong"
    assert ("NL91ABNA0417164300", "IBAN") in found(text)


def test_their_account_after_a_body_is_the_bodys() -> None:
    text = "Stuur de factuur naar de stichting, hun rekening NL91ABNA0417164300"
    assert not [v for v, label in found(text) if label == "IBAN"]


@pytest.mark.parametrize(
    "text",
    [
        "Bel mij gerust: 0522 123 456, dat is het team schulddienstverlening",
        "Mijn nummer is 0521-334 455 op de praktijk zelf",
    ],
)
def test_a_teams_or_a_places_own_line_is_no_personal_number(text: str) -> None:
    assert not [v for v, label in found(text) if label == "PHONE"]


def test_a_firms_page_is_no_personal_link() -> None:
    text = "Haar zakelijke pagina: instagram.com/bloemenbijlies"
    assert not [v for v, label in found(text) if label == "URL_PERSONAL"]


# --- addresses.py: a houseboat, abbreviated street words, a home asked after ----------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hij woont op Havenkade 3 wb, al jaren", "Havenkade 3 wb"),
        ("Dorpswg 12 staat leeg", "Dorpswg 12"),
        ("Beatrixln 22 is verkocht", "Beatrixln 22"),
    ],
)
def test_a_houseboat_and_abbreviated_street_words_are_addresses(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


def test_a_word_ending_in_ln_after_a_vowel_is_no_street() -> None:
    assert not [v for v, label in found("Lincoln 12 keer") if label == "ADDRESS"]


def test_the_address_answering_a_visit_at_home_is_the_home() -> None:
    chat = ["Kan ik morgen bij u thuis langskomen?", "Ja Zwaluwstaart 8. Bel even aan"]
    assert ("Zwaluwstaart 8", "ADDRESS") in found_in_chat(chat, ["Els Smit", "Jan Post"])[1]


@pytest.mark.parametrize(
    "text", ["De hal wordt beheerd door Proxisport", "Dat regelt Omnisport zelf"]
)
def test_a_made_up_firm_name_ending_in_sport_is_no_person(text: str) -> None:
    assert not persons(text)


@pytest.mark.parametrize(
    "text",
    ["Petra Molenbrug blijft vandaag dicht", "Petra Kanaalsluis draait weer, de storing is weg"],
)
def test_a_bridge_or_lock_after_a_participants_first_name_is_no_surname(text: str) -> None:
    assert _persons_in_chat([text], ["Petra Dijk", "Els Smit"]) == [["Petra"]]


def test_a_surname_ending_in_a_landmarks_word_stays_a_surname() -> None:
    assert "Jan Terbrug" in persons("Jan Terbrug belde over de vergunning")

"""Street + house number is an address; a street alone is a public place and stays."""

import pytest

from chats.redaction.addresses import find_addresses, house_numbers_of
from chats.redaction.lexicon import load
from chats.redaction.spans import Span


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text, load())]


@pytest.mark.parametrize(
    "address",
    [
        "Hoofdstraat 18",
        "fokkerstraat 156",
        "Molenweg 40b",
        "Beatrixlaan 90 C",
        "Kerkstraat 104-bis",
        "Zuideinde 90-2",
        "Stationsweg 27-II",
        "Eendrachtstraat 22 hs",
        "Schiphorsterweg 31 a",
        "Burgemeester Knappertlaan 129",
        "Gedempte Gracht 3",
        "Jan van Goyenstraat 12",
        "Van Dijkstraat 5",
        "prinses margrietlaan 9",
        "Steenwijkerstraatweg 71 B",
    ],
)
def test_it_finds_street_and_house_number_with_toevoeging(address):
    assert found(f"het gaat om {address}, graag snel") == [address]


def test_it_does_not_include_the_postcode_or_the_place():
    assert found("adres Kerkstraat 96 7946KP Meppel") == ["Kerkstraat 96"]


def test_it_finds_a_street_without_a_street_ending_after_an_address_cue():
    assert found("Nieuw adres: Het Vlak 17") == ["Het Vlak 17"]
    assert found("hij woont op Ezinge 39") == ["Ezinge 39"]


def test_it_finds_a_street_without_a_street_ending_before_a_postcode():
    assert found("Zuideinde 29, 7949JS onder de verordening") == ["Zuideinde 29"]


@pytest.mark.parametrize(
    "text",
    [
        "boom omgewaaid op de Molenweg",
        "water op de Kerkstraat bij lichtmast 12",
        "Lantaarnpaal nr 911 op de Steenwijkerstraatweg",
        "de Hoofdstraat is al 2 weken afgesloten",
        "op de Hoofdstraat 2 weken geleden",
        "Strooiroute 4 en 7 rijden vanavond",
        "overleg in kamer 3.02",
        "de speeltuin 3 keer gecontroleerd",
        "in Amsterdam 2 dagen",
    ],
)
def test_it_leaves_streets_without_a_house_number_and_other_numbers_alone(text):
    assert found(text) == []


def test_it_finds_a_street_named_with_an_article_after_a_preposition():
    assert found("ophalen bij Het Vlak 3 graag") == ["Het Vlak 3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water in de kelder van Oosterboer 6, bewoner belt", ["Oosterboer 6"]),
        ("de stoep voor Ebbinge 39 ligt open", ["Ebbinge 39"]),
        ("het huis tegenover Ebbinge 39 staat leeg", ["Ebbinge 39"]),
        ("Jan van Ebbinge 3 keer gebeld", []),
        ("meneer van Ebbinge 2 belde", []),
    ],
)
def test_it_finds_a_street_without_a_street_ending_after_whose_or_where(text, expected):
    # "van" says whose house it is only after an ordinary word, not after a name or a title.
    assert found(text) == expected


def test_a_compound_noun_with_a_number_is_no_street():
    assert found("op Strooiroute 4 wordt gestrooid") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A compass word after "Grote", "Korte", "Lange" closes a street name.
        ("Zij woont op Korte Noord 12 B", "Korte Noord 12 B"),
        ("Post voor Lange West 3 komt terug", "Lange West 3"),
        # "woont vlakbij, <name> 12": the words after "woont ... ," are where someone lives.
        ("Hij woont vlakbij, Wolderhoeve 14", "Wolderhoeve 14"),
        ("Ze woont hier achter: Vennegoor 3", "Vennegoor 3"),
    ],
)
def test_round_four_addresses(text, address):
    assert found(text) == [address]


def test_a_compass_word_alone_before_a_number_is_no_street():
    assert found("We gaan met Oost 2 naar de wedstrijd") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het plan Nijeveen 2025-2030 ligt ter inzage",  # a period, not a house and toevoeging
        "Subsidieregeling Havelte 2023/2027 is verlengd",
        "Het programma Kerkstraat 2026-2028 start in mei",
    ],
)
def test_a_place_or_street_with_a_period_of_years_is_no_address(text):
    assert found(text) == []


def test_a_capitalised_preposition_opening_the_sentence_is_not_part_of_the_street():
    assert found("Bij Wolderhoeve 112 staat een bus") == ["Wolderhoeve 112"]


def test_a_place_and_number_in_a_list_of_someones_data_is_their_home():
    from chats.redaction import detect

    text = "Gegevens: 06-41236587, Ansen 14, verder niets"
    assert ("Ansen 14", "ADDRESS") in [(text[s.start : s.end], s.label) for s in detect(text)]
    text = "Bel 06-41236587, Kamer 2."  # a room, not a home
    assert [s.label for s in detect(text)] == ["PHONE"]


def test_a_hamlet_and_number_after_van_at_the_end_of_the_phrase():
    assert found("Hij klaagt over het geluid van Oshaar 20") == ["Oshaar 20"]
    assert found("De bus van Meppel 2 keer per uur") == []


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Bewoners van de Schiphorst 12 klagen", ["Schiphorst 12"]),
        ("Het gaat om Vledderstraat 7 A en 7 B", ["Vledderstraat 7 A", "7 B"]),
        ("Post voor Eikenlaan 3, 5 en 9 komt terug", ["Eikenlaan 3", "5", "9"]),
        ("Schade aan Eikenlaan 3 en 8 bomen in het park", ["Eikenlaan 3"]),
        ("Honden bij Sluisweg 12 en 14 niet aangemeld", ["Sluisweg 12", "14"]),
    ],
)
def test_more_house_numbers_of_one_street_and_a_hamlet_after_de(text, addresses):
    assert found(text) == addresses


@pytest.mark.parametrize(
    "text",
    [
        "Kind: Daan Bakker 2/3/2018",
        "Dochter Fenna Hofakker 11-06-2013",
        "Zoon Bram Visser 03-11-2012",
    ],
)
def test_a_name_before_a_date_is_no_street(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("die man met de bus, hij woont op nummer 31", ["nummer 31"]),
        ("Ze wonen daar op nr. 4b sinds de zomer", ["nr. 4b"]),
        # A house number nobody is said to live at stays.
        ("de kolk op nummer 31 loopt over", []),
        # A subordinate clause puts the verb last: "(die) op nummer 49 woont".
        ("voor mijn vader, die op nummer 49 woont.", ["nummer 49"]),
        ("mijn moeder (geboren 1950), die op nummer 106 A woont.", ["nummer 106 A"]),
        ("omdat ze op nr. 33 hs wonen", ["nr. 33 hs"]),
        ("de bus die op nummer 12 staat", []),
    ],
)
def test_the_house_number_someone_lives_at_is_an_address(text, expected):
    from chats.redaction import detect

    assert [text[s.start : s.end] for s in detect(text) if s.label == "ADDRESS"] == expected


def test_a_bsn_after_a_persons_name_is_no_house_number():
    from chats.redaction import detect

    text = "Verzoek van Anouk Smeets, BSN 1112.22.333 graag"
    assert [s.label for s in detect(text) if s.label == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("de pakjes mogen naar Busselte 12 maar de post niet", "Busselte 12"),
        ("bezorgen bij Nijentap 3 of bij de buren", "Nijentap 3"),
        ("we wonen op Darp 21 want daar is het rustig", "Darp 21"),
    ],
)
def test_a_hamlet_address_before_a_conjunction_is_an_address(text, address):
    # "naar Drogteropslagen 40 maar ...": the phrase with the house ends at the conjunction.
    assert found(text) == [address]


@pytest.mark.parametrize(
    "text", ["ik ga naar Meppel 2 keer per week", "in Havelte 2 maar in Meppel meer"]
)
def test_a_place_with_a_count_before_a_conjunction_is_no_address(text):
    assert found(text) == []


@pytest.mark.parametrize("address", ["Kerkstraat 12bis", "Molenweg 3hs"])
def test_a_toevoeging_written_against_the_house_number_is_part_of_it(address):
    assert found(f"ik woon op {address}, graag snel") == [address]


@pytest.mark.parametrize("number", ["nummer 14bis", "nummer 14-3", "nr. 8hs"])
def test_a_persons_house_number_keeps_its_toevoeging(number):
    text = f"Er is overlast bij Mevrouw Kuipers op {number}, al weken."
    person = Span(text.index("Mevrouw"), text.index(" op"), "PERSON")
    assert [text[s.start : s.end] for s in house_numbers_of(text, [person])] == [number]


# Round 14 (screenshots, tuned on blind10): a floor written after a dot.
@pytest.mark.parametrize("address", ["Molenweg 14.1", "Zuiderlaan 207.3"])
def test_a_floor_after_a_dot_is_part_of_the_house_number(address):
    assert found(f"ik woon op {address}, 8011 AB Zwolle") == [address]


@pytest.mark.parametrize(
    "text", ["De Molenweg is 2.5 km lang", "De Molenweg 1.2 miljoen kosten", "Molenweg 3.1.4"]
)
def test_a_decimal_or_version_after_a_street_is_no_house_number(text):
    assert found(text) == []

"""Review 49: a resident who called a service line is no firm."""

from tests.chats.redaction.detected import found, found_in_chat


def test_a_resident_who_called_customer_service_stays_a_person() -> None:
    texts = [
        "buurvrouw Anneke de Graaf heeft klantenservice gebeld over de lekkage",
        "Anneke de Graaf woont naast de speeltuin",
    ]
    persons = [
        value
        for index in range(2)
        for value, label in found_in_chat(texts, ["Ineke Brouwer", "Teun Smit"])[index]
        if label == "PERSON"
    ]
    assert any("Graaf" in value for value in persons), persons


def test_a_named_resident_who_sits_at_an_address_keeps_it() -> None:
    # A given name the lexicon lacks, found as a person all the same: no firm.
    found_here = found("ok. Oksana zit nu op de Molenweg 3")
    assert ("Molenweg 3", "ADDRESS") in found_here, found_here


def _persons_in_chat(texts: list[str], participants: list[str]) -> list[list[str]]:
    return [
        [value for value, label in spans if label == "PERSON"]
        for spans in found_in_chat(texts, participants)
    ]


def test_a_resident_who_called_the_customer_service_is_no_firm() -> None:
    chat = _persons_in_chat(
        ["Jansen heeft de klantenservice gebeld over de storing", "meneer Jansen is boos"],
        ["Ineke Brouwer", "Teun Smit"],
    )
    assert chat[1] == ["Jansen"], chat


def test_a_resident_who_called_a_fault_line_is_no_firm() -> None:
    chat = _persons_in_chat(
        ["Pieter Bosman heeft het storingsnummer al gebeld", "Bosman belde klantenservice ook"],
        ["Ineke Brouwer", "Teun Smit"],
    )
    assert any("Bosman" in value for persons in chat for value in persons), chat


def test_a_titled_resident_with_a_service_number_stays_a_person() -> None:
    chat = _persons_in_chat(
        ["mevrouw Hoekstra heeft een servicenummer gekregen", "Hoekstra belt morgen terug"],
        ["Ineke Brouwer", "Teun Smit"],
    )
    assert chat[1] == ["Hoekstra"], chat


def test_a_participant_who_sits_at_an_address_keeps_it() -> None:
    # A participant's first name before "zit op", the lexicon lacking it.
    spans = found_in_chat(["ja. Zorica zit nu op de Hoofdweg 8"], ["Zorica Ilic", "Teun Smit"])
    assert ("Hoofdweg 8", "ADDRESS") in spans[0], spans

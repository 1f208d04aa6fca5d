"""Postcodes and licence plates of every sidecode."""

import pytest

from chats.redaction.lexicon import load
from chats.redaction.places import find_postcodes_and_plates


def found(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in find_postcodes_and_plates(text)]


@pytest.mark.parametrize("postcode", ["7941 AB", "7941AB", "7941ab", "7946 mn", "7949 ae"])
def test_it_finds_postcodes_in_each_notation(postcode):
    assert found(f"adres {postcode} Meppel") == [("POSTCODE", postcode)]


@pytest.mark.parametrize("text", ["in 2019 op dit adres", "1500 kg zand", "postcode 7941 SA"])
def test_it_does_not_read_a_year_and_a_word_as_a_postcode(text):
    assert found(text) == []


# One plate per sidecode 1-14, dashed, plus the same plate compact and in lower case.
SIDECODES = [
    "BD-12-34",
    "12-34-BD",
    "12-BD-34",
    "BD-12-FG",
    "BD-FG-12",
    "12-BD-FG",
    "12-BDF-3",
    "1-BDF-23",
    "BD-123-F",
    "B-123-DF",
    "BDF-12-G",
    "B-12-DFG",
    "1-BD-234",
    "123-BD-4",
]


@pytest.mark.parametrize("plate", SIDECODES)
def test_it_finds_every_sidecode_with_dashes(plate):
    assert found(f"auto {plate} staat fout") == [("LICENSE_PLATE", plate)]


@pytest.mark.parametrize("plate", [p.replace("-", "") for p in SIDECODES])
def test_it_finds_every_sidecode_without_dashes(plate):
    assert found(f"kenteken {plate} staat fout") == [("LICENSE_PLATE", plate)]


@pytest.mark.parametrize("plate", ["gx-123-b", "dh-fl-18", "g549gr", "p-29-vjf", "wv-49-pl"])
def test_it_finds_plates_in_lower_case(plate):
    assert found(f"bon voor {plate} geschreven") == [("LICENSE_PLATE", plate)]


def test_a_compact_sidecode_2_is_a_plate_after_a_vehicle_word_and_a_postcode_otherwise():
    assert found("kenteken 4512BN") == [("LICENSE_PLATE", "4512BN")]
    assert found("postcode 4512BN") == [("POSTCODE", "4512BN")]


@pytest.mark.parametrize(
    "text", ["F2025-7943", "VF487131", "MOR-930292", "Z-2024-001873", "week12", "covid19"]
)
def test_it_leaves_codes_that_only_resemble_plates_alone(text):
    assert found(f"zie {text} hierover") == []


@pytest.mark.parametrize(
    ("text", "plates"),
    [
        # Letters real plates never carry (vowels), written with dashes after a vehicle cue or
        # in a list with other plates: an invented or mistyped plate is still a plate.
        ("Kenteken 45-ABE-7 stond op de stoep", ["45-ABE-7"]),
        ("Auto's: TX-412-B, 7-AUK-31 en 9-KLP-46", ["TX-412-B", "7-AUK-31", "9-KLP-46"]),
        ("Ons dossier AB-12-CD is gesloten", []),
    ],
)
def test_a_plate_shape_with_other_letters_after_a_vehicle_cue(text, plates):
    assert [text[s.start : s.end] for s in find_postcodes_and_plates(text)] == plates


def test_a_plate_written_with_spaces_after_a_vehicle_cue():
    text = "auto met kenteken GZ 123 B staat er al weken; bus 12 34 rijdt"
    assert [text[s.start : s.end] for s in find_postcodes_and_plates(text)] == ["GZ 123 B"]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        # Two spaces between digits and letters, as a typed address often has.
        ("Kerkweg 8a, 7961  LK Ruinerwold", "7961  LK"),
        # A capitalised pair after a street, house number and place.
        ("Verhuisd naar Stationsweg 3 in Assen, 9401 Kl", "9401 Kl"),
    ],
)
def test_a_postcode_in_an_address_with_two_spaces_or_a_capitalised_pair(text, postcode):
    assert [
        text[s.start : s.end]
        for s in find_postcodes_and_plates(text, load().places)
        if s.label == "POSTCODE"
    ] == [postcode]


@pytest.mark.parametrize("postcode", ["7941-AB", "NL-7941 AB", "NL-7941AB"])
def test_it_finds_a_postcode_with_a_dash_or_a_country_prefix(postcode):
    assert found(f"adres {postcode} Meppel") == [("POSTCODE", postcode.removeprefix("NL-"))]


@pytest.mark.parametrize("text", ["project 2026-WB loopt", "zaak MPL-2024-AB", "tussen 1998-ok"])
def test_a_dashed_year_and_code_is_no_postcode(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Van wie is de TX 48 FB voor mijn inrit?", "TX 48 FB"),
        ("Er staat al dagen een 7 KRT 05 op het pleintje.", "7 KRT 05"),
        ("Die witte bus, de 48 BNT 6, staat er weer.", "48 BNT 6"),
    ],
)
def test_a_spaced_plate_in_capitals_is_one_without_a_vehicle_cue(text, plate):
    spans = find_postcodes_and_plates(text)
    assert [text[s.start : s.end] for s in spans if s.label == "LICENSE_PLATE"] == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Uw melding MOR 26 17927 is doorgezet.",
        "Zie dossier BRP 12 34 van vorige week.",
        "Op NL 91 BNGH 0285 staat het geld.",
        "ik heb 12 gb 34 keer gebeld",
    ],
)
def test_a_spaced_plate_shape_inside_a_code_or_in_lower_case_is_none(text):
    assert not any(s.label == "LICENSE_PLATE" for s in find_postcodes_and_plates(text))


@pytest.mark.parametrize(
    "text", ["De postcode is 7942-bx, klopt dat?", "Ze woont op Dorpsstraat 4, 7942-bx Meppel."]
)
def test_a_dashed_lower_case_postcode_in_an_address_or_after_its_cue_is_one(text):
    assert [s.label for s in find_postcodes_and_plates(text)] == ["POSTCODE"]


def test_a_dashed_lower_case_pair_after_a_number_elsewhere_is_no_postcode():
    assert find_postcodes_and_plates("Zie bijlage 7942-bx van het rapport.") == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("De gk 415 b is van mijn buurman.", "gk 415 b"),
        ("Vanochtend stond die 41 rdk 7 er weer.", "41 rdk 7"),
        ("Is deze p 203 nz van iemand?", "p 203 nz"),
    ],
)
def test_a_spaced_lower_case_plate_after_an_article_is_one(text, plate):
    spans = find_postcodes_and_plates(text)
    assert [text[s.start : s.end] for s in spans if s.label == "LICENSE_PLATE"] == [plate]


@pytest.mark.parametrize(
    "text",
    ["Doe de 3 kg 100 gram erbij.", "ik heb 12 gb 34 keer gebeld", "Geef de kl 12 tv maar."],
)
def test_a_spaced_lower_case_shape_with_two_letters_or_no_article_is_no_plate(text):
    assert not any(s.label == "LICENSE_PLATE" for s in find_postcodes_and_plates(text))

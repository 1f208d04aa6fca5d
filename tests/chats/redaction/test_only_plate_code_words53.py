"""Review 53: a message that is nothing but a dashed plate shape with letters real plates never
carry became a licence plate (walk 53), so a code sent on its own ("ISO-27-A", "KPI-12-A") was
blacked as one. Only a shape a real plate could be mistyped as counts: no code word in it, and
opening with letters at most one letter a plate never carries."""

import pytest

from chats.redaction.places import find_postcodes_and_plates


def plates(text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in find_postcodes_and_plates(text) if s.label == "LICENSE_PLATE"
    ]


@pytest.mark.parametrize(
    "text", ["ISO-27-A", "KPI-12-A", "ABC-12-D", "NEN-12-B.", "EU-12-34", "12-ISO-3", "KPI-12-E"]
)
def test_a_code_on_its_own_is_no_plate(text):
    assert plates(text) == []


@pytest.mark.parametrize(
    "text,plate",
    [
        ("12-ABC-3", "12-ABC-3"),
        ("GBX-12-A", "GBX-12-A"),
        ("XT-123-E.", "XT-123-E"),
        ("4-KAP-12", "4-KAP-12"),
        ("GBX-12-B", "GBX-12-B"),  # a real plate, as before
    ],
)
def test_a_mistyped_plate_on_its_own_still_is_one(text, plate):
    assert plates(text) == [plate]


def test_a_code_word_shape_after_a_vehicle_cue_still_is_a_plate():
    assert plates("Het kenteken is ABC-12-D.") == ["ABC-12-D"]

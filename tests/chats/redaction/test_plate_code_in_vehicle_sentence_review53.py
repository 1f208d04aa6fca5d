"""Review 53: walk 53 made a plate-shaped token with letters no plate carries a plate whenever
its sentence names a vehicle, unless a code's word stands right before it; a zaak, an invoice,
a type number or an error code named so before the shape were blacked out as plates ("Zaak
12-ABC-3 over de auto", "Fout E-123-AB in de motor van de lift")."""

import pytest

from chats.redaction.places import find_postcodes_and_plates


def plates(text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in find_postcodes_and_plates(text) if s.label == "LICENSE_PLATE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zaak 12-ABC-3 over de auto",
        "Factuur 12-ABC-3 voor de reparatie van de auto.",
        "De motor van de pomp heeft typenummer XA-123-E",
        "Fout E-123-AB in de motor van de lift",
        "Foutcode E-123-AB: de motor slaat af",
    ],
)
def test_a_code_named_before_the_shape_is_no_plate(text):
    assert plates(text) == []


@pytest.mark.parametrize(
    "text", ["Het kenteken was 12-ABC-3.", "Kenteken van de auto die de boom raakte: 12-ABC-3."]
)
def test_a_mistyped_plate_in_a_sentence_about_a_vehicle_as_before(text):
    assert plates(text) == ["12-ABC-3"]

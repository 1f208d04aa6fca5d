"""Numbers of identity documents (passport, ID card, driving licence, residence permit).

A document number identifies one person as surely as a BSN and is misused for identity fraud;
the guideline has no label for it, so the detector marks it DOCUMENT_NUMBER ("[DOCUMENTNUMMER]")
wherever a chat names the document it belongs to.
"""

import pytest

from chats.redaction import PLACEHOLDERS, detect
from chats.redaction.identifiers import find_document_numbers


def numbers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_document_numbers(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Paspoortnummer NW5B4R7P1 klopt niet met de aanvraag", "NW5B4R7P1"),
        ("haar id-kaart (IX81KR2L4) is verlopen", "IX81KR2L4"),
        ("kopie ID: nr. ph7r2kt94 ontvangen", "ph7r2kt94"),
        ("documentnummer BX2TFL6C8, geldig tot 2031", "BX2TFL6C8"),
        ("rijbewijsnummer 5012345678 staat op de achterkant", "5012345678"),
        ("zijn identiteitskaart heeft nummer IRP4K81D2 volgens de balie", "IRP4K81D2"),
        ("verblijfsvergunning nr V4018272615 is ingeleverd", "V4018272615"),
        ("Passport number: C01X00T47, Duits paspoort", "C01X00T47"),
        ("paspoort van meneer is NU7M3KP05 en verloopt volgend jaar", "NU7M3KP05"),
    ],
)
def test_it_finds_the_number_of_a_named_identity_document(text, number):
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "paspoort aangevraagd op 12-03-2025, zaaknummer Z-2025-00123",
        "een ID-kaart kost €77,85 vanaf 1 januari",
        "haar paspoort verloopt in 2031",
        "rijbewijs B sinds 2009, categorie BE erbij",
        "paspoort ophalen aan de balie, loket 3, om 14.30",
        "ID-kaart verloren, melding gedaan bij politie onder nummer PL0100-2025",
        "factuur F2025001234 voor de paspoortfoto's",
        "melding ID 20251234 is afgehandeld",
        "het ID van de zaak is 45001234567",
    ],
)
def test_it_leaves_dates_amounts_and_references_near_a_document_word(text):
    assert numbers(text) == []


def test_a_number_with_no_document_word_is_left_alone():
    assert numbers("de code NW5B4R7P1 staat op de pallet") == []


def test_the_detector_marks_it_and_the_review_knows_its_placeholder():
    text = "Paspoortnummer NW5B4R7P1 klopt niet"
    found = [(text[s.start : s.end], s.label) for s in detect(text)]
    assert ("NW5B4R7P1", "DOCUMENT_NUMBER") in found
    assert PLACEHOLDERS["DOCUMENT_NUMBER"] == "[DOCUMENTNUMMER]"


# --- review of stop 31 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "nr." glued to the document's name: its full stop is no sentence end.
        ("paspoortnr. NXK4R7P12 graag", ["NXK4R7P12"]),
        ("rijbewijsnr. 5012345678", ["5012345678"]),
        ("id-kaartnr. IX81KR2L4 klopt", ["IX81KR2L4"]),
        # The number on the next line, as people type it in WhatsApp.
        ("Paspoort:\nNXK4R7P12", ["NXK4R7P12"]),
        ("Paspoortnummer\nNXK4R7P12\nGraag terugbellen", ["NXK4R7P12"]),
        # A BSN first does not hide the document's number after it.
        ("BSN en paspoort: 123456782 en NXK4R7P12", ["123456782", "NXK4R7P12"]),
        # Two documents named together, their numbers after both.
        ("paspoort en rijbewijs: NW5B4R7P1, 5012345678", ["NW5B4R7P1", "5012345678"]),
    ],
)
def test_common_writings_of_a_document_number_are_found(text, found):
    assert numbers(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "paspoortfoto's besteld, ordernummer 2025123456",
        "paspoort aangevraagd, KvK 12345678 van de fotograaf",
        "paspoort aanvraag zaak 2025001234",
        "paspoort ophalen op 20250312",
        "mijn paspoort is verlopen, aanvraagnummer AV20251234",
        "ID-kaart opgestuurd naar 7941AB Meppel",
        "rijbewijs en kenteken 12ABC3",
        "rijbewijs kwijt, melding 2025-114 onder nummer MLD9914512",
    ],
)
def test_other_numbers_near_a_document_word_are_left_alone(text):
    assert numbers(text) == []


def test_a_postcode_and_a_plate_after_a_document_word_keep_their_own_label():
    text = "ID-kaart opgestuurd naar 7941AB, rijbewijs en kenteken 12ABC3"
    labels = {text[s.start : s.end]: s.label for s in detect(text)}
    assert labels.get("7941AB") == "POSTCODE"
    assert labels.get("12ABC3", "LICENSE_PLATE") == "LICENSE_PLATE"


@pytest.mark.parametrize(
    "text",
    [
        # In a municipality "documentnummer" is as often the DMS's number of a letter.
        "zie documentnummer 2025012345 in Corsa",
        "het besluit heeft documentnummer UIT2501234",
    ],
)
def test_a_bare_documentnummer_takes_only_the_shape_of_a_dutch_passport_or_id_card(text):
    assert numbers(text) == []
    assert numbers("documentnummer BX2TFL6C8, geldig tot 2031") == ["BX2TFL6C8"]
    assert numbers("paspoort, documentnummer 5012345678") == ["5012345678"]

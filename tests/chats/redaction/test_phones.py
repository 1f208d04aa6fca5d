"""Phone numbers in every Dutch notation, and the number shapes that are not phones."""

import pytest

from chats.redaction import detect
from chats.redaction.phones import find_phones


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_phones(text)]


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "0612345678",
        "06 12345678",
        "06 12 34 56 78",
        "06-1234 5678",
        "06-4321.8765",
        "+31 6 1234 5678",
        "+31612345678",
        "+31 (0)6 41 22 90 17",
        "+31(0)6-12345678",
        "0031612345678",
        "0031 6 51304518",
        "0522-123456",
        "0522 838904",
        "0522 24 68 13",
        "(0522) 123456",
        "+31 522 712 384",
        "020-5551234",
        "088 - 123 4567",
    ],
)
def test_it_finds_every_dutch_notation_whole(number):
    assert found(f"bel mij op {number}, dank") == [number]


def test_it_finds_a_number_glued_to_an_abbreviation():
    assert found("tel.0612345678 of tel.nr.06-87654321") == ["0612345678", "06-87654321"]


def test_it_finds_a_number_in_brackets_without_the_brackets():
    assert found("Henk Veenstra (06-42202805)") == ["06-42202805"]


def test_it_separates_two_numbers_in_one_run():
    assert found("mobiel 0612345678 / vast 0522 123456") == ["0612345678", "0522 123456"]


def test_it_stops_at_the_number_when_a_count_follows():
    assert found("heb 0612345678 2x gebeld") == ["0612345678"]


def test_it_finds_a_foreign_number_in_international_notation():
    assert found("Belgisch nummer +32 470 12 34 56") == ["+32 470 12 34 56"]


@pytest.mark.parametrize(
    "text",
    [
        "zaaknummer Z-2024-001873",
        "zaak 2024-08610",
        "melding 25-97419",
        "KvK 68899330",
        "bsn 198657080",
        "PO nummer is 4569525375",
        "bedrag € 20.719,76",
        "afspraak op 01-06-2025 12 uur",
        "om 13.15 of 17:30",
        "informatienummer 14 0522",
        "gratis via 0800-1234567",
        "factuur F2025-7943",
        "rekening NL91ABNA0417164300",
    ],
)
def test_it_leaves_record_numbers_amounts_dates_and_org_numbers_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Jan heeft +31\u00a06\u00a012345678 toegevoegd", "+31\u00a06\u00a012345678"),
        ("bel 06\u201112345678 even", "06\u201112345678"),
        ("nummer 0522\u2013123456 graag", "0522\u2013123456"),
        ("+31\u202f6\u202f1234\u202f5678 is mijn nummer", "+31\u202f6\u202f1234\u202f5678"),
    ],
)
def test_phone_numbers_with_no_break_spaces_and_unicode_hyphens_are_found(text, number):
    # WhatsApp writes numbers in system notices with no-break spaces; offsets stay on the original.
    spans = [s for s in detect(text) if s.label == "PHONE"]
    assert [text[s.start : s.end] for s in spans] == [number]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 088 is the business range, but alone it may be a person's direct line (see the detector).
        ("De woningcorporatie is bereikbaar op 088 123 45 67", ["088 123 45 67"]),
        # Named as an office's or a desk's number, or offered next to a team mailbox.
        ("Mobiel 06 21 43 65 87 en kantoor 0521 33 44 55", ["06 21 43 65 87"]),
        ("De helpdesk is 038 456 78 90 geloof ik", []),
        ("Mail naar vergunningen@zwolle.nl of bel 038 498 76 54", []),
        # A person's address next to the number leaves it a person's.
        ("Mail naar p.smit@zwolle.nl of bel 038 498 76 54", ["038 498 76 54"]),
    ],
)
def test_an_organisations_number_named_by_its_context_is_kept(text, expected):
    assert found(text) == expected


def test_a_business_number_after_a_named_organisation_is_the_organisations():
    text = "De aanslag komt van Cocensus, bel ze gerust op 088 765 43 21"
    assert [s for s in detect(text) if s.label == "PHONE"] == []
    alone = "Mijn directe lijn is 088 765 43 21"
    assert [alone[s.start : s.end] for s in detect(alone)] == ["088 765 43 21"]


@pytest.mark.parametrize(
    "text",
    [
        "BSN 0028080002",  # a BSN with a leading zero that OCR read with one zero too many
        "kenmerk 0028080002 graag vermelden",
        "00 28 08 00 02",
        "0012345678",
        "0099999999",
    ],
)
def test_ten_digits_after_an_international_prefix_of_no_country_do_not_crash_the_detector(text):
    # "00" + 8 digits looked like a Dutch national number and phonenumbers raised on it
    # ("country calling code not recognised"): processing of the whole chat failed.
    assert not find_phones(text)
    detect(text)


def test_no_run_of_ten_digits_starting_with_zero_crashes_the_detector():
    for second in "0123456789":
        for third in "0123456789":
            digits = f"0{second}{third}8080002"
            found = [*find_phones(digits), *find_phones(f"{digits[:2]} {digits[2:6]} {digits[6:]}")]
            if second == "0":  # an international prefix: no Dutch number, no valid foreign one
                assert not found, digits

"""Round perf4: number patterns run over the part of a message with its digits only
(chats.redaction.digit_scan) find exactly what the plain scan over the whole text finds."""

import json
import random
import re
from pathlib import Path

import pytest

from chats.redaction import addresses, birthdates, identifiers, places
from chats.redaction.digit_scan import DigitScan, digit_bounds

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"

# Every scan a finder uses, and scans of other number patterns (the class's own logic: a lead
# of 0 and 7, a bound end and none), with the pattern each stands for.
SCANS = {
    "plates": places._PLATE_SCAN,
    "spaced plates": places._SPACED_PLATE_SCAN,
    "digit dates": DigitScan(birthdates._DIGIT_DATE_RE, lead=0, after=None),
    "bsn": DigitScan(identifiers._BSN_RE, lead=0, after=2),
    "house numbers": DigitScan(addresses._NUMBER_RE, lead=7, after=None),
}
# Pieces that make each pattern match, to put among random characters.
PIECES = [
    "GZ 123 B",
    "XX-99-99",
    "XX-XX-99",
    "BB XX 99",
    "XXX-99-X",
    "bdfg12",
    "12-ABC-3",
    "99 XX XX",
    "12-03-1985",
    "1985/3/12",
    "17 03 1958",
    "12 maart 1985",
    "06112001",
    "7. Juli 1987",
    "111222333",
    "111.22.333",
    "11-222-333",
    "3060964119",
    "nummer 12",
    "nr. 4a",
    "no 7",
    "Kerkstraat 12bis",
    "Dorpsweg 3 hs",
    "Markt 14-2",
    "7941 AB",
    "1,5",
    "€ 12",
    "10 minuten",
]


def _texts(count: int = 20_000) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for path in sorted(FIXTURES.glob("*.jsonl"))
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    rnd = random.Random(44)
    alphabet = "aAbBxXzZ nNr.-/,€$'\n0123456789\u0663"  # (\u0663: an Arabic-Indic three, a \d)
    for _ in range(count):
        parts = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 40)))]
        for _ in range(rnd.randint(0, 3)):
            parts.append(rnd.choice(PIECES))
            parts.append("".join(rnd.choices(alphabet, k=rnd.randint(0, 12))))
        texts.append("".join(parts))
    return texts


def _found(matches) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_scan_over_the_digits_finds_what_the_whole_text_scan_finds(name):
    scan = SCANS[name]
    for text in _texts():
        assert _found(scan.finditer(text)) == _found(scan.pattern.finditer(text)), text


def test_digit_bounds_are_the_first_and_the_last_digit():
    assert digit_bounds("geen cijfer") is None
    assert digit_bounds("") is None
    assert digit_bounds("Kerkstraat 12, 7941 AB") == (11, 18)
    assert digit_bounds("5") == (0, 0)
    assert digit_bounds("huis \u0663 b") == (5, 5)  # any \d, as the patterns read digits
    text = "bel 06 12345678 of 0522"
    assert digit_bounds(text) == digit_bounds(text) == (4, 22)  # asked again: the same answer


def test_a_scan_without_digits_finds_nothing_and_bounds_only_what_it_can():
    assert list(SCANS["bsn"].finditer("geen nummer hier")) == []
    # an end bound only for matches of bounded length
    with pytest.raises(ValueError):
        DigitScan(re.compile(r"\d+"), lead=0, after=0)
    assert DigitScan(re.compile(r"\d+"), lead=0, after=None).reach is None
    assert DigitScan(re.compile(r"\d{2,4}"), lead=0, after=2).reach == 4 + 2 + 1


def _longest_opening(code: str) -> str:
    """A plate of sidecode ``code`` with every optional dash written: its digits stand latest."""
    code = code.replace(places._L, "[B]").replace("-?", "-").replace("[ ]", " ")
    code = re.sub(r"\[B\]\{(\d+)\}", lambda m: "B" * int(m[1]), code).replace("[B]", "B")
    return re.sub(r"\\d\{(\d+)\}", lambda m: "1" * int(m[1]), code).replace("\\d", "1")


def test_each_sidecode_holds_a_digit_within_the_plate_scans_lead():
    # (a sidecode added later whose digits stand further in needs a larger lead)
    dashed = places._SIDECODES + places._COMPACT_SIDECODES
    spaced = [code.replace("-?", "[ ]").replace("-", "[ ]") for code in places._SIDECODES]
    for codes, scan in ((dashed, places._PLATE_SCAN), (spaced, places._SPACED_PLATE_SCAN)):
        for code in codes:
            plate = _longest_opening(code)
            assert scan.pattern.fullmatch(plate) or scan.pattern.search(f" {plate} "), plate
            assert re.search(r"\d", plate).start() <= scan.lead, plate

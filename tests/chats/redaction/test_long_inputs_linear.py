"""Untrusted chat text of adversarial shape must cost time linear in its length.

A message of one long word, one long run of a character or of a short repeated unit runs
through the detector (``detect`` and ``detect_chat``, the latter with participants, so the
rules about participants addressed at a message's opening run too) and through the WhatsApp
parser. Each input is timed at two lengths, the second four times the first: linear work takes about
four times as long, a pattern that tries every split of a run sixteen times. The bound is
generous (8x plus a tenth of a second, the best of three runs without the garbage collector,
CPU time) and so does not flake on a busy machine.
"""

from __future__ import annotations

import gc
import time

import pytest

from chats.redaction import detect, detect_chat
from chats.whatsapp import parse_chat_file

# Name -> unit repeated to the input's length (a leading capital where the unit says so).
_DETECTOR_INPUTS = {
    "letters": "a",  # the first word opening a message: round 43's clipped first name
    "capitalised word": None,  # "Aaaa...": a compound's every cut
    "digits": "1",
    "double vowels": "aa",
    "capitalised words": "Jan ",
    "capital initials": "A.",  # a run of thousands of capitalised tokens ("A. A. A.")
    "van de": "van de ",
    "punctuation": ".,;:!?-",
    "full stops": ".",
    "at signs": "@",
    "at and dot": "@.",
    "mail-like": "a@a.",
    "letter and dot": "a.",
    "digits with spaces": "1 ",
    "number groups": "12 ",
    "direction marks": "\u200e",
    "lines": "a\n",
}

_SHORT = 25_000


def _text(name: str, length: int) -> str:
    unit = _DETECTOR_INPUTS[name]
    if unit is None:
        return "A" + "a" * (length - 1)
    return unit * (length // len(unit))


def _cpu(run) -> float:
    # The best of three runs without the garbage collector: a collection or a cold cache in
    # one run is no measure of the work.
    times = []
    gc.disable()
    try:
        for _ in range(3):
            started = time.process_time()
            run()
            times.append(time.process_time() - started)
    finally:
        gc.enable()
    return min(times)


def _assert_linear(short: float, long: float) -> None:
    # Four times the input. Linear: long ~ 4 x short. Quadratic: long ~ 16 x short.
    assert long < 8 * short + 0.1, (short, long)


@pytest.mark.parametrize("name", sorted(_DETECTOR_INPUTS))
def test_the_detector_is_linear_in_a_long_adversarial_message(name):
    detect("Hallo Jan, bel 06 12345678.", known_names=["Jan Bos"])  # the lexicon, loaded
    short = _cpu(lambda: detect(_text(name, _SHORT), known_names=["Jan Bos"]))
    long = _cpu(lambda: detect(_text(name, 4 * _SHORT), known_names=["Jan Bos"]))
    _assert_linear(short, long)


@pytest.mark.parametrize("name", sorted(_DETECTOR_INPUTS))
def test_the_chat_rules_are_linear_in_a_long_adversarial_message(name):
    people = ["Jan Bos", "Fusien Smit"]
    detect_chat(["fuus, ja", "hoi"], participants=people)
    short = _cpu(lambda: detect_chat([_text(name, _SHORT), "ja"], participants=people))
    long = _cpu(lambda: detect_chat([_text(name, 4 * _SHORT), "ja"], participants=people))
    _assert_linear(short, long)


def test_a_200000_letter_first_word_is_read_in_well_under_a_second():
    # The reported case: "aaaa..." opening a message took 1.57 s for 20,000 letters in the
    # round-43 clip pattern, so ~160 s for 200,000; linear work is a fraction of a second.
    people = ["Jan Bos", "Fusien Smit"]
    assert _cpu(lambda: detect_chat(["a" * 200_000, "ja"], participants=people)) < 2.0


# The parser is fast: shorter lines show a quadratic pattern plainly enough (seconds on main).
_PARSER_SHORT = 10_000
_PARSER_LINES = {
    "letters": "a",
    "digits": "1",
    "direction marks": "\u200e",  # a header's probe read them twice over
    "brackets": "[",
    "dates": "12-03-2024 ",
    "date and digits": None,
    "colons": "a:",
    "spaces": " ",
}


def _parser_line(name: str, length: int) -> str:
    unit = _PARSER_LINES[name]
    if unit is None:
        return "12-03-2024 " + "9" * length
    return unit * (length // len(unit))


@pytest.mark.parametrize("name", sorted(_PARSER_LINES))
def test_the_parser_is_linear_in_long_adversarial_lines(name, tmp_path):
    def parse_with(length: int) -> float:
        line = _parser_line(name, length)
        path = tmp_path / f"chat-{length}.txt"
        path.write_text(
            "[12-03-2024 09:15:02] Jan Jansen: hallo\n"
            f"{line}\n{line}\n"
            "[12-03-2024 09:16:02] Jan Jansen: ja\n",
            encoding="utf-8",
        )
        return _cpu(lambda: parse_chat_file(path))

    short = parse_with(_PARSER_SHORT)
    long = parse_with(4 * _PARSER_SHORT)
    _assert_linear(short, long)

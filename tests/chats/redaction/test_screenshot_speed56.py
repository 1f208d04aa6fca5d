"""Stop 56: round 50's late persons of a screenshot (a surname the shot established, written
small after a given name) in linear time in the persons found."""

from __future__ import annotations

import pytest

from chats.redaction.images import _round50_late_persons
from tests.chats.redaction.detected import cpu_seconds


def _late_persons_run(count: int, separator: str):
    """`_round50_late_persons` over `count` two-word persons, each surname its own."""
    firsts = ("Anna", "Bram", "Cees", "Dewi", "Eva", "Fleur", "Gijs", "Hanna")
    letters = "abdeghklmnoprstuvwz"
    parts, found, at = [], set(), 0
    for k in range(count):
        surname = "Ver" + "".join(letters[int(c) + 2 * i] for i, c in enumerate(f"{k:04d}"))
        name = f"{firsts[k % len(firsts)]} {surname}"
        parts.append(name + separator)
        found.add((at, at + len(name), "PERSON"))
        at += len(name) + len(separator)
    text = "".join(parts)
    return lambda: _round50_late_persons(text, text, found)


@pytest.mark.parametrize("separator", [", ", " belde over de tegels.\n"])
def test_round50_late_persons_grows_linearly_with_the_persons_of_a_shot(separator):
    # Stop 56: a pattern per surname searched over the whole text, and each person's line
    # searched back from it, made 1,000 persons take ~5 s (4x the persons, ~14x the time).
    _late_persons_run(5, separator)()
    short = min(cpu_seconds(_late_persons_run(250, separator)) for _ in range(2))
    long = min(cpu_seconds(_late_persons_run(1_000, separator)) for _ in range(2))
    assert long < 6 * short + 0.05

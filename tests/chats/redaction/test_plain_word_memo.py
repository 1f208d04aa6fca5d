"""The memo of words _name_at passes over (names._is_plain, stop 37) changes no find.

test_fast_patterns holds each rule of _plain_word to a dozen sentences; this holds the whole
finder, with the memo and without it, to two hand-written blind sets (their texts as written,
in lower case and with words capitalised at random, with the chat's participants). A new rule
in _name_at that takes a frequent or dictionary word by its context, without the memo's rules
following it, fails here.
"""

import json
import random
from pathlib import Path

from chats.redaction import lexicon, names

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"
SETS = ("blind_text_24.jsonl", "blind_text_25.jsonl")


def _cases() -> list[tuple[str, tuple[str, ...]]]:
    rnd = random.Random(37)
    cases = []
    for name in SETS:
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            text, participants = item["text"], tuple(item.get("participants", ()))
            shuffled = " ".join(
                word.capitalize() if rnd.random() < 0.3 else word for word in text.split(" ")
            )
            cases += [(text, participants), (text.lower(), participants), (shuffled, ())]
    return cases


def test_the_finder_finds_the_same_with_and_without_the_memo(monkeypatch):
    lex = lexicon.load()
    cases = _cases()
    assert len(cases) > 5_000
    finders: dict[tuple[str, ...], names.NameFinder] = {}

    def found(text: str, participants: tuple[str, ...]) -> list[tuple[int, int]]:
        finder = finders.setdefault(participants, names.NameFinder(lex, participants))
        return [(span.start, span.end) for span in finder.find(text)]

    with_memo = [found(*case) for case in cases]
    monkeypatch.setattr(names, "_is_plain", lambda *args: False)
    without = [found(*case) for case in cases]
    differ = [case[0] for case, a, b in zip(cases, with_memo, without, strict=True) if a != b]
    assert differ == []

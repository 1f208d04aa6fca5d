"""Round speed53: the second pass over a chat takes from the first what the finders before the
name finder found in each text (links, numbers, addresses, spelled homes) and the name finder's
tokens and skipped tokens (firms, places, institutions, pets ...): they read only the text, not
the persons a detector knows. A detector that knows persons finds with that shared stage what it
finds without it, and detect_chat finds what it finds when nothing is shared."""

import json
import random
from pathlib import Path

import pytest

from chats.redaction import detect_chat, lexicon
from chats.redaction.detector import Detector, _Shared
from chats.redaction.folding import folded_text
from chats.redaction.names import NameFinder

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"

_KNOWN = [
    ("Anna Bakker", "Gerrit Meijer"),
    ("Jan Bos", "Fusien Smit", "Ria Mol", "Karin de Groot", "Jan-Willem de Wolf", "Mulder"),
    ("Pieter van 't Hul", "Hoop Ebbers", "Kees", "Storm", "Van Houten", "J. de Vries"),
]


def _records() -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(FIXTURES.glob("*.jsonl"))
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]


def _texts() -> list[str]:
    texts = [folded_text(r["text"]) for r in _records() if r["text"]]
    # (a file name, links, e-mail, a number: each branch of the stage)
    texts += [
        "Bezwaar_Willemijn_Terpstra_238474008.pdf van Jan Bos",
        "zie www.meppel.nl/storm en facebook.com/ria.mol.7, mail ria@mol.nl",
        "Ria Mol, Kastanjelaan 12, 7941 AB Meppel, 06-12345678, NL91ABNA0417164300",
        "Hoveniersbedrijf Gert Mollink en Bakkerij Jan de Groot, storm Ciara bij Jan",
    ]
    texts = list(dict.fromkeys(texts))
    # (a sample of the labelled texts: the detector over all of them, four times, is minutes)
    return random.Random(53).sample(texts[:-4], 1_000) + texts[-4:]


@pytest.mark.parametrize("known", _KNOWN)
def test_a_detector_that_knows_persons_finds_alike_with_the_shared_stage(known):
    plain = Detector()
    knowing = Detector(known)
    # (in either order: what one detector adds to its spans is not left in the shared stage)
    shared: dict[str, _Shared] = {}
    shared_the_other_way: dict[str, _Shared] = {}
    for text in _texts():
        alone, knowing_alone = plain.detect(text), knowing.detect(text)
        assert plain.detect(text, shared) == alone, text
        assert knowing.detect(text, shared) == knowing_alone, text
        assert knowing.detect(text, shared_the_other_way) == knowing_alone, text
        assert plain.detect(text, shared_the_other_way) == alone, text


@pytest.mark.parametrize("known", _KNOWN)
def test_the_name_finder_finds_alike_with_the_skipped_tokens_of_another(known):
    lex = lexicon.load()
    plain = NameFinder(lex)
    knowing = NameFinder(lex, known)
    for text in _texts():
        skipped: list = []
        assert plain.find(text, (), skipped) == plain.find(text), text
        assert len(skipped) == 2  # (the skipped tokens; round speed56: the names per token)
        assert knowing.find(text, (), skipped) == knowing.find(text), text


def test_detect_chat_finds_what_it_finds_without_sharing(monkeypatch):
    chats: dict[str, list[dict]] = {}
    for record in _records():
        chats.setdefault(record.get("chat") or f"\0{record['id']}", []).append(record)
    chats_of_many = [m for m in chats.values() if len(m) > 1]
    assert len(chats_of_many) > 200
    chats_of_many = random.Random(53).sample(chats_of_many, 120)
    shared_found = [
        detect_chat([r["text"] for r in m], participants=m[0].get("participants", ()))
        for m in chats_of_many
    ]
    real = Detector.detect
    monkeypatch.setattr(Detector, "detect", lambda self, text, shared=None: real(self, text))
    for members, found in zip(chats_of_many, shared_found, strict=True):
        texts = [r["text"] for r in members]
        assert detect_chat(texts, participants=members[0].get("participants", ())) == found

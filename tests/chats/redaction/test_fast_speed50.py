"""Round speed50: the tokenizer's split pattern, written by the first character's kind with
possessive repeats, splits every text as the plain token pattern does; _tokenize, which takes
its gaps and words in pairs, makes the tokens the plain split makes."""

import json
import random
import re
from pathlib import Path

import pytest

from chats.redaction import lexicon, names

from .test_fast_patterns import _texts

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"
SHARED = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "pii"

_PLAIN_SPLIT_RE = re.compile(f"({names._TOKEN_RE.pattern})", names._TOKEN_RE.flags)

# Initials (also of capitals outside ASCII), the particles that follow a lower-case initial,
# apostrophes and hyphens (typed and typographic), digits and "_" after or before letters, and
# letters whose case is special (the long s, the Kelvin sign, the dotted and dotless i).
_ALPHABET = "AJBab z'\u2019-.  devanrtl0912_\u00e9\u00c9\u0133\u0100\n,!?\u017f\u212a\u0130\u0131"
_NAMED = [
    "J.P. de Vries",
    "j. de boer",
    "a. van dam",
    "x.y. el amrani",
    "A.B.C.D.E.F.",
    "\u00c9.M. \u0100bel",
    "'t Hoge 's-Gravenhage",
    "d'Ancona en O\u2019Neill",
    "Suite4 A4 a.4 ab_c _ab 4ab",
    "Jan-Willem 't Hart's",
    "J. 'Hans' B.",
    "de fam. J.",
    "",
    ".",
    "'",
    "'t",
    "A.",
    "A.B",
]


def _all_texts() -> list[str]:
    texts = _texts(_ALPHABET, 60_000) + _NAMED
    for path in sorted(SHARED.glob("*.jsonl")) if SHARED.is_dir() else []:
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    rnd = random.Random(50)
    words = ["J.", "J.P.", "jan", "Jan", "de", "van", "ter", "el", "'t", "'s", "O'Neill", "a."]
    words += ["Anne-Marie", "4", "A4", "b.v.", "Suite4", "\u00c9lise", "t", "s", "x_y", "-"]
    for _ in range(20_000):
        pieces = [rnd.choice(words) for _ in range(rnd.randint(1, 8))]
        texts.append("".join(rnd.choice([" ", "", ". ", ", ", "'", "\n"]) + p for p in pieces))
    return texts


def test_the_split_pattern_has_one_group():
    # _tokenize takes split's parts as (gap, word) pairs: one group, nothing else captured
    assert names._TOKEN_SPLIT_RE.groups == 1
    assert names._ASCII_TOKEN_SPLIT_RE.groups == 1


@pytest.mark.parametrize("ascii_only", [False, True], ids=["unicode", "ascii"])
def test_the_split_pattern_splits_as_the_plain_token_pattern(ascii_only):
    pattern = names._ASCII_TOKEN_SPLIT_RE if ascii_only else names._TOKEN_SPLIT_RE
    for text in _all_texts():
        if ascii_only and not text.isascii():
            continue
        assert pattern.split(text) == _PLAIN_SPLIT_RE.split(text), text


def _plain_tokenize(text: str) -> list[tuple]:
    """_tokenize as it was written before round speed50 (by index over the plain split)."""
    toks: list[tuple] = []
    parts = _PLAIN_SPLIT_RE.split(text)
    end = 0
    prev_low = ""
    for k in range(1, len(parts), 2):
        gap, word = parts[k - 1], parts[k]
        start = end + len(gap)
        end = start + len(word)
        low, cap, initial, acronym = names._word_kind(word)
        if not toks:
            sentence_start = True
        elif gap == " " or prev_low in names._ABBREVIATIONS and gap.strip() == ".":
            sentence_start = False
        else:
            sentence_start = names._SENTENCE_GAP_RE.search(gap) is not None
        toks.append((start, end, word, low, cap, initial, acronym, gap, sentence_start))
        prev_low = low
    return toks


def test_tokenize_makes_the_tokens_of_the_plain_split():
    for text in _all_texts()[::3]:
        assert [tuple(t) for t in names._tokenize(text)] == _plain_tokenize(text), text


def test_each_gap_is_the_text_between_two_tokens():
    # NameFinder._is_company tests " & " in the text before looking for a token whose gap is
    # " & ": exact only because every gap is the piece of the text right before its token
    for text in _all_texts()[::3] + ["Dekker Bouw & Onderhoud", "Bakker & Co", "Vis &Zo"]:
        end = 0
        for tok in names._tokenize(text):
            assert tok.gap == text[end : tok.start], text
            assert text[tok.start : tok.end] == tok.text, text
            end = tok.end


def test_firms_joined_by_an_ampersand_are_still_found():
    finder = names.NameFinder(lexicon.load())
    for text, firm in [
        ("We gaan met Dekker Bouw & Onderhoud in zee.", "Dekker Bouw & Onderhoud"),
        ("Offerte van Bakker & Co ontvangen", "Bakker & Co"),
        ("Ik bestel bij Visser Vis & Zo vandaag", "Visser Vis & Zo"),
    ]:
        toks = names._tokenize(text)
        taken = finder._company_tokens(text, toks)
        words = {toks[i].text for i in taken}
        assert set(firm.replace("&", " ").split()) <= words, (text, words)

"""Round speed57: a WordAlternation's plain form is joined from parts parsed and compiled once
(its look-behind and what follows its names) and the names compiled alone; it must equal what
re.compile makes of the pattern's text (re.Pattern compares the text, the flags and the compiled
code)."""

import json
import re
from pathlib import Path

import pytest

from chats.redaction import lexicon
from chats.redaction.addresses import _BUSINESS_TALK_RE
from chats.redaction.lexicon import (
    WordAlternation,
    _compiled_alternation,
    _joined_alternation,
    _plain_alternation,
)
from chats.redaction.names import _CLIPPED_CLOSING_RE, _KnownNames
from chats.redaction.organisations import _ASCII_BY_ID, organisation_pattern

_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"


def _chats_names() -> list[list[str]]:
    """Per chat of the fixtures, its participants and the persons its labels name."""
    chats: dict[str, list[str]] = {}
    for path in sorted(_FIXTURES.glob("*.jsonl"))[:12]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            names = chats.setdefault(record.get("chat") or record["id"], [])
            names += [p for p in record.get("participants", ()) if p not in names]
            for span in record.get("spans", ()):
                if span["label"] == "PERSON" and span["value"] not in names:
                    names.append(span["value"])
    return [names for names in chats.values() if names]


def _forms() -> list[tuple]:
    lex = lexicon.load()
    forms = []
    for names in _chats_names():
        known = _KnownNames(names, lex)
        forms += [v._form for v in vars(known).values() if isinstance(v, WordAlternation)]
    return forms


def test_a_chats_name_patterns_equal_re_compile():
    forms = _forms()
    assert len(forms) > 300
    kinds = set()
    for form in forms:
        joined = _joined_alternation(*form[:3], int(form[3]))
        assert joined is not None, form
        assert joined == _plain_alternation(*form), form
        assert _compiled_alternation(*form) == joined
        kinds.add((form[0], form[2], int(form[3])))
    assert len(kinds) >= 6  # every kind of the chat's names' patterns


def test_other_alternations_equal_re_compile():
    organisation_pattern()
    shipped = [entry[1] for entry in _ASCII_BY_ID.values()]
    for alternation in [*shipped, _BUSINESS_TALK_RE, _CLIPPED_CLOSING_RE]:
        assert alternation.pattern == _plain_alternation(*alternation._form)


@pytest.mark.parametrize(
    ("alternatives", "after"),
    [
        (("anna", "(b)akker"), ""),  # a group among the names: re.compile
        (("anna", "bakker"), r"[ ]+(\w+)"),  # a group after them: re.compile
        (("anna", r"(?:de|van) +\w+", r"\.", "x{2,3}", "[a-z]"), r"(?!\w)"),
        (("ANNA", "\u017f", "\u212a"), r"(?![\w@/])"),
    ],
)
def test_groups_and_classes_equal_re_compile(alternatives, after):
    for flags in (0, re.I, re.I | re.ASCII):
        made = _compiled_alternation(r"\w@./", alternatives, after, flags)
        assert made == _plain_alternation(r"\w@./", alternatives, after, flags)
        assert made.groups == re.compile(made.pattern, flags).groups


def test_a_pattern_in_error_raises_the_engines_error():
    with pytest.raises(re.error):
        _ = WordAlternation(r"\w", ["anna", "(bakker"], "").pattern


def test_a_mutation_is_seen():
    """Pattern equality reads the compiled code: the same text with another code differs."""
    form = (r"\w@./", ("anna", "bakker"), r"(?![\w@/]|\.\w)", 0)
    made = _joined_alternation(*form)
    other = _plain_alternation(r"\w@./", ("anna", "bakker"), r"(?![\w@/])", 0)
    assert made == _plain_alternation(*form)
    assert made != other


def test_the_organisation_words_are_the_patterns_gate_and_rule_out_a_search():
    """Round speed57: the detector compiles its organisation pattern only where a text holds
    one of its names' needed words; elsewhere without_organisations keeps every person."""
    from chats.redaction.detector import Detector
    from chats.redaction.organisations import (
        _needed_words,
        may_name_organisation,
        organisation_words,
        without_organisations,
    )
    from chats.redaction.spans import Span

    extra = ("Roelofs", "Catering De Smit", "Gemeente Meppel")
    pattern = organisation_pattern(extra)
    assert organisation_words(extra) == _needed_words(pattern)
    persons = [Span(0, 7, "PERSON"), Span(12, 20, "PERSON")]
    for text in ["Roelofs en Catering De Smit", "Jan Roelofs belt", "Kees Boer, Anna Bakker"]:
        kept = without_organisations(text, persons, pattern)
        if not may_name_organisation(text, organisation_words(extra)):
            assert kept == persons
    detector = Detector(organisation=None)
    detector.detect("Kees Boer belt morgen terug")
    assert detector._organisation_names is None
    assert detector.organisation_names is organisation_pattern(())

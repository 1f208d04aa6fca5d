"""Round speed55: _KnownNames.may_name_a_clip, the gate before _clipped_first_names in every
message of a chat, is False only where _clipped_first_names finds nothing."""

import random

from chats.redaction import lexicon
from chats.redaction.names import _clipped_first_names, _KnownNames

_PERSONS = ("Kevin de Boer", "Saskia Mulder", "Jo Bos", "Priscilla van Dam", "Ed Smit")
_CLIP_WORDS = ["kev", "KEV", "sas", "Sas", "pris", "prisc", "ke", "jo", "ed", "Ed", "kevin"]
_OTHER_WORDS = ["thx", "hoi", "ok", "jij", "regelt", "dan", "belt", "wie", "komt", "top"]


def test_may_name_a_clip_is_false_only_where_no_clip_is_found():
    known = _KnownNames(_PERSONS, lexicon.load())
    rnd = random.Random(56)
    texts = [
        "thx kev",
        "hoi sas, kom je?",
        "Pris vraagt of het lukt",
        "ok jo ik regel het",
        "morgen \u212aev",  # (outside ASCII: passed to the finder)
    ]
    for _ in range(6_000):
        words = rnd.choices(_CLIP_WORDS + _OTHER_WORDS, k=rnd.randint(1, 5))
        text = rnd.choice(["", "ok ", "Hoi "]) + " ".join(words) + rnd.choice(["", "!", ".", ","])
        texts.append(text)
    passed = 0
    for text in texts:
        found = _clipped_first_names(text, known.first_names, lexicon.load())
        if not known.may_name_a_clip(text):
            assert found == [], text
        else:
            passed += 1
    assert _clipped_first_names("thx kev", known.first_names, lexicon.load())
    assert 0 < passed < len(texts)


def test_may_name_a_clip_passes_a_five_letter_clip_before_what_its_person_does():
    """Review55b: _CLIPPED_DOER_RE takes a capital and up to four letters ("Prisc belt", "Jacqu
    vraagt"): a clip of five letters the gate must pass too."""
    lex = lexicon.load()
    known = _KnownNames((*_PERSONS, "Jacqueline Smit"), lex)
    for text, clip in (
        ("Prisc belt morgen", "Prisc"),
        ("Klaar. Jacqu vraagt of het lukt", "Jacqu"),
    ):
        found = _clipped_first_names(text, known.first_names, lex)
        assert [text[s.start : s.end] for s in found] == [clip], text
        assert known.may_name_a_clip(text), text

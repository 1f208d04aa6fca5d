"""Round speed47: the substring tests before five gate patterns answer exactly as the patterns.

The gates' words are the ones each pattern is built from, so a word added to a pattern is
tested too."""

from chats.redaction import detector, names

from .test_fast_patterns import _texts

# Letters outside ASCII that a case-insensitive pattern takes for an ASCII one (the long s, the
# Kelvin sign, the dotted and dotless i), and one it does not.
_ODD = "\u017f\u212a\u0130\u0131\u00e9"
_FOLDED = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131"})


def _check(gate, pattern, words: tuple[str, ...], alphabet: str) -> None:
    variants = [
        v
        for w in words
        for v in (w, w.upper(), w.capitalize(), w.translate(_FOLDED), w[:-1], w.replace(" ", "  "))
    ]
    texts = _texts(alphabet + _ODD, 30_000) + variants
    texts += [f"x {v} y" for v in variants] + [f"x{v}y" for v in variants]
    for text in texts:
        assert gate(text) == (pattern.search(text) is not None), text


def test_the_failing_gate_answers_as_its_pattern():
    assert "werkt" in detector._FAILING_PARTS
    _check(
        detector._may_name_a_failing_system,
        detector._FAILING_GATE_RE,
        detector._FAILING_PARTS,
        "werktsaopnhgcdlvx _-",
    )


def test_the_role_holder_gate_answers_as_its_pattern():
    assert "exploitant" in detector._ROLE_WORDS
    _check(
        detector._may_name_a_role_holder,
        detector._ROLE_THEN_HE_GATE_RE,
        detector._ROLE_WORDS,
        "exploitanwkdrvbgu _-",
    )


def test_the_titled_double_surname_gate_answers_as_its_pattern():
    assert "mevrouw" in detector._TITLED_DOUBLE_WORDS
    _check(
        detector._may_title_a_double_surname,
        detector._TITLED_DOUBLE_GATE_RE,
        detector._TITLED_DOUBLE_WORDS,
        "mwMWevrEVRdhDHnNfaFAilILo .-",
    )


def test_the_travel_gate_answers_as_its_pattern():
    assert "vlieg" in detector._TRAVEL_STEMS
    _check(
        detector._may_travel,
        detector._TRAVEL_GATE_RE,
        detector._TRAVEL_STEMS,
        "vliegoVLIEGOrsRSzZhHmMtTckCK n",
    )


def test_the_firm_of_trade_gate_answers_as_its_pattern():
    named = tuple(f"{w.capitalize()} van Tim" for w in sorted(names._SECTOR_TAILS))
    assert "Tuinen van Tim" in named
    for gate_of in (lambda text: names._FIRM_OF_TRADE_GATE_RE, names._firm_of_trade_gate):
        _check(
            names._may_name_a_firm_of_trade,
            _Searched(gate_of),
            named,
            "TuinenModvaFshEgIrKkVlT _-",
        )


class _Searched:
    """A pattern chosen per text, searched as a pattern is."""

    def __init__(self, gate_of) -> None:
        self.gate_of = gate_of

    def search(self, text: str):
        return self.gate_of(text).search(text)

"""Review 57 of text round 55 and screenshot round 52: personal data the rounds' skips left
readable (a person before "& Dhr.", a full name before a service's word, a common surname listed
with firms, a household's account, a person's mailbox at the municipality, a home above a shop,
"Huisnummer 12" in a screenshot) and a question scanned once per cue."""

import time
from functools import partial

import pytest

from chats.redaction import detect_chat, rules_r55
from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled_in as _in
from tests.chats.redaction.test_screenshot_text import bubble_spans, labelled


def _chat(texts: list[str], participants: tuple[str, ...] = ("Wijkteam Meppel", "Roel Hekman")):
    return found_in_chat(texts, list(participants))


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (["wie komen er?", "Mevr. Jansen & Dhr. Bakker komen morgen langs"], "Jansen"),
        (["wie belt?", "Anja Mulder Jeugdzorg belt je morgen over de zoon"], "Anja Mulder"),
        (["bij wie?", "schulden bij Essent, Vodafone, Hendriks en de Belastingdienst"], "Hendriks"),
    ],
)
def test_a_person_next_to_a_firms_cue_stays_a_person(texts: list[str], name: str) -> None:
    assert name in _in(_chat(texts), 1, "PERSON")


@pytest.mark.parametrize(
    "texts",
    [
        ["Welk rekeningnummer hebben jullie? dan stort ik de toeslag", "NL91 ABNA 0417 1643 00"],
        ["Op welke rekening willen jullie het geld?", "NL91 ABNA 0417 1643 00"],
        ["iban?", "NL91 ABNA 0417 1643 00, die is van de club maar staat op mijn naam"],
    ],
)
def test_a_households_or_own_account_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "IBAN") == ["NL91 ABNA 0417 1643 00"]


@pytest.mark.parametrize(
    "address",
    [
        "hansbakker@meppel.nl",
        "roosmolenaar@meppel.nl",
        "jandekker@hoogeveen.nl",
        "wethouderbakker@meppel.nl",
    ],
)
def test_a_persons_mailbox_at_the_municipality_stays(address: str) -> None:
    assert _in(_chat(["mail?", f"mail maar naar {address}"]), 1, "EMAIL") == [address]


def test_a_home_above_a_shop_stays() -> None:
    chat = _chat(["waar?", "mevrouw Smit woont Markt 14 is een winkel met bovenwoning"])
    assert _in(chat, 1, "ADDRESS") == ["Markt 14"]


def test_a_house_number_after_a_capitalised_huisnummer_in_a_screenshot() -> None:
    text = "Huisnummer 12 klopt, ik woon daar sinds mei."
    spans = partial(bubble_spans, block=57001, keep_values=())(text)
    assert "12" in " ".join(labelled(text, spans, "ADDRESS"))


def test_a_long_question_before_an_answer_is_read_once() -> None:
    def cpu(n: int) -> float:
        start = time.process_time()
        detect_chat(
            [("iban jullie rekening " * 1000)[:n], "NL91 ABNA 0417 1643 00 12-03-1985"],
            participants=["A B", "C"],
        )
        return time.process_time() - start

    short, long = cpu(4000), cpu(16000)
    assert long < 8 * short + 0.1


def test_a_birth_question_is_read_once() -> None:
    # (main had the question as one regex, which scanned to a far "?" from every cue word)
    asked = getattr(rules_r55, "_birth_asked", None) or rules_r55._BIRTH_ASKED_R55_RE.search

    def cpu(n: int) -> float:
        start = time.process_time()
        for _ in range(5):
            asked(("geboren " * n)[:n] + ". x?")
        return time.process_time() - start

    assert asked("Wat is de geboortedatum van de zoon?")
    assert not asked("Geboren in Meppel. Kom je morgen?")
    short, long = cpu(5000), cpu(40000)
    assert long < 16 * short + 0.02

"""Review 57c of text round 56 and screenshot round 53: no round rule left personal data
readable that was blacked before; a long message of one address's number took quadratic time in
the search for the other parts of its houses (pre-existing: 20,000 characters took ~68 s)."""

import time

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def test_another_part_of_a_house_is_still_found() -> None:
    chat = found_in_chat(
        ["waar?", "Mevrouw Smit woont Hoogeveenseweg 71, maar haar zoon woont erboven, 71a"],
        ["Wijkteam Meppel", "Roel Hekman"],
    )
    assert "71a" in _in(chat, 1, "ADDRESS")


def test_a_long_message_of_addresses_takes_linear_time() -> None:
    def cpu(n: int) -> float:
        start = time.process_time()
        detect_chat(["vraag?", ("7941 H T, Rogat " * n)[:n]], participants=["A B", "C"])
        return time.process_time() - start

    cpu(100)  # (the word lists loaded)
    short, long = cpu(4000), cpu(16000)
    assert long < 8 * short + 0.5


def test_a_clipped_first_name_is_still_found() -> None:
    chat = found_in_chat(
        ["wie?", "zijn vrouw Geertruida belde, ze zegt dat Truida ook komt"],
        ["Wijkteam Meppel", "Roel Hekman"],
    )
    assert "Truida" in _in(chat, 1, "PERSON")


def test_a_long_message_of_one_name_takes_linear_time() -> None:
    def cpu(n: int) -> float:
        start = time.process_time()
        detect_chat(["vraag?", ("Adeyemi, K.B, " * n)[:n]], participants=["A B", "C"])
        return time.process_time() - start

    cpu(100)  # (the word lists loaded)
    short, long = cpu(5000), cpu(30000)
    assert long < 9 * short + 0.3


def test_a_birth_date_stays_where_the_longer_date_meets_a_person() -> None:
    chat = found_in_chat(
        ["geboortedatum?", "geboortedatum: 4 juli Jansen 1962"],
        ["Burgerzaken Meppel", "Ali Yilmaz"],
    )
    assert "4 juli" in " ".join(_in(chat, 1, "DATE_OF_BIRTH"))

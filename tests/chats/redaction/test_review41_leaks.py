"""Review 41 of review 40's leak fixes: variants of the same messages that still leak."""

import pytest

from tests.chats.redaction.detected import covered


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # review40 looked for the stay only before "bel daar"; it may follow the number
        ("Bel daar maar even 0522 241 386, mevrouw logeert bij haar dochter.", "0522 241 386"),
        ("Bel daar maar even 0522 241 386, ze verblijft nu bij haar zoon.", "0522 241 386"),
        ("Belt u daar 0521 342 118? Meneer woont sinds maart bij zijn broer.", "0521 342 118"),
    ],
)
def test_a_relatives_landline_after_bel_daar_is_redacted_when_the_stay_follows(text, number):
    assert covered(text, number, "PHONE")

"""The folded view the detector reads (chats.redaction.folding): ordinary text is left as
it was, and offsets map back to the original characters."""

from __future__ import annotations

import pytest

from chats.redaction.folding import LOOKALIKES, fold
from chats.redaction.spans import Span


@pytest.mark.parametrize(
    "text",
    [
        "Bel me op 06-12345678, groet Jan Jansen",
        "Hé Anouk, ik woon op de Kerkstraat 12 in Meppel 😊",
        "Zoë zegt: ‘bel even’ – 06\u00a012345678 toch?",
        "Geboren 12-03-1961 in Zwolle, café De Beurs",
    ],
)
def test_folding_leaves_ordinary_text_as_the_one_for_one_lookalikes(text):
    folded = fold(text)

    assert folded.starts is None
    assert folded.text == text.translate(LOOKALIKES)


def test_invisible_characters_are_left_out_and_mapped_back_inside_a_span():
    folded = fold("Bel 06\u200b12\u00ad345678!")

    assert folded.text == "Bel 0612345678!"
    assert folded.spans_back([Span(4, 14, "PHONE")]) == [Span(4, 16, "PHONE")]


def test_a_character_nfkc_widens_maps_back_to_itself_whole():
    folded = fold("ﬁets van Ｒｉａ")  # a ligature read as two letters, full-width as ASCII

    assert folded.text == "fiets van Ria"
    assert folded.span_back(1, 5) == (0, 4)  # "iets" starts inside "ﬁ": all of it is covered
    assert folded.span_back(10, 13) == (9, 12)


def test_combining_marks_fold_with_their_base_letter():
    folded = fold("Ange\u0301lique")

    assert folded.text == "Angélique"
    assert folded.span_back(0, 9) == (0, 10)


def test_folding_twice_changes_nothing_more():
    once = fold("Bel ０６\u200b١٢٣٤٥٦٧٨\u3000Ange\u0301lique").text

    assert fold(once).starts is None
    assert fold(once).text == once

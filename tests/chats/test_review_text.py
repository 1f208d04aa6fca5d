"""Redacted text and review segments, without a database."""

import pytest

from chats.review.text import (
    OverlapError,
    SpanRef,
    check_new_span,
    redacted_text,
    replacements_for,
    segments,
    shown_as,
)


def test_spans_become_placeholders_and_participants_their_stored_pseudonym():
    text = "Jan belt Piet op 0612345678"
    replacements = replacements_for([("Jan Jansen", "Inwoner 1"), ("Mila de Vries", "Medewerker")])
    out = redacted_text(
        text,
        [(0, 3, "PERSON"), (9, 13, "PERSON"), (17, 27, "PHONE")],
        replacements=replacements,
    )
    assert out == "Inwoner 1 belt [NAAM] op [TELEFOONNUMMER]"


def test_a_first_name_shared_by_two_participants_stays_a_placeholder():
    replacements = replacements_for([("Jan Jansen", "Inwoner 1"), ("Jan de Boer", "Inwoner 2")])
    assert "jan" not in replacements
    assert replacements["jan de boer"] == "Inwoner 2"
    assert redacted_text("Jan", [(0, 3, "PERSON")], replacements=replacements) == "[NAAM]"


def test_overlapping_spans_leak_no_character():
    assert (
        redacted_text("abcdefghij", [(2, 6, "PHONE"), (4, 8, "PERSON")]) == "ab[TELEFOONNUMMER]ij"
    )


def test_an_unknown_label_still_hides_the_text():
    assert redacted_text("geheim", [(0, 6, "NIEUW")]) == "[VERWIJDERD]"


def test_the_review_page_labels_a_span_as_it_will_read():
    replacements = replacements_for([("Jan Jansen", "Inwoner 1")])
    assert shown_as("JAN JANSEN", "PERSON", replacements) == "Inwoner 1"
    assert shown_as("Piet", "PERSON", replacements) == "[NAAM]"
    assert shown_as("0612345678", "PHONE", replacements) == "[TELEFOONNUMMER]"


def test_segments_cover_the_text_exactly_once_in_order():
    text = "Bel Jan op 0612345678 vandaag"
    spans = [SpanRef(1, 11, 21, "PHONE", True), SpanRef(2, 4, 7, "PERSON", False)]
    pieces = segments(text, spans)
    assert "".join(p.text for p in pieces) == text
    assert [p.start for p in pieces] == [0, 4, 7, 11, 21]
    assert [p.span.id if p.span else None for p in pieces] == [None, 2, None, 1, None]


def test_segments_skip_spans_that_overlap_or_run_past_the_end():
    pieces = segments(
        "abcdef",
        [SpanRef(1, 0, 3, "X", True), SpanRef(2, 2, 4, "X", True), SpanRef(3, 5, 9, "X", True)],
    )
    assert "".join(p.text for p in pieces) == "abcdef"
    assert [p.span.id for p in pieces if p.span] == [1]


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        (3, 2, ValueError),
        (0, 99, ValueError),
        (-1, 2, ValueError),
        (3, 4, ValueError),
        (1, 6, OverlapError),
    ],
)
def test_new_spans_must_be_inside_non_blank_and_free(start, end, error):
    with pytest.raises(error):
        check_new_span("abc def ghi", start, end, [(5, 7)])


def test_the_module_imports_without_django():
    import subprocess
    import sys

    code = (
        "import sys, chats.review.text; "
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- nader anonimiseren in the redacted text (the originals purged) -----------------------------


def test_a_stretch_of_a_redacted_text_takes_whole_placeholders():
    from chats.review.text import NothingNewError, redacted_stretch

    text = "Bel [NAAM] op [TELEFOONNUMMER] morgen"
    assert redacted_stretch(text, 0, 3) == (0, 3)
    assert redacted_stretch(text, 6, 13) == (4, 13)  # "AAM] op" takes "[NAAM]" whole
    with pytest.raises(NothingNewError):
        redacted_stretch(text, 5, 8)  # inside a placeholder: blacked out already
    with pytest.raises(NothingNewError):
        redacted_stretch(text, 4, 11)  # "[NAAM] " and nothing else
    with pytest.raises(ValueError):
        redacted_stretch(text, 3, 4)  # a space
    with pytest.raises(ValueError):
        redacted_stretch(text, 30, 99)


def test_stretches_are_replaced_by_the_labels_placeholder():
    from chats.review.text import replaced

    text = "Ik bel Kooistra en kooistra belt terug"
    assert replaced(text, [(7, 15), (19, 27)], "PERSON") == "Ik bel [NAAM] en [NAAM] belt terug"


def test_a_passage_is_found_as_a_whole_word_outside_the_placeholders():
    from chats.review.text import passage_places

    text = "Kooistra, Kooistraat en [NAAM] naam kooistra"
    assert passage_places(text, "Kooistra") == [(0, 8), (36, 44)]
    assert passage_places(text, "naam") == [(31, 35)]  # not the one inside "[NAAM]"
    assert passage_places(text, "  ") == []

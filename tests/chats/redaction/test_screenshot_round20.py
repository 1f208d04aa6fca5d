"""Screenshot round 20 (issue 12): constructions the sixteenth blind set showed, tested with other
names, trades and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A contact saved as name and trade without an emoji ("Juni loodgieter"), also a month -------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Juni loodgieter 09:34\nDe afvoer is weer open.", {"Juni"}),
        ("Maart stratenmaker 12\nTegels liggen er weer in.", {"Maart"}),
        ("Wortel dakdekker 13:03\nFoto", {"Wortel"}),
    ],
)
def test_a_chat_list_row_of_a_name_and_a_trade_is_blacked(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Juni stratenmaker\nDe tegels liggen er weer in.", {"Juni"}),
        ("Maart loodgieter neemt audio op...", {"Maart"}),
    ],
)
def test_a_sender_label_of_a_name_and_a_trade_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1,) * (text.count("\n") + 1)))


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe loodgieter 09:34\nDe afvoer is weer open.",
        "Gemeente stratenmaker 12\nTegels liggen er weer in.",
        "Goede hovenier gezocht",
    ],
)
def test_an_adjective_or_organisation_before_a_trade_names_no_person(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


def test_a_month_named_contact_leaves_dates_of_that_month_readable():
    text = "Juni loodgieter\nDank je Juni. Reageer voor 5 Juni\n12 Juni 2026 ligt het klaar."
    spans = spans_of(text, blocks=(1, 1, 2))
    assert "Juni" in covered(text, spans)  # the contact and the "Dank je Juni."
    kept = {text[s:e] for s, e, _ in spans}
    dates = [i for i in range(len(text)) if text.startswith("Juni", i) and text[i - 2].isdigit()]
    assert dates and not any(s <= i < e for i in dates for s, e, _ in spans), kept

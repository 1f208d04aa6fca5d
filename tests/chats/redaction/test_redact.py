"""Placeholders, pseudonyms in redacted text, and the detector's public API."""

import subprocess
import sys
from pathlib import Path

import pytest

from chats.redaction import LABELS, PLACEHOLDERS, Detector, Pseudonymizer, Span, detect, redact_text

ROOT = Path(__file__).resolve().parents[3]


def test_redact_text_puts_a_typed_placeholder_on_each_span():
    text = "Bel Henk Veenstra op 06-12345678, bsn 111222333"
    redacted = redact_text(text, detect(text))
    assert redacted == "Bel [NAAM] op [TELEFOONNUMMER], bsn [BSN]"


def test_redact_text_uses_pseudonyms_for_known_participants():
    pseudonyms = Pseudonymizer({"Jan de Vries": "Inwoner", "Kees Bakker": "Medewerker"})
    text = "Hoi jan, Kees Bakker belt Piet Smit morgen"
    spans = detect(text, known_names=pseudonyms.participants)
    redacted = redact_text(text, spans, replacements=pseudonyms.replacements())
    assert redacted == "Hoi Inwoner, Medewerker belt [NAAM] morgen"


def test_redact_text_leaves_text_without_spans_unchanged():
    assert redact_text("niets bijzonders", []) == "niets bijzonders"


def test_redact_text_skips_spans_that_overlap_an_earlier_one():
    assert redact_text("abcdef", [Span(0, 4, "PERSON"), Span(2, 6, "BSN")]) == "[NAAM]ef"


def test_detect_returns_sorted_non_overlapping_spans_with_known_labels():
    text = "Gerrit Visser, Molenweg 40b, 7943 PM De Schiphorst, 06-12345678, gerrit@home.nl"
    spans = detect(text)
    assert [s.label for s in spans] == ["PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert {s.label for s in spans} <= set(LABELS) == set(PLACEHOLDERS)


def test_a_detector_with_known_names_finds_a_name_no_list_knows():
    assert [s.label for s in Detector(["Xyrthe Qlaasen"]).detect("dank je xyrthe")] == ["PERSON"]


def test_the_package_imports_without_django():
    code = (
        "import sys, chats.redaction, chats.redaction.__main__; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text, secrets, kept",
    [
        (
            "het staat in Bezwaar_Geertruida_Mulderij_204568109.pdf",
            ["Mulderij", "204568109"],
            "het staat in Bezwaar_",
        ),
        ("Scan_Harmke_Oosting_0651178243.jpg is de foto", ["Oosting", "0651178243"], ".jpg is de"),
        ("map brief_familie_Roeleveld_Zomerdijk_14.docx", ["Roeleveld", "Zomerdijk 14"], ".docx"),
        ("Kopie_ID_Teunis_Wolters_2024.pdf", ["Wolters"], "_2024.pdf"),
    ],
)
def test_a_file_name_typed_into_a_message_is_read_at_its_underscores(text, secrets, kept):
    redacted = redact_text(text, detect(text))
    for secret in secrets:
        assert secret not in redacted, secret
    assert kept in redacted


@pytest.mark.parametrize(
    "text",
    [
        "mail g_mulderij@ziggo.nl even",  # the address whole, as before
        "https://www.meppel.nl/afval_kalender_2025",
        "de map Woo_verzoeken_2025 staat klaar",
    ],
)
def test_underscores_in_addresses_links_and_ordinary_words_change_nothing_else(text):
    spans = detect(text)
    if "@" in text:
        assert [text[s.start : s.end] for s in spans] == ["g_mulderij@ziggo.nl"]
    else:
        assert spans == []

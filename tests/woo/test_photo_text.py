"""Issue 17: text in photos inside exports is read (from the cleaned copy) so search finds it."""

from chats.pipeline.build import photo_text
from demo.generators.exports import photo_bytes as photo_without_text
from demo.woo_corpus.build import photo_bytes as photo_of_sign


def test_the_text_of_a_photographed_notice_is_read_and_redacted():
    found = photo_text(
        photo_of_sign("GESLOTEN OP LAST VAN DE BURGEMEESTER JAN JANSEN"),
        known_names=["Jan Jansen"],
        replacements={},
    )
    assert "GESLOTEN" in found["ocr_text_redacted"]
    assert "BURGEMEESTER" in found["ocr_text_redacted"]
    assert "JANSEN" not in found["ocr_text_redacted"].upper()


def test_a_photo_without_text_gives_no_text():
    assert photo_text(photo_without_text(3), known_names=[], replacements={}) == {}

"""Walk 45: the text cut from a screenshot as shown by the one before it (MediaItem.overlap) is
original text, so it goes with the original OCR text when the originals are purged. Only its
redacted text stays (chats.purge.overlap_redacted), so withholding the screenshot that kept the
messages still puts them back for Woo's search: no original text, no span or box into it."""

import io
import json

from PIL import Image

from chats.purge import originals_purge


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 80), (255, 255, 255)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_purge_empties_what_was_kept_apart_as_overlap(make_record, make_media):
    record = make_record(["Zie de schermafbeeldingen"], index=False)
    media = make_media(
        record,
        record.messages.get(),
        original=_png(),
        derived=_png(),
        ocr="Dat is 7941 KX",
        ocr_redacted="Dat is [POSTCODE]",
    )
    media.overlap = {
        "notice": "1 bericht dubbel in schermafbeelding 1 en 2 — één keer opgenomen",
        "count": 1,
        "at": 0,
        "text": "Mijn mail is henk.devries@example.org",
        "spans": [[13, 37, "EMAIL"]],
        "words": [],
    }
    media.save(update_fields=["overlap"])
    assert not originals_purge(submission_id=record.pk).on_hold
    media.refresh_from_db()
    assert "henk" not in json.dumps(media.overlap)
    assert media.overlap["redacted"] == "Mijn mail is [E-MAILADRES]"
    assert not {"text", "spans", "words", "boxes", "at"} & set(media.overlap)
    assert media.ocr_text == ""

"""A partly public screenshot in the release PDF: the text read from it is left out when an
area of it is blacked out (which words stand under the area is not known for sure, even with
stored word places), and the PDF says so.
On main the text simply was not there, so the reader could not tell it from an image without
text; a fully public screenshot does show its text."""

import io

import pytest
from pypdf import PdfReader

from chats.constants import UploadKind
from tests.conftest import png_bytes
from tests.woo.conftest import SECRET_PHONE
from woo.besluit import beoordeling_save_record, passage_area_add
from woo.constants import Oordeel
from woo.release import release_items, write_release_pdf
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

LEFT_OUT = "De tekst in deze afbeelding is niet opgenomen, omdat er delen van zijn weggelakt."


def _pdf_text(verzoek) -> str:
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def screenshots(make_record, make_media, zaak, woo_user, verzoek):
    record = make_record([], zaak=zaak, index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    for width, ocr in ((61, "Kapvergunning Stationsweg"), (62, "Planning snoeiploeg")):
        make_media(
            record,
            None,
            original=png_bytes(width, 40),
            derived=png_bytes(width, 30),
            ocr=f"{ocr}, bel {SECRET_PHONE}",
            ocr_redacted=f"{ocr}, bel [TELEFOONNUMMER]",
        )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record


def test_a_screenshot_with_a_blacked_out_area_says_its_text_is_left_out(
    woo_user, verzoek, screenshots
):
    first, _ = screenshots.media.order_by("seq")
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=first.pk,
        x=0,
        y=0,
        breedte=1,
        hoogte=0.5,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshots.pk, oordeel=Oordeel.OPENBAAR
    )
    text = _pdf_text(verzoek)
    assert text.count(LEFT_OUT) == 1
    # Nothing of the first image's text goes out, not even its unblacked words.
    assert "Kapvergunning" not in text and "Stationsweg" not in text
    assert SECRET_PHONE not in text
    # The other screenshot, without an area, keeps its text with the archive's placeholder boxed.
    assert "Planning snoeiploeg, bel 5.1.2e" in text


def test_no_notice_without_an_area(woo_user, verzoek, screenshots):
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshots.pk, oordeel=Oordeel.OPENBAAR
    )
    text = _pdf_text(verzoek)
    assert "niet opgenomen" not in text
    assert "Kapvergunning Stationsweg, bel 5.1.2e" in text


def _words(text: str, line_tops: dict[int, int]) -> list:
    """Word places (start, end, left, top, width, height, line) for `text`, one text line per
    line of it, in an image of 122 x 60 pixels: 8 pixels a character, lines 10 high."""
    words, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        column = 0
        for word in line.split(" "):
            words.append(
                [
                    offset + column,
                    offset + column + len(word),
                    2 + 8 * column // 4,
                    line_tops[number],
                    2 * len(word),
                    10,
                    number,
                ]
            )
            column += len(word) + 1
        offset += len(line) + 1
    return words


def test_with_the_word_places_known_the_text_is_still_left_out(woo_user, verzoek, screenshots):
    first, _ = screenshots.media.order_by("seq")
    original = f"Kapvergunning Stationsweg\nbel {SECRET_PHONE} vandaag"
    first.ocr_text = original
    first.ocr_text_redacted = "Kapvergunning Stationsweg\nbel [TELEFOONNUMMER] vandaag"
    first.ocr_boxes = {"size": [122, 60], "words": _words(original, {0: 5, 1: 40})}
    first.save(update_fields=["ocr_text", "ocr_text_redacted", "ocr_boxes"])
    # The top third is blacked out: the first line, not the second.
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=first.pk,
        x=0,
        y=0,
        breedte=1,
        hoogte=0.3,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshots.pk, oordeel=Oordeel.OPENBAAR
    )
    text = _pdf_text(verzoek)
    assert "Kapvergunning" not in text and "Stationsweg" not in text
    assert SECRET_PHONE not in text
    # Even the words outside the area stay out: which reading stands under it is not sure.
    assert "vandaag" not in text
    assert LEFT_OUT in text


def test_a_word_the_places_do_not_cover_leaves_the_whole_text_out(woo_user, verzoek, screenshots):
    first, _ = screenshots.media.order_by("seq")
    original = "Kapvergunning Stationsweg\nbel vandaag"
    first.ocr_text = original
    first.ocr_text_redacted = original
    words = _words(original, {0: 5, 1: 40})
    first.ocr_boxes = {"size": [122, 60], "words": words[:-1]}  # 'vandaag' has no place
    first.save(update_fields=["ocr_text", "ocr_text_redacted", "ocr_boxes"])
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=first.pk,
        x=0,
        y=0,
        breedte=1,
        hoogte=0.3,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshots.pk, oordeel=Oordeel.OPENBAAR
    )
    text = _pdf_text(verzoek)
    assert LEFT_OUT in text
    assert "Kapvergunning" not in text and "vandaag" not in text


def test_a_repeated_word_under_an_area_never_prints(woo_user, verzoek, screenshots):
    """Which of a repeated word's readings stands under the area cannot be told from the text:
    aligning the read text with the redacted text picked the wrong 'de' and printed the covered
    one. Any area leaves the whole text out."""
    first, _ = screenshots.media.order_by("seq")
    original = "06\nde\nde\nde"
    first.ocr_text = original
    first.ocr_text_redacted = "[NAAM]\n[NAAM]\nde\nde"
    first.ocr_boxes = {"size": [122, 60], "words": _words(original, {0: 2, 1: 15, 2: 30, 3: 45})}
    first.save(update_fields=["ocr_text", "ocr_text_redacted", "ocr_boxes"])
    # Over the third line only: the first 'de' the redacted text still shows.
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=first.pk,
        x=0,
        y=28 / 60,
        breedte=1,
        hoogte=14 / 60,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshots.pk, oordeel=Oordeel.OPENBAAR
    )
    text = _pdf_text(verzoek)
    assert LEFT_OUT in text
    assert "Tekst in de afbeelding: 5.1.2" not in text
    assert "5.1.2e de" not in text and "de 5.1.2h" not in text

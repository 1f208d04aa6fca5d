"""Passages in the text read from a screenshot (its OCR text): blacked out in the released text,
and painted over in the image where the OCR word boxes are stored; else the image's whole text
is left out, and the page says so."""

import io
from datetime import timedelta

import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from chats.constants import MediaRelease, UploadKind
from chats.redaction.images import (
    REDACTED_LENGTH,
    REDACTED_WORDS,
    layout_on_redacted,
    ocr_layout,
)
from tests.conftest import png_bytes
from tests.woo.conftest import SECRET_PHONE, ocr_passages_judged
from woo.besluit import beoordeling_save_record, passage_ocr_add
from woo.constants import OcrPlaats, Oordeel
from woo.models import WooPassage
from woo.ocr_boxes import passage_boxes, redacted_to_original, word_boxes
from woo.release import ocr_passage_boxes, release_items, write_release_pdf
from woo.services import WooError, selectie_add
from woo.tasks import read_ocr_passages

pytestmark = pytest.mark.django_db

ORIGINAL = f"Bel {SECRET_PHONE} morgen over de kap"
REDACTED = "Bel [TELEFOONNUMMER] morgen over de kap"
# [char_start, char_end, left, top, width, height, line] into ORIGINAL (chats ocr_layout).
WORDS = [
    [0, 3, 5, 5, 20, 10, 0],
    [4, 15, 30, 5, 60, 10, 0],
    [16, 22, 100, 5, 40, 10, 0],
    [23, 27, 5, 30, 25, 10, 1],
    [28, 30, 35, 30, 12, 10, 1],
    [31, 34, 50, 30, 20, 10, 1],
]


def test_a_stretch_of_the_redacted_text_maps_to_the_original():
    start = REDACTED.index("morgen")
    assert redacted_to_original(ORIGINAL, REDACTED, start, start + 6) == (16, 22)
    # A placeholder stands for the whole value it replaced.
    start = REDACTED.index("[TELEFOON")
    assert redacted_to_original(ORIGINAL, REDACTED, start, start + 5) == (4, 15)
    # Over a line break: one box per line.
    start = REDACTED.index("morgen over")
    boxes = word_boxes({"words": WORDS}, [(16, 27, "5.2")])
    assert boxes == [((100, 5, 140, 15), "5.2"), ((5, 30, 30, 40), "5.2")]
    assert start


@pytest.fixture
def shot(make_record, make_media, woo_user, verzoek):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    media = make_media(
        record,
        None,
        original=png_bytes(200, 60),
        derived=png_bytes(200, 60),
        ocr=ORIGINAL,
        ocr_redacted=REDACTED,
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record, media


def _release(verzoek):
    buffer = io.BytesIO()
    items = release_items(verzoek)
    write_release_pdf(buffer, verzoek, items)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    return items, [i.image.convert("RGB") for p in reader.pages for i in p.images], text


def test_with_stored_word_boxes_the_passage_is_blacked_in_text_and_pixels(woo_user, verzoek, shot):
    record, media = shot
    media.ocr_boxes = {"words": WORDS, "header": None}
    media.save(update_fields=["ocr_boxes"])
    ocr_passages_judged(woo_user, verzoek, media, ("morgen", "5.2"))
    items, images, text = _release(verzoek)
    assert [(i.oordeel, i.gronden) for i in items] == [(Oordeel.DEELS_OPENBAAR, ("5.1.2e", "5.2"))]
    assert "Bel 5.1.2e 5.2 over de kap" in text
    assert "morgen" not in text and SECRET_PHONE not in text
    assert images[0].getpixel((135, 13)) == (17, 17, 17)  # the word's box is painted
    assert images[0].getpixel((10, 50)) != (17, 17, 17)


def test_without_word_boxes_an_image_whose_passage_cannot_be_found_is_withheld_and_the_page_says_so(
    woo_client, woo_user, verzoek, shot
):
    """The blank test image has no readable words: the passage's place is not known, so the
    image is not released (its pixels would show the words) and the officer is told."""
    record, media = shot
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    page = woo_client.get(url).content.decode()
    assert f'data-ocr="{media.pk}"' in page and "niet bewaard" in page
    response = woo_client.post(
        reverse("woo:passage_ocr", args=[verzoek.pk, record.pk]),
        {"afbeelding": media.pk, "passage": "morgen", "start": "", "grond": "5.1.2i"},
        follow=True,
    )
    page = response.content.decode()
    assert "blijft de afbeelding uit de openbaarmaking" in page
    assert "Passage in de tekst uit de afbeelding “morgen”: <strong>5.1.2i</strong>" in page
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    _, images, text = _release(verzoek)
    assert images == []
    assert "Afbeelding niet openbaar (5.1.2i)" in text
    for withheld in ("morgen", "over de kap", "Bel"):
        assert withheld not in text


def test_a_passage_not_in_the_image_text_is_refused(woo_user, verzoek, shot):
    _, media = shot
    with pytest.raises(WooError, match="staat niet in de tekst uit de afbeelding"):
        passage_ocr_add(
            user=woo_user, verzoek=verzoek, media_id=media.pk, passage="overmorgen", grond="5.2"
        )


def test_the_purge_keeps_the_word_places_on_the_redacted_text():
    """What the purge keeps (chats.redaction.images.layout_on_redacted): each word indexed into
    the redacted text, the phone number's word on its placeholder; nothing indexes the original
    (its offsets would tell the length of the number)."""
    kept = layout_on_redacted({"words": WORDS, "header": None, "photo": True}, ORIGINAL, REDACTED)
    assert "words" not in kept and kept["photo"] is True
    assert kept[REDACTED_LENGTH] == len(REDACTED)
    placed = [(REDACTED[s:e], box) for s, e, *box in kept[REDACTED_WORDS]]
    assert [text for text, _ in placed] == [
        "Bel",
        "[TELEFOONNUMMER]",
        "morgen",
        "over",
        "de",
        "kap",
    ]
    assert placed[2][1] == [100, 5, 40, 10, 0]
    # A passage of the redacted text is painted from these places alone.
    start = REDACTED.index("morgen over")
    boxes = passage_boxes(kept, "", REDACTED, [(start, start + 11, "5.2")])
    assert boxes == [((100, 5, 140, 15), "5.2"), ((5, 30, 30, 40), "5.2")]
    # Places that no longer fit the text (it changed) are not used.
    assert passage_boxes(kept, "", REDACTED + " later", [(start, start + 11, "5.2")]) is None


def test_stored_word_boxes_without_the_passages_words_withhold_the_image(woo_user, verzoek, shot):
    """Boxes stored for some words only (the passage's word has none, and the blank image reads
    no words): on main the other passages were painted and the image went out with this one's
    words in its pixels; now the image is withheld with a line that says why."""
    record, media = shot
    media.ocr_boxes = {"words": [w for w in WORDS if w[0] != 16], "header": None}
    media.save(update_fields=["ocr_boxes"])
    ocr_passages_judged(woo_user, verzoek, media, ("over", "5.2"), ("morgen", "5.1.2i"))
    _, images, text = _release(verzoek)
    assert images == []
    assert "Afbeelding niet openbaar (5.1.2i, 5.2)" in text
    assert "morgen" not in text


def test_stored_word_boxes_outside_the_served_image_are_not_trusted(woo_user, verzoek, shot):
    """Boxes stored for a larger picture than the one served (a smaller copy): painting them
    would miss the words, so they are not used; the blank image reads nothing: withheld."""
    record, media = shot
    media.ocr_boxes = {
        "words": [[*w[:2], w[2] * 4, w[3] * 4, w[4] * 4, w[5] * 4, w[6]] for w in WORDS]
    }
    media.save(update_fields=["ocr_boxes"])
    ocr_passages_judged(woo_user, verzoek, media, ("morgen", "5.2"))
    _, images, text = _release(verzoek)
    assert images == [] and "Afbeelding niet openbaar (5.2)" in text


def _post_ocr_passage(woo_client, verzoek, record, media, passage="morgen"):
    return woo_client.post(
        reverse("woo:passage_ocr", args=[verzoek.pk, record.pk]),
        {"afbeelding": media.pk, "passage": passage, "start": "", "grond": "5.1.2i"},
        follow=True,
    )


def test_the_request_does_not_read_the_image_the_worker_does(
    woo_client, woo_user, verzoek, shot, monkeypatch
):
    """On main the request ran tesseract on the image (seconds for a real screenshot) before it
    answered. Now the request saves the passage, queues the reading and says so in Dutch; the
    worker notes what it found, and the page shows it. A worker that has not run yet loses
    nothing: the passage is saved and the release reads the image itself."""
    record, media = shot
    queued = []

    def no_reading(*args, **kwargs):
        raise AssertionError("the request read the image")

    monkeypatch.setattr("chats.redaction.ocr.ocr_image", no_reading)
    monkeypatch.setattr("woo.tasks.read_ocr_passages.delay", lambda *args: queued.append(args))
    page = _post_ocr_passage(woo_client, verzoek, record, media).content.decode()
    assert "Afbeelding wordt gelezen…" in page
    assert f'id="ocr-plaats-{media.pk}"' in page
    # The page follows the reading itself (static/js/follow-job.js), as other running jobs do.
    assert '<span data-refresh="5" hidden></span>' in page
    assert f'id="ocr-plaats-{media.pk}" data-refresh-region' in page
    assert "Passage in de tekst uit de afbeelding “morgen”: <strong>5.1.2i</strong>" in page
    passage = WooPassage.objects.get(verzoek=verzoek, media=media)
    assert passage.plaats == OcrPlaats.LEZEN
    assert queued == [(verzoek.pk, media.pk, [passage.pk])]

    monkeypatch.undo()  # the worker reads the (blank) image: the words are not in it
    assert read_ocr_passages(*queued[0]) == OcrPlaats.NIET_GEVONDEN
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    page = woo_client.get(url).content.decode()
    assert "Afbeelding wordt gelezen" not in page and "data-refresh=" not in page
    assert "zijn niet gevonden: daarom blijft de afbeelding uit de openbaarmaking" in page
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    _, images, text = _release(verzoek)
    assert images == [] and "Afbeelding niet openbaar (5.1.2i)" in text


def test_without_a_broker_the_passage_is_kept_and_the_release_reads_the_image(
    woo_client, verzoek, shot, monkeypatch
):
    record, media = shot

    def unreachable(*args):
        raise ConnectionError("broker down")

    monkeypatch.setattr("woo.tasks.read_ocr_passages.delay", unreachable)
    page = _post_ocr_passage(woo_client, verzoek, record, media).content.decode()
    assert "De afbeelding kan nu niet worden gelezen; dat gebeurt bij het openbaar maken" in page
    assert WooPassage.objects.get(verzoek=verzoek, media=media).plaats == OcrPlaats.ONBEKEND


def _passage_on(woo_user, verzoek, record, media, layout):
    media.ocr_boxes = layout
    media.save(update_fields=["ocr_boxes"])
    passage_ocr_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=media.pk,
        passage="morgen",
        start=REDACTED.index("morgen"),
        grond="5.2",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    return _release(verzoek)


def _scaled(factor):
    return [[*w[:2], *(v * factor for v in w[2:6]), w[6]] for w in WORDS]


BLACK = (17, 17, 17)


def test_boxes_stored_for_a_larger_original_are_scaled_to_the_served_copy(woo_user, verzoek, shot):
    """The words were read from a 400x120 original; the served copy is 200x60. On main the boxes
    were only checked against the served image: the image was withheld."""
    record, media = shot
    layout = {"words": _scaled(2), "header": None, "size": [400, 120]}
    _, images, text = _passage_on(woo_user, verzoek, record, media, layout)
    assert "Afbeelding niet openbaar" not in text
    assert images[0].getpixel((135, 13)) == BLACK  # "morgen" at (100..140, 5..15) served
    assert images[0].getpixel((10, 50)) != BLACK


def test_boxes_that_fit_the_served_copy_but_were_read_from_another_size_are_scaled(
    woo_user, verzoek, shot
):
    """Boxes of a 400x120 original that happen to lie inside the 200x60 served copy: on main they
    were painted as they were, at twice the place of the words, and "morgen" went out readable."""
    record, media = shot
    layout = {"words": WORDS, "header": None, "size": [400, 120]}
    _, images, _ = _passage_on(woo_user, verzoek, record, media, layout)
    assert images[0].getpixel((49, 9)) == BLACK  # (100..140, 5..15) halved, 2 px wider
    assert images[0].getpixel((135, 13)) != BLACK


def test_boxes_read_from_a_picture_of_other_proportions_are_not_trusted(woo_user, verzoek, shot):
    record, media = shot
    layout = {"words": WORDS, "header": None, "size": [200, 200]}
    _, images, text = _passage_on(woo_user, verzoek, record, media, layout)
    assert images == [] and "Afbeelding niet openbaar (5.2)" in text


def test_the_image_is_decoded_once_for_checking_and_reading(verzoek, shot, monkeypatch):
    """On main _inside and _read_boxes each decoded the served image."""
    record, media = shot
    media.ocr_boxes = {"words": _scaled(4), "header": None}
    opened = []
    real_open = Image.open

    def counting_open(*args, **kwargs):
        opened.append(args)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(Image, "open", counting_open)
    start = REDACTED.index("morgen")
    assert ocr_passage_boxes(media, png_bytes(200, 60), [(start, start + 6, "5.2")]) is None
    assert len(opened) == 1


def test_the_layout_keeps_the_size_of_the_image_it_was_read_from():
    assert ocr_layout([], None, size=(400, 120))["size"] == [400, 120]
    assert "size" not in ocr_layout([], None)


def test_a_passage_in_a_pdfs_text_queues_no_reading_of_an_image(
    woo_client, verzoek, shot, monkeypatch
):
    """A PDF whose pages are not in the release (its text is: not checked by processing,
    released by Informatiebeheer as drawn): nothing to read or paint. On main the request said
    the 'image' had been read again and its words found. (A checked PDF's pages are read for a
    passage whose words' places were not kept: tests/woo/test_pdf_passages.py.)"""
    record, media = shot
    media.mime_type = "application/pdf"
    media.release = MediaRelease.VRIJGEGEVEN
    media.save(update_fields=["mime_type", "release"])
    media.derived.mime_type = "application/pdf"
    media.derived.derived_key = "media-0-pages"
    media.derived.save(update_fields=["mime_type", "derived_key"])
    queued = []
    monkeypatch.setattr("woo.tasks.read_ocr_passages.delay", lambda *args: queued.append(args))
    page = _post_ocr_passage(woo_client, verzoek, record, media).content.decode()
    assert queued == []
    assert "Passage weggelakt op grond van 5.1.2i." in page
    assert "Afbeelding wordt gelezen" not in page and "opnieuw gelezen" not in page


def test_a_reading_that_fails_leaves_no_passage_being_read_for_ever(
    woo_client, verzoek, shot, monkeypatch
):
    """On main a reading that raised (the stored image gone, a time limit, tesseract crashing)
    left the passages at 'lezen': the page said "Afbeelding wordt gelezen… Ververs deze pagina
    over enkele ogenblikken" for good. Now they go back to 'not read yet', which the release
    reads itself, and the worker still reports the failure."""
    record, media = shot
    queued = []
    monkeypatch.setattr("woo.tasks.read_ocr_passages.delay", lambda *args: queued.append(args))
    _post_ocr_passage(woo_client, verzoek, record, media)

    def gone(*args, **kwargs):
        raise FileNotFoundError("the stored image is gone")

    monkeypatch.setattr("woo.release_jobs.ocr_passages_placed", gone)
    with pytest.raises(FileNotFoundError):
        read_ocr_passages(*queued[0])
    assert WooPassage.objects.get(verzoek=verzoek, media=media).plaats == OcrPlaats.ONBEKEND
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    assert "Afbeelding wordt gelezen" not in woo_client.get(url).content.decode()


def test_a_reading_that_fails_at_once_is_not_reported_as_words_not_found(
    woo_client, verzoek, shot, monkeypatch
):
    """Tasks run in the request (no broker, no background thread) and the reading fails: the
    officer reads that the image is read at the release, not that its words were not found."""
    record, media = shot

    def gone(*args, **kwargs):
        raise FileNotFoundError("the stored image is gone")

    monkeypatch.setattr("woo.release_jobs.ocr_passages_placed", gone)
    page = _post_ocr_passage(woo_client, verzoek, record, media).content.decode()
    assert "bij opnieuw lezen niet gevonden" not in page
    assert "De afbeelding kan nu niet worden gelezen; dat gebeurt bij het openbaar maken" in page
    assert WooPassage.objects.get(verzoek=verzoek, media=media).plaats == OcrPlaats.ONBEKEND


def test_a_heic_photo_served_as_an_image_says_its_word_places_are_not_stored(
    woo_client, verzoek, shot
):
    """A photo sent as HEIC keeps 'image/heic' as its type; the release serves its image copy
    and paints (or reads) its passages there. On main the page took it for a PDF (not an image
    type): it left out that the words' places are not stored, and whether reading found them,
    though the release may withhold the image for that."""
    record, media = shot
    media.mime_type = "image/heic"
    media.save(update_fields=["mime_type"])
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    assert f'id="ocr-zonder-plaats-{media.pk}"' in woo_client.get(url).content.decode()


def test_a_reading_lost_with_its_worker_is_not_shown_as_running_for_ever(
    woo_client, verzoek, shot, monkeypatch, settings
):
    """On main a reading whose worker was killed outright (out of memory, the hard time limit,
    a broker that lost the message) left the passage at 'lezen' with no way to tell: the page
    kept saying "Afbeelding wordt gelezen…" and refreshing itself for good. Now the passage
    notes when the reading was queued; once the worker's hard time limit (plus a margin) has
    passed without an answer, the page treats the passage as not read (the release reads the
    image itself) and stops refreshing. A reading still within its time keeps showing."""
    record, media = shot
    queued = []
    monkeypatch.setattr("woo.tasks.read_ocr_passages.delay", lambda *args: queued.append(args))
    _post_ocr_passage(woo_client, verzoek, record, media)
    passage = WooPassage.objects.get(verzoek=verzoek, media=media)
    assert passage.plaats == OcrPlaats.LEZEN and passage.lezen_sinds is not None
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    assert "Afbeelding wordt gelezen…" in woo_client.get(url).content.decode()

    limit = settings.CELERY_TASK_TIME_LIMIT + 120
    WooPassage.objects.filter(pk=passage.pk).update(
        lezen_sinds=passage.lezen_sinds - timedelta(seconds=limit - 30)
    )
    assert "Afbeelding wordt gelezen…" in woo_client.get(url).content.decode()
    WooPassage.objects.filter(pk=passage.pk).update(
        lezen_sinds=passage.lezen_sinds - timedelta(seconds=limit + 30)
    )
    page = woo_client.get(url).content.decode()
    assert "Afbeelding wordt gelezen" not in page and "data-refresh=" not in page

    # A new passage on the image queues a new reading: the page follows it again.
    _post_ocr_passage(woo_client, verzoek, record, media, passage="kap")
    assert "Afbeelding wordt gelezen…" in woo_client.get(url).content.decode()

"""A passage blacked out in a PDF attachment (pdfmark49): the Woo officer selects a stretch of the
attachment's text with a ground; the release paints its words over on the page images (the
code in the box), leaves it out of the attachment's text, and the message is deels openbaar on
that ground; removing the mark restores the page."""

import html
import io
import shutil

import pytesseract
import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from chats import pdf_pages
from chats.constants import MediaRelease, MessageKind
from chats.models import MediaItem, Message
from chats.pdf_pages import PDF_REDACTED_LENGTH, PDF_WORDS_REDACTED, pdf_words_on_redacted
from chats.purge import originals_purge
from chats.redaction import detect, redact_text
from chats.redaction.documents import PDF_WORDS, redact_pdf
from chats.review.services import Place, redacted_text_tighten
from chats.review.text import text_version
from demo.generators.documents import text_pdf
from tests.factories import MediaItemFactory, StoredFileFactory
from woo.besluit import (
    beoordeling_save_record,
    passage_area_add,
    passage_ocr_add,
    passage_remove,
)
from woo.constants import OcrPlaats, Oordeel
from woo.models import WooPassage
from woo.pdf_boxes import pdf_boxes_by_reading, pdf_passage_boxes
from woo.release import build_release, ocr_passages_placed, release_items
from woo.services import WooError, selectie_add

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which(pytesseract.pytesseract.tesseract_cmd) is None,
        reason="tesseract ontbreekt (Debian-pakketten tesseract-ocr en tesseract-ocr-nld)",
    ),
]

SECRET = "Het college twijfelt intern nog over de kap van de lindes."
KEPT = "Verslag van de schouw op de Markt."
LINES = [KEPT, "", SECRET, "", "De bomen worden in maart gesnoeid."]


def _pdf_attachment(record, *, purge: bool, words: bool = True, pages=None) -> MediaItem:
    """A text PDF attached to message 1 as the pipeline stores it: its redacted, image-only
    rebuild, its text and where its words stand (kept on the redacted text by the purge)."""
    source = text_pdf(pages or [LINES])
    redacted = redact_pdf(source, detect=detect)
    text = redacted.text
    found = [(s, e, label) for s, e, label in redacted.text_spans]
    message = record.messages.get(seq=1)
    Message.objects.filter(pk=message.pk).update(kind=MessageKind.MEDIA, text="", text_redacted="")
    original = StoredFileFactory(
        submission=record, content=source, filename="orig-brief.pdf", mime_type="application/pdf"
    )
    media = MediaItemFactory(
        submission=record,
        seq=0,
        message=message,
        original=original,
        derived__content=redacted.data,
        derived__filename="derived-brief.pdf",
        derived__original_name="brief.pdf",
        derived__mime_type="application/pdf",
        derived__derived_key="media-0-redacted",
        name="brief.pdf",
        mime_type="application/pdf",
        release=MediaRelease.GEANONIMISEERD,
        ocr_text=text,
        ocr_text_redacted=redact_text(text, found) if found else text,
        ocr_boxes={PDF_WORDS: [list(w) for w in redacted.words]} if words else {},
    )
    if purge:
        originals_purge(submission_id=record.pk)
        media.refresh_from_db()
    return media


def _release(verzoek, tmp_path):
    release = build_release(verzoek, tmp_path, made_by="Medewerker Woo")
    pdf = next(n for n in release.files if n.endswith("besluit-documenten.pdf"))
    reader = PdfReader(io.BytesIO(release.path(pdf).read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    # A tall picture may be referred to from more than one page of the release: once each.
    pages = list(
        {
            image.name: image.image.convert("L")
            for page in reader.pages
            for image in page.images
            if image.image.height > 500  # the A4 page, not a logo
        }.values()
    )
    account = next(n for n in release.files if n.endswith(".txt"))
    return text, pages, release.path(account).read_text(encoding="utf-8")


def _read(image: Image.Image) -> str:
    return " ".join(pytesseract.image_to_string(image, lang="nld").split())


def _dark_share(image: Image.Image, top: float, bottom: float) -> float:
    """The share of dark pixels in a band of the page (fractions of its height), left half."""
    band = image.crop((0, int(top * image.height), image.width // 2, int(bottom * image.height)))
    histogram = band.histogram()
    return sum(histogram[:80]) / sum(histogram)


@pytest.fixture
def record(make_record):
    return make_record(["brief", "Dank u."])


def _marked(woo_user, verzoek, record, media) -> WooPassage:
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    text = media.ocr_text_redacted
    passage = passage_ocr_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=media.pk,
        passage=SECRET,
        start=text.index(SECRET),
        grond="5.2",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    return passage


@pytest.mark.parametrize("purge", [True, False], ids=["na-opschonen", "voor-opschonen"])
def test_a_sentence_marked_in_a_pdf_is_gone_from_the_release(
    woo_user, verzoek, record, tmp_path, purge
):
    media = _pdf_attachment(record, purge=purge)
    assert SECRET in media.ocr_text_redacted
    _marked(woo_user, verzoek, record, media)

    text, pages, account = _release(verzoek, tmp_path)
    # Not in the PDF's text layer: not in the attachment's text, not under the box.
    assert "twijfelt" not in text and "lindes" not in text
    assert "5.2" in text
    assert "schouw op de Markt" in text  # the rest of the attachment's text stays
    # The page image itself: the sentence's words are black, the rest can still be read.
    [page] = pages
    read = _read(page)
    assert "twijfelt" not in read and "lindes" not in read
    assert "schouw" in read and "gesnoeid" in read
    # The sentence is the third line of text (72 pt margin, 18 pt leading on 842 pt).
    line = (842 - 770 + 2 * 18) / 842
    assert _dark_share(page, line - 0.008, line + 0.004) > 0.5
    assert _dark_share(page, line - 0.05, line - 0.03) < 0.2
    # The message is deels openbaar on 5.2, and the decision lists the ground.
    [item, _] = release_items(verzoek)
    assert item.oordeel == Oordeel.DEELS_OPENBAAR
    assert "5.2" in item.gronden
    assert "Grond 5.2" in text
    assert "5.2" in account


def test_the_pages_are_read_again_when_the_word_places_were_not_kept(
    woo_user, verzoek, record, tmp_path
):
    # An attachment archived before its words' places were kept through the purge.
    media = _pdf_attachment(record, purge=True, words=False)
    assert media.ocr_boxes == {}
    _marked(woo_user, verzoek, record, media)
    text, [page], _ = _release(verzoek, tmp_path)
    assert "twijfelt" not in text and "lindes" not in text
    read = _read(page)
    assert "twijfelt" not in read and "lindes" not in read
    assert "schouw" in read


def test_removing_the_mark_restores_the_page(woo_user, verzoek, record, tmp_path):
    media = _pdf_attachment(record, purge=True)
    passage = _marked(woo_user, verzoek, record, media)
    passage_remove(user=woo_user, passage=passage)
    text, [page], _ = _release(verzoek, tmp_path)
    assert "twijfelt intern nog over de kap" in text
    assert "twijfelt" in _read(page)
    [item, _] = release_items(verzoek)
    assert item.oordeel == Oordeel.OPENBAAR
    assert "5.2" not in item.gronden


def test_an_area_still_cannot_be_drawn_on_a_pdf(woo_user, verzoek, record):
    media = _pdf_attachment(record, purge=True)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    with pytest.raises(WooError, match="selecteer"):
        passage_area_add(
            user=woo_user,
            verzoek=verzoek,
            media_id=media.pk,
            x=0.1,
            y=0.1,
            breedte=0.2,
            hoogte=0.1,
            grond="5.2",
        )


# --- the page of the officer ---------------------------------------------------------------


def _post(client, verzoek, record, media):
    return client.post(
        reverse("woo:passage_ocr", args=[verzoek.pk, record.pk]),
        {
            "afbeelding": media.pk,
            "passage": SECRET,
            "start": media.ocr_text_redacted.index(SECRET),
            "grond": "5.2",
            "pagina": 1,
        },
    )


def test_the_officer_marks_a_passage_of_the_pdf_on_the_request_page(
    woo_client, woo_user, verzoek, record, tmp_path
):
    media = _pdf_attachment(record, purge=True)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    # The attachment's text, to select in, with the form to black out a passage on a ground.
    assert "Tekst uit bijlage 1" in page
    assert f'data-ocr="{media.pk}"' in page
    assert "als geheel" not in page
    response = _post(woo_client, verzoek, record, media)
    assert response.status_code == 302
    [passage] = WooPassage.objects.filter(verzoek=verzoek, media=media)
    assert passage.grond == "5.2"
    assert media.ocr_text_redacted[passage.start : passage.end] == SECRET
    page = woo_client.get(response.url).content.decode()
    assert "op de pagina" in page  # said how the pages are handled
    assert "Weglakken ongedaan maken" in page
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    text, _, _ = _release(verzoek, tmp_path)
    assert "twijfelt" not in text


@pytest.mark.parametrize("who", ["ib", "medewerker"])
def test_only_the_woo_officer_may_mark_a_passage_in_a_pdf(
    logged_in, request, woo_user, verzoek, record, who
):
    media = _pdf_attachment(record, purge=True)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    client = logged_in(request.getfixturevalue(who))
    assert _post(client, verzoek, record, media).status_code == 403
    page = client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk]))
    assert page.status_code == 403
    assert not WooPassage.objects.filter(verzoek=verzoek).exists()


def test_anonymous_is_sent_to_log_in(client, woo_user, verzoek, record):
    media = _pdf_attachment(record, purge=True)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = _post(client, verzoek, record, media)
    assert response.status_code == 302
    assert "login" in response.url or "inloggen" in response.url
    assert not WooPassage.objects.filter(verzoek=verzoek).exists()


def test_the_pages_are_read_when_the_officer_marks_a_passage_whose_places_were_not_kept(
    woo_client, woo_user, verzoek, record
):
    # Read by the worker (here at once): the page tells whether the words were found.
    media = _pdf_attachment(record, purge=True, words=False)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = _post(woo_client, verzoek, record, media)
    [passage] = WooPassage.objects.filter(verzoek=verzoek, media=media)
    assert passage.plaats == OcrPlaats.GEVONDEN
    page = html.unescape(woo_client.get(response.url).content.decode())
    assert "De woorden zijn ook op de pagina's van de bijlage gevonden." in page
    assert "De pagina's zijn opnieuw gelezen" in page


def test_the_purge_keeps_the_pdf_words_on_the_redacted_text():
    # "Bel Jan Jansen nu" on one line, the name replaced: one place for the placeholder, no
    # offset into the original.
    original, redacted = "Bel Jan Jansen nu", "Bel [NAAM] nu"
    words = [
        [0, 3, 0, 10, 5, 40, 25, 0],
        [4, 7, 0, 45, 5, 80, 25, 0],
        [8, 14, 0, 85, 5, 150, 25, 0],
        [15, 17, 0, 155, 5, 180, 25, 0],
    ]
    kept = pdf_words_on_redacted(words, original, redacted)
    assert kept[PDF_REDACTED_LENGTH] == len(redacted)
    assert kept[PDF_WORDS_REDACTED] == [
        [0, 3, 0, 10, 5, 40, 25, 0],
        [4, 10, 0, 45, 5, 150, 25, 0],
        [11, 13, 0, 155, 5, 180, 25, 0],
    ]
    boxes = pdf_passage_boxes(kept, "", redacted, [(4, 13, "5.2")])
    assert boxes == {0: [((45, 5, 180, 25), "5.2")]}


def test_a_pdf_whose_pages_do_not_go_out_keeps_the_passage_out_of_its_text(
    woo_client, woo_user, verzoek, record, tmp_path
):
    # Released as drawn by Informatiebeheer (not checked): the release has its text only.
    media = _pdf_attachment(record, purge=True)
    MediaItem.objects.filter(pk=media.pk).update(release=MediaRelease.VRIJGEGEVEN)
    media.derived.derived_key = "media-0-pages"
    media.derived.save(update_fields=["derived_key"])
    _marked(woo_user, verzoek, record, media)
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    assert "gaan niet mee in de openbaarmaking" in html.unescape(page.decode())
    text, pages, _ = _release(verzoek, tmp_path)
    assert pages == []
    assert "twijfelt" not in text and "5.2" in text and "schouw op de Markt" in text


def test_the_verantwoording_calls_a_pdf_passage_text_of_the_attachment(
    woo_user, verzoek, record, tmp_path
):
    media = _pdf_attachment(record, purge=True)
    passage = _marked(woo_user, verzoek, record, media)
    _, _, account = _release(verzoek, tmp_path)
    assert f"tekst uit bijlage, tekens {passage.start}-{passage.end}" in account
    assert "tekst uit afbeelding" not in account


def test_further_anonymising_a_pdf_forgets_the_word_places_kept_on_its_text(
    woo_user, verzoek, record, ib, tmp_path
):
    # Kept by the purge on the redacted text; a later edit of that text moves its words, so
    # the places go (the release then reads the pages again) rather than point at other words.
    media = _pdf_attachment(record, purge=True)
    assert media.ocr_boxes.get(PDF_WORDS_REDACTED)
    text = media.ocr_text_redacted
    start = text.index("schouw")
    place = Place("media", media.pk, start, start + len("schouw"), text_version(text))
    redacted_text_tighten(submission_id=record.pk, place=place, label="PERSON", user=ib)
    media.refresh_from_db()
    assert "schouw" not in media.ocr_text_redacted
    assert PDF_WORDS_REDACTED not in media.ocr_boxes
    assert PDF_REDACTED_LENGTH not in media.ocr_boxes


def test_a_passage_past_the_drawn_pages_leaves_them_out_when_read_again():
    # Only the first page is drawn (PDF_MAX_PAGES); the passage stands on a later one. Read
    # again, it is on no drawn page: the pages are left out, never released unpainted.
    redacted = "Eerste pagina\n\nLaatste pagina Jan Jansen"
    start = redacted.index("Jan Jansen")
    reading = ("Eerste pagina", [[0, 6, 0, 0, 50, 10, 0], [7, 13, 60, 0, 50, 10, 0]])
    assert pdf_boxes_by_reading([reading], redacted, [(start, start + 10, "5.1.2e")]) is None


# --- a passage on a page past the drawn ones (PDF_MAX_PAGES) ---------------------------------

# The sentence stands on the second page; only the first is drawn.
TWO_PAGES = [[KEPT, "", "De bomen worden in maart gesnoeid."], [SECRET]]


@pytest.mark.parametrize("words", [True, False], ids=["plaatsen-bewaard", "opnieuw-gelezen"])
def test_a_passage_past_the_drawn_pages_is_never_released_and_said(
    woo_user, verzoek, record, tmp_path, monkeypatch, words
):
    monkeypatch.setattr(pdf_pages, "PDF_MAX_PAGES", 1)
    media = _pdf_attachment(record, purge=True, words=words, pages=TWO_PAGES)
    assert bool(media.ocr_boxes) == words
    _marked(woo_user, verzoek, record, media)
    text, pages, account = _release(verzoek, tmp_path)
    # Not in the attachment's text, and the second page is never drawn in the release.
    assert "twijfelt" not in text and "lindes" not in text and "5.2" in text
    assert "schouw op de Markt" in text
    for page in pages:
        assert "twijfelt" not in _read(page) and "lindes" not in _read(page)
    if words:
        # Its place is kept: on the second page, which is not drawn. The first page goes out
        # as it is, and the caption says the later pages are not in the release.
        [page] = pages
        assert "schouw" in _read(page)
        assert "alleen de eerste 1 van 2 pagina's zijn opgenomen" in text
        assert ocr_passages_placed(verzoek, media)
        assert "bijlage 1: pagina's niet opgenomen" not in account
    else:
        # Read again, the drawn page does not have it: whether it stands on a later page or was
        # misread on this one cannot be told, so no page goes out; said so, with the limit.
        assert pages == []
        assert not ocr_passages_placed(verzoek, media)
        said = (
            "de pagina's zijn niet opgenomen: de weggelakte tekst is op de eerste 1 van de 2 "
            "pagina's (alleen die worden opgenomen) niet terug te vinden"
        )
        assert said in text
        assert (
            "bijlage 1: pagina's niet opgenomen, de weggelakte tekst is op de eerste 1 van de 2 "
            "pagina's (alleen die worden opgenomen) niet terug te vinden" in account
        )


def test_the_officer_is_told_which_pages_of_a_long_pdf_go_out(
    woo_client, woo_user, verzoek, record, monkeypatch
):
    media = _pdf_attachment(record, purge=True, pages=TWO_PAGES)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    said = "dit document heeft 2 pagina's; alleen de eerste 1 gaan mee in de openbaarmaking"
    assert said not in html.unescape(woo_client.get(url).content.decode())
    monkeypatch.setattr(pdf_pages, "PDF_MAX_PAGES", 1)
    page = html.unescape(woo_client.get(url).content.decode())
    assert said in page
    assert (
        "Een latere pagina gaat nooit mee, ook niet als er een weggelakte passage op staat" in page
    )
    assert f'data-ocr="{media.pk}"' in page

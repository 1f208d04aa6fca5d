"""Attachments in the Woo release (walk48): a redacted PDF attachment judged (deels) openbaar
is in the release PDF, and an attachment Informatiebeheer withheld cannot be judged openbaar.

The walk: an Android export with verslag.pdf (redacted, servable to Woo) and a voice note
Informatiebeheer withheld; judged "Openbaar" at once, the release PDF showed both only as
"(bijlage niet opgenomen in het archiefstuk)" while the inventarislijst listed them as
(deels) openbaar."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import MediaRelease
from tests.woo.conftest import attach_media, image_pdf
from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel
from woo.documents import judgements
from woo.release import release_items, write_release_pdf
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(make_record):
    record = make_record(["De boom is omgewaaid.", "spraak", "verslag", "Dank u."])
    attach_media(
        record,
        2,
        mime="audio/ogg",
        content=b"OggS voice",
        name="PTT-20240312-WA0002.opus",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    attach_media(
        record,
        3,
        mime="application/pdf",
        content=image_pdf(2),
        name="verslag.pdf",
        release=MediaRelease.GEANONIMISEERD,
        ocr_redacted="Verslag boomschade, bewoner [NAAM]",
    )
    return record


def _release_text(verzoek) -> tuple[str, PdfReader]:
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), reader


def test_a_released_pdf_attachment_is_in_the_release(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=record.messages.get(seq=2).pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    text, reader = _release_text(verzoek)
    # Its two pages are in the PDF as images, its text with the archive's blackout as a box.
    # (Drawn at 150 dpi from pages of 120 and 121 points.)
    sizes = {i.image.width for p in reader.pages for i in p.images}
    assert sizes == {251, 253}
    assert "PDF-document (bijlage" in text
    assert "Verslag boomschade, bewoner 5.1.2e" in text
    assert "niet opgenomen in het archiefstuk" not in text


def test_a_withheld_attachment_is_not_judged_openbaar_at_once(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    skipped = []
    count = beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=record.pk,
        oordeel=Oordeel.OPENBAAR,
        skipped=skipped,
    )
    assert count == 3
    assert [doc.seq for doc in skipped] == [2]
    voice = record.messages.get(seq=2)
    assert not verzoek.beoordelingen.filter(message=voice).exists()


def test_a_withheld_attachment_is_refused_openbaar_one_by_one(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    voice = record.messages.get(seq=2)
    with pytest.raises(WooError, match="achtergehouden"):
        beoordeling_save(
            user=woo_user, verzoek=verzoek, message_id=voice.pk, oordeel=Oordeel.OPENBAAR
        )
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=voice.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )


def test_the_bulk_judgement_says_which_attachment_was_skipped(
    woo_client, woo_user, verzoek, record
):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": Oordeel.OPENBAAR},
        follow=True,
    )
    page = response.content.decode()
    assert "bericht 2" in page and "achtergehouden" in page


def test_a_message_whose_attachment_is_withheld_may_be_deels_openbaar(woo_user, verzoek, record):
    # What the refusal of 'openbaar' offers (WITHHELD_ATTACHMENT): the text made public, the
    # withheld attachment its withheld part, with no passage of the text blacked out (review 48:
    # refused, so the text of such a message could only be niet openbaar).
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    voice = record.messages.get(seq=2)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=voice.pk,
        oordeel=Oordeel.DEELS_OPENBAAR,
        gronden=["5.1.2e"],
    )
    assert verzoek.beoordelingen.get(message=voice).oordeel == Oordeel.DEELS_OPENBAAR


def test_the_release_names_a_withheld_attachment_truthfully(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    voice = record.messages.get(seq=2)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=voice.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    text, _ = _release_text(verzoek)
    assert "Bericht niet openbaar (5.1.2e)" in text
    assert "niet opgenomen in het archiefstuk" not in text


def test_openbaar_lapses_when_the_attachment_is_withheld_afterwards(
    woo_client, woo_user, verzoek, record
):
    # The PDF attachment (#4) judged openbaar, then Informatiebeheer withholds it.
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    pdf_message = record.messages.get(seq=3)
    pdf_message.media.update(release=MediaRelease.ACHTERGEHOUDEN)
    by_message, _ = judgements(verzoek)
    assert by_message[pdf_message.pk].holds is False
    assert by_message[record.messages.get(seq=1).pk].holds is True
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    page = page.decode()
    assert "maar de bijlage is door Informatiebeheer achtergehouden" in page
    assert "nader geanonimiseerd: dit oordeel vervalt" not in page

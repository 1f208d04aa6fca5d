"""The defects of the Woo decision measured on main (issue 13), one test each.

Each failed on main: the export ignored judgements, labelled blackouts with the data type,
lacked grounds, let a whole-record selection override its messages, released unassessed
documents, closed a request with unassessed documents and lifted the legal hold at once, purged
originals of a held record, and left withheld screenshots off the inventory.
"""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from chats.constants import MediaRelease, UploadKind
from chats.purge import originals_purge, submissions_due_for_purge
from tests.conftest import png_bytes
from tests.woo.conftest import made_and_downloaded
from woo import grounds
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add, verzoek_close
from woo.constants import Oordeel, VerzoekStatus
from woo.legal_hold import held_submission_ids
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


def _pdf_text(response) -> str:
    assert response.status_code == 200, response
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def _judge(user, verzoek, record, oordeel, *gronden, seq=None):
    message = record.messages.get(seq=seq) if seq else record.messages.get()
    return beoordeling_save(
        user=user, verzoek=verzoek, message_id=message.pk, oordeel=oordeel, gronden=list(gronden)
    )


def test_a_message_judged_niet_openbaar_is_one_line_with_its_ground(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(["Geheime afspraak over de kastanje."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.NIET_OPENBAAR, "5.1.2e")
    text = _pdf_text(made_and_downloaded(woo_client, verzoek, "pdf"))
    assert "Bericht niet openbaar (5.1.2e)" in text
    assert "Geheime afspraak" not in text and "kastanje" not in text


def test_unassessed_documents_are_not_exported(woo_client, woo_user, verzoek, make_record):
    record = make_record(["Een.", "Twee."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.OPENBAAR, seq=1)
    for kind in ("pdf", "csv", "xlsx", "zip"):
        response = woo_client.get(reverse("woo:release", args=[verzoek.pk, kind]), follow=True)
        assert response.redirect_chain[-1][0].endswith("#nog-te-beoordelen")
        shown = " ".join(str(m) for m in response.context["messages"])
        assert "1 document is nog niet beoordeeld" in shown
        assert f"WA-{record.pk:06d} bericht 3" in shown


def test_a_passage_of_a_deels_openbaar_message_is_a_box_with_its_ground(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(["Het bod van de aannemer is 40.000 euro, zegt de wethouder."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    message = record.messages.get()
    passage_add(
        user=woo_user, verzoek=verzoek, message_id=message.pk, passage="40.000 euro", grond="5.1.2b"
    )
    beoordeling_save(
        user=woo_user, verzoek=verzoek, message_id=message.pk, oordeel=Oordeel.DEELS_OPENBAAR
    )
    text = _pdf_text(made_and_downloaded(woo_client, verzoek, "pdf"))
    assert "Het bod van de aannemer is" in text and "zegt de wethouder" in text
    assert "5.1.2b" in text and "40.000" not in text


def test_personal_data_is_labelled_with_its_ground_not_its_data_type(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(
        [("Bel [TELEFOONNUMMER] voor de sleutel.", "Bel 06-48213377 voor de sleutel.")]
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.OPENBAAR)
    text = _pdf_text(made_and_downloaded(woo_client, verzoek, "pdf"))
    assert "Bel 5.1.2e voor de sleutel." in text
    assert "TELEFOONNUMMER" not in text and "06-48213377" not in text
    rows = _csv_rows(made_and_downloaded(woo_client, verzoek, "csv"))
    # Openbaar with personal data blacked out is released as deels openbaar on 5.1.2e.
    assert (rows[1][6], rows[1][7]) == ("Deels openbaar", "5.1.2e")


def test_the_grounds_are_complete_for_the_current_woo(woo_client, woo_user, verzoek, make_record):
    expected = (
        {f"5.1.1{c}" for c in "abcde"} | {f"5.1.2{c}" for c in "abcdefghi"} | {"5.1.5", "5.2"}
    )
    assert expected <= set(grounds.BY_CODE)
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    for code in ("5.1.1a", "5.1.1b", "5.1.2a"):
        assert f'value="{code}"' in html


def test_a_whole_record_selection_keeps_the_judgements_of_its_messages(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(["Dit mag iedereen lezen.", "Mijn eigen afweging: niet doen."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.OPENBAAR, seq=1)
    _judge(woo_user, verzoek, record, Oordeel.NIET_OPENBAAR, "5.2", seq=2)
    text = _pdf_text(made_and_downloaded(woo_client, verzoek, "pdf"))
    assert "Dit mag iedereen lezen." in text
    assert "eigen afweging" not in text and "Bericht niet openbaar (5.2)" in text


def test_the_record_judgement_is_derived_from_its_messages(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(["Openbaar bericht.", "Geweigerd bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.OPENBAAR, seq=1)
    _judge(woo_user, verzoek, record, Oordeel.NIET_OPENBAAR, "5.1.2e", seq=2)
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert '<td class="woo-oordeel" data-label="Beoordeling (afgeleid)">Deels openbaar</td>' in html
    assert 'name="besluit"' not in html and "-besluit" not in html


def test_a_request_with_unassessed_documents_cannot_be_closed(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record(["Een.", "Twee."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    _judge(woo_user, verzoek, record, Oordeel.OPENBAAR, seq=1)
    with pytest.raises(WooError, match="1 document is nog niet beoordeeld"):
        verzoek_close(user=woo_user, verzoek=verzoek)
    response = woo_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]), follow=True)
    verzoek.refresh_from_db()
    assert verzoek.status == VerzoekStatus.OPEN
    assert "Afhandelen kan niet" in " ".join(str(m) for m in response.context["messages"])


def test_closing_keeps_the_hold_until_the_objection_term_has_passed(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    today = timezone.localdate()
    verzoek_close(user=woo_user, verzoek=verzoek, besluit_op=today)
    assert record.pk in held_submission_ids(on=today)
    assert record.pk in held_submission_ids(on=today + timedelta(weeks=6))
    assert record.pk not in held_submission_ids(on=today + timedelta(weeks=6, days=1))


def test_the_purge_of_originals_skips_a_record_on_hold(woo_user, verzoek, make_record, settings):
    from chats.constants import RenditionState

    record = make_record(["Een."])
    record.rendition_state = RenditionState.KLAAR
    record.archived_at = timezone.now() - timedelta(days=90)
    record.save(update_fields=["rendition_state", "archived_at"])
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    assert record in submissions_due_for_purge()
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    assert record not in submissions_due_for_purge()
    result = originals_purge(submission_id=record.pk)
    record.refresh_from_db()
    assert result.on_hold and record.originals_purged_at is None
    assert record.messages.get().text == "Een."


def test_a_withheld_screenshot_is_on_the_inventory_and_in_the_pdf(
    woo_client, woo_user, verzoek, make_record, make_media
):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    shown = make_media(record, None, original=png_bytes(61, 40), derived=png_bytes(61, 30))
    withheld = make_media(record, None, original=png_bytes(62, 40), derived=png_bytes(62, 30))
    withheld.release = MediaRelease.ACHTERGEHOUDEN
    withheld.save(update_fields=["release"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save(user=woo_user, verzoek=verzoek, media_id=shown.pk, oordeel=Oordeel.OPENBAAR)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        media_id=withheld.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    rows = _csv_rows(made_and_downloaded(woo_client, verzoek, "csv"))
    ref = f"WA-{record.pk:06d}"
    assert [(row[2], row[6]) for row in rows[1:]] == [
        (f"{ref} schermafbeelding 1 van 2", "Openbaar"),
        (f"{ref} schermafbeelding 2 van 2", "Niet openbaar"),
    ]
    response = made_and_downloaded(woo_client, verzoek, "pdf")
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    assert [i.image.width for page in reader.pages for i in page.images] == [61]
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Schermafbeelding niet openbaar (5.1.2e)" in text

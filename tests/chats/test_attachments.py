"""One rule for every file a record holds: Woo and the archive PDF only get a redacted
derivative or an item Informatiebeheer released. End to end: upload, process, archive, serve."""

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from audit.models import AuditEvent
from chats import purge
from chats.archiving import archive_complete
from chats.constants import MediaRelease, SubmissionStatus, UploadKind
from chats.models import MediaItem, RedactionSpan, StoredFile, Submission
from chats.pipeline import build, errors
from chats.pipeline.errors import MALWARE_FOUND
from chats.processing import submission_process
from chats.review import services
from chats.review.errors import ReviewError
from chats.review.services import (
    date_order_confirm,
    media_release,
    media_withhold,
    redaction_add,
    redaction_toggle,
    review_archive,
    review_reject,
)
from chats.services import IncomingFile, submission_create
from demo.generators.documents import (
    LETTER_SECRETS,
    MP4_LOCATION,
    VCARD,
    mp4_with_location,
    opus_voice_note,
    scanned_pdf,
    text_pdf,
)
from tests.conftest import SUBMISSION_FIELDS as FIELDS
from tests.factories import ZaakFactory
from woo.query import parse_query
from woo.search import SearchFilters, search, unsearched_media

pytestmark = pytest.mark.django_db

IOS_CHAT = (
    "[12-03-2024 09:15:02] Jan Jansen: Goedemorgen, de boom is omgewaaid.\n"
    "[12-03-2024 09:16:10] Jan Jansen: \u200e<bijgevoegd: 00000002-Brief.pdf>\n"
    "[12-03-2024 09:17:05] Jan Jansen: \u200e<bijgevoegd: 00000003-AUDIO-2024-03-12.opus>\n"
    "[12-03-2024 09:18:00] Jan Jansen: \u200e<bijgevoegd: 00000004-VIDEO-2024-03-12.mp4>\n"
    "[12-03-2024 09:19:00] Jan Jansen: \u200e<bijgevoegd: 00000005-Pieter Bakker.vcf>\n"
    "[12-03-2024 09:20:00] Mila de Vries: Dank u, we sturen iemand langs.\n"
)
ANDROID_CHAT = (
    "12-03-2024 09:15 - Jan Jansen: Goedemorgen, de boom is omgewaaid.\n"
    "12-03-2024 09:16 - Jan Jansen: Brief.pdf (bestand bijgevoegd)\n"
    "12-03-2024 09:17 - Jan Jansen: PTT-20240312-WA0001.opus (bestand bijgevoegd)\n"
    "12-03-2024 09:20 - Mila de Vries: Dank u, we sturen iemand langs.\n"
)


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


@pytest.fixture
def employee(make_user):
    user = make_user("mila", "Medewerker")
    user.first_name, user.last_name = "Mila", "de Vries"
    user.save()
    return user


@pytest.fixture
def woo_client(logged_in, make_user):
    return logged_in(make_user("woo", "Medewerker", "Woo-behandelaar"))


def _ios_export(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat - Boom.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", IOS_CHAT)
        archive.writestr("00000002-Brief.pdf", text_pdf())
        archive.writestr("00000003-AUDIO-2024-03-12.opus", opus_voice_note())
        archive.writestr("00000004-VIDEO-2024-03-12.mp4", mp4_with_location())
        archive.writestr("00000005-Pieter Bakker.vcf", VCARD)
    return path


def _android_export(tmp_path: Path) -> list[Path]:
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    pdf = tmp_path / "Brief.pdf"
    pdf.write_bytes(text_pdf())
    voice = tmp_path / "PTT-20240312-WA0001.opus"
    voice.write_bytes(opus_voice_note())
    return [chat, pdf, voice]


def _processed(user, paths: list[Path], kind: str):
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=kind,
        **FIELDS,
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    submission.refresh_from_db()
    return submission


@pytest.fixture
def archived(ib, django_capture_on_commit_callbacks, monkeypatch):
    """archived(submission): archive it, make its PDF and purge its originals, as the worker does."""
    from chats import tasks

    monkeypatch.setattr(tasks.complete_archive, "delay", lambda submission_id: None)

    def archive(submission):
        submission.refresh_from_db()
        if submission.date_order_uncertain:
            # These short exports leave the day-month order open: confirmed first, as on the page.
            date_order_confirm(submission_id=submission.pk, date_order="DMY", user=ib)
        with django_capture_on_commit_callbacks(execute=True):
            review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
        with django_capture_on_commit_callbacks(execute=True):
            assert archive_complete(submission_id=submission.pk).done
        submission.refresh_from_db()
        assert submission.originals_purged_at is not None
        return submission

    return archive


def _item(submission, suffix: str) -> MediaItem:
    return next(m for m in submission.media.all() if m.name.lower().endswith(suffix))


def _read(stored: StoredFile) -> bytes:
    with stored.file.open("rb") as fh:
        return fh.read()


def _woo_get(client, submission, item):
    return client.get(reverse("woo:record_media", args=[submission.pk, item.pk]))


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


# --- PDFs -------------------------------------------------------------------------------------


def test_a_pdf_in_an_iphone_export_reaches_woo_only_redacted(
    employee, ib, archived, woo_client, tmp_path
):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    original = text_pdf()
    item = _item(submission, ".pdf")
    assert item.release == MediaRelease.GEANONIMISEERD
    derived = _read(item.derived)
    assert derived != original
    # Image-only: no text layer left behind, and no personal data in the bytes.
    assert _pdf_text(derived).strip() == ""
    for secret in LETTER_SECRETS:
        assert secret.encode() not in derived
    assert len(PdfReader(io.BytesIO(derived)).pages) == 1

    submission = archived(submission)
    response = _woo_get(woo_client, submission, item)
    assert response.status_code == 200
    served = b"".join(response.streaming_content)
    assert served == derived != original


def test_the_text_of_a_pdf_is_searchable_without_its_personal_data(
    employee, ib, archived, tmp_path
):
    """Issue 17: everything searchable that can be. The PDF's words are found by Woo search,
    redacted like a message: its personal data never reaches the index."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    assert "de gevraagde gegevens voor de aanvraag" in item.ocr_text_redacted
    for secret in LETTER_SECRETS:
        assert secret in item.ocr_text  # what Informatiebeheer reviews
        assert secret not in item.ocr_text_redacted
    submission = archived(submission)
    found = search(parse_query("aanvraag"), SearchFilters(), mode="gesprek")
    assert [r.submission.pk for r in found.records] == [submission.pk]
    assert not search(parse_query("111222333"), SearchFilters(), mode="gesprek").records
    # Not counted among the attachments search cannot see any more.
    assert "1 bijlage" not in unsearched_media([submission.pk]).get(submission.pk, ())


def test_a_word_blacked_out_by_hand_in_a_pdfs_text_is_painted_on_its_pages(
    employee, ib, archived, woo_client, tmp_path
):
    """A box Informatiebeheer adds in a PDF's text is painted on its redacted pages, where the
    words stand, as a box on a screenshot is: the PDF stays available to Woo, not withheld."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    before = _read(item.derived)
    _redact_by_hand(item, "omgewaaid", "PERSON", ib)
    item.refresh_from_db()
    assert item.release == MediaRelease.GEANONIMISEERD
    assert not AuditEvent.objects.filter(action="media.withheld").exists()
    painted = _read(item.derived)
    assert painted != before and item.derived.sha256 == hashlib.sha256(painted).hexdigest()
    reader = PdfReader(io.BytesIO(painted))
    assert len(reader.pages) == 1 and _pdf_text(painted).strip() == ""
    image = next(iter(reader.pages[0].images)).image.convert("L")
    assert _share(image, _box_of("omgewaaid"), lambda p: p < 60) > 0.95
    # What processing blacked out stays black; the words around stay readable.
    assert _share(image, _box_of("111222333"), lambda p: p < 60) > 0.95
    assert _share(image, _box_of("aanvraag"), lambda p: p > 200) > 0.4
    submission = archived(submission)
    served = b"".join(_woo_get(woo_client, submission, item).streaming_content)
    assert served == painted


def _without_word_places(item: MediaItem) -> MediaItem:
    """As a PDF processed before the places of its words were kept (or whose words lie on a
    rotated page): a box in its text cannot be painted on its pages."""
    MediaItem.objects.filter(pk=item.pk).update(ocr_boxes={})
    item.refresh_from_db()
    return item


def test_a_name_blacked_out_by_hand_in_a_pdfs_text_withholds_the_pdf_itself(employee, ib, tmp_path):
    """Where the PDF's pixels cannot be redrawn from a span in its text: rather than serve a PDF
    that still shows what Informatiebeheer just hid, it is withheld; and (browser walk fixw1)
    it cannot be released as is while its pages still show the passage."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _without_word_places(_item(submission, ".pdf"))
    start = item.ocr_text.index("boom voor de deur")
    redaction_add(
        submission_id=submission.pk,
        media_id=item.pk,
        start=start,
        end=start + len("boom"),
        label="ADDRESS",
        user=ib,
    )
    item.refresh_from_db()
    assert "[ADRES] voor de deur" in item.ocr_text_redacted
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    assert AuditEvent.objects.filter(action="media.withheld").count() == 1
    # Its pages still show the passage: a release is refused, with the reason.
    with pytest.raises(ReviewError) as refused:
        media_release(submission_id=submission.pk, media_id=item.pk, user=ib)
    assert "nog leesbaar" in refused.value.message
    item.refresh_from_db()
    assert item.release == MediaRelease.ACHTERGEHOUDEN


def _redact_by_hand(item: MediaItem, word: str, label: str, user) -> RedactionSpan:
    """Informatiebeheer blacks out the first `word` in the attachment's text."""
    start = item.ocr_text.index(word)
    return redaction_add(
        submission_id=item.submission_id,
        media_id=item.pk,
        start=start,
        end=start + len(word),
        label=label,
        user=user,
    )


def test_a_hand_made_redaction_switched_back_on_in_a_pdfs_text_withholds_the_pdf_again(
    employee, ib, ib_client, tmp_path
):
    """Switching a redaction made by hand back on hides the words in the PDF's text again, but
    not in its pages (only what was found at processing is black there). Undone, the PDF
    released, then redone: the PDF Woo would get shows the words again, so it is withheld."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _without_word_places(_item(submission, ".pdf"))
    word = "gisteren"
    span = _redact_by_hand(item, word, "DATE_OF_BIRTH", ib)
    redaction_toggle(span_id=span.pk, user=ib)  # undone: the words show in the text again
    media_release(submission_id=submission.pk, media_id=item.pk, user=ib)
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_toggle", args=[submission.pk, span.pk]),
        follow=True,
    )
    item.refresh_from_db()
    assert word not in item.ocr_text_redacted
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    assert AuditEvent.objects.filter(action="media.withheld").count() == 2
    assert "het bestand is achtergehouden voor Woo" in response.content.decode()


def test_a_redaction_in_the_text_of_a_withheld_pdf_says_its_pages_still_show_it(
    employee, ib, ib_client, tmp_path
):
    """A PDF already withheld (by hand, or for active content) stays so, but a later release
    serves pages that still show what was just hidden in its text: the review page says so
    when the redaction is made, not only when it withheld the PDF itself."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _without_word_places(_item(submission, ".pdf"))
    media_withhold(submission_id=submission.pk, media_id=item.pk, user=ib)
    start = item.ocr_text.index("gevraagde")
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]),
        {
            "target": "media",
            "target_id": item.pk,
            "start": start,
            "end": start + len("gevraagde"),
            "label": "PERSON",
        },
        follow=True,
    )
    item.refresh_from_db()
    assert "gevraagde" not in item.ocr_text_redacted
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    html = response.content.decode()
    assert "In het PDF-bestand zelf kan dat niet worden bijgewerkt" in html
    assert "het bestand blijft achtergehouden voor Woo" in html


def test_switching_a_redaction_reads_the_pdfs_release_after_it_holds_the_lock(
    employee, ib, tmp_path, monkeypatch
):
    """A release saved while the switch waited for the chat's lock is what the switch sees: read
    before the lock, the PDF stayed released with a hand-made redaction on that its pages lack
    (and two switches at once could both read 'off' and both switch it on)."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _without_word_places(_item(submission, ".pdf"))
    span = _redact_by_hand(item, "vriendelijke", "PERSON", ib)
    redaction_toggle(span_id=span.pk, user=ib)
    lock = services._lock_reviewable

    def released_meanwhile(submission_id, **kwargs):
        # What another request committed while this one waited for the lock.
        MediaItem.objects.filter(pk=item.pk).update(release=MediaRelease.VRIJGEGEVEN)
        return lock(submission_id, **kwargs)

    monkeypatch.setattr(services, "_lock_reviewable", released_meanwhile)
    redaction_toggle(span_id=span.pk, user=ib)
    item.refresh_from_db()
    assert RedactionSpan.objects.get(pk=span.pk).active
    assert item.release == MediaRelease.ACHTERGEHOUDEN


def test_a_detected_redaction_switched_back_on_in_a_pdfs_text_leaves_the_pdf_released(
    employee, ib, tmp_path
):
    """What was found at processing is black in the PDF's pages whatever its text says: switching
    it off and on again does not withhold the PDF."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    span = RedactionSpan.objects.filter(media=item).first()
    redaction_toggle(span_id=span.pk, user=ib)
    redaction_toggle(span_id=span.pk, user=ib)
    item.refresh_from_db()
    assert item.release == MediaRelease.GEANONIMISEERD
    assert not AuditEvent.objects.filter(action="media.withheld").exists()


def test_the_review_page_shows_a_pdfs_text_and_says_when_an_edit_withheld_it(
    employee, ib_client, tmp_path
):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _without_word_places(_item(submission, ".pdf"))
    page = reverse("admin:chats_submission_review", args=[submission.pk])
    html = ib_client.get(page).content.decode()
    assert "Tekst in het bestand:" in html
    assert "gevraagde gegevens voor de aanvraag" in html
    start = item.ocr_text.index("boom")
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]),
        {"target": "media", "target_id": item.pk, "start": start, "end": start + 4},
        follow=True,
    )
    assert "Selecteer een stuk tekst" in response.content.decode()  # no label chosen
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]),
        {
            "target": "media",
            "target_id": item.pk,
            "start": start,
            "end": start + 4,
            "label": "ADDRESS",
        },
        follow=True,
    )
    assert "het bestand is achtergehouden voor Woo" in response.content.decode()


def pdf_box(pdf: bytes, needle: str) -> tuple[float, float, float, float]:
    """Where `needle` sits on page 1 of `pdf`, in points (left, top, right, bottom measured from
    the top left)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    at = textpage.get_text_range().index(needle)
    boxes = [textpage.get_charbox(i) for i in range(at, at + len(needle))]
    height = page.get_size()[1]
    return (
        min(b[0] for b in boxes),
        height - max(b[3] for b in boxes),
        max(b[2] for b in boxes),
        height - min(b[1] for b in boxes),
    )


def _box_of(needle: str) -> tuple[float, float, float, float]:
    """Where `needle` sits on page 1 of the original letter."""
    return pdf_box(text_pdf(), needle)


def _share(image, box, predicate) -> float:
    scale = image.width / 595
    left, top, right, bottom = (round(v * scale) for v in box)
    pixels = list(image.crop((left, top, right, bottom)).get_flattened_data())
    return sum(1 for p in pixels if predicate(p)) / len(pixels)


def test_the_pdf_is_blacked_out_where_the_personal_data_was(employee, tmp_path):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    reader = PdfReader(io.BytesIO(_read(item.derived)))
    image = next(iter(reader.pages[0].images)).image.convert("L")
    for secret in ("111222333", "Pieter Bakker", "06-12345678", "Kerkstraat 12", "7941 AB"):
        assert _share(image, _box_of(secret), lambda p: p < 60) > 0.95, secret
    # Ordinary words stay readable: ink on white, not a box.
    ordinary = _share(image, _box_of("omgewaaid"), lambda p: p > 200)
    assert ordinary > 0.4


def _export_with_pdf(tmp_path: Path, member: str, data: bytes) -> Path:
    """An iPhone export whose one message is the PDF `member` (`data`)."""
    path = tmp_path / "WhatsApp Chat - PDF.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_chat.txt", f"[12-03-2024 09:16:10] Jan Jansen: \u200e<bijgevoegd: {member}>\n"
        )
        archive.writestr(member, data)
    return path


def test_a_scanned_pdf_is_withheld_until_released(employee, ib, archived, woo_client, tmp_path):
    path = _export_with_pdf(tmp_path, "00000002-Scan.pdf", scanned_pdf())
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    assert "achtergehouden" in item.flag_reason
    submission = archived(submission)
    assert _woo_get(woo_client, submission, item).status_code == 404


def _with_hidden_parts(pdf: bytes) -> bytes:
    """`pdf` with what nobody sees on its pages: an author, XMP and an attached file."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_metadata({"/Author": "Willemijn Terpstra", "/Subject": "BSN 238474008"})
    writer.add_attachment("dossier.txt", b"Willemijn Terpstra, BSN 238474008, Zomerdijk 4")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_withheld_pdf_is_read_and_released_as_its_drawn_pages_only(
    employee, ib, archived, woo_client, tmp_path
):
    # Informatiebeheer judged the pages it saw; a release gave Woo the file as sent, with its
    # author, XMP and an attached file nobody had seen (red team 29).
    path = _export_with_pdf(tmp_path, "00000002-Scan.pdf", _with_hidden_parts(scanned_pdf()))
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    submission = archived(submission)
    media_release(submission_id=submission.pk, media_id=item.pk, user=ib)
    response = _woo_get(woo_client, submission, item)
    assert response.status_code == 200
    served = b"".join(response.streaming_content)
    for hidden in (b"Terpstra", b"238474008", b"dossier.txt", b"EmbeddedFile"):
        assert hidden not in served, hidden
    reader = PdfReader(io.BytesIO(served))
    assert len(reader.pages) == 1
    assert not reader.pages[0].extract_text().strip()  # the drawn page, no text layer
    assert len(list(reader.pages[0].images)) == 1


def _locked_pdf() -> bytes:
    """The letter, readable only with a password."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    return locked.getvalue()


def test_a_pdf_with_a_password_keeps_no_copy_and_cannot_be_released(
    employee, ib, archived, tmp_path
):
    path = _export_with_pdf(tmp_path, "00000002-Slot.pdf", _locked_pdf())
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    assert item.derived is None
    assert "geen versie die kan worden gelezen of vrijgegeven" in item.flag_reason
    submission = archived(submission)
    with pytest.raises(ReviewError):
        media_release(submission_id=submission.pk, media_id=item.pk, user=ib)


def test_pdf_pages_past_the_chats_budget_are_withheld_not_the_whole_chat_failed(
    employee, settings, tmp_path
):
    # Every PDF page is read with OCR (seconds a page): six PDFs of 50 pages would run past the
    # task's time limit and fail the whole chat (review 29). Past the budget a PDF is withheld.
    settings.ARCHIEF_PDF_PAGES_PER_CHAT = 3
    path = tmp_path / "WhatsApp Chat - Brieven.zip"
    two_pages = text_pdf([["Geachte heer,", "Een brief."], ["Met vriendelijke groet"]])
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_chat.txt",
            "[12-03-2024 09:16:10] Jan Jansen: \u200e<bijgevoegd: 00000002-Eerste.pdf>\n"
            "[12-03-2024 09:17:10] Jan Jansen: \u200e<bijgevoegd: 00000003-Tweede.pdf>\n",
        )
        archive.writestr("00000002-Eerste.pdf", two_pages)
        archive.writestr("00000003-Tweede.pdf", two_pages)
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    first, second = _item(submission, "eerste.pdf"), _item(submission, "tweede.pdf")
    assert first.release == MediaRelease.GEANONIMISEERD
    assert second.release == MediaRelease.ACHTERGEHOUDEN
    assert "meer PDF-pagina's dan er in één keer" in second.flag_reason
    assert second.derived is not None  # its drawn pages, for Informatiebeheer to read


# --- audio, video and contact cards -----------------------------------------------------------


def test_audio_and_video_are_withheld_from_woo_until_informatiebeheer_releases_them(
    employee, ib, archived, woo_client, tmp_path
):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    voice, video = _item(submission, ".opus"), _item(submission, ".mp4")
    assert voice.release == video.release == MediaRelease.ACHTERGEHOUDEN
    # Informatiebeheer can play them on the review page.
    ib_client = woo_client.__class__()
    ib_client.force_login(ib)
    url = reverse("admin:chats_submission_media", args=[submission.pk, voice.pk])
    assert ib_client.get(url).status_code == 200

    submission = archived(submission)
    assert _woo_get(woo_client, submission, voice).status_code == 404
    assert _woo_get(woo_client, submission, video).status_code == 404

    media_release(submission_id=submission.pk, media_id=voice.pk, user=ib)
    voice.refresh_from_db()
    assert voice.release == MediaRelease.VRIJGEGEVEN and voice.released_by == ib
    response = _woo_get(woo_client, submission, voice)
    assert response.status_code == 200
    served = b"".join(response.streaming_content)
    # Metadata stripped from what is released: the tags named a person and an address.
    assert b"Pieter Bakker" not in served and b"Kerkstraat" not in served
    assert served.startswith(b"OggS")
    assert AuditEvent.objects.filter(action="media.released", object_id=str(voice.pk)).exists()

    media_withhold(submission_id=submission.pk, media_id=voice.pk, user=ib)
    assert _woo_get(woo_client, submission, voice).status_code == 404


def test_a_released_video_has_no_location(employee, ib, archived, woo_client, tmp_path):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    video = _item(submission, ".mp4")
    data = _read(video.derived)
    assert MP4_LOCATION not in data and b"Pieter" not in data
    assert len(data) == len(mp4_with_location())  # same layout: offsets stay valid
    submission = archived(submission)
    media_release(submission_id=submission.pk, media_id=video.pk, user=ib)
    assert _woo_get(woo_client, submission, video).status_code == 200


def test_a_contact_card_is_never_released(employee, ib, archived, woo_client, tmp_path):
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    card = _item(submission, ".vcf")
    assert card.release == MediaRelease.NOOIT
    submission = archived(submission)
    with pytest.raises(ReviewError, match="contactkaart"):
        media_release(submission_id=submission.pk, media_id=card.pk, user=ib)
    assert _woo_get(woo_client, submission, card).status_code == 404
    # The contact's name, which was in the file name, is gone from what the record keeps.
    card.refresh_from_db()
    assert card.name == "bijlage-4.vcf"
    message = card.message
    assert "Pieter" not in message.text_redacted + message.text + str(message.attachment_names)
    for stored in StoredFile.objects.filter(submission=submission, purged_at__isnull=True):
        assert "Pieter" not in stored.original_name + stored.member_name + stored.file.name


def test_a_contact_cards_copy_goes_at_the_purge(employee, archived, ib_client, tmp_path):
    """Stop 29 noticed: the card is never released, yet its copy (name, number, address of the
    contact) stayed in the archive for good. Informatiebeheer reads it while reviewing; the purge
    removes it with the originals."""
    submission = _processed(employee, [_ios_export(tmp_path)], UploadKind.IOS_EXPORT)
    copy = _item(submission, ".vcf").derived
    name = copy.file.name
    assert b"Pieter" in _read(copy)
    submission = archived(submission)
    copy.refresh_from_db()
    assert copy.purged_at is not None and not copy.file
    assert not default_storage.exists(name)
    card = _item(submission, ".vcf")
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert reverse("admin:chats_submission_media", args=[submission.pk, card.pk]) not in (
        page.content.decode()
    )


# --- iPhone and Android alike; nothing selected is lost at the purge ---------------------------


def test_iphone_and_android_attachments_are_treated_the_same_and_survive_the_purge(
    employee, archived, tmp_path
):
    ios_dir, android_dir = tmp_path / "ios", tmp_path / "android"
    ios_dir.mkdir()
    android_dir.mkdir()
    ios = _processed(employee, [_ios_export(ios_dir)], UploadKind.IOS_EXPORT)
    android = _processed(employee, _android_export(android_dir), UploadKind.ANDROID_EXPORT)
    for suffix in (".pdf", ".opus"):
        a, b = _item(ios, suffix), _item(android, suffix)
        assert a.release == b.release
        assert a.derived is not None and b.derived is not None
        assert _read(a.derived) == _read(b.derived)

    for submission in (ios, android):
        submission = archived(submission)
        for suffix in (".pdf", ".opus"):
            item = _item(submission, suffix)
            assert item.derived is not None
            assert item.derived.purged_at is None and item.derived.file
            assert _read(item.derived)


@pytest.mark.parametrize(
    "member",
    [
        "00000002-Bezwaar Willemijn Terpstra 238474008.pdf",
        # A name with a closing quote of its own (iOS writes the apostrophe as ’): the reason
        # kept what came after it.
        "00000002-Terpstra’s bezwaar 238474008.pdf",
        "00000002-Klaas’ bezwaar Terpstra 238474008.pdf",
    ],
)
def test_the_purge_leaves_no_file_name_in_the_reason_an_attachment_was_withheld(
    employee, archived, tmp_path, member
):
    # The reason names the file ("Het PDF-bestand ‘Bezwaar Willemijn Terpstra.pdf’ is
    # achtergehouden …"); the purge gave the attachment a neutral name but kept that reason.
    path = tmp_path / "WhatsApp Chat - Scan.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_chat.txt", f"[12-03-2024 09:16:10] Jan Jansen: \u200e<bijgevoegd: {member}>\n"
        )
        archive.writestr(member, scanned_pdf())
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    item = _item(submission, ".pdf")
    assert "Terpstra" in item.flag_reason  # Informatiebeheer reads which file it is
    submission = archived(submission)
    item.refresh_from_db()
    assert item.name == "bijlage-1.pdf"
    kept = [
        item.flag_reason,
        *StoredFile.objects.filter(submission=submission).values_list("flag_reason", flat=True),
    ]
    assert not any("Terpstra" in reason or "238474008" in reason for reason in kept)
    assert "bijlage-1.pdf" in item.flag_reason  # the reason itself stays


def test_the_purge_leaves_no_file_name_in_the_submissions_flags(employee, archived, tmp_path):
    # The same reason is one of the submission's flags (the review page's points of attention);
    # the purge renamed the attachment but the flag kept the export's file name for good.
    member = "00000002-Bezwaar Willemijn Terpstra 238474008.pdf"
    path = _export_with_pdf(tmp_path, member, scanned_pdf())
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    assert any("Terpstra" in flag["message"] for flag in submission.flags)
    submission = archived(submission)
    messages = [flag["message"] for flag in submission.flags]
    assert not any("Terpstra" in m or "238474008" in m for m in messages)
    assert any("bijlage-1.pdf" in m for m in messages)  # the point of attention itself stays


def test_the_purge_leaves_no_name_of_a_file_that_was_not_kept_in_the_flags(
    employee, archived, tmp_path
):
    # A member of the export that was refused (here an empty file) is a point of attention
    # that names it; nothing of it is kept, so after the purge its name goes too.
    path = tmp_path / "WhatsApp Chat - Leeg.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", "[12-03-2024 09:16:10] Jan Jansen: Goedemorgen\n")
        archive.writestr("00000002-Willemijn Terpstra 238474008.jpg", b"")
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    assert any("Terpstra" in flag["message"] for flag in submission.flags)
    submission = archived(submission)
    messages = [flag["message"] for flag in submission.flags]
    assert not any("Terpstra" in m or "238474008" in m for m in messages)
    assert any("niet overgenomen" in m for m in messages)


@pytest.mark.parametrize(
    ("pdf", "notice"),
    [
        # A withheld PDF: rejected, the attachments go before their names are made neutral,
        # and the flag that names it kept the export's file name.
        (scanned_pdf, "achtergehouden"),
        # A PDF with a password keeps no copy; its flag ('… Er is geen versie die kan worden
        # gelezen of vrijgegeven.') is worded apart, and the purge did not know it.
        (_locked_pdf, "geen versie die kan worden gelezen"),
    ],
)
def test_the_purge_of_a_rejected_submission_leaves_no_file_name_in_its_flags(
    pdf, notice, employee, ib, tmp_path, django_capture_on_commit_callbacks
):
    member = "00000002-Bezwaar Willemijn Terpstra 238474008.pdf"
    path = _export_with_pdf(tmp_path, member, pdf())
    submission = _processed(employee, [path], UploadKind.IOS_EXPORT)
    assert any("Terpstra" in flag["message"] for flag in submission.flags)
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    messages = [flag["message"] for flag in submission.flags]
    assert any(notice in m for m in messages)
    assert not any("Terpstra" in m or "238474008" in m for m in messages)


def test_every_processing_notice_that_names_a_file_is_one_the_purge_knows():
    # A notice worded apart (a PDF without a copy) was added after the purge's list was made.
    named = {
        text
        for module in (build, errors)
        for text in vars(module).values()
        if isinstance(text, str) and "‘{name}’" in text
    }
    assert named and named <= set(purge._NAMING_NOTICES)


def test_the_purge_of_a_rejected_failed_submission_leaves_no_file_name_in_its_reason(
    employee, ib, tmp_path, django_capture_on_commit_callbacks
):
    # A virus found ends processing with a reason that names the file; rejected afterwards,
    # the purge kept that name in the failure reason.
    submission = submission_create(
        user=employee,
        files=[IncomingFile(path=p, client_name=p.name) for p in [_ios_export(tmp_path)]],
        upload_kind=UploadKind.IOS_EXPORT,
        **FIELDS,
    )
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.MISLUKT,
        failure_reason=MALWARE_FOUND.format(name="Willemijn Terpstra 238474008.pdf"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    assert "virus" in submission.failure_reason
    assert "Terpstra" not in submission.failure_reason

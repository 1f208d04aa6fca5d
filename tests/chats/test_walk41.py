"""Found walking the app as new users would (walk 41)."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease, SubmissionStatus, UploadKind
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from tests.conftest import SUBMISSION_FIELDS, jpeg_bytes
from tests.factories import MediaItemFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


def test_a_withheld_screenshot_is_not_counted_as_going_into_the_record(ib_client):
    """Informatiebeheer withheld one of four screenshots ('Woo en het archiefstuk krijgen de
    bijlage niet'), and the same page went on saying '4 schermafbeeldingen in het archiefstuk'
    and 'Alle schermafbeeldingen gaan mee in het archiefstuk'; the archiving confirmation said
    'U archiveert 4 schermafbeeldingen' too."""
    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(4):
        MediaItemFactory(
            submission=submission,
            seq=seq,
            message=None,
            ocr_text="Tekst",
            release=MediaRelease.ACHTERGEHOUDEN if seq == 0 else MediaRelease.GEANONIMISEERD,
        )
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert 'id="rv-screenshot-count">3</strong> schermafbeeldingen in het archiefstuk' in html
    assert "1 achtergehouden" in html
    assert "Alle schermafbeeldingen gaan mee in het archiefstuk." not in html
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(url("archive", submission.pk), {"zaak": zaak.pk}).content.decode()
    assert "U archiveert <strong>3</strong> schermafbeeldingen" in preview


ANDROID_WITH_MEDIA = (
    "12-03-2024 09:15 - Jan Jansen: Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.\n"
    "12-03-2024 09:20 - Jan Jansen: IMG-20240312-WA0001.jpg (bestand bijgevoegd)\n"
    "12-03-2024 09:21 - Jan Jansen: PTT-20240312-WA0002.opus (bestand bijgevoegd)\n"
    "13-03-2024 14:30 - Mila de Vries: De boom is weggehaald.\n"
)


@pytest.fixture
def no_clamav(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def test_the_employee_is_told_which_attachment_is_missing(
    no_clamav, make_user, logged_in, tmp_path
):
    """An Android export sent without its voice note: 'Mijn inzendingen' said '1 bijlage
    waarnaar de chat verwijst, zit niet in de upload ... verwijder het gesprek nog niet van uw
    telefoon' without saying which one, so the employee could not find or send it."""
    employee = make_user("mila", "Medewerker")
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text(ANDROID_WITH_MEDIA, encoding="utf-8")
    photo = tmp_path / "IMG-20240312-WA0001.jpg"
    photo.write_bytes(jpeg_bytes())
    submission = submission_create(
        user=employee,
        files=[IncomingFile(path=p, client_name=p.name) for p in (chat, photo)],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **SUBMISSION_FIELDS,
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    page = logged_in(employee).get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    assert 'id="bijlagen-ontbreken"' in page
    assert "12-03-2024 09:21" in page
    assert "12-03-2024 09:20" not in page  # the photo did come along


def test_the_missing_attachments_message_names_at_most_three_moments():
    from datetime import datetime

    from chats.pipeline.build import media_missing_message

    at = [datetime(2024, 3, 12, 9, minute) for minute in (20, 21, 22, 23)]
    assert media_missing_message(1, at[:1]).endswith(
        "zit niet in de upload (bijvoorbeeld een export zonder media): bij het bericht van "
        "12-03-2024 09:20."
    )
    assert media_missing_message(4, at).endswith(
        ": bij onder meer de berichten van 12-03-2024 09:20, 12-03-2024 09:21 en 12-03-2024 09:22."
    )
    assert media_missing_message(2) == (
        "2 bijlagen waarnaar de chat verwijst, zitten niet in de upload (bijvoorbeeld een export "
        "zonder media)."
    )


def test_a_refused_subject_is_marked_next_to_its_field(ib_client):
    """Informatiebeheer emptied the anonymised subject and saved: 'Vul een onderwerp in.'
    stood at the top of the page only; the emptied field itself was not marked invalid nor
    described by the reason, so a screen reader on the field heard nothing wrong."""
    submission = processed_submission(messages=2)
    response = ib_client.post(
        url("free_text", submission.pk),
        {"onderwerp_redacted": "", "omschrijving_redacted": "Nieuwe omschrijving"},
        follow=True,
    )
    html = response.content.decode()
    field = html[html.index('id="id_onderwerp_redacted"') - 300 :]
    field = field[field.index("<input") : field.index(">", field.index("<input")) + 1]
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="id_onderwerp_redacted_fout' in field
    assert 'id="id_onderwerp_redacted_fout">Vul een onderwerp in.</span>' in html
    assert "Nieuwe omschrijving</textarea>" in html
    # The description was fine: not marked.
    textarea = html[html.index('<textarea name="omschrijving_redacted"') :]
    assert "aria-invalid" not in textarea[: textarea.index(">")]

"""Found walking the review page as Informatiebeheer (walk 41, left for walk 41b)."""

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus, UploadKind
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from tests.conftest import SUBMISSION_FIELDS
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


def _tag(html: str, marker: str) -> str:
    """The opening tag that holds `marker`."""
    at = html.index(marker)
    return html[html.rindex("<", 0, at) : html.index(">", at) + 1]


def test_a_refused_reject_reason_is_marked_next_to_its_field(ib_client):
    """'Afwijzen' without a reason: 'Kies een reden voor de afwijzing.' stood at the top of the
    page only; the reasons were not marked invalid nor described by the refusal."""
    submission = processed_submission(messages=2)
    html = ib_client.post(url("reject", submission.pk), {"note": "x"}, follow=True)
    html = html.content.decode()
    radio = _tag(html, 'id="id_reason_0"')
    assert 'aria-invalid="true"' in radio
    assert 'aria-describedby="id_reason_fout"' in radio
    assert 'id="id_reason_fout">Kies een reden voor de afwijzing.</span>' in html
    assert "aria-invalid" not in _tag(html, 'id="id_note"')


def test_anders_without_a_note_is_marked_at_the_note(ib_client):
    """'Anders' without an explanation was refused at the top only: the note field, where the
    explanation goes, said nothing."""
    submission = processed_submission(messages=2)
    html = ib_client.post(url("reject", submission.pk), {"reason": "anders"}, follow=True)
    html = html.content.decode()
    note = _tag(html, 'id="id_note"')
    assert 'aria-invalid="true"' in note
    assert 'aria-describedby="id_note_fout"' in note
    assert 'id="id_note_fout">Licht de reden ‘Anders’ toe.</span>' in html
    assert "checked" in _tag(html, 'value="anders"')


def test_an_archived_record_says_what_can_still_change(ib_client):
    """An archived record said 'Er valt niets meer te wijzigen.' next to working 'Achterhouden'
    and 'Vrijgeven voor Woo' buttons of its attachments."""
    from django.utils import timezone

    submission = processed_submission(
        messages=6, status=SubmissionStatus.GEARCHIVEERD, archived_at=timezone.now()
    )
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Achterhouden</button>" in html
    assert "Er valt niets meer te wijzigen." not in html
    # Its originals are still there: more may be blacked out (issue 12, nader anonimiseren).
    assert (
        "De selectie ligt vast. Wel kunt u een bijlage nog achterhouden of vrijgeven voor Woo"
        in html
    )
    assert "Nader anonimiseren." in html
    assert "het weggelakte liggen vast" not in html


ANDROID = (
    "12-03-2024 09:15 - Jan Jansen: Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.\n"
    "13-03-2024 14:30 - Mila de Vries: De boom is weggehaald.\n"
)


def test_the_kind_of_upload_shown_is_the_one_recognised(
    settings, tmp_path, make_user, logged_in, ib
):
    """'iPhone' chosen, an Android .txt export sent: processed as Android, but the submission
    kept saying 'Soort upload: Export van een iPhone'."""
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False
    employee = make_user("mila", "Medewerker")
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_text(ANDROID, encoding="utf-8")
    submission = submission_create(
        user=employee,
        files=[IncomingFile(path=chat, client_name=chat.name)],
        upload_kind=UploadKind.IOS_EXPORT,
        **SUBMISSION_FIELDS,
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    page = logged_in(employee).get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    shown = page[page.index("Soort upload</dt>") :]
    shown = shown[: shown.index("</dd>")]
    assert "Herkend: export van een Android-telefoon" in shown
    assert "gekozen: Export van een iPhone" in shown
    review = logged_in(ib).get(url("review", submission.pk)).content.decode()
    shown = review[review.index("<dt>Soort</dt>") :]
    assert "Herkend: export van een Android-telefoon" in shown[: shown.index("</dd>")]

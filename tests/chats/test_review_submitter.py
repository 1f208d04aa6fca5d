"""Walk 46: an export whose name for the employee is not the account's name.

Failed on main: Piet Bakker exported a chat in which his phone calls him "Piet (werk)"; nothing
recognised him, so he became "Inwoner 2" in the archived record, and Informatiebeheer had no way
to say who he was. The review page now lists the chat's authors, says when the submitter was not
recognised, and lets Informatiebeheer name the submitter; pseudonyms and redacted texts follow.
"""

import zipfile
from pathlib import Path

import pytest

from audit.models import AuditEvent
from chats.constants import SubmissionStatus, UploadKind
from chats.models import Message, Participant
from chats.processing import submission_process
from chats.review import services
from chats.review.errors import ReviewError
from chats.services import IncomingFile, submission_create
from tests.conftest import SUBMISSION_FIELDS

pytestmark = pytest.mark.django_db

CHAT = (
    "[12-03-2024 09:15:02] Jan Jansen: Goedemorgen, de boom aan de Hoofdstraat is omgewaaid.\n"
    "[12-03-2024 09:16:40] Piet (werk): Dank u Jan Jansen, we sturen vandaag iemand langs.\n"
    "[12-03-2024 09:18:00] Karin Smit: Ik woon ernaast, hij ligt over mijn schuur.\n"
    "[13-03-2024 14:30:00] Piet (werk): De boom is weggehaald. Groet, Piet (werk)\n"
)


@pytest.fixture(autouse=True)
def no_scanner(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


@pytest.fixture
def piet(make_user):
    user = make_user("piet", "Medewerker")
    user.first_name, user.last_name = "Piet", "Bakker"
    user.save()
    return user


@pytest.fixture
def record(piet, tmp_path):
    path = tmp_path / "WhatsApp Chat - Boom.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", CHAT)
    submission = submission_create(
        user=piet,
        files=[IncomingFile(path=Path(path), client_name=path.name)],
        upload_kind=UploadKind.IOS_EXPORT,
        **SUBMISSION_FIELDS,
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    return submission


def _pseudonyms(submission) -> dict[str, str]:
    return dict(Participant.objects.filter(submission=submission).values_list("name", "pseudonym"))


def test_the_page_says_the_submitter_was_not_recognised(record, ib_client):
    page = ib_client.get(f"/admin/chats/submission/{record.pk}/beoordelen/").content.decode()
    assert "indiener niet herkend" in page
    assert "Dit is de indiener" in page
    assert _pseudonyms(record) == {
        "Jan Jansen": "Inwoner 1",
        "Piet (werk)": "Inwoner 2",
        "Karin Smit": "Inwoner 3",
    }


def test_naming_the_submitter_renumbers_the_pseudonyms_and_the_texts_follow(record, ib_client):
    piet = Participant.objects.get(submission=record, name="Piet (werk)")
    response = ib_client.post(
        f"/admin/chats/submission/{record.pk}/beoordelen/indiener/", {"deelnemer": piet.pk}
    )
    assert response.status_code == 302
    assert _pseudonyms(record) == {
        "Jan Jansen": "Inwoner 1",
        "Piet (werk)": "Medewerker",
        "Karin Smit": "Inwoner 2",
    }
    texts = list(Message.objects.filter(submission=record).order_by("seq"))
    assert [m.participant.pseudonym for m in texts] == [
        "Inwoner 1",
        "Medewerker",
        "Inwoner 2",
        "Medewerker",
    ]
    assert "Jan Jansen" not in texts[1].text_redacted and "Inwoner 1" in texts[1].text_redacted
    event = AuditEvent.objects.get(action="submission.submitter_set")
    assert event.detail["pseudonyms"]["after"]["1"] == "Medewerker"
    assert "Piet" not in str(event.detail)  # names stay out of the log
    page = ib_client.get(response["Location"]).content.decode()
    assert "indiener niet herkend" not in page


def test_only_a_reviewer_of_a_record_under_review_may_name_it(record, ib, beheerder):
    karin = Participant.objects.get(submission=record, name="Karin Smit")
    record.status = SubmissionStatus.AFGEWEZEN
    record.save(update_fields=["status"])
    with pytest.raises(ReviewError):
        services.submitter_set(submission_id=record.pk, participant_id=karin.pk, user=ib)
    assert _pseudonyms(record)["Karin Smit"] == "Inwoner 3"


def test_a_participant_of_another_record_is_refused(record, ib):
    with pytest.raises(ReviewError, match="hoort niet bij"):
        services.submitter_set(submission_id=record.pk, participant_id=999_999, user=ib)


def test_the_review_page_shows_the_records_history_from_the_audit_log(record, ib_client):
    # Walk 46: Informatiebeheer could not see who did what to a record (the audit log is
    # Beheer's); the review page now shows the record's own events, the views only counted.
    url = f"/admin/chats/submission/{record.pk}/beoordelen/"
    ib_client.get(url)
    piet = Participant.objects.get(submission=record, name="Piet (werk)")
    ib_client.post(f"{url}indiener/", {"deelnemer": piet.pk})
    page = ib_client.get(url).content.decode()
    history = page[page.index('id="rv-history"') :]
    history = history[: history.index("</details>")]
    assert "Indiener aangewezen onder de deelnemers van een gesprek" in history
    assert "Inzending bekeken" not in history
    assert "keer bekeken" in history


def test_pseudonyms_are_renamed_in_one_pass_and_whole():
    from chats.review.services import pseudonyms_renamed

    renamed = {"Inwoner 2": "Medewerker", "Inwoner 3": "Inwoner 2"}
    text = "Inwoner 3 belde Inwoner 2; Inwoner 12 en Inwoner 1 niet."
    assert pseudonyms_renamed(text, renamed) == (
        "Inwoner 2 belde Medewerker; Inwoner 12 en Inwoner 1 niet."
    )
    assert pseudonyms_renamed(text, {}) == text


def test_the_history_shows_decisions_on_the_records_attachments(record, ib, ib_client):
    # Review 46: releasing or withholding an attachment is logged on the attachment.
    from audit import events
    from tests.factories import MediaItemFactory

    item = MediaItemFactory(submission=record)
    events.media_withheld(media=item, actor=ib)
    page = ib_client.get(f"/admin/chats/submission/{record.pk}/beoordelen/").content.decode()
    history = page[page.index('id="rv-history"') :]
    assert AuditEvent.objects.get(action__startswith="media.").label in history

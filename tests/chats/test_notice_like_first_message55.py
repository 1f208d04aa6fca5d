"""A person's first message that reads like WhatsApp's encryption notice keeps its personal data
out of every public view: the parser keeps it as that person's message, and whatever the parser
calls a notice is redacted like a message (review of stop 55, medium)."""

import zipfile
from pathlib import Path

import pytest

from chats.constants import MessageKind, UploadKind
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from tests.conftest import SUBMISSION_FIELDS as FIELDS

pytestmark = pytest.mark.django_db

BSN = "111222333"
TYPED = f"Berichten hier zijn end-to-end versleuteld, dus mijn BSN is {BSN}"
REAL_NOTICE = (
    "\u200eBerichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat, "
    f"zelfs WhatsApp niet, kan ze lezen of beluisteren. Mijn BSN is {BSN}"
)


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def processed(make_user, tmp_path: Path, chat: str):
    user = make_user("mila", "Medewerker")
    path = tmp_path / "WhatsApp Chat - Test.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=path, client_name=path.name)],
        upload_kind=UploadKind.IOS_EXPORT,
        **FIELDS,
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    return submission


def test_a_persons_first_message_about_encryption_stays_theirs_and_its_bsn_is_redacted(
    make_user, tmp_path
):
    submission = processed(
        make_user,
        tmp_path,
        f"[12-03-2024 09:15:02] Jan Jansen: {TYPED}\n"
        "[12-03-2024 09:16:40] Mila de Vries: Dank u, we kijken ernaar.\n",
    )
    message = submission.messages.get(seq=0)
    assert message.kind == MessageKind.TEXT
    assert message.participant.name == "Jan Jansen"
    assert message.text == TYPED
    assert BSN not in message.text_redacted


def test_a_notice_is_redacted_like_a_message(make_user, tmp_path):
    submission = processed(
        make_user,
        tmp_path,
        f"\u200e[12-03-2024 09:15:00] Boom Hoofdstraat: {REAL_NOTICE}\n"
        "[12-03-2024 09:15:02] Jan Jansen: De boom is omgewaaid.\n",
    )
    notice = submission.messages.get(seq=0)
    assert notice.kind == MessageKind.SYSTEM
    assert BSN in notice.text
    assert BSN not in notice.text_redacted

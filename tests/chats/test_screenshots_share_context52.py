"""Issue 12: the screenshots of one submission share what the chat they show established.

An export's attachments learn the chat's persons and the house numbers of its addresses from
its messages (ChatContext.house_numbers: "nummer 14" after the chat's "Zomerdijk 14"). An
upload of screenshots alone has no messages: its screenshots are the chat. A person seen in one
was looked for in the next, but the house number of an address one showed was not, so a second
screenshot saying "voor nummer 14" kept the home readable. Whatever order they come in.
"""

import pytest

from chats.constants import MediaRelease, SubmissionStatus, UploadKind
from chats.models import MediaItem
from chats.processing import submission_process
from chats.purge import typed_text_findings
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import render_whatsapp_screenshot
from tests.chats import test_attachments as attachments
from tests.conftest import SUBMISSION_FIELDS

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee = attachments.employee

GIVES = (
    ("in", "Goedemorgen, ik woon op de Zomerdijk 14, 7943 KR Meppel.", "09:12"),
    ("in", "Mevrouw Kraai van hiernaast heeft ook last van de auto.", "09:13"),
    ("out", "Dank u, we kijken ernaar.", "09:20"),
)
SAYS_AGAIN = (
    ("in", "De auto van de buren staat al weken voor nummer 14.", "10:02"),
    ("in", "En Kraai zegt dat hij er nooit mee rijdt.", "10:03"),
    ("out", "Ik geef het door aan de handhaver.", "10:05"),
)


def _screenshots(tmp_path, *shots):
    paths = []
    for index, messages in enumerate(shots):
        path = tmp_path / f"Screenshot_20240312-0{index + 9}0000.png"
        render_whatsapp_screenshot(540, 1200, messages=messages).save(path)
        paths.append(path)
    return paths


def _processed(user, paths):
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=UploadKind.SCREENSHOTS,
        **SUBMISSION_FIELDS,
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    return [MediaItem.objects.get(submission=submission, name=path.name) for path in paths]


def _redacted(item: MediaItem, said: str) -> list[str]:
    """The stretches redacted in `item`'s text that hold `said`."""
    return [
        item.ocr_text[s.start : s.end]
        for s in item.redactions.all()
        if said in item.ocr_text[s.start : s.end]
    ]


def test_a_later_screenshot_knows_the_house_number_and_person_an_earlier_one_gave(
    employee, tmp_path
):
    first, second = _processed(employee, _screenshots(tmp_path, GIVES, SAYS_AGAIN))
    assert "staat al weken" in second.ocr_text_redacted  # (its text was read)
    assert _redacted(first, "Zomerdijk 14")
    assert _redacted(second, "nummer 14") == ["nummer 14"], second.ocr_text_redacted
    assert "nummer 14" not in second.ocr_text_redacted
    assert "Kraai" not in second.ocr_text_redacted


def test_an_earlier_screenshot_is_redone_with_the_house_number_a_later_one_gave(employee, tmp_path):
    first, second = _processed(employee, _screenshots(tmp_path, SAYS_AGAIN, GIVES))
    assert _redacted(second, "Zomerdijk 14")
    assert _redacted(first, "nummer 14") == ["nummer 14"], first.ocr_text_redacted
    assert "nummer 14" not in first.ocr_text_redacted
    # Made again with the number known: shown blacked out, no point of attention left.
    assert first.release == MediaRelease.GEANONIMISEERD
    assert not first.flagged, first.flag_reason


def test_the_onderwerp_knows_the_house_number_a_screenshot_gave(employee, tmp_path):
    submission = submission_create(
        user=employee,
        files=[IncomingFile(path=p, client_name=p.name) for p in _screenshots(tmp_path, GIVES)],
        upload_kind=UploadKind.SCREENSHOTS,
        **{**SUBMISSION_FIELDS, "onderwerp": "Auto voor nummer 14"},
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    submission.refresh_from_db()
    assert "nummer 14" not in submission.onderwerp_redacted
    assert typed_text_findings(submission, ["Overlast bij nummer 14"]) == ["nummer 14"]

"""Issue 12: the house numbers a chat gave reach what is read around its messages too.

A chat that gave "Zomerdijk 14" tells that home by "nummer 14" alone (ChatContext.house_numbers,
walk 50). Processing knew that in the messages; the attachments' text (a PDF's words, a photo's
or a screenshot's OCR) got the chat's persons but not its house numbers, so a letter saying
"voor nummer 14" kept the home readable. The onderwerp and omschrijving get processing's whole
context; the other texts typed about the record, redacted with the record's persons when the
originals go (where it was also laid down, the answers to Informatiebeheer's questions, ...) or
when Informatiebeheer corrects them, got no house numbers either.
"""

import pytest

from chats.constants import SubmissionStatus, UploadKind
from chats.models import MediaItem
from chats.processing import submission_process
from chats.purge import typed_text_findings
from chats.redaction import ChatContext, detect
from chats.services import IncomingFile, submission_create
from demo.generators.documents import text_pdf
from tests.chats import test_attachments as attachments
from tests.chats.redaction_passes import android_export
from tests.conftest import SUBMISSION_FIELDS

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee = attachments.employee
archived = attachments.archived

ADDRESS = "Goedemorgen, ik woon op de Zomerdijk 14, 7943 KR Meppel."
SAID_AGAIN = "De auto van de buren staat al weken voor nummer 14."


def _processed(user, paths, **fields):
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **{**SUBMISSION_FIELDS, **fields},
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    submission.refresh_from_db()
    return submission


def test_the_premise_the_number_alone_is_found_only_with_the_chats_house_numbers():
    assert not detect(SAID_AGAIN)
    spans = detect(SAID_AGAIN, context=ChatContext(house_numbers=("14",)))
    assert [SAID_AGAIN[s.start : s.end] for s in spans] == ["nummer 14"]


def test_a_pdfs_text_gets_the_chats_house_numbers(employee, tmp_path):
    pdf = text_pdf([["Melding over de straat", SAID_AGAIN]])
    lines = [ADDRESS, "brief.pdf (bestand bijgevoegd)"]
    submission = _processed(employee, android_export(tmp_path, lines, {"brief.pdf": pdf}))
    item = MediaItem.objects.get(submission=submission, name="brief.pdf")
    assert "staat al weken voor" in item.ocr_text_redacted  # (the letter's text was read)
    assert "nummer 14" not in item.ocr_text_redacted
    assert any(item.ocr_text[s.start : s.end] == "nummer 14" for s in item.redactions.all()), (
        item.ocr_text_redacted
    )


def test_the_typed_texts_get_the_chats_house_numbers(employee, tmp_path):
    submission = _processed(
        employee,
        android_export(tmp_path, [ADDRESS]),
        onderwerp="Auto voor nummer 14",
        omschrijving=SAID_AGAIN,
    )
    assert "nummer 14" not in submission.onderwerp_redacted
    assert "nummer 14" not in submission.omschrijving_redacted


def test_the_texts_redacted_at_the_purge_get_the_chats_house_numbers(employee, archived, tmp_path):
    submission = _processed(
        employee,
        android_export(tmp_path, [ADDRESS]),
        elders_vastgelegd="ja",
        elders_vastgelegd_waar="In de brief aan nummer 14 over de auto",
    )
    submission = archived(submission)
    assert "nummer 14" not in submission.elders_vastgelegd_waar
    assert submission.elders_vastgelegd_waar == "In de brief aan [ADRES] over de auto"


def test_the_reviewers_check_of_a_typed_text_knows_the_chats_house_numbers(employee, tmp_path):
    submission = _processed(employee, android_export(tmp_path, [ADDRESS]))
    assert typed_text_findings(submission, ["Overlast bij nummer 14"]) == ["nummer 14"]

"""What is typed around a record (the zaak's description, the review note, the questions to the
submitter) knows every person the record named: the participants, the persons of the onderwerp
and omschrijving, and the persons redacted in its messages and attachments. The zaak's
description at the purge: tests/chats/test_zaak_description.py.

"Mol" and "Vos" alone are ordinary words the detector leaves readable; the record named them.
"""

import pytest
from django.core import mail

from chats.constants import SubmissionStatus
from chats.models import ReviewQuestion, Submission
from chats.outcome import send_review_outcome
from chats.purge import originals_purge, zaak_omschrijving_redacted
from chats.redaction import detect
from tests.factories import (
    MediaItemFactory,
    MessageFactory,
    ParticipantFactory,
    RedactionSpanFactory,
    SubmissionFactory,
    UserFactory,
    ZaakFactory,
)

pytestmark = pytest.mark.django_db

DESCRIPTION = "Erfgrens Mol; Vos is akkoord"
NOTE = "Vos is akkoord met de schutting, Mol nog niet."


def test_the_detector_alone_leaves_the_names_readable():
    """The premise of every test here."""
    assert not detect(DESCRIPTION)
    assert not detect("Vos is akkoord met de schutting")


def _record(status=SubmissionStatus.TE_BEOORDELEN, **fields) -> Submission:
    submission = SubmissionFactory(
        status=status,
        onderwerp="Schutting van Ria Mol",
        onderwerp_redacted="Schutting van [NAAM]",
        omschrijving="Gesprek met de buurman over de erfgrens.",
        omschrijving_redacted="Gesprek met de buurman over de erfgrens.",
        zaak=ZaakFactory(omschrijving=DESCRIPTION),
        submitted_by=UserFactory(email="mila@meppel.nl"),
        **fields,
    )
    ParticipantFactory(submission=submission, name="Gerrit Mulder", pseudonym="Inwoner")
    text = "Ik sprak vandaag Kees Vos over de schutting."
    message = MessageFactory(
        submission=submission,
        text=text,
        text_redacted=text.replace("Kees Vos", "[NAAM]"),
    )
    start = text.index("Kees Vos")
    RedactionSpanFactory(message=message, start=start, end=start + len("Kees Vos"))
    return submission


def test_the_zaak_description_knows_the_onderwerps_and_the_messages_persons():
    shown = zaak_omschrijving_redacted(_record())
    assert "Erfgrens" in shown
    assert "Mol" not in shown and "Vos" not in shown, shown


def test_a_person_redacted_by_hand_in_an_attachments_text_is_known_too():
    submission = _record()
    text = "Handtekening: F. Kuiper"
    item = MediaItemFactory(submission=submission, ocr_text=text, ocr_text_redacted="x")
    RedactionSpanFactory(
        message=None, media=item, start=text.index("Kuiper"), end=len(text), source="handmatig"
    )
    submission.zaak.omschrijving = "Kuiper is akkoord"
    submission.zaak.save()
    assert "Kuiper" not in zaak_omschrijving_redacted(submission)


def test_the_mailed_question_knows_the_records_persons():
    submission = _record(status=SubmissionStatus.TERUG_NAAR_INDIENER, review_note=NOTE)
    assert send_review_outcome(submission_id=submission.pk)
    body = mail.outbox[-1].body
    assert "akkoord met de schutting" in body
    assert "Vos" not in body and "Mol" not in body, body


def test_the_purge_redacts_note_and_questions_with_the_records_persons(ib):
    submission = _record(
        status=SubmissionStatus.AFGEWEZEN, review_note=NOTE, reviewed_at=None, reviewed_by=ib
    )
    ReviewQuestion.objects.create(
        submission=submission, question=NOTE, answer="Dat klopt.", asked_by=ib
    )
    originals_purge(submission_id=submission.pk)
    submission.refresh_from_db()
    question = ReviewQuestion.objects.get(submission=submission)
    for text in (submission.review_note, question.question):
        assert "akkoord met de schutting" in text
        assert "Vos" not in text and "Mol" not in text, text

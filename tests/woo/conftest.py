"""Archived records built directly in the database, and the Woo role users."""

from datetime import UTC, datetime, timedelta

import pytest

from chats.constants import SubmissionStatus
from chats.models import MediaItem, Message, Participant, StoredFile, Submission
from woo.indexing import index_submission
from zaken.models import Zaak

# A phone number that only exists in originals: the redacted text has a placeholder instead.
SECRET_PHONE = "06-48213377"


@pytest.fixture
def woo_user(make_user):
    return make_user("woo", "Medewerker", "Woo-behandelaar")


@pytest.fixture
def woo_client(client, woo_user):
    client.force_login(woo_user)
    return client


@pytest.fixture
def zaak(db):
    return Zaak.objects.create(zaaknummer="Z-2024-000123", omschrijving="Omgewaaide boom")


@pytest.fixture
def make_record(db, django_user_model):
    """make_record(["tekst", ...]) -> an archived, indexed Submission with those messages.

    A message can be a (redacted, original) pair; plain strings are identical in both.
    """
    owner = django_user_model.objects.create_user(username="indiener", password="x")
    counter = {"n": 0}

    def make(
        texts,
        *,
        status=SubmissionStatus.GEARCHIVEERD,
        zaak=None,
        afdeling="openbare_ruimte",
        gesprekspartner="inwoner",
        start=datetime(2024, 3, 12, 9, 0, tzinfo=UTC),
        onderwerp=None,
        excluded_seqs=(),
        index=True,
    ) -> Submission:
        counter["n"] += 1
        submission = Submission.objects.create(
            submitted_by=owner,
            upload_kind="ios_export",
            onderwerp=onderwerp or f"Gesprek {counter['n']}",
            omschrijving="Testgesprek",
            gesprekspartner=gesprekspartner,
            afdeling=afdeling,
            elders_vastgelegd="nee",
            status=status,
            zaak=zaak,
            zaaknummer=zaak.zaaknummer if zaak else "",
            archived_at=start + timedelta(days=2)
            if status == SubmissionStatus.GEARCHIVEERD
            else None,
            message_count=len(texts),
        )
        participant = Participant.objects.create(
            submission=submission, seq=1, name="Jan Jansen", pseudonym="Deelnemer A"
        )
        for seq, text in enumerate(texts, start=1):
            redacted, original = (text, text) if isinstance(text, str) else text
            Message.objects.create(
                submission=submission,
                seq=seq,
                sent_at=start + timedelta(minutes=seq),
                participant=participant,
                kind="text",
                text=original,
                text_redacted=redacted,
                in_record=seq not in excluded_seqs,
            )
        if index:
            index_submission(submission_id=submission.pk)
        return submission

    return make


@pytest.fixture
def make_media(tmp_path):
    """make_media(submission, message, original_bytes, derived_bytes, ocr=..., ocr_redacted=...)."""
    from django.core.files.base import ContentFile

    def make(submission, message, *, original: bytes, derived: bytes, ocr="", ocr_redacted=""):
        seq = submission.media.count() + 1
        original_file = StoredFile(
            submission=submission,
            role="origineel",
            original_name=f"IMG-{seq}.png",
            size=len(original),
            sha256="0" * 64,
            mime_type="image/png",
        )
        original_file.file.save(f"orig-{seq}.png", ContentFile(original), save=False)
        original_file.save()
        derived_file = StoredFile(
            submission=submission,
            role="afgeleid",
            original_name=f"IMG-{seq}.png",
            derived_from=original_file,
            derived_key=f"media-{seq}",
            size=len(derived),
            sha256="1" * 64,
            mime_type="image/png",
        )
        derived_file.file.save(f"derived-{seq}.png", ContentFile(derived), save=False)
        derived_file.save()
        return MediaItem.objects.create(
            submission=submission,
            seq=seq,
            message=message,
            original=original_file,
            derived=derived_file,
            name=f"IMG-{seq}.png",
            mime_type="image/png",
            ocr_text=ocr,
            ocr_text_redacted=ocr_redacted,
        )

    return make

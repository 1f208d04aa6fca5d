"""Archived records built with the factories, Woo requests, and the Woo role users."""

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from chats.constants import MessageKind, SubmissionStatus
from chats.models import MediaItem, Message, Submission
from tests.factories import (
    MediaItemFactory,
    MessageFactory,
    ParticipantFactory,
    StoredFileFactory,
    SubmissionFactory,
    UserFactory,
    WooVerzoekFactory,
    ZaakFactory,
)
from woo.besluit import beoordeling_save_record, passage_ocr_add
from woo.constants import Oordeel
from woo.indexing import index_submission

# A phone number that only exists in originals: the redacted text has a placeholder instead.
SECRET_PHONE = "06-48213377"


@pytest.fixture
def woo_user(make_user):
    return make_user("woo", "Medewerker", "Woo-behandelaar")


@pytest.fixture
def woo_client(logged_in, woo_user):
    return logged_in(woo_user)


@pytest.fixture
def verzoek(woo_user):
    """An open Woo request made straight in the database (no audit row of its creation)."""
    return WooVerzoekFactory(
        nummer="WOO-2025-007", onderwerp="Bomen in het centrum", aangemaakt_door=woo_user
    )


@pytest.fixture
def zaak(db):
    """A running zaak without zaaktype, resultaat or afdeling (tests add them where they matter)."""
    return ZaakFactory(
        zaaknummer="Z-2024-000123",
        omschrijving="Omgewaaide boom",
        zaaktype=None,
        afdeling="",
        startdatum=timezone.localdate(),
    )


@pytest.fixture
def make_record(db):
    """make_record(["tekst", ...]) -> an archived, indexed Submission with those messages.

    A message can be a (redacted, original) pair; plain strings are identical in both.
    """
    owner = UserFactory(username="indiener")
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
        submission = SubmissionFactory(
            submitted_by=owner,
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
        participant = ParticipantFactory(
            submission=submission, seq=1, name="Jan Jansen", pseudonym="Deelnemer A"
        )
        # seq from 1 here; the pipeline stores from 0. Pages and documents show seq + 1.
        for seq, text in enumerate(texts, start=1):
            redacted, original = (text, text) if isinstance(text, str) else text
            MessageFactory(
                submission=submission,
                seq=seq,
                sent_at=start + timedelta(minutes=seq),
                participant=participant,
                kind=MessageKind.TEXT,
                text=original,
                text_redacted=redacted,
                in_record=seq not in excluded_seqs,
            )
        if index:
            index_submission(submission_id=submission.pk)
        return submission

    return make


@pytest.fixture
def make_media(db):
    """make_media(submission, message, original_bytes, derived_bytes, ocr=..., ocr_redacted=...)."""

    def make(submission, message, *, original: bytes, derived: bytes, ocr="", ocr_redacted=""):
        seq = submission.media.count() + 1
        original_file = StoredFileFactory(
            submission=submission,
            content=original,
            filename=f"orig-{seq}.png",
            original_name=f"IMG-{seq}.png",
            mime_type="image/png",
        )
        return MediaItemFactory(
            submission=submission,
            seq=seq,
            message=message,
            original=original_file,
            derived__content=derived,
            derived__filename=f"derived-{seq}.png",
            derived__original_name=f"IMG-{seq}.png",
            name=f"IMG-{seq}.png",
            mime_type="image/png",
            ocr_text=ocr,
            ocr_text_redacted=ocr_redacted,
        )

    return make


def image_pdf(pages: int = 2) -> bytes:
    """An image-only PDF, as the pipeline makes of a redacted PDF attachment."""
    images = [Image.new("RGB", (120 + n, 170), (240, 240, 240)) for n in range(pages)]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:])
    return out.getvalue()


def attach_media(record, seq, *, mime, content, name, release, text="", ocr_redacted=""):
    """The message `seq` of `record` made an attachment message (its caption `text`) with a
    file `name` of `mime` holding `content`, released to Woo as `release` says."""
    message = record.messages.get(seq=seq)
    Message.objects.filter(pk=message.pk).update(
        kind=MessageKind.MEDIA, text=text, text_redacted=text
    )
    original = StoredFileFactory(
        submission=record, content=content, filename=f"orig-{name}", mime_type=mime
    )
    return MediaItemFactory(
        submission=record,
        seq=record.media.count(),
        message=message,
        original=original,
        derived__content=content,
        derived__filename=f"derived-{name}",
        derived__original_name=name,
        derived__mime_type=mime,
        name=name,
        mime_type=mime,
        release=release,
        ocr_text_redacted=ocr_redacted,
    )


def ocr_passages_judged(user, verzoek, media, *passages: tuple[str, str]) -> None:
    """The officer blacks out each (passage, grond) in the text read from `media` (its first
    place in the stored redacted text), then judges the record openbaar."""
    text = MediaItem.objects.get(pk=media.pk).ocr_text_redacted
    for passage, grond in passages:
        passage_ocr_add(
            user=user,
            verzoek=verzoek,
            media_id=media.pk,
            passage=passage,
            start=text.index(passage),
            grond=grond,
        )
    beoordeling_save_record(
        user=user, verzoek=verzoek, submission_id=media.submission_id, oordeel=Oordeel.OPENBAAR
    )


def made_and_downloaded(client, verzoek, kind: str, **kwargs):
    """'Besluit exporteren' (the POST that makes the release, or finds it made), then the
    download: since review 53 a GET of a release file never starts the job itself."""
    client.post(reverse("woo:release_make", args=[verzoek.pk]))
    return client.get(reverse("woo:release", args=[verzoek.pk, kind]), **kwargs)

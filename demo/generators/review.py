"""A chat of any size as processing leaves it, written straight to the database.

For the review benchmark (`bench/review_size_bench.py`) and the browser test of a long review:
processing 50,000 messages takes minutes, and what those measure starts after processing. The
texts, authors and timing are those of the generated exports (`demo.generators.exports`): one
message every 37 seconds from 12 March 2024 08:00, a phone number and an e-mail address (redacted,
with their spans) in every 250th message, a photo every `messages // photos` messages. Photos get
a small cleaned JPEG in storage; the upload itself is one original file, so the archive's
checksum check and purge run as they do for a real export.
"""

from __future__ import annotations

import hashlib
import io
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image

from chats.constants import FileRole, MessageKind, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, RedactionSpan, StoredFile, Submission
from chats.review.text import redacted_text, replacements_for

from .exports import AUTHORS, message_text

START = datetime(2024, 3, 12, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
STEP = timedelta(seconds=37)
PII = " Bel me op 06-12345678 of mail j.jansen@example.org."
_BATCH = 2000


def sent_at(seq: int) -> datetime:
    """When message `seq` of a generated chat was sent."""
    return START + STEP * seq


def _jpeg(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGB", (320, 240), tuple(rng.randrange(256) for _ in range(3)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


def _stored(submission: Submission, *, role: str, data: bytes, name: str, mime: str, **extra):
    row = StoredFile(
        submission=submission,
        role=role,
        original_name=name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        mime_type=mime,
        **extra,
    )
    row.file.save(name, ContentFile(data), save=False)
    row.save()
    return row


def review_chat(*, user, messages: int, photos: int = 0, seed: int = 5, **fields) -> Submission:
    """A submission waiting for review with `messages` messages and `photos` photos."""
    rng = random.Random(seed)
    photo_every = messages // photos if photos else 0
    with transaction.atomic():
        submission = Submission.objects.create(
            submitted_by=user,
            upload_kind=UploadKind.IOS_EXPORT,
            onderwerp=fields.pop("onderwerp", f"Werkgroep buitendienst ({messages} berichten)"),
            omschrijving=fields.pop("omschrijving", "Een jaar overleg in de groepsapp."),
            gesprekspartner=fields.pop("gesprekspartner", "collega"),
            afdeling=fields.pop("afdeling", "openbare_ruimte"),
            elders_vastgelegd=fields.pop("elders_vastgelegd", "nee"),
            status=SubmissionStatus.TE_BEOORDELEN,
            processed_at=timezone.now(),
            detected_format={"date_order": "DMY", "platform": "ios"},
            **fields,
        )
        zip_bytes = f"PK\x03\x04 export met {messages} berichten".encode()
        original = _stored(
            submission,
            role=FileRole.ORIGINAL,
            data=zip_bytes,
            name="WhatsApp Chat - Werkgroep.zip",
            mime="application/zip",
        )
        people = Participant.objects.bulk_create(
            Participant(submission=submission, seq=i, name=name, pseudonym=f"Deelnemer {i + 1}")
            for i, name in enumerate(AUTHORS)
        )
        replacements = replacements_for((p.name, p.pseudonym) for p in people)
        photo_seqs: list[int] = []
        for first in range(0, messages, _BATCH):
            rows, spans = [], []
            for seq in range(first, min(first + _BATCH, messages)):
                if photo_every and seq % photo_every == 0 and len(photo_seqs) < photos:
                    photo_seqs.append(seq)
                    name = f"{len(photo_seqs):08d}-PHOTO.jpg"
                    text, found, kind, attached = "", [], MessageKind.MEDIA, [name]
                else:
                    text = message_text(rng)
                    found, kind, attached = [], MessageKind.TEXT, []
                    if seq % 250 == 0:
                        at = len(text)
                        text += PII
                        phone = text.index("06-12345678", at)
                        mail = text.index("j.jansen@example.org", at)
                        found = [(phone, phone + 11, "PHONE"), (mail, mail + 20, "EMAIL")]
                rows.append(
                    Message(
                        submission=submission,
                        seq=seq,
                        line_no=seq + 1,
                        sent_at=sent_at(seq),
                        participant=people[seq % len(people)],
                        kind=kind,
                        text=text,
                        text_redacted=redacted_text(text, found, replacements=replacements),
                        attachment_names=attached,
                    )
                )
                spans.append(found)
            created = Message.objects.bulk_create(rows)
            RedactionSpan.objects.bulk_create(
                RedactionSpan(submission=submission, message=row, start=start, end=end, label=label)
                for row, found in zip(created, spans, strict=True)
                for start, end, label in found
            )
        pool = [_jpeg(seed + i) for i in range(12)]
        by_seq = dict(
            Message.objects.filter(submission=submission, seq__in=photo_seqs).values_list(
                "seq", "pk"
            )
        )
        for index, seq in enumerate(photo_seqs):
            derived = _stored(
                submission,
                role=FileRole.DERIVED,
                data=pool[index % len(pool)],
                name=f"foto-{index}.jpg",
                mime="image/jpeg",
                derived_from=original,
                derived_key=f"media-{index:05d}-clean",
            )
            MediaItem.objects.create(
                submission=submission,
                seq=index,
                message_id=by_seq[seq],
                derived=derived,
                name=f"{index + 1:08d}-PHOTO.jpg",
                mime_type="image/jpeg",
            )
        submission.message_count = messages
        submission.save(update_fields=["message_count"])
    return submission

"""A processed chat of any size straight in the database, for the archive and Woo benchmarks.

What processing would leave (`te_beoordelen`): participants with pseudonyms, messages with
redacted text (the export generator's Dutch work messages), and photos whose cleaned copy is
stored as a derived file. Much faster than running the pipeline on a generated export.
"""

import hashlib
import io
import random
from datetime import UTC, datetime, timedelta

from django.core.files.base import ContentFile
from PIL import Image

from chats.constants import FileRole, MessageKind, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, StoredFile, Submission

from .exports import AUTHORS, message_text, photo_bytes


def cleaned_photo(seed: int) -> bytes:
    """A generated phone photo as processing stores it: re-encoded, without EXIF."""
    image = Image.open(io.BytesIO(photo_bytes(seed)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def generated_chat(
    *, user, messages: int, photos: int = 0, seed: int = 5, batch: int = 5000
) -> Submission:
    """A submission in `te_beoordelen` with `messages` messages, `photos` of them photos."""
    rng = random.Random(seed)
    submission = Submission.objects.create(
        submitted_by=user,
        upload_kind=UploadKind.IOS_EXPORT,
        onderwerp=f"Groepsapp buitendienst ({messages} berichten)",
        omschrijving="Gegenereerde chat voor de benchmark.",
        gesprekspartner="collega",
        afdeling="openbare_ruimte",
        elders_vastgelegd="nee",
        status=SubmissionStatus.TE_BEOORDELEN,
        processed_at=datetime.now(UTC),
        message_count=messages,
    )
    people = [
        Participant.objects.create(
            submission=submission, seq=i, name=name, pseudonym=f"Deelnemer {i + 1}"
        )
        for i, name in enumerate(AUTHORS)
    ]
    start = datetime(2024, 3, 12, 7, 0, tzinfo=UTC)
    photo_every = messages // photos if photos else 0
    photo_seqs = []
    rows = []
    for seq in range(messages):
        is_photo = bool(photo_every) and seq % photo_every == 0 and len(photo_seqs) < photos
        text = "" if is_photo else message_text(rng)
        if is_photo:
            photo_seqs.append(seq)
        rows.append(
            Message(
                submission=submission,
                seq=seq,
                line_no=seq + 1,
                # A work group chat over a year: messages spread over office hours.
                sent_at=start + timedelta(minutes=10 * seq),
                participant=people[seq % len(people)],
                kind=MessageKind.MEDIA if is_photo else MessageKind.TEXT,
                text=text,
                text_redacted=text,
            )
        )
        if len(rows) >= batch:
            Message.objects.bulk_create(rows)
            rows = []
    if rows:
        Message.objects.bulk_create(rows)
    pool = [cleaned_photo(i) for i in range(min(12, len(photo_seqs)))]
    message_ids = dict(
        Message.objects.filter(submission=submission, seq__in=photo_seqs).values_list("seq", "pk")
    )
    for number, seq in enumerate(photo_seqs):
        data = pool[number % len(pool)]
        derived = StoredFile(
            submission=submission,
            role=FileRole.DERIVED,
            original_name=f"foto-{number + 1}.jpg",
            derived_key=f"media-{number}",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            mime_type="image/jpeg",
        )
        derived.file.save(f"foto-{number + 1}.jpg", ContentFile(data), save=False)
        derived.save()
        MediaItem.objects.create(
            submission=submission,
            seq=number,
            message_id=message_ids[seq],
            derived=derived,
            name=f"{number + 1:08d}-PHOTO.jpg",
            mime_type="image/jpeg",
        )
    return submission

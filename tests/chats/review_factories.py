"""Factories for submissions as processing leaves them (te_beoordelen), with Dutch fake data."""

import hashlib
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from faker import Faker

from chats.constants import FileRole, MessageKind, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, RedactionSpan, StoredFile, Submission
from chats.review.text import redacted_text, replacements_for

fake = Faker("nl_NL")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def png_bytes(color=(0, 120, 200)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, format="PNG")
    return buffer.getvalue()


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.LazyFunction(fake.first_name)
    last_name = factory.LazyFunction(fake.last_name)
    email = factory.LazyAttribute(lambda u: f"{u.username}@meppel.example")


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    submitted_by = factory.SubFactory(UserFactory)
    upload_kind = UploadKind.IOS_EXPORT
    onderwerp = factory.LazyFunction(lambda: f"Melding {fake.street_name()}")
    omschrijving = factory.LazyFunction(lambda: fake.sentence(nb_words=10))
    gesprekspartner = "inwoner"
    afdeling = "openbare_ruimte"
    elders_vastgelegd = "nee"
    status = SubmissionStatus.TE_BEOORDELEN
    processed_at = factory.LazyFunction(timezone.now)
    detected_format = factory.LazyFunction(lambda: {"date_order": "DMY"})

    class Params:
        uncertain = factory.Trait(
            date_order_uncertain=True,
            flags=[{"code": "date_order_uncertain", "message": "Dag en maand zijn niet zeker."}],
        )


def _store(submission, role, content: bytes, name: str, mime: str, **extra) -> StoredFile:
    stored = StoredFile(
        submission=submission,
        role=role,
        original_name=name,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        mime_type=mime,
        **extra,
    )
    stored.file.save(name, ContentFile(content), save=False)
    stored.save()
    return stored


# (author index, text, [(needle, label)]) — the needles are found in the text for offsets.
CONVERSATION = (
    (
        0,
        "Goedemorgen, de boom aan de Hoofdstraat is omgewaaid. Bel me op 06-12345678.",
        [("06-12345678", "PHONE")],
    ),
    (1, "Dank u Jan Jansen, we sturen vandaag iemand langs.", [("Jan Jansen", "PERSON")]),
    (0, "Mijn buurman Piet de Boer heeft foto's gemaakt.", [("Piet de Boer", "PERSON")]),
    (0, "", []),  # a photo
    (1, "De boom is weggehaald. Zaak Z-2024-000123.", []),
    (
        0,
        "Top, bedankt! Mail gerust naar jan.jansen@example.nl",
        [("jan.jansen@example.nl", "EMAIL")],
    ),
)


def processed_submission(*, messages: int | None = None, with_photo: bool = True, **fields):
    """A submission in te_beoordelen with originals, participants, messages, spans and a photo."""
    submission = SubmissionFactory(**fields)
    original = _store(
        submission,
        FileRole.ORIGINAL,
        b"PK\x03\x04 zip met _chat.txt en foto",
        "WhatsApp Chat - Jan Jansen.zip",
        "application/zip",
    )
    people = [
        Participant.objects.create(
            submission=submission,
            seq=0,
            name="Jan Jansen",
            pseudonym="Deelnemer 1",
            message_count=4,
        ),
        Participant.objects.create(
            submission=submission,
            seq=1,
            name="Mila de Vries",
            pseudonym="Deelnemer 2",
            message_count=2,
        ),
    ]
    replacements = replacements_for((p.name, p.pseudonym) for p in people)
    start = datetime(2024, 3, 12, 9, 15, tzinfo=AMSTERDAM)
    rows = list(CONVERSATION)
    if messages is not None:
        rows = [rows[i % len(rows)] for i in range(messages)]
    created = []
    for seq, (author, text, needles) in enumerate(rows):
        spans = []
        for needle, label in needles:
            at = text.index(needle)
            spans.append((at, at + len(needle), label))
        message = Message.objects.create(
            submission=submission,
            seq=seq,
            line_no=seq + 1,
            sent_at=start + timedelta(minutes=seq),
            participant=people[author],
            kind=MessageKind.MEDIA if not text else MessageKind.TEXT,
            text=text,
            text_redacted=redacted_text(text, spans, replacements=replacements),
            attachment_names=["00000003-PHOTO-2024-03-12-09-17-05.jpg"] if not text else [],
        )
        RedactionSpan.objects.bulk_create(
            RedactionSpan(submission=submission, message=message, start=s, end=e, label=lab)
            for s, e, lab in spans
        )
        created.append(message)
    if with_photo:
        photo_message = next((m for m in created if m.kind == MessageKind.MEDIA), None)
        derived = _store(
            submission,
            FileRole.DERIVED,
            png_bytes(),
            "foto.png",
            "image/png",
            derived_from=original,
            derived_key="media-0",
        )
        ocr = "Bel 06-87654321 voor info"
        media = MediaItem.objects.create(
            submission=submission,
            seq=0,
            message=photo_message,
            original=original,
            derived=derived,
            name="00000003-PHOTO-2024-03-12-09-17-05.jpg",
            mime_type="image/png",
            ocr_text=ocr,
            ocr_text_redacted="Bel [TELEFOONNUMMER] voor info",
        )
        RedactionSpan.objects.create(
            submission=submission, media=media, start=4, end=15, label="PHONE"
        )
    submission.message_count = len(created)
    submission.save(update_fields=["message_count"])
    return submission

"""The one way tests build records: factory_boy factories with Dutch fake data.

Every factory builds a valid row on its own; pass fields to pin what a test is about.
`processed_submission()` builds a whole submission as processing leaves it (originals,
participants, messages with their redactions and a photo) out of these factories.

The role users of the tests (`make_user` in tests/conftest.py) go through Django's
`create_user`, which sets a usable password for the login tests.
"""

import hashlib
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from faker import Faker

from chats.constants import FileRole, MediaRelease, MessageKind, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, RedactionSpan, StoredFile, Submission
from chats.review.text import redacted_text, replacements_for
from woo.constants import VerzoekStatus
from woo.models import WooVerzoek
from zaken.models import Procestype, SelectielijstResultaat, Zaak, Zaaktype

fake = Faker("nl_NL")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CHAT_START = datetime(2024, 3, 12, 9, 15, tzinfo=AMSTERDAM)


def png_bytes(color=(0, 120, 200)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, format="PNG")
    return buffer.getvalue()


# --- users -------------------------------------------------------------------------------------


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.LazyFunction(fake.first_name)
    last_name = factory.LazyFunction(fake.last_name)
    email = factory.LazyAttribute(lambda u: f"{u.username}@meppel.example")


# --- zaken and the selectielijst ---------------------------------------------------------------


class ProcestypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Procestype
        django_get_or_create = ("jaar", "nummer")

    jaar = 2020
    nummer = 15
    naam = "Onderhouden en repareren"


class SelectielijstResultaatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SelectielijstResultaat
        django_get_or_create = ("procestype", "nummer")

    procestype = factory.SubFactory(ProcestypeFactory)
    nummer = "15.1"
    naam = "Uitgevoerd"
    waardering = "vernietigen"
    bewaartermijn = "P5Y"
    procestermijn = "nihil"

    class Params:
        blijvend = factory.Trait(waardering="blijvend_bewaren", bewaartermijn="")


class ZaaktypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zaaktype
        django_get_or_create = ("identificatie",)

    identificatie = "MELDING-OR"
    omschrijving = "Melding openbare ruimte"
    procestype = factory.SubFactory(ProcestypeFactory)


class ZaakFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zaak

    zaaknummer = factory.Sequence(lambda n: f"Z-2024-{n + 100:06d}")
    omschrijving = factory.Faker("sentence", nb_words=5, locale="nl_NL")
    zaaktype = factory.SubFactory(ZaaktypeFactory)
    afdeling = "openbare_ruimte"
    startdatum = date(2024, 1, 1)
    einddatum = None
    resultaat = None

    class Params:
        afgesloten = factory.Trait(
            einddatum=date(2024, 3, 13),
            resultaat=factory.SubFactory(SelectielijstResultaatFactory),
        )


# --- submissions and what processing makes of them ---------------------------------------------


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A submission as processing leaves it (te_beoordelen) unless a state says otherwise."""

    class Meta:
        model = Submission

    submitted_by = factory.SubFactory(UserFactory)
    upload_kind = UploadKind.IOS_EXPORT
    onderwerp = factory.LazyFunction(lambda: f"Melding {fake.street_name()}")
    omschrijving = factory.LazyFunction(lambda: fake.sentence(nb_words=10))
    # Processing stores the redacted free text; the factory's text holds no personal data.
    onderwerp_redacted = factory.LazyAttribute(lambda o: o.onderwerp)
    omschrijving_redacted = factory.LazyAttribute(lambda o: o.omschrijving)
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
        te_beoordelen = factory.Trait(status=SubmissionStatus.TE_BEOORDELEN)
        gearchiveerd = factory.Trait(
            status=SubmissionStatus.GEARCHIVEERD,
            archived_at=factory.LazyFunction(timezone.now),
        )
        mislukt = factory.Trait(
            status=SubmissionStatus.MISLUKT,
            processed_at=None,
            failure_reason="De verwerking is mislukt.",
        )


def _next_seq(related_name):
    """The next free seq of a submission's participants, messages or media (0 for the first)."""
    return factory.LazyAttribute(
        lambda o: getattr(o.submission, related_name).count() if o.submission.pk else 0
    )


class StoredFileFactory(factory.django.DjangoModelFactory):
    """A stored file with real content: pass `content` (bytes); size and checksum follow."""

    class Meta:
        model = StoredFile

    class Params:
        content = b"PK\x03\x04 zip met _chat.txt en foto"
        filename = factory.SelfAttribute("original_name")

    submission = factory.SubFactory(SubmissionFactory)
    role = FileRole.ORIGINAL
    original_name = "WhatsApp Chat - Jan Jansen.zip"
    size = factory.LazyAttribute(lambda o: len(o.content))
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())
    mime_type = "application/zip"
    # An unsaved file: saving the row writes it to storage under the submission's folder.
    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.filename))


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    submission = factory.SubFactory(SubmissionFactory)
    seq = _next_seq("participants")
    name = factory.Faker("name", locale="nl_NL")
    pseudonym = factory.LazyAttribute(lambda o: f"Deelnemer {o.seq + 1}")


class MessageFactory(factory.django.DjangoModelFactory):
    """A text message; its redacted text equals the text unless given."""

    class Meta:
        model = Message

    submission = factory.SubFactory(SubmissionFactory)
    seq = _next_seq("messages")
    sent_at = factory.LazyAttribute(lambda o: CHAT_START + timedelta(minutes=o.seq))
    participant = None
    kind = factory.LazyAttribute(lambda o: MessageKind.TEXT if o.text else MessageKind.MEDIA)
    text = factory.Faker("sentence", nb_words=8, locale="nl_NL")
    text_redacted = factory.SelfAttribute("text")


class MediaItemFactory(factory.django.DjangoModelFactory):
    """An image with its original and its derived (cleaned) copy."""

    class Meta:
        model = MediaItem

    submission = factory.SubFactory(SubmissionFactory)
    seq = _next_seq("media")
    message = None
    original = factory.SubFactory(
        StoredFileFactory, submission=factory.SelfAttribute("..submission")
    )
    derived = factory.SubFactory(
        StoredFileFactory,
        submission=factory.SelfAttribute("..submission"),
        role=FileRole.DERIVED,
        derived_from=factory.SelfAttribute("..original"),
        derived_key=factory.LazyAttribute(lambda o: f"media-{o.factory_parent.seq}"),
        content=factory.LazyFunction(png_bytes),
        original_name="foto.png",
        mime_type="image/png",
    )
    name = "00000003-PHOTO-2024-03-12-09-17-05.jpg"
    mime_type = "image/png"
    # A cleaned image is shown as it is (chats.selectors.servable_file).
    release = MediaRelease.GEANONIMISEERD


class RedactionSpanFactory(factory.django.DjangoModelFactory):
    """A redaction over a message (or, with `media=`, over an image's OCR text)."""

    class Meta:
        model = RedactionSpan

    message = factory.SubFactory(MessageFactory)
    media = None
    submission = factory.LazyAttribute(lambda o: (o.message or o.media).submission)
    start = 0
    end = 4
    label = "PERSON"


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
    original = StoredFileFactory(submission=submission)
    people = [
        ParticipantFactory(
            submission=submission,
            seq=0,
            name="Jan Jansen",
            pseudonym="Deelnemer 1",
            message_count=4,
        ),
        ParticipantFactory(
            submission=submission,
            seq=1,
            name="Mila de Vries",
            pseudonym="Deelnemer 2",
            message_count=2,
        ),
    ]
    replacements = replacements_for((p.name, p.pseudonym) for p in people)
    rows = list(CONVERSATION)
    if messages is not None:
        rows = [rows[i % len(rows)] for i in range(messages)]
    created = []
    for seq, (author, text, needles) in enumerate(rows):
        spans = []
        for needle, label in needles:
            at = text.index(needle)
            spans.append((at, at + len(needle), label))
        message = MessageFactory(
            submission=submission,
            seq=seq,
            line_no=seq + 1,
            sent_at=CHAT_START + timedelta(minutes=seq),
            participant=people[author],
            text=text,
            text_redacted=redacted_text(text, spans, replacements=replacements),
            attachment_names=["00000003-PHOTO-2024-03-12-09-17-05.jpg"] if not text else [],
        )
        for start, end, label in spans:
            RedactionSpanFactory(
                submission=submission, message=message, start=start, end=end, label=label
            )
        created.append(message)
    if with_photo:
        photo_message = next((m for m in created if m.kind == MessageKind.MEDIA), None)
        media = MediaItemFactory(
            submission=submission,
            seq=0,
            message=photo_message,
            original=original,
            ocr_text="Bel 06-87654321 voor info",
            ocr_text_redacted="Bel [TELEFOONNUMMER] voor info",
        )
        RedactionSpanFactory(
            submission=submission, message=None, media=media, start=4, end=15, label="PHONE"
        )
    submission.message_count = len(created)
    submission.save(update_fields=["message_count"])
    return submission


# --- Woo ----------------------------------------------------------------------------------------


class WooVerzoekFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WooVerzoek

    nummer = factory.Sequence(lambda n: f"WOO-2025-{n + 1:03d}")
    onderwerp = factory.Faker("sentence", nb_words=4, locale="nl_NL")
    aangemaakt_door = factory.SubFactory(UserFactory)

    class Params:
        afgehandeld = factory.Trait(
            status=VerzoekStatus.AFGEHANDELD, afgehandeld_op=factory.LazyFunction(timezone.now)
        )

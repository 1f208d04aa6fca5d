"""Building a relevance corpus (blind or tuning) into the archive through the app's own pipeline.

Each chat becomes an iOS WhatsApp export (`_chat.txt` plus photos with painted text and voice
notes), is submitted with `submission_create`, processed by `submission_process` (parse, OCR,
redact) and archived with `review_archive`, which indexes it. Filler lines (small talk and other
work) are mixed in deterministically so that a subject is spread over a long conversation, as in
real chats; filler is relevant to no request.
"""

from __future__ import annotations

import io
import random
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

MESSAGES_PER_CHAT = 60
_TAGS = re.compile(r"\s*\{([\d,\s]+)\}\s*$")
_PHOTO = re.compile(r'^PHOTO\s+"([^"]+)"$')
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

FILLER = (
    "Goedemorgen!",
    "Ik zit tot 11 uur in overleg, daarna bel ik je",
    "Top, dank je",
    "👍",
    "Oké",
    "Ben je morgen op kantoor?",
    "Ik werk morgen thuis",
    "Wie neemt de notulen van het teamoverleg?",
    "Mijn laptop doet weer raar, ik bel de servicedesk",
    "Zullen we om 12 uur lunchen?",
    "Sorry, te laat gezien",
    "Is de vergaderkamer op de tweede verdieping vrij?",
    "Ik heb volgende week vrij, Sanne neemt het over",
    "Kun je de agenda voor dinsdag rondsturen?",
    "Staat in Teams",
    "Heb je de uitnodiging voor de heidag gezien?",
    "Ik ben er zo, sta in de file op de A28",
    "Prima",
    "Ja hoor",
    "Dank voor het snelle antwoord",
    "Even checken bij mijn leidinggevende",
    "Ik kom er morgen op terug",
    "Het verslag van vorige week staat in de gedeelde map",
    "Wil je mijn rooster voor oktober bekijken?",
    "Koffie?",
    "De printer op de eerste verdieping is weer kapot",
    "Ik heb het doorgezet naar het team",
    "Goed weekend allemaal",
    "Fijne avond",
    "Heb je even tijd om te bellen?",
    "Ik zit in de auto, bel je straks",
    "Mail is verstuurd",
    "Nog iets nodig van mij?",
    "Nee, dat was het",
    "Ik ben ziek vandaag, mijn afspraken zijn verzet",
    "Beterschap!",
    "De nieuwe collega begint maandag",
    "Parkeergarage is vol, ik sta bij het station",
    "Zijn de declaraties al goedgekeurd?",
    "Vergeet de training informatiebeveiliging niet",
    "Ik heb de training afgerond",
    "Kun je even meelezen met mijn conceptbrief?",
    "Ziet er goed uit, kleine opmerking in de kantlijn",
    "Het overleg van donderdag gaat niet door",
    "Nieuwe datum volgt",
    "Ik heb het telefoonnummer van de afdeling niet bij de hand",
    "Wie heeft er piket dit weekend?",
    "Ik sta op het rooster",
    "Kunnen we het na de vakantie oppakken?",
    "Afgesproken",
    "Ik stuur het document zo door",
    "Hij staat in het zaaksysteem",
    "Welke versie is de laatste?",
    "Versie 3, van vanochtend",
    "Hoe laat begint de presentatie?",
    "Om 15 uur in de raadzaal",
    "Lukt het om de cijfers voor vrijdag aan te leveren?",
    "Ja, donderdagmiddag heb je ze",
    "Ik heb een dubbele afspraak, kan iemand anders gaan?",
    "Ik ga wel",
    "Thanks!",
    "Helder",
    "Even ter info: ik ben vanmiddag bij de tandarts",
    "Nieuwsbrief van het college staat online",
    "Ook de jaarplanning is bijgewerkt",
    "Ik kan niet inloggen op de VPN",
    "Opnieuw opstarten hielp",
    "Het budget voor de teamuitje is rond",
    "We gaan bowlen",
    "Leuk!",
)


@dataclass(frozen=True)
class Request:
    """A Woo request: what it asks for and the queries an officer would type first."""

    number: int
    description: str
    queries: tuple[str, ...]


@dataclass(frozen=True)
class Chat:
    onderwerp: str
    afdeling: str
    start: str  # "YYYY-MM-DD HH:MM", local wall-clock time of the first message
    speakers: list[str]
    script: str
    # How many messages the chat has once filler is mixed in (never fewer than its own lines):
    # most work chats are short, a team's running chat is long.
    messages: int = MESSAGES_PER_CHAT


@dataclass
class Line:
    speaker: str
    text: str
    requests: frozenset[int] = frozenset()
    photo_text: str = ""
    audio: bool = False
    new_day: bool = False
    day: str = ""  # "YYYY-MM-DD": the chat goes on that day (a team chat runs for months)


@dataclass
class BuiltChat:
    chat: Chat
    lines: list[Line] = field(default_factory=list)


def parse_script(chat: Chat) -> list[Line]:
    lines, new_day, day = [], False, ""
    for raw in chat.script.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        if raw == "~":
            new_day = True
            continue
        if raw.startswith("~ "):
            day = raw[2:].strip()
            continue
        speaker, _, text = raw.partition(": ")
        requests: frozenset[int] = frozenset()
        tags = _TAGS.search(text)
        if tags:
            requests = frozenset(int(n) for n in tags.group(1).split(",") if n.strip())
            text = text[: tags.start()]
        line = Line(speaker=chat.speakers["ABCD".index(speaker)], text=text, requests=requests)
        photo = _PHOTO.match(text)
        if photo:
            line.photo_text, line.text = photo.group(1), ""
        elif text == "AUDIO":
            line.audio, line.text = True, ""
        line.new_day, new_day = new_day, False
        line.day, day = day, ""
        lines.append(line)
    return lines


def with_filler(chat: Chat, seed: int) -> list[Line]:
    """The authored lines with filler mixed in until the chat has its number of messages."""
    rng = random.Random(seed)
    authored = parse_script(chat)
    filler_count = max(0, chat.messages - len(authored))
    # Filler goes before, between and after the authored lines (not in a block).
    slots = [rng.randrange(len(authored) + 1) for _ in range(filler_count)]
    result: list[Line] = []
    for index in range(len(authored) + 1):
        for _ in range(slots.count(index)):
            result.append(Line(speaker=rng.choice(chat.speakers), text=rng.choice(FILLER)))
        if index < len(authored):
            result.append(authored[index])
    return result


def photo_bytes(text: str) -> bytes:
    """A phone photo of a sign: dark text on a light board, big enough for OCR."""
    image = Image.new("RGB", (1400, 700), (214, 220, 208))
    draw = ImageDraw.Draw(image)
    draw.rectangle((80, 120, 1320, 580), fill=(250, 250, 245))
    font = ImageFont.truetype(FONT, 64)
    words, rows, row = text.split(), [], ""
    for word in words:
        candidate = f"{row} {word}".strip()
        if draw.textlength(candidate, font=font) > 1150:
            rows.append(row)
            row = word
        else:
            row = candidate
    rows.append(row)
    for i, row in enumerate(rows):
        draw.text((120, 170 + i * 90), row, fill=(20, 20, 20), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def opus_bytes() -> bytes:
    """A tiny Ogg Opus file (header pages only): a voice note with no words in it."""

    def page(serial: int, seq: int, flags: int, payload: bytes) -> bytes:
        header = (
            b"OggS"
            + bytes([0, flags])
            + (0).to_bytes(8, "little")
            + serial.to_bytes(4, "little")
            + seq.to_bytes(4, "little")
            + b"\0\0\0\0"
            + bytes([1, len(payload)])
        )
        data = bytearray(header + payload)
        crc = _ogg_crc(bytes(data))
        data[22:26] = crc.to_bytes(4, "little")
        return bytes(data)

    head = b"OpusHead" + bytes([1, 1]) + (312).to_bytes(2, "little") + (48000).to_bytes(4, "little")
    head += b"\0\0\0"
    tags = b"OpusTags" + (4).to_bytes(4, "little") + b"test" + (0).to_bytes(4, "little")
    return page(1, 0, 2, head) + page(1, 1, 0, tags)


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def write_export(path: Path, chat: Chat, lines: list[Line], seed: int) -> None:
    rng = random.Random(seed)
    when = datetime.strptime(chat.start, "%Y-%m-%d %H:%M")  # noqa: DTZ007 - phone wall clock
    text_lines, files = [], {}
    for line in lines:
        if line.day:
            day = datetime.strptime(line.day, "%Y-%m-%d")  # noqa: DTZ007 - phone wall clock
            if day.replace(hour=7, minute=30) < when:
                raise ValueError(f"{chat.onderwerp}: '~ {line.day}' lies before where the chat is")
            when = day.replace(hour=7, minute=30)
        elif line.new_day:
            when = when.replace(hour=7, minute=30) + timedelta(days=1)
        when += timedelta(minutes=rng.randint(1, 14), seconds=rng.randint(0, 59))
        stamp = when.strftime("%d-%m-%Y %H:%M:%S")
        if line.photo_text:
            name = f"{len(files) + 1:08d}-PHOTO-{when.strftime('%Y-%m-%d-%H-%M-%S')}.jpg"
            files[name] = photo_bytes(line.photo_text)
            body = f"\u200e<bijgevoegd: {name}>"
        elif line.audio:
            name = f"{len(files) + 1:08d}-AUDIO-{when.strftime('%Y-%m-%d-%H-%M-%S')}.opus"
            files[name] = opus_bytes()
            body = f"\u200e<bijgevoegd: {name}>"
        else:
            body = line.text
        text_lines.append(f"[{stamp}] {line.speaker}: {body}")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", "\n".join(text_lines) + "\n")
        for name, data in files.items():
            archive.writestr(name, data)


@dataclass(frozen=True)
class BuiltRecord:
    submission_id: int
    onderwerp: str
    # message id -> the requests it is relevant to
    judgements: dict[int, frozenset[int]]


def build_corpus(chats, *, seed: int, prefix: str) -> list[BuiltRecord]:
    """Submit, process and archive every chat; returns the records with judgements per message."""
    # The app is only importable once Django is set up (the caller does that).
    from django.contrib.auth import get_user_model  # noqa: PLC0415
    from django.core.management import call_command  # noqa: PLC0415

    from accounts.roles import INFORMATIEBEHEER, MEDEWERKER, sync_roles  # noqa: PLC0415
    from chats.constants import EldersVastgelegd, Gesprekspartner, UploadKind  # noqa: PLC0415
    from chats.models import Message, Submission  # noqa: PLC0415
    from chats.processing import submission_process  # noqa: PLC0415
    from chats.review.services import review_archive  # noqa: PLC0415
    from chats.services import IncomingFile, submission_create  # noqa: PLC0415
    from demo.chats.loader import confirm_parsed_date_order  # noqa: PLC0415
    from demo.zaken import demo_zaken_load  # noqa: PLC0415
    from zaken.models import Zaak  # noqa: PLC0415

    groups = sync_roles()
    call_command("load_selectielijst", verbosity=0)
    demo_zaken_load()
    zaak = Zaak.objects.filter(resultaat__isnull=False).order_by("pk").first()
    submitter, _ = get_user_model().objects.get_or_create(username=f"{prefix}-indiener")
    submitter.groups.add(groups[MEDEWERKER])
    reviewer, _ = get_user_model().objects.get_or_create(username=f"{prefix}-di")
    reviewer.groups.add(groups[MEDEWERKER], groups[INFORMATIEBEHEER])
    built = []
    for index, chat in enumerate(chats):
        onderwerp = f"{prefix}: {chat.onderwerp}"
        lines = with_filler(chat, seed + index)
        # Archiving replaces the subject by its redacted form, so an earlier run's record is
        # found by its place among this submitter's records (chats are built in order).
        earlier = Submission.objects.filter(submitted_by=submitter).order_by("pk")
        existing = earlier[index] if earlier.count() > index else None
        if existing is None:
            with tempfile.TemporaryDirectory(prefix="woo-corpus-") as tmp:
                export = Path(tmp) / "WhatsApp Chat.zip"
                write_export(export, chat, lines, seed + index)
                submission = submission_create(
                    user=submitter,
                    files=[IncomingFile(path=export, client_name=export.name)],
                    upload_kind=UploadKind.IOS_EXPORT,
                    onderwerp=onderwerp,
                    omschrijving="Relevantieset voor het zoeken (Woo)",
                    gesprekspartner=Gesprekspartner.COLLEGA,
                    zaaknummer=zaak.zaaknummer,
                    afdeling=chat.afdeling,
                    vraag_besluit=True,
                    vraag_werkproces=True,
                    elders_vastgelegd=EldersVastgelegd.NEE,
                    bevestiging_verwijderen=True,
                )
            submission_process(submission_id=submission.pk)
            confirm_parsed_date_order(submission.pk, reviewer)
            review_archive(submission_id=submission.pk, zaak=zaak, user=reviewer)
            existing = Submission.objects.get(pk=submission.pk)
        messages = list(
            Message.objects.filter(submission=existing).exclude(kind="system").order_by("seq")
        )
        if len(messages) != len(lines):
            raise RuntimeError(
                f"{chat.onderwerp}: {len(messages)} messages parsed, {len(lines)} written"
            )
        judgements = {m.pk: line.requests for m, line in zip(messages, lines, strict=True)}
        built.append(BuiltRecord(existing.pk, onderwerp, judgements))
    return built

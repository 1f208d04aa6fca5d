"""From checked input files to a ProcessingResult: parse, pseudonymise, redact, clean media.

Nothing here writes to the database or the storage; store.py does that in one go.
"""

import io
import logging
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from PIL import Image

from chats.constants import REDACTED_KEY_SUFFIX, Gesprekspartner, MediaRelease, UploadKind
from chats.intake import CHAT_FILE_NAME, active_content_notice
from chats.models import Submission
from chats.redaction import (
    ChatContext,
    Pseudonymizer,
    Span,
    detect,
    detect_chat_learning,
    file_name_persons,
    may_name_any,
    persons_in,
    persons_of,
    redact_text,
    vcard_names,
)
from chats.redaction.addresses import house_numbers_in, may_say_house_number
from chats.redaction.avmeta import MetadataNotStripped, strip_av_metadata
from chats.redaction.documents import (
    PDF_WORDS,
    DocumentRejected,
    drawn_pages_copy,
    pdf_page_count,
    redact_pdf,
)
from chats.redaction.images import (
    ImageRejected,
    detect_in_ocr,
    ocr_layout,
    paint_spans,
    redact_screenshot,
    strip_metadata,
)
from chats.redaction.lexicon import load as load_lexicon
from chats.redaction.ocr import PHOTO_MAX_SIDE, OcrFailed, OcrResult, ocr_image
from chats.redaction.photo_words import plausible_words
from chats.redaction.photos import PhotoRedaction, redact_photo
from chats.redaction.pseudonyms import name_key
from chats.redaction.spans import resolve
from chats.selectors import organisation_contacts, organisation_keep_values
from chats.whatsapp import (
    ChatFormat,
    ParseWarning,
    WhatsAppParseError,
    iter_chat_file,
    looks_like_chat,
)
from chats.whatsapp import errors as parse_errors
from chats.wording import aantal

from . import progress as steps
from .errors import NO_CHAT_IN_UPLOAD, NOTHING_TO_KEEP, PermanentFailure
from .inputs import InputFile, Inputs
from .progress import Progress
from .results import (
    DerivedOut,
    Flag,
    MediaOut,
    MessageFile,
    MessageOut,
    ParticipantOut,
    ProcessingResult,
    SpanOut,
)
from .screenshot_overlap import drop_overlaps
from .screenshot_text import PHOTO_FACES, chrome_ranges, without_chrome

logger = logging.getLogger(__name__)

_BATCH = 2000
# A link in a message the parser knows as a shared location ("Locatie: https://maps...").
_LOCATION_LINK = re.compile(r"\b[a-z][a-z0-9+.-]*:(?://)?\S+", re.IGNORECASE)
# WhatsApp's mention of someone not in the phone's contacts: '@' and the number with its
# country code, no '+' ("@31612345678").
_NUMBER_MENTION = re.compile(r"(?<![\w@])@(\d{10,15})(?!\w)")
_MEMO_ENTRIES = 50_000
# What the first pass over a chat (learn_persons) keeps of its spans for the second to take
# over: at most this many characters of message text (a 5,000-message chat holds ~0.5 M).
_FIRST_PASS_CHARS = 20_000_000


@dataclass
class FirstPass:
    """The spans the first pass over a chat found per message text, and the context it knew
    (for a chat examined message by message: one too large for ``chat_rules_pass``).

    The second pass (redact_messages) takes a message's spans from it where the persons it
    knows more (``may_name_any``) cannot change what the detector finds: it is deterministic,
    and the persons reach only the name finder.
    """

    context: ChatContext
    spans: dict[str, list]
    chars: int = 0
    # Walk 50: the house numbers of the chat's addresses, known in the second pass as its
    # persons are (ChatContext.house_numbers)
    house_numbers: dict[str, None] = field(default_factory=dict)

    def keep(self, text: str, spans: list) -> None:
        if text not in self.spans and self.chars + len(text) <= _FIRST_PASS_CHARS:
            self.spans[text] = spans
            self.chars += len(text)


@dataclass
class ChatPass:
    """The spans of every message of a chat in order, found with the chat's rules across
    messages (``detect_chat``), and the persons and house numbers the chat established."""

    spans: list[list]
    persons: tuple[str, ...]
    house_numbers: tuple[str, ...]


IMAGE_KINDS = frozenset({"jpeg", "png", "webp", "heic"})
_IMAGE_EXTENSIONS = {"JPEG": (".jpg", "image/jpeg"), "PNG": (".png", "image/png")}
_IMAGE_EXTENSIONS["WEBP"] = (".webp", "image/webp")
_COPY_EXTENSIONS = {
    "ogg": ".opus",
    "mp4": ".mp4",
    "pdf": ".pdf",
    "vcard": ".vcf",
    "text": ".txt",
}

# Dutch wording for the review screen; decode errors use the hostile corpus's suggestion.
DECODE_ERRORS = (
    "De tekens in het chatbestand konden niet allemaal worden gelezen; onleesbare tekens zijn "
    "gemarkeerd (�)."
)
MESSAGE_TRUNCATED = (
    "Een bericht in deze chat is te lang om te verwerken (maximaal {max} tekens). Het is "
    "ingekort; het origineel blijft bewaard."
)
DATE_ORDER_UNCERTAIN = (
    "Uit de export is niet zeker af te leiden of de dag of de maand voorop staat. Controleer "
    "een paar data in het gesprek."
)
MARKUP_IN_TEXT = (
    "Het gesprek bevat tekst die op programmacode of een spreadsheetformule lijkt. Die wordt "
    "overal als gewone tekst getoond; controleer of het bericht bij het gesprek hoort."
)
MEMBER_SKIPPED = "{message} Dit bestand is niet overgenomen."


def nonexistent_time_message(count: int) -> str:
    """The flag for local times that fall in the spring-forward gap, in singular or plural."""
    bestaan = "bestaat" if count == 1 else "bestaan"
    check = "de tijd van dat bericht" if count == 1 else "de tijden van die berichten"
    return (
        f"{aantal(count, 'tijdstip', 'tijdstippen')} in de chat {bestaan} niet in de Nederlandse "
        f"tijd (overgang naar zomertijd). Controleer {check}."
    )


# How many messages with a missing attachment the flag names by their date and time.
MISSING_MEDIA_NAMED = 3


def _moment_shown(moment: date) -> str:
    """A message's date and time as the phone shows them; only its date when the time is not
    known (a plain date)."""
    if isinstance(moment, datetime):
        return moment.strftime("%d-%m-%Y %H:%M")
    return f"{moment:%d-%m-%Y} (tijd onbekend)"


def media_missing_message(
    count: int, at: Sequence[date] = (), *, messages: int | None = None
) -> str:
    """The flag for attachments the chat names but the upload lacks, in singular or plural,
    with the date and time of the first messages they belong to (as the phone shows them; a
    plain date for a message whose time is unknown), so the employee can find them; never
    their file names, which may name people. `messages`: how many messages lack one (two in
    one minute are 'de berichten' of that minute)."""
    missing = "zit" if count == 1 else "zitten"
    text = (
        f"{aantal(count, 'bijlage', 'bijlagen')} waarnaar de chat verwijst, {missing} niet in "
        "de upload (bijvoorbeeld een export zonder media)."
    )
    times = list(dict.fromkeys(_moment_shown(moment) for moment in at))
    if not times:
        return text
    named = times[:MISSING_MEDIA_NAMED]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} en {named[-1]}"
    where = "het bericht" if max(len(times), messages or 0) == 1 else "de berichten"
    also = "onder meer " if len(times) > len(named) else ""
    return f"{text[:-1]}: bij {also}{where} van {listed}."


IMAGE_NOT_CLEANED = "De afbeelding ‘{name}’ kon niet worden opgeschoond: {reason}"
# Text that could not be read was never checked for personal data: the image is kept (without
# its metadata; a photo with its faces and plates done) but withheld, whatever else was done.
# (Short: an attachment's reason holds 200 characters, a phone's file name takes 40 of them.)
OCR_FAILED = (
    "Tekst in schermafbeelding ‘{name}’ kon niet worden gelezen ({reason}); achtergehouden "
    "tot u haar hebt bekeken."
)
PHOTO_OCR_FAILED = (
    "Tekst in foto ‘{name}’ kon niet worden gelezen ({reason}); de foto is achtergehouden tot "
    "u hem hebt bekeken."
)
PDF_WITHHELD = (
    "Het PDF-bestand ‘{name}’ is achtergehouden tot Informatiebeheer het vrijgeeft: {reason}"
)
PDF_PAGES_SPENT = (
    "Het gesprek heeft meer PDF-pagina's dan er in één keer automatisch kunnen worden "
    "gecontroleerd ({max})."
)
PDF_NOT_DRAWN = (
    "Het PDF-bestand ‘{name}’ is achtergehouden: {reason} Er is geen versie die kan worden "
    "gelezen of vrijgegeven."
)
AV_NOT_CLEANED = (
    "{label} ‘{name}’: {reason} Er is geen versie die kan worden afgespeeld of vrijgegeven."
)
LATE_PERSON = (
    "‘{name}’ noemt een persoon die pas in een latere bijlage als persoon werd herkend: de "
    "tekst is aangepast, het bestand zelf niet. Achtergehouden tot Informatiebeheer het "
    "heeft gecontroleerd."
)
LATE_ADDRESS = (
    "‘{name}’ noemt een huisnummer van een adres dat pas in een latere bijlage werd herkend: "
    "de tekst is aangepast, het bestand zelf niet. Achtergehouden tot Informatiebeheer het "
    "heeft gecontroleerd."
)
# Every notice above that quotes a file of the export: the purge takes the name out again.
FILE_NOTICES = (
    IMAGE_NOT_CLEANED,
    OCR_FAILED,
    PHOTO_OCR_FAILED,
    PDF_WITHHELD,
    PDF_NOT_DRAWN,
    AV_NOT_CLEANED,
    LATE_PERSON,
    LATE_ADDRESS,
)
CONTACT_CARD = "Contactkaart: bevat persoonsgegevens en wordt nooit vrijgegeven."
CHAT_RULES_SKIPPED = (
    "Dit gesprek is te groot om de berichten in samenhang te controleren: elk bericht is op "
    "zichzelf gecontroleerd. Een persoonsgegeven dat pas uit een eerder bericht blijkt (een "
    "geboortedatum of adres als antwoord op een vraag, een achternaam die later los terugkomt) "
    "kan leesbaar zijn gebleven. Controleer de geanonimiseerde berichten extra zorgvuldig."
)
OTHER_WITHHELD = "Dit bestand is achtergehouden tot Informatiebeheer het vrijgeeft."
ANIMATION_WITHHELD = (
    "Bewegende afbeelding: gezichten en kentekens zijn niet automatisch onherkenbaar gemaakt; "
    "achtergehouden tot Informatiebeheer haar vrijgeeft."
)

_MARKUP = re.compile(
    r"<\s*/?\s*(?:script|iframe|object|embed|svg|img|style|link|meta)\b|javascript:"
    r"|\bon[a-z]{3,15}\s*=",
    re.IGNORECASE,
)
_FORMULA = re.compile(r"^\s*[=+\-@]\s*[A-Za-z_]+\s*\(")

# The submitter's role pseudonym, and the conversation partner's by the form's choice.
SUBMITTER_ROLE = "Medewerker"
SUBMITTER_PARTICIPANT_ROLE = "medewerker"  # Participant.role of the submitter's own name
PARTNER_ROLES = {
    Gesprekspartner.INWONER: "Inwoner",
    Gesprekspartner.COLLEGA: "Collega",
    Gesprekspartner.KETENPARTNER: "Ketenpartner",
    Gesprekspartner.LEVERANCIER: "Leverancier",
    Gesprekspartner.BESTUURDER: "Bestuurder",
    Gesprekspartner.ANDERS: "Deelnemer",
}


def _clean_text(value: str) -> str:
    return value.replace("\x00", "") if "\x00" in value else value


# --- choosing the chat ------------------------------------------------------------------------


def pick_chat(inputs: Inputs, upload_kind: str) -> InputFile | None:
    """The one chat text file of the upload; None for screenshots. Raises PermanentFailure."""
    texts = [f for f in inputs.files if f.kind == "text"]
    if upload_kind == UploadKind.SCREENSHOTS and not texts:
        return None
    chats = [f for f in texts if looks_like_chat(f.path)]
    if len(chats) > 1:
        named = [f for f in chats if CHAT_FILE_NAME.match(f.name)]
        if len(named) != 1:
            raise PermanentFailure(parse_errors.MANY_CHATS, code="many_chats")
        chats = named
    if chats:
        return chats[0]
    if upload_kind == UploadKind.SCREENSHOTS:
        return None
    if texts and not any(f.member_name for f in texts):
        raise PermanentFailure(parse_errors.NOT_A_CHAT, code="not_a_chat")
    if any(f.kind == "zip" for f in inputs.originals):
        raise PermanentFailure(parse_errors.NO_CHAT_IN_ARCHIVE, code="no_chat")
    raise PermanentFailure(NO_CHAT_IN_UPLOAD, code="no_chat")


# --- participants -----------------------------------------------------------------------------


def _is_submitter(name: str, user) -> bool:
    """True when a chat name is the submitter's own: full name, or first + last name words."""
    key = name_key(name)
    if not key:
        return False
    first_name, last_name = (user.first_name or "").strip(), (user.last_name or "").strip()
    first, last = name_key(first_name), name_key(last_name)
    if not (first and last):
        return False
    if key == name_key(f"{first_name} {last_name}"):
        return True
    words = key.split(" ")
    # "Mila de Vries (Gemeente Meppel)" or "Vries, Mila de" still has both names in it.
    return first.split(" ")[0] in words and all(w in words for w in last.split(" "))


def pseudonymize(
    names: Sequence[str], *, user, gesprekspartner: str
) -> tuple[list[ParticipantOut], Pseudonymizer]:
    """Pseudonyms for the chat's authors: the submitter "Medewerker", the others by partner."""
    submitter = next((name for name in names if _is_submitter(name, user)), None)
    return pseudonymize_with(names, submitter=submitter, gesprekspartner=gesprekspartner)


def pseudonymize_with(
    names: Sequence[str], *, submitter: str | None, gesprekspartner: str
) -> tuple[list[ParticipantOut], Pseudonymizer]:
    """pseudonymize with the submitter's name given (None: no author is the submitter), as
    Informatiebeheer says it in review when the export's name was not recognised."""
    partner_role = PARTNER_ROLES.get(gesprekspartner, "Deelnemer")
    roles = {name: SUBMITTER_ROLE if name == submitter else partner_role for name in names}
    pseudonymizer = Pseudonymizer(roles)
    return (
        [
            ParticipantOut(
                seq=i,
                name=name,
                pseudonym=pseudonymizer.pseudonym_for(name) or partner_role,
                role=SUBMITTER_PARTICIPANT_ROLE
                if roles[name] == SUBMITTER_ROLE
                else gesprekspartner,
                message_count=0,
            )
            for i, name in enumerate(names)
        ],
        pseudonymizer,
    )


# --- messages ---------------------------------------------------------------------------------


def _aware(naive: datetime, zone: ZoneInfo) -> tuple[datetime, bool]:
    """The export's wall-clock time in the municipality's zone; True if that time never existed."""
    aware = naive.replace(tzinfo=zone)
    round_trip = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return aware, round_trip != naive


def _spans(found) -> tuple[SpanOut, ...]:
    return tuple(SpanOut(int(s.start), int(s.end), str(s.label)) for s in found)


@dataclass(frozen=True)
class ChatSurvey:
    """What a first, cheap pass over the chat tells: its format, authors and media links."""

    format: ChatFormat
    encoding: str
    decode_errors: int
    nul_chars_removed: int
    warnings: tuple[ParseWarning, ...]
    authors: tuple[tuple[str, int], ...]  # (name, message count) in order of appearance
    message_of: dict[str, int]  # media file name -> seq of the first message linking it
    missing_media: int
    # The distinct minutes of the messages lacking one (their day when the time is unknown).
    missing_at: tuple[date, ...]
    missing_messages: int  # how many messages lack an attachment
    message_count: int


def survey_chat(path: Path, *, media_names: Sequence[str]) -> ChatSurvey:
    """First pass: authors, links and warnings in constant memory (messages are not kept)."""
    fmt, stream = iter_chat_file(path, media_names=media_names)
    message_of: dict[str, int] = {}
    missing = count = missing_messages = 0
    missing_at: list[date] = []
    try:
        for message in stream:
            count += 1
            lacking = 0
            for name in message.linked_files:
                if name is None:
                    lacking += 1
                else:
                    message_of.setdefault(name, message.seq)
            if message.media_omitted and not message.linked_files:
                lacking += 1
            missing += lacking
            missing_messages += bool(lacking)
            # One more than the flag names, so that it can say 'onder meer' (constant memory);
            # distinct minutes, as the flag names them (review41: two photos of one minute
            # took a place and hid a later one).
            if lacking and message.sent_at and len(missing_at) <= MISSING_MEDIA_NAMED:
                if message.time_known:
                    minute = message.sent_at.replace(second=0, microsecond=0)
                else:
                    minute = message.sent_at.date()  # not midnight: no time was written
                if minute not in missing_at:
                    missing_at.append(minute)
        return ChatSurvey(
            format=fmt,
            encoding=stream.encoding,
            decode_errors=stream.decode_errors,
            nul_chars_removed=stream.nul_chars_removed,
            warnings=tuple(stream.warnings),
            authors=tuple((p.name, p.message_count) for p in stream.participants),
            message_of=message_of,
            missing_media=missing,
            missing_at=tuple(missing_at),
            missing_messages=missing_messages,
            message_count=count,
        )
    finally:
        stream.close()


def redact_messages(
    messages: Iterable,
    *,
    participants: list[ParticipantOut],
    pseudonymizer: Pseudonymizer,
    sink: Callable[[list[MessageOut]], None],
    total: int = 0,
    progress: Progress | None = None,
    context: ChatContext | None = None,
    earlier: Iterator[MessageOut] | None = None,
    may_name: Callable[[str], bool] | None = None,
    first: FirstPass | None = None,
    chat_spans: Iterator[list] | None = None,
) -> list[Flag]:
    """Redact parsed messages into `sink` in batches; returns flags about the chat's content.

    ``chat_spans`` are the spans of every message in order, found by the chat pass
    (``chat_rules_pass``: ``detect_chat``, which reads the messages with each other); they are
    taken as they are, and ``earlier``, ``may_name`` and ``first`` are not needed.

    ``context`` is what the whole chat says (names seen as a person, the organisation's own
    contact data); the participants' names are added to it. ``earlier`` is the same chat as
    redacted before with fewer persons known: a message whose text ``may_name`` none of the
    persons added since is taken from it as it was (the detector is deterministic). ``first``
    is the first pass's spans per text: a text that may name none of the persons known since is
    not examined again.
    """
    zone = ZoneInfo(settings.TIME_ZONE)
    max_chars = settings.ARCHIEF_MAX_MESSAGE_CHARS
    seq_of = {p.name: p.seq for p in participants}
    context = (context or ChatContext()).with_persons(p.name for p in participants)
    first_spans: dict[str, list] = {}
    may_name_since = may_name_any(())
    if first is not None and first.context.organisation == context.organisation:
        first_spans = first.spans
        known_then = set(first.context.known_persons)
        may_name_since = may_name_any(p for p in context.known_persons if p not in known_then)
        numbers = frozenset(context.house_numbers).difference(first.context.house_numbers)
        if numbers:
            may_name_since = _or_may_say(may_name_since, numbers)
    replacements = pseudonymizer.replacements()
    batch: list[MessageOut] = []
    memo: dict[str, list] = {}
    nonexistent = truncated = markup = 0
    for index, message in enumerate(messages):
        text = _clean_text(message.text)
        cut = message.truncated
        if len(text) > max_chars:
            text, cut = text[:max_chars], True
        truncated += cut
        if _MARKUP.search(text) or _FORMULA.match(text):
            markup += 1
        if chat_spans is not None:
            found = next(chat_spans)
            before = None
        else:
            found = None
            before = next(earlier, None) if earlier is not None else None
        if before is not None and before.seq == message.seq and not (may_name and may_name(text)):
            nonexistent += _aware(message.sent_at, zone)[1]
            batch.append(before)
            if len(batch) >= _BATCH:
                sink(batch)
                batch = []
            continue
        if found is None:
            found = memo.get(text) if text else []
        if found is None:
            # Chats repeat short messages ("Ok", "Top 👍"); the detector is deterministic for
            # one set of names, so each distinct text is examined once (memo bounded).
            found = first_spans.get(text)
            if found is None or may_name_since(text):
                found = detect(text, context=context)
            if len(text) < 200 and len(memo) < _MEMO_ENTRIES:
                memo[text] = found
        if getattr(message, "subtype", None) == "location":
            found = _with_location(text, found)
        if "@" in text:
            found = _with_number_mentions(text, found)
        sent_at, missing = _aware(message.sent_at, zone)
        nonexistent += missing
        batch.append(
            MessageOut(
                seq=message.seq,
                line_no=message.line_no,
                sent_at=sent_at,
                participant_seq=seq_of.get(message.author) if message.author else None,
                kind=message.kind,
                text=text,
                text_redacted=redact_text(text, found, replacements=replacements)
                if found
                else text,
                spans=_spans(found),
                edited=message.edited,
                truncated=cut,
                attachment_names=tuple(_clean_text(a) for a in message.attachments),
            )
        )
        if len(batch) >= _BATCH:
            sink(batch)
            batch = []
            if progress:
                progress.within(steps.REDACTING, steps.MEDIA[1], index, total)
    if batch:
        sink(batch)
    flags: list[Flag] = []
    if truncated:
        flags.append(
            Flag("truncated", MESSAGE_TRUNCATED.format(max=f"{max_chars:,}".replace(",", ".")))
        )
    if nonexistent:
        flags.append(Flag("nonexistent_time", nonexistent_time_message(nonexistent)))
    if markup:
        flags.append(Flag("markup_in_text", MARKUP_IN_TEXT))
    return flags


def _or_may_say(may_name: Callable[[str], bool], numbers: frozenset[str]) -> Callable[[str], bool]:
    """Walk 50: ``may_name``, or the text may say one of the chat's house numbers learned since
    the first pass (a text without their digits is found alike with them known)."""
    may_say = may_say_house_number(numbers)
    return lambda text: may_name(text) or may_say(text)


def _with_location(text: str, found: list) -> list:
    """A shared location's link is the place itself (often someone's home), whatever the
    detector makes of it: every link in such a message is redacted."""
    label = text.find(":")
    # Past the label ("Locatie:"), which names no place; a bare link has none.
    start = label + 1 if label > 0 and not text.startswith("//", label + 1) else 0
    links = [
        Span(start + m.start(), start + m.end(), "URL_PERSONAL")
        for m in _LOCATION_LINK.finditer(text[start:])
    ]
    return resolve([*found, *links]) if links else found


def _with_number_mentions(text: str, found: list) -> list:
    """A mention of an unsaved contact is that contact's phone number."""
    mentions = [Span(m.start(1), m.end(1), "PHONE") for m in _NUMBER_MENTION.finditer(text)]
    return resolve([*found, *mentions]) if mentions else found


def _parse_flags(survey: ChatSurvey) -> list[Flag]:
    flags: list[Flag] = []
    if survey.decode_errors:
        flags.append(Flag("decode_errors", DECODE_ERRORS))
    if not survey.format.date_order_confident:
        flags.append(Flag("date_order_uncertain", DATE_ORDER_UNCERTAIN))
    seen = {"decode_errors", "truncated", "date_order"}
    for warning in survey.warnings:
        # One flag per kind of warning; the parser's messages never quote chat text.
        if warning.code in seen or warning.code.startswith("date_order"):
            continue
        seen.add(warning.code)
        flags.append(Flag(warning.code, warning.message))
    if survey.missing_media:
        flags.append(
            Flag(
                "media_missing",
                media_missing_message(
                    survey.missing_media, survey.missing_at, messages=survey.missing_messages
                ),
            )
        )
    return flags


# --- media ------------------------------------------------------------------------------------


def _write(workdir: Path, key: str, data: bytes) -> Path:
    path = workdir / "derived" / key
    path.parent.mkdir(mode=0o700, exist_ok=True)
    path.write_bytes(data)
    return path


def _copy(workdir: Path, key: str, source: Path) -> Path:
    path = workdir / "derived" / key
    path.parent.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(source, path)
    return path


def _pdf(
    f: InputFile,
    workdir: Path,
    key: str,
    known_names: Sequence[str],
    replacements: dict[str, str],
    found_by: Callable = detect,
) -> tuple[Path, dict]:
    """The redacted, image-only rebuild of a PDF and its words for search (redacted like a
    message), personal data found by `found_by` (`detect`, perhaps with the chat's house
    numbers: `_detector_of`); DocumentRejected when it cannot be checked."""
    redacted = redact_pdf(
        f.path,
        detect=found_by,
        known_names=known_names,
        dpi=settings.ARCHIEF_PDF_DPI,
        max_pages=settings.ARCHIEF_PDF_MAX_PAGES,
    )
    text = _clean_text(redacted.text)
    found = [SpanOut(s, e, label) for s, e, label in redacted.text_spans]
    places = [list(word) for word in redacted.words]
    if text != redacted.text:  # offsets index the text as read: keep them valid
        text, found, places = "", [], []
    words = {
        "ocr_text": text,
        "ocr_text_redacted": redact_text(text, found, replacements=replacements) if found else text,
        "ocr_spans": tuple(found),
        # Where its words are on the pages: a box added in review is painted there.
        "ocr_boxes": {PDF_WORDS: places} if places else None,
    }
    return _write(workdir, key, redacted.data), words


def _pdf_pages_as_drawn(f: InputFile, workdir: Path, key: str):
    """For Informatiebeheer to read and perhaps release: the pages as drawn, nothing hidden
    (metadata, attached files, text layer); None when they cannot be drawn (a password)."""
    try:
        data = drawn_pages_copy(f.path)
    except DocumentRejected:
        return None
    key = f"{key}-pages"
    return (_write(workdir, key, data), key, ".pdf", "application/pdf")


# Text read from a photo counts only with at least this many real words (after
# `plausible_words` dropped the lines of texture read as letters): a line of digits and marks
# alone ("2 3", "06") is not worth searching; a street-name sign ("Kerkstraat") is.
MIN_PHOTO_WORDS = 1
_REAL_WORD = re.compile(r"[^\W\d_]{3,}")
# Personal data read in a photo is blacked out only where tesseract was fairly sure of the words
# under it (their mean confidence, 0-100): a note or a sign photographed reads at 90+, while the
# noise of a street scene is read as scraps of "words" ("Mid", "ed Vanlee") at 0-50 that the
# text detector took for persons, painting small 5.1.2e boxes over nothing (issue 12).
# The bar is set low (40; the noise's spans average below 30 on the generated scenes) so that
# text read from a blurred or slanted real photo keeps its blackouts: a leak is worse than a box.
MIN_PHOTO_SPAN_CONF = 40


def image_size(data: bytes) -> tuple[int, int] | None:
    """The (width, height) of an encoded image, from its header; None when it cannot be read."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except OSError:
        return None


class PhotoNotRead(OcrFailed):
    """The text of a photo could not be read (`cause`); `data` and `read` are the photo with
    its faces blurred and plates blacked out and its layout, to keep but not to release."""

    def __init__(self, cause: OcrFailed, *, data: bytes, read: dict) -> None:
        super().__init__(cause.message, reason=cause.reason, timed_out=cause.timed_out)
        self.data = data
        self.read = read


def read_photo(data: bytes) -> OcrResult:
    """Tesseract's words of a photo's cleaned copy; OcrFailed when they cannot be read (its
    text is then unchecked: never "no text")."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return ocr_image(image, max_side=PHOTO_MAX_SIDE)
    except OSError as exc:
        raise OcrFailed("De afbeelding kon niet worden gelezen.") from exc


def redact_photo_and_text(
    clean_data: bytes,
    *,
    format: str,
    known_names: Sequence[str],
    replacements: dict[str, str],
    found_by: Callable = detect,
) -> tuple[bytes, dict]:
    """A photo with faces blurred and plates blacked out and, with ARCHIEF_OCR_PHOTOS, its text
    (`photo_text`: personal data in it blacked out too); the derivative and the OCR fields.
    PhotoNotRead when its text could not be read: with the faces and plates done, no text.

    Tesseract reads the cleaned copy in a thread while OpenCV looks for faces and plates (both
    leave Python's lock while they work; OCR does not need the redacted pixels): a phone photo
    costs the longer of the two instead of their sum.
    """
    if not settings.ARCHIEF_OCR_PHOTOS:
        red = redact_photo(clean_data, format=format)
        return red.data, _with_photo_blackout({}, red)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="foto-ocr") as pool:
        reading = pool.submit(read_photo, clean_data)
        red = redact_photo(clean_data, format=format)
        try:
            ocr = reading.result()
        except OcrFailed as exc:
            raise PhotoNotRead(exc, data=red.data, read=_with_photo_blackout({}, red)) from exc
    data = red.data
    read = photo_text(
        clean_data,
        known_names=known_names,
        replacements=replacements,
        found_by=found_by,
        out_format=format,
        paint_on=data,
        ocr=ocr,
    )
    return read.pop("data", data), _with_photo_blackout(read, red)


def _with_photo_blackout(read: dict, red: PhotoRedaction) -> dict:
    """`read` (photo_text's fields) with the faces blurred and the plates blacked out in the
    photo kept in its layout: pixels changed beyond any placeholder of its text, so the Woo
    decision withholds them on a ground (MediaItem.image_blacked_out). Nothing when none was
    found; a photo without text gets a layout without words for it."""
    if not red.changed:
        return read
    layout = dict(read.get("ocr_boxes") or {"photo": True})
    layout[PHOTO_FACES] = [[r.left, r.top, r.right, r.bottom] for r in red.faces]
    layout["plates"] = [
        *(layout.get("plates") or ()),
        *([r.left, r.top, r.right, r.bottom] for r in red.plates),
    ]
    size = image_size(red.data)
    if size is not None:
        layout.setdefault("size", [int(size[0]), int(size[1])])
    return {**read, "ocr_boxes": layout}


def photo_text(
    data: bytes,
    *,
    known_names: Sequence[str],
    replacements: dict[str, str],
    out_format: str = "JPEG",
    paint_on: bytes | None = None,
    ocr: OcrResult | None = None,
    found_by: Callable = detect,
) -> dict:
    """OCR of a photo's cleaned copy, redacted, for search and for the photo's own pixels.

    A sign or a notice photographed in an export becomes findable; personal data in that text
    is replaced like in messages and blacked out in the photo itself ("data": `paint_on`, the
    derivative with faces and plates done, or else `data`, with black boxes; only when something
    was found; "ocr_boxes": the word boxes, so a review decision redraws it). The text is read
    before faces and plates are painted: a plate box over half a line would leave the other
    half readable while its text, misread, is no longer recognised. No text is no flag: most
    photos have none; OCR failing raises OcrFailed (`read_photo`). `ocr`: `read_photo(data)`
    when the caller read it already; `found_by`: the detector (`_detector_of`).
    """
    result = read_photo(data) if ocr is None else ocr
    text = _clean_text(result.text)
    if not text.strip() or text != result.text:
        return {}
    # Personal data is looked for in all that was read, as before; of the text only the lines
    # of real text are kept (a photo's texture read as letters polluted search, issue 17), and
    # always the words under what was found, so the same words are replaced and blacked out.
    kept = plausible_words(
        result,
        [
            (s, e, label)
            for s, e, label in detect_in_ocr(result, known_names=known_names, detect=found_by)
            if _read_with_confidence(result, s, e)
        ],
    )
    result, text = kept.result, kept.result.text
    found = [SpanOut(s, e, label) for s, e, label in kept.spans]
    if not text.strip() or (len(_REAL_WORD.findall(text)) < MIN_PHOTO_WORDS and not found):
        # Hardly a word: most likely texture read as letters, not worth searching. A note with
        # only a phone number or a BSN card still has its personal data blacked out.
        return {}
    out = {
        "ocr_text": text,
        "ocr_text_redacted": redact_text(text, found, replacements=replacements) if found else text,
        "ocr_spans": tuple(found),
        "ocr_boxes": {**ocr_layout(result.words, None, size=image_size(data)), "photo": True},
    }
    if found:
        spans = [(s.start, s.end, s.label) for s in found]
        out["data"] = paint_spans(
            paint_on if paint_on is not None else data, result, spans, out_format=out_format
        )
    return out


def _read_with_confidence(result: OcrResult, start: int, end: int) -> bool:
    """Whether the words under text[start:end] were read with MIN_PHOTO_SPAN_CONF on average."""
    confs = [w.conf for w in result.words if w.char_start < end and w.char_end > start]
    return not confs or sum(confs) / len(confs) >= MIN_PHOTO_SPAN_CONF


def _detector_of(house_numbers: Sequence[str]) -> Callable:
    """`detect(text, known_names=...)` for an attachment's text, knowing the chat's house
    numbers (ChatContext.house_numbers) as the messages do."""
    if not house_numbers:
        return detect
    return partial(detect, context=ChatContext(house_numbers=tuple(house_numbers)))


def build_media(
    files: Sequence[InputFile],
    *,
    workdir: Path,
    message_of: dict[str, int],
    screenshots: bool,
    known_names: Sequence[str],
    replacements: dict[str, str],
    progress: Progress | None = None,
    keep_values: Sequence[str] = (),
    first_seq: int = 0,
    pdf_pages: int | None = None,
    house_numbers: Sequence[str] = (),
) -> tuple[list[MediaOut], list[DerivedOut], list[Flag], list[str], list[str]]:
    """One MediaItem per file, loose (Android) or inside an export (iPhone) alike, each with a
    derivative and the release rule Woo and the archive PDF follow (chats.selectors):

    - images re-encoded without metadata; screenshots OCR'd and blacked out, photos with faces
      blurred and plates blacked out: shown (`geanonimiseerd`);
    - PDFs rendered, blacked out and rebuilt image-only: shown; a PDF that cannot be checked
      (scan, encrypted, too long, past the chat's ARCHIEF_PDF_PAGES_PER_CHAT) is kept as its
      drawn pages only and withheld;
    - audio and video without their metadata: withheld until Informatiebeheer releases them;
    - contact cards: never released; anything else: withheld.

    Returns the media, their derivatives, the flags, the persons read beyond doubt in the
    attachments' text and the house numbers of the addresses read there (each also known in the
    attachments that follow: screenshots of one chat are that chat). `first_seq` numbers
    the first file (an attachment made again keeps its number and key: _redraw_late), and
    `pdf_pages` the PDF pages these files may spend (None: ARCHIEF_PDF_PAGES_PER_CHAT), and
    `house_numbers` those of the chat's addresses ("nummer 14" in a letter is the home of the
    chat's "Zomerdijk 14", as in its messages).
    """
    found_by = _detector_of(house_numbers)
    numbers = dict.fromkeys(house_numbers)
    # The house numbers of the addresses an attachment's text gave, beyond the chat's: known
    # in the attachments after it, and returned for the ones before it.
    learned_numbers: list[str] = []
    max_pixels = settings.ARCHIEF_MAX_IMAGE_PIXELS
    pdf_pages_left = settings.ARCHIEF_PDF_PAGES_PER_CHAT if pdf_pages is None else pdf_pages
    established = list(known_names)
    # Persons read beyond doubt in an attachment's text (a PDF, a photo, a screenshot): known
    # in the attachments after it, and returned so the messages learn them too.
    learned: list[str] = []
    media: list[MediaOut] = []
    derived: list[DerivedOut] = []
    flags: list[Flag] = []
    for seq, f in enumerate(files, start=first_seq):
        key = f"media-{seq:05d}"
        flag_reason = ""
        release = MediaRelease.ACHTERGEHOUDEN
        item: dict = {
            "seq": seq,
            "name": f.display,
            "mime": f.mime,
            "message_seq": message_of.get(f.name),
            "original_id": None if f.member_name else f.original_id,
        }
        if f.active_content:
            flag_reason = active_content_notice(f.display)
            flags.append(Flag("active_content", flag_reason))
        out: tuple[Path, str, str, str] | None = None  # (path, key, extension, mime)
        if f.kind in IMAGE_KINDS:
            try:
                if screenshots:
                    red = redact_screenshot(
                        f.path,
                        known_names=established,
                        detect=found_by,
                        max_pixels=max_pixels,
                        keep_values=keep_values,
                    )
                    # A name seen as a person in one screenshot is blacked out in the next.
                    established += [n for n in red.names if n not in established]
                    found = [SpanOut(s, e, label) for s, e, label in red.spans]
                    ocr_text = _clean_text(red.ocr_text)
                    item.update(
                        ocr_text=ocr_text,
                        ocr_text_redacted=redact_text(ocr_text, found, replacements=replacements)
                        if found
                        else ocr_text,
                        ocr_spans=tuple(found),
                        # Offsets index the OCR text; only valid if cleaning changed nothing.
                        ocr_boxes=ocr_layout(
                            red.words, red.header, red.plates, size=(red.width, red.height)
                        )
                        if ocr_text == red.ocr_text
                        else None,
                        chrome=chrome_ranges(red.words, (red.width, red.height))
                        if ocr_text == red.ocr_text
                        else (),
                    )
                    data, fmt, key = red.data, "PNG", f"{key}{REDACTED_KEY_SUFFIX}"
                    release = MediaRelease.GEANONIMISEERD
                else:
                    clean = strip_metadata(f.path, max_pixels=max_pixels)
                    data, fmt, key = clean.data, clean.format, f"{key}-clean"
                    if _is_animation(clean.data):
                        flag_reason = flag_reason or ANIMATION_WITHHELD
                    else:
                        # Text in the photo (a sign, a notice) becomes searchable and its
                        # personal data is blacked out on the derivative the record shows.
                        data, read = redact_photo_and_text(
                            clean.data,
                            format=clean.format,
                            known_names=established,
                            replacements=replacements,
                            found_by=found_by,
                        )
                        release = MediaRelease.GEANONIMISEERD
                        item.update(read)
            except ImageRejected as exc:
                flag_reason = IMAGE_NOT_CLEANED.format(name=f.display, reason=exc.message)
                flags.append(Flag("image_not_cleaned", flag_reason))
            except PhotoNotRead as exc:
                # Faces and plates done, the text unchecked: kept, withheld (release unchanged).
                flag_reason = PHOTO_OCR_FAILED.format(name=f.display, reason=exc.reason)
                flags.append(Flag("photo_ocr_failed", flag_reason))
                item.update(exc.read)
                out = _image_out(workdir, key, exc.data, fmt)
            except OcrFailed as exc:
                flag_reason = OCR_FAILED.format(name=f.display, reason=exc.reason)
                flags.append(Flag("ocr_failed", flag_reason))
                out = _unread_screenshot(f, workdir, key, max_pixels=max_pixels)
            else:
                out = _image_out(workdir, key, data, fmt)
        elif f.kind == "pdf":
            try:
                key = f"{key}{REDACTED_KEY_SUFFIX}"
                pages = pdf_page_count(f.path)
                if pages > pdf_pages_left:
                    raise DocumentRejected(
                        PDF_PAGES_SPENT.format(max=settings.ARCHIEF_PDF_PAGES_PER_CHAT),
                        code="pdf_pages_spent",
                    )
                pdf_pages_left -= pages  # spent also when a later page turns out a scan
                path, words = _pdf(f, workdir, key, established, replacements, found_by)
                item.update(words)
                release = MediaRelease.GEANONIMISEERD
                out = (path, key, ".pdf", "application/pdf")
            except DocumentRejected as exc:
                out = _pdf_pages_as_drawn(f, workdir, key.removesuffix(REDACTED_KEY_SUFFIX))
                wording = PDF_WITHHELD if out is not None else PDF_NOT_DRAWN
                flag_reason = wording.format(name=f.display, reason=exc.message)
                flags.append(Flag("pdf_withheld", flag_reason))
        elif f.kind in ("ogg", "mp4"):
            key = f"{key}-clean"
            target = workdir / "derived" / key
            target.parent.mkdir(mode=0o700, exist_ok=True)
            try:
                strip_av_metadata(f.path, target, kind=f.kind)
            except MetadataNotStripped as exc:
                target.unlink(missing_ok=True)
                label = "Video" if f.kind == "mp4" else "Geluidsopname"
                flag_reason = AV_NOT_CLEANED.format(label=label, name=f.display, reason=exc.message)
                flags.append(Flag("av_not_cleaned", flag_reason))
            else:
                out = (target, key, _COPY_EXTENSIONS[f.kind], f.mime)
        else:
            key = f"{key}-file"
            if f.kind == "vcard":
                release = MediaRelease.NOOIT
                flag_reason = flag_reason or CONTACT_CARD
            else:
                flag_reason = flag_reason or OTHER_WITHHELD
            out = (
                _copy(workdir, key, f.path),
                key,
                _COPY_EXTENSIONS.get(f.kind or "", ".bin"),
                f.mime,
            )
        if item.get("ocr_spans"):
            for name in persons_of(item["ocr_text"], item["ocr_spans"]):
                if name not in learned:
                    learned.append(name)
                if name not in established:
                    established.append(name)
            new = [
                n for n in house_numbers_in(item["ocr_text"], item["ocr_spans"]) if n not in numbers
            ]
            if new:
                numbers.update(dict.fromkeys(new))
                learned_numbers += new
                found_by = _detector_of(list(numbers))
        if f.active_content and release == MediaRelease.GEANONIMISEERD:
            # Informatiebeheer looks first (the rebuilt file holds no active content any more).
            release = MediaRelease.ACHTERGEHOUDEN
        if out is not None:
            path, key, extension, mime = out
            derived.append(
                DerivedOut(
                    key=key,
                    path=path,
                    extension=extension,
                    mime=mime,
                    name=f.display,
                    derived_from_id=f.original_id,
                    member_name=f.member_name,
                    flagged=bool(flag_reason),
                    flag_reason=flag_reason,
                )
            )
            item["derived_key"] = key
        item["flagged"] = bool(flag_reason)
        item["flag_reason"] = flag_reason
        item["release"] = release if out is not None else MediaRelease.ACHTERGEHOUDEN
        media.append(MediaOut(**item))
        if progress:
            progress.within(steps.MEDIA, steps.STORING[1], seq - first_seq + 1, len(files))
    return media, derived, flags, learned, learned_numbers


def _late_persons(
    media: list[MediaOut],
    persons: Sequence[str],
    context: ChatContext,
    replacements: dict[str, str],
    *,
    house_numbers: Sequence[str] = (),
) -> tuple[list[MediaOut], list[Flag]]:
    """Attachments examined before a later one named `persons` or gave an address with one of
    `house_numbers` ("Zomerdijk 14" after a screenshot's "voor nummer 14"): a mention of them
    in their text is redacted now. The file itself was blacked out without them, so one that
    would be shown is withheld until Informatiebeheer has looked (and can black it out on the
    page)."""
    words = {w.lower() for name in persons for w in name.split() if len(w) >= 2}
    context = context.with_persons(persons)
    may_say = may_say_house_number(frozenset(house_numbers))
    numbered = context.with_house_numbers(house_numbers)
    out: list[MediaOut] = []
    flags: list[Flag] = []
    for item in media:
        text = item.ocr_text
        named = bool(text) and any(w in text.lower() for w in words)
        said = bool(text) and may_say(text)
        if not (named or said):
            out.append(item)
            continue
        found = detect(text, context=context)
        late = [
            SpanOut(s.start, s.end, s.label)
            for s in found
            if s.label == "PERSON"
            and words & {w.lower() for w in text[s.start : s.end].split()}
            # (one that only overlaps a span found before, "Ria" of "Ria Mol", goes on past it)
            and not any(o.start <= s.start and s.end <= o.end for o in item.ocr_spans)
        ]
        # The home said by its number alone: what the house numbers add to the spans found.
        before = {(s.start, s.end) for s in found if s.label == "ADDRESS"} if said else set()
        addresses = [
            SpanOut(s.start, s.end, s.label)
            for s in (detect(text, context=numbered) if said else ())
            if s.label == "ADDRESS"
            and (s.start, s.end) not in before
            and not any(o.start <= s.start and s.end <= o.end for o in item.ocr_spans)
        ]
        if not late and not addresses:
            out.append(item)
            continue
        spans = _spans(
            resolve([Span(s.start, s.end, s.label) for s in (*item.ocr_spans, *late, *addresses)])
        )
        notice = LATE_PERSON if late else LATE_ADDRESS
        reason = item.flag_reason or notice.format(name=item.name)
        flags.append(Flag("late_person" if late else "late_address", notice.format(name=item.name)))
        out.append(
            replace(
                item,
                ocr_spans=spans,
                ocr_text_redacted=redact_text(text, spans, replacements=replacements),
                # The word boxes stay: a redaction added on the review page redraws the image.
                flagged=True,
                flag_reason=reason,
                release=MediaRelease.ACHTERGEHOUDEN
                if item.release == MediaRelease.GEANONIMISEERD
                else item.release,
            )
        )
    return out, flags


def _redraw_late(
    media: list[MediaOut],
    late: list[MediaOut],
    derived: list[DerivedOut],
    files: Sequence[InputFile],
    *,
    known_names: Sequence[str],
    **build: object,
) -> tuple[list[MediaOut], list[DerivedOut], set[int]]:
    """Attachments `_late_persons` withheld (an earlier one shown blacked out that names a
    person only a later one established) made again from their original with every person
    known: the officer gets a blacked-out derivative instead of nothing. One stays withheld
    when the new one is not released as it was, or does not cover every span found late
    (its text read otherwise). Returns the media, the derivatives and the seqs redrawn."""
    redrawn: set[int] = set()
    derived = list(derived)
    out = list(late)
    # Redrawing spends PDF pages too: at most the chat's budget once more, however many.
    pages_left = settings.ARCHIEF_PDF_PAGES_PER_CHAT
    for i, (before, after) in enumerate(zip(media, late, strict=True)):
        if not (
            before.release == MediaRelease.GEANONIMISEERD
            and after.release == MediaRelease.ACHTERGEHOUDEN
            and not before.flag_reason
        ):
            continue
        source = files[before.seq]
        try:
            pages = pdf_page_count(source.path) if source.kind == "pdf" else 0
        except DocumentRejected:
            continue
        if pages > pages_left:
            continue
        pages_left -= pages
        again, again_derived, again_flags, _, _ = build_media(
            [source], known_names=known_names, first_seq=before.seq, pdf_pages=pages, **build
        )
        [item] = again
        covered = item.ocr_text == after.ocr_text and all(
            any(o.start <= s.start and s.end <= o.end for o in item.ocr_spans)
            for s in after.ocr_spans
        )
        if (
            item.release != MediaRelease.GEANONIMISEERD
            or item.flag_reason
            or again_flags
            or not covered
            or [d.key for d in again_derived] != [before.derived_key]
        ):
            continue
        # The same key and path: the new derivative took the old one's place in the workspace.
        derived = [again_derived[0] if d.key == before.derived_key else d for d in derived]
        out[i] = item
        redrawn.add(before.seq)
    return out, derived, redrawn


def _image_out(workdir: Path, key: str, data: bytes, fmt: str) -> tuple[Path, str, str, str]:
    extension, mime = _IMAGE_EXTENSIONS[fmt]
    return (_write(workdir, key, data), key, extension, mime)


def _unread_screenshot(f: InputFile, workdir: Path, key: str, *, max_pixels: int):
    """A screenshot whose text could not be read, without its metadata, for Informatiebeheer
    to look at and perhaps release; None when it cannot be cleaned either."""
    try:
        clean = strip_metadata(f.path, max_pixels=max_pixels)
    except ImageRejected:
        return None
    return _image_out(workdir, f"{key}-clean", clean.data, clean.format)


def _is_animation(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as image:
        return getattr(image, "n_frames", 1) > 1


# --- the whole result -------------------------------------------------------------------------


def _format_json(survey: ChatSurvey) -> dict:
    fmt = survey.format
    return {
        "os": fmt.os,
        "locale": fmt.locale,
        "date_order": fmt.date_order,
        "date_order_confident": fmt.date_order_confident,
        "date_order_confidence": fmt.date_order_confidence,
        "date_order_reason": fmt.date_order_reason,
        "clock": fmt.clock,
        "seconds": fmt.seconds,
        "pattern": fmt.pattern,
        "encoding": survey.encoding,
        "decode_errors": survey.decode_errors,
        "nul_chars_removed": survey.nul_chars_removed,
    }


def in_chat_order(files: Sequence[InputFile], message_of: dict[str, int]) -> list[InputFile]:
    """`files` in the order of the first message referring to each; the files no message
    refers to after them, in their own order."""
    unreferred = len(files)
    return sorted(files, key=lambda f: message_of.get(f.name, unreferred))


def build_result(
    submission: Submission, inputs: Inputs, *, workdir: Path, progress: Progress | None = None
) -> ProcessingResult:
    """Everything processing derives from the checked inputs, ready to be stored."""
    flags: list[Flag] = [
        Flag("member_skipped", MEMBER_SKIPPED.format(message=s.message)) for s in inputs.skipped
    ]
    screenshots = submission.upload_kind == UploadKind.SCREENSHOTS
    if progress:
        progress.step(steps.PARSING)
    chat = pick_chat(inputs, submission.upload_kind)
    media_files = [f for f in inputs.files if f is not chat and f.kind != "zip"]
    if chat is None and not media_files:
        raise PermanentFailure(NOTHING_TO_KEEP, code="nothing_to_keep")

    participants: list[ParticipantOut] = []
    messages: tuple[MessageOut, ...] | MessageFile = ()
    content_flags: list[Flag] = []
    content_at = 0
    detected_format: dict = {"upload": submission.upload_kind}
    context = ChatContext(organisation=organisation_contacts())
    date_order_uncertain = False
    replacements: dict[str, str] = {}
    message_of: dict[str, int] = {}
    if chat is not None:
        media_names = [f.name for f in media_files]
        try:
            survey = survey_chat(chat.path, media_names=media_names)
        except WhatsAppParseError as exc:
            raise PermanentFailure(exc.message, code=exc.code) from None
        if not survey.message_count:
            raise PermanentFailure(parse_errors.NOT_A_CHAT, code="not_a_chat")
        counts = dict(survey.authors)
        participants, pseudonymizer = pseudonymize(
            list(counts), user=submission.submitted_by, gesprekspartner=submission.gesprekspartner
        )
        participants = [
            ParticipantOut(p.seq, p.name, p.pseudonym, p.role, counts[p.name]) for p in participants
        ]
        replacements = pseudonymizer.replacements()
        if progress:
            progress.step(steps.REDACTING)
        # A name seen as a person anywhere in the chat is redacted everywhere in it: a first
        # pass learns those names (in the messages, the free texts, the contact cards and the
        # attachments' names), the second redacts with them known.
        context = context.with_persons(p.name for p in participants)
        context = context.with_persons(persons_around(submission, media_files, context))
        names = [p.name for p in participants]
        # Issue 12: the messages are read with each other, as detect_chat does (the detector's
        # figures are measured so), unless the chat is too large to hold its text in memory.
        chat_pass = chat_rules_pass(chat.path, media_names, context, names)
        first = None
        if chat_pass is not None:
            context = context.with_persons(chat_pass.persons)
            context = context.with_house_numbers(chat_pass.house_numbers)
        else:
            # (the first pass's spans are taken over where the names it learns change nothing)
            first = FirstPass(context, {})
            context = context.with_persons(learn_persons(chat.path, media_names, context, first))
            context = context.with_house_numbers(first.house_numbers)
        messages, content_flags = _redacted_chat(
            chat.path,
            media_names,
            spill=workdir / "messages.spill",
            participants=participants,
            pseudonymizer=pseudonymizer,
            total=survey.message_count,
            progress=progress,
            context=context,
            first=first,
            chat=chat_pass,
        )
        if chat_pass is None:
            content_flags.append(Flag("chat_rules_skipped", CHAT_RULES_SKIPPED))
        del first, chat_pass
        flags += _parse_flags(survey)
        content_at = len(flags)  # the content's flags follow the parser's (known at the end)
        detected_format.update(_format_json(survey))
        date_order_uncertain = not survey.format.date_order_confident
        message_of = survey.message_of
        # Attachments are numbered in the order the chat refers to them, not in the order of
        # the files (an Android export's "Brief.pdf" sorts before the "IMG-…" photo sent
        # earlier); a file no message refers to keeps its place after them.
        media_files = in_chat_order(media_files, message_of)
    else:
        context = context.with_persons(persons_around(submission, media_files, context))

    if progress:
        progress.step(steps.MEDIA)
    media, derived, media_flags, learned, learned_numbers = build_media(
        media_files,
        workdir=workdir,
        message_of=message_of,
        screenshots=screenshots,
        # Everyone the chat established as a person (participants, names seen as a person in a
        # message) is blacked out in its attachments too.
        known_names=list(context.known_persons) or [p.name for p in participants],
        replacements=replacements,
        progress=progress,
        # The municipality's own numbers and mailboxes stay readable in screenshots too.
        keep_values=organisation_keep_values(),
        # The chat's house numbers, known in its attachments' text as in its messages.
        house_numbers=context.house_numbers,
    )
    flags += media_flags
    new_persons = [name for name in learned if name not in context.known_persons]
    # (an upload of screenshots alone: the house numbers its screenshots gave are the chat's)
    new_numbers = [n for n in learned_numbers if n not in context.house_numbers]
    if new_persons or new_numbers:
        late, late_flags = _late_persons(
            media, new_persons, context, replacements, house_numbers=new_numbers
        )
        media, derived, redrawn = _redraw_late(
            media,
            late,
            derived,
            media_files,
            known_names=[*context.known_persons, *new_persons],
            workdir=workdir,
            message_of=message_of,
            screenshots=screenshots,
            replacements=replacements,
            keep_values=organisation_keep_values(),
            house_numbers=[*context.house_numbers, *new_numbers],
        )
        redrawn_notices = {
            notice.format(name=media[seq].name)
            for seq in redrawn
            for notice in (LATE_PERSON, LATE_ADDRESS)
        }
        flags += [flag for flag in late_flags if flag.message not in redrawn_notices]
    if new_persons:
        # An attachment named someone the chat had not (a letter from "Ria Mol", the chat says
        # "Mol komt morgen"): the messages are redacted again with that person known.
        context = context.with_persons(new_persons)
        if chat is not None:
            earlier = messages
            # With the chat's rules, the chat pass again with the new persons known (a surname
            # of theirs named again alone, in lower case); else the messages that may name them.
            chat_pass = chat_rules_pass(
                chat.path, [f.name for f in media_files], context, [p.name for p in participants]
            )
            messages, content_flags = _redacted_chat(
                chat.path,
                [f.name for f in media_files],
                spill=workdir / "messages-again.spill",
                participants=participants,
                pseudonymizer=pseudonymizer,
                total=survey.message_count,
                progress=None,
                context=context,
                earlier=earlier if chat_pass is None else None,
                may_name=may_name_any(new_persons),
                chat=chat_pass,
            )
            if chat_pass is None:
                content_flags.append(Flag("chat_rules_skipped", CHAT_RULES_SKIPPED))
            del chat_pass
            earlier.path.unlink(missing_ok=True)
    if screenshots:
        media = [without_chrome(item, replacements) for item in media]
        media, overlap_flags = drop_overlaps(media, replacements)
        flags += overlap_flags
    flags[content_at:content_at] = content_flags
    # (the house numbers the attachments gave, for the onderwerp and omschrijving too)
    context = context.with_house_numbers(new_numbers)
    onderwerp_redacted, omschrijving_redacted = redact_free_texts(
        submission, context=context, replacements=replacements
    )
    return ProcessingResult(
        onderwerp_redacted=onderwerp_redacted,
        omschrijving_redacted=omschrijving_redacted,
        participants=tuple(participants),
        messages=messages,
        media=tuple(media),
        derived=tuple(derived),
        flags=tuple(_unique(flags)),
        detected_format=detected_format,
        date_order_uncertain=date_order_uncertain,
    )


def _redacted_chat(
    path: Path,
    media_names: list[str],
    *,
    spill: Path,
    participants: list[ParticipantOut],
    pseudonymizer: Pseudonymizer,
    total: int,
    progress: Progress | None,
    context: ChatContext,
    earlier: MessageFile | None = None,
    may_name: Callable[[str], bool] | None = None,
    first: FirstPass | None = None,
    chat: ChatPass | None = None,
) -> tuple[MessageFile, list[Flag]]:
    """Every message of the chat redacted with `context` known, spilled to `spill`; with
    `earlier` (the chat redacted before), only the messages `may_name` selects are examined.
    With ``chat`` (the chat pass), its spans are the messages' spans."""
    messages = MessageFile(spill)
    _, stream = iter_chat_file(path, media_names=media_names)
    before = (m for batch in earlier.batches() for m in batch) if earlier is not None else None
    try:
        content_flags = redact_messages(
            stream,
            participants=participants,
            pseudonymizer=pseudonymizer,
            sink=messages.write,
            total=total,
            progress=progress,
            context=context,
            earlier=before,
            may_name=may_name,
            first=first,
            chat_spans=iter(chat.spans) if chat is not None else None,
        )
    except WhatsAppParseError as exc:
        raise PermanentFailure(exc.message, code=exc.code) from None
    finally:
        stream.close()
        messages.close()
        if before is not None:
            before.close()
    return messages, content_flags


def chat_rules_pass(
    path: Path, media_names: list[str], context: ChatContext, participants: Sequence[str]
) -> ChatPass | None:
    """The chat's messages examined as the detector's figures are measured (``detect_chat``):
    with each other (an answered birth date, BSN or address, a surname named again) and with
    the names seen as a person anywhere in the chat and in the names of the files its messages
    attach known. None for a chat whose text is larger than ARCHIEF_CHAT_RULES_MAX_CHARS: its
    messages are examined one by one (``learn_persons``, ``redact_messages``)."""
    bound = settings.ARCHIEF_CHAT_RULES_MAX_CHARS
    max_chars = settings.ARCHIEF_MAX_MESSAGE_CHARS
    texts: list[str] = []
    attached: dict[str, None] = {}
    chars = 0
    _, stream = iter_chat_file(path, media_names=media_names)
    try:
        for message in stream:
            for name in message.attachments:
                attached[_clean_text(name)] = None
            text = _clean_text(message.text)[:max_chars]  # (as redact_messages keeps it)
            chars += len(text)
            if chars > bound:
                return None
            texts.append(text)
    finally:
        stream.close()
    named = _attached_persons(attached, context)
    found = detect_chat_learning(
        texts, participants=participants, context=context.with_persons(named)
    )
    return ChatPass(
        found.spans, tuple(dict.fromkeys((*found.persons, *named))), found.house_numbers
    )


def _attached_persons(attached: Iterable[str], context: ChatContext) -> tuple[str, ...]:
    """The persons the names of the files a chat attaches name ("paspoort_Mol.pdf")."""
    return tuple(dict.fromkeys(p for n in attached for p in file_name_persons(n, context)))


def learn_persons(
    path: Path, media_names: list[str], context: ChatContext, first: FirstPass | None = None
) -> tuple[str, ...]:
    """Names found as a person (a full name, a name after a title) in any message of the chat,
    and in the names of the files its messages attach ("paspoort_Mol.pdf"). With ``first``,
    the spans found per message text are kept there for the second pass."""
    attached: dict[str, None] = {}

    def texts():
        for message in stream:
            for name in message.attachments:
                attached[_clean_text(name)] = None
            yield _clean_text(message.text)

    _, stream = iter_chat_file(path, media_names=media_names)
    try:
        if first is None:
            found = persons_in(texts(), context)
        else:
            # persons_in, keeping each text's spans (persons_in is persons_of over detect)
            persons: dict[str, None] = {}
            for text in texts():
                if text:
                    spans = detect(text, context=context)
                    first.keep(text, spans)
                    persons.update(dict.fromkeys(persons_of(text, spans)))
                    if spans:
                        first.house_numbers.update(dict.fromkeys(house_numbers_in(text, spans)))
            found = tuple(persons)
    finally:
        stream.close()
    return tuple(dict.fromkeys((*found, *_attached_persons(attached, context))))


# A contact card is read for its names up to this size (a card with a photo is larger, its
# names come first).
_VCARD_READ = 256 * 1024


def persons_around(
    submission: Submission, files: Sequence[InputFile], context: ChatContext
) -> tuple[str, ...]:
    """Persons named around the chat rather than in it: in the onderwerp and omschrijving the
    employee typed ("Schutting van Ria Mol"), on a contact card, in an attachment's file name
    ("paspoort_Mol.pdf"). Each is known while the messages and attachments are examined."""
    typed = [_clean_text(submission.onderwerp or ""), _clean_text(submission.omschrijving or "")]
    found = list(persons_in(typed, context))
    for f in files:
        found += file_name_persons(f.display or f.name, context)
        if f.kind == "vcard":
            with f.path.open("rb") as fh:
                card = fh.read(_VCARD_READ).decode("utf-8", "replace")
            found += vcard_names(_clean_text(card))
    return tuple(dict.fromkeys(found))


def redact_free_texts(
    submission: Submission, *, context: ChatContext, replacements: dict[str, str]
) -> tuple[str, str]:
    """The onderwerp and omschrijving the employee typed, with personal data replaced.

    Names the employee wrote there count as persons for each other too ("Mol" in the subject,
    "Ria Mol" in the description).
    """
    texts = [_clean_text(submission.onderwerp or ""), _clean_text(submission.omschrijving or "")]
    context = context.with_persons(persons_in(texts, context))
    return tuple(  # type: ignore[return-value]
        redact_text(
            text,
            _no_file_name_words(text, detect(text, context=context)),
            replacements=replacements,
        )
        if text
        else ""
        for text in texts
    )


# A file's name typed in a free text: words joined by _ or . with an extension at the end
# ("chat_long_line.zip", "chat.long.line.zip").
_FILE_NAME_TOKEN_RE = re.compile(r"(?<!\S)[\w.-]*\w[_.][\w.-]*\.[A-Za-z0-9]{2,5}(?=[\s,;:)]|$)")
_FILE_NAME_PARTS_RE = re.compile(r"[_.\s-]+")


def _no_file_name_words(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the persons that are only words of a file name (walk 53: "Hostile
    chat_long_line.zip", where "long" and "line" are rare first names): a person in a file name
    stays when one of its parts is a frequent first name or surname ("Foto_jan_de_vries.jpg"),
    any surname, or no first name at all: a name found by its cue ("Brief_mevr_Kloosterboer.pdf",
    "gesprek_met_Wubbolt.docx", review 53)."""
    files = [m.span() for m in _FILE_NAME_TOKEN_RE.finditer(text)]
    if not files:
        return spans
    lex = load_lexicon()
    known = lex.common_first_names | lex.common_surnames
    return [
        span
        for span in spans
        if span.label != "PERSON"
        or not any(low <= span.start and span.end <= high for low, high in files)
        or not _only_rare_first_names(text[span.start : span.end], lex, known)
    ]


def _only_rare_first_names(name: str, lex, known: frozenset[str]) -> bool:
    """Whether each part of `name` is a rare first name and no surname ("long", "line")."""
    parts = [part.lower() for part in _FILE_NAME_PARTS_RE.split(name) if part]
    return bool(parts) and all(
        part in lex.first_names and part not in known and part not in lex.surnames for part in parts
    )


def _unique(flags: list[Flag]) -> list[Flag]:
    seen: set[tuple[str, str]] = set()
    out = []
    for flag in flags:
        if (flag.code, flag.message) not in seen:
            seen.add((flag.code, flag.message))
            out.append(flag)
    return out

"""The chat's rules across messages, applied again to records processed before processing read
a chat's messages with each other (issue 12; `manage.py redact_chat_rules`).

Until stop 50 processing ran the detector on each message alone: a birth date answering
"Geboortedatum?", a BSN answering "BSN?", a surname said again in lower case or a house number
said again ("voor nummer 14") stayed readable. This runs `detect_chat` over such a record as
processing does now and redacts each new find as processing does (the same placeholders and
span rows), one record per transaction, with an audit row per changed record; an archived
record's search entries and PDF follow as after "nader anonimiseren".

While a record's originals are there (under review, or archived within the purge period) the
detector reads the original texts with the context processing builds (participants, the
municipality's own contact data, the persons the record names) and the new spans index the
originals. Once they are purged only the redacted texts are left: the detector reads those,
with every placeholder and pseudonym masked (never a name or an address to it), the persons
the record's keyed hashes find in them known, and the new spans are made in the redacted text
(`RedactionSpan.on_redacted`). The house number of an address already replaced by "[ADRES]"
is gone with the original: in a chat that gave one, every number the chat says is taken for a
house number of it, so the detector's rule for a house number said apart applies.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from audit import events

from .constants import REVIEWABLE_STATUSES, RedactionSource, SubmissionStatus
from .models import MediaItem, Message, Participant, RedactionSpan, Submission
from .person_digests import known_persons_in
from .purge import record_persons
from .redaction import PLACEHOLDERS, ChatContext, Span, detect_chat, file_name_persons
from .review.services import record_tightened, refresh_redacted_messages
from .review.text import PLACEHOLDER_PATTERN
from .selectors import organisation_contacts

logger = logging.getLogger(__name__)

# Every placeholder a redacted text can hold.
_PLACEHOLDER = re.compile(PLACEHOLDER_PATTERN)
# A masked stretch: a private-use character, which the detector reads as no word, no space and
# no digit (the same length, so offsets into the masked text are offsets into the text).
_MASK = "\ue000"
# A number the chat says, with a toevoeging perhaps ("14", "14a", "14 bis"): each is a house
# number the chat may have given (see the module's docstring).
_NUMBER = re.compile(
    r"(?<!\d)0*([1-9]\d{0,3})(?!\d)(?:[ ]?-?[ ]?((?:bis|hs)(?!\w)|[a-z](?!\w)))?", re.I
)
_EDGES = " \t\n,;:"


@dataclass(frozen=True)
class Outcome:
    """What one record got (or would get, in a dry run): the new redactions by label, the
    messages they change; `skipped` says why the record was not examined."""

    submission_id: int
    labels: Counter = field(default_factory=Counter)
    messages: int = 0
    in_redacted_text: bool = False
    skipped: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.labels)


def records_to_examine() -> QuerySet[Submission]:
    """Archived records and those under review, oldest first."""
    return Submission.objects.filter(
        status__in=(SubmissionStatus.GEARCHIVEERD, *REVIEWABLE_STATUSES)
    ).order_by("pk")


TOO_LARGE = "te groot om de berichten in samenhang te controleren"
NOT_EXAMINED = "niet gearchiveerd of in beoordeling"


def record_redact_again(*, submission_id: int, dry_run: bool = False) -> Outcome:
    """Run the chat detector over one record again and redact every new find, in one
    transaction (a failure leaves the record as it was); with `dry_run`, only say what."""
    with transaction.atomic():
        rows = Submission.objects.filter(pk=submission_id)
        submission = (rows if dry_run else rows.select_for_update()).first()
        if submission is None or submission.status not in (
            SubmissionStatus.GEARCHIVEERD,
            *REVIEWABLE_STATUSES,
        ):
            return Outcome(submission_id, skipped=NOT_EXAMINED)
        purged = submission.originals_purged_at is not None
        field_name = "text_redacted" if purged else "text"
        messages = list(
            Message.objects.filter(submission=submission)
            .order_by("seq")
            .only("pk", "seq", "text", "text_redacted", "attachment_names")
        )
        if (
            sum(len(getattr(m, field_name)) for m in messages)
            > settings.ARCHIEF_CHAT_RULES_MAX_CHARS
        ):
            return Outcome(submission_id, in_redacted_text=purged, skipped=TOO_LARGE)
        found = found_again(submission, messages)
        labels = Counter(span.label for spans in found.values() for span in spans)
        outcome = Outcome(submission_id, labels, len(found), in_redacted_text=purged)
        if dry_run or not found:
            return outcome
        before = {("message", m.pk): m.text_redacted for m in messages if m.pk in found}
        if purged:
            _redact_in_redacted_text(submission, messages, found)
        else:
            _redact_on_originals(submission, messages, found)
        events.submission_redacted_again(
            submission=submission,
            messages=len(found),
            redactions=dict(labels),
            in_redacted_text=purged,
        )
        # An archived record: the Woo index at once, the PDF made again after commit.
        record_tightened(submission, before)
    logger.info(
        "submission %s: %d redactions added by the chat rules", submission_id, labels.total()
    )
    return outcome


def found_again(submission: Submission, messages: Sequence[Message]) -> dict[int, list[Span]]:
    """The new finds per message id: the detector's spans over what no span covers yet."""
    if submission.originals_purged_at is None:
        return _found_on_originals(submission, messages)
    return _found_in_redacted_text(submission, messages)


# --- originals kept ------------------------------------------------------------------------------


def _found_on_originals(
    submission: Submission, messages: Sequence[Message]
) -> dict[int, list[Span]]:
    """detect_chat over the original texts with processing's context (build_result: the
    participants, the municipality's contact data, the persons named around and in the chat
    and by the names of its files). A find that touches a redaction Informatiebeheer undid is
    left alone; one that overlaps a redaction gets the part outside it."""
    names = list(
        Participant.objects.filter(submission=submission)
        .order_by("seq")
        .values_list("name", flat=True)
    )
    context = ChatContext(organisation=organisation_contacts()).with_persons(names)
    context = context.with_persons(record_persons(submission))
    files = [*MediaItem.objects.filter(submission=submission).values_list("name", flat=True)]
    files += [name for m in messages for name in m.attachment_names or ()]
    context = context.with_persons(
        person for name in dict.fromkeys(files) for person in file_name_persons(name, context)
    )
    spans = detect_chat([m.text for m in messages], participants=names, context=context)
    existing: dict[int, list[tuple[int, int, bool]]] = {}
    for message_id, start, end, active in RedactionSpan.objects.filter(
        message__in=[m.pk for m in messages]
    ).values_list("message_id", "start", "end", "active"):
        existing.setdefault(message_id, []).append((start, end, active))
    out: dict[int, list[Span]] = {}
    for message, found in zip(messages, spans, strict=True):
        have = existing.get(message.pk, [])
        undone = [(s, e) for s, e, active in have if not active]
        kept = [span for span in found if not _touches(span, undone)]
        new = _outside(message.text, kept, [(s, e) for s, e, _ in have])
        if new:
            out[message.pk] = new
    return out


def _redact_on_originals(
    submission: Submission, messages: Sequence[Message], found: dict[int, list[Span]]
) -> None:
    """Processing's span rows for the new finds, and the redacted texts made again from the
    originals and every applied span (the participants' names their pseudonyms)."""
    RedactionSpan.objects.bulk_create(
        RedactionSpan(
            submission=submission,
            message_id=message_id,
            start=span.start,
            end=span.end,
            label=span.label,
            source=RedactionSource.AUTOMATISCH,
        )
        for message_id, spans in found.items()
        for span in spans
    )
    refresh_redacted_messages([m for m in messages if m.pk in found], submission_id=submission.pk)


# --- originals purged ----------------------------------------------------------------------------


def _found_in_redacted_text(
    submission: Submission, messages: Sequence[Message]
) -> dict[int, list[Span]]:
    """`redacted_text_finds` for a purged record: its participants' pseudonyms, the persons
    its keyed hashes find in its texts, the municipality's own contact data."""
    pseudonyms = set(
        Participant.objects.filter(submission=submission).values_list("pseudonym", flat=True)
    )
    texts = [m.text_redacted for m in messages]
    masked = [_masked(text, _masked_places(text, pseudonyms)) for text in texts]
    context = ChatContext(organisation=organisation_contacts())
    context = context.with_persons(record_persons(submission))
    context = context.with_persons(known_persons_in(masked, submission_ids=[submission.pk]))
    found = redacted_text_finds(texts, pseudonyms=pseudonyms, context=context)
    return {m.pk: spans for m, spans in zip(messages, found, strict=True) if spans}


def redacted_text_finds(
    texts: Sequence[str], *, pseudonyms: Iterable[str], context: ChatContext
) -> list[list[Span]]:
    """What detect_chat finds in a chat's redacted texts (placeholders and the participants'
    pseudonyms masked) outside what is redacted already, per text; in a chat that gave an
    address (one blacked out already, or one found now), every number it says is known as a
    house number of the chat."""
    pseudonyms = set(pseudonyms)
    masks = [_masked_places(text, pseudonyms) for text in texts]
    masked = [_masked(text, places) for text, places in zip(texts, masks, strict=True)]
    gave_address = any(PLACEHOLDERS["ADDRESS"] in text for text in texts)
    if gave_address:
        context = context.with_house_numbers(_numbers_said(masked))
    finds = _finds_outside(texts, masked, masks, context)
    if not gave_address and any(s.label == "ADDRESS" for found in finds for s in found):
        # An address found now is "[ADRES]" after this pass: read the chat as one that gave an
        # address already, or a second run would black out what this one left.
        context = context.with_house_numbers(_numbers_said(masked))
        finds = _finds_outside(texts, masked, masks, context)
    return finds


def _finds_outside(
    texts: Sequence[str],
    masked: Sequence[str],
    masks: Sequence[Sequence[tuple[int, int]]],
    context: ChatContext,
) -> list[list[Span]]:
    spans = detect_chat(masked, context=context)
    return [
        _outside(text, found, places)
        for text, found, places in zip(texts, spans, masks, strict=True)
    ]


def _redact_in_redacted_text(
    submission: Submission, messages: Sequence[Message], found: dict[int, list[Span]]
) -> None:
    """Replace the new finds in the redacted texts by their placeholders, each kept as a span
    into the text as it stood just before it was replaced (the last first, as the review's
    "nader anonimiseren" keeps them: they replay in the order of their ids)."""
    now = timezone.now()
    rows = []
    changed = []
    for message in messages:
        spans = found.get(message.pk)
        if not spans:
            continue
        ordered = sorted(spans, key=lambda span: span.start, reverse=True)
        rows += [
            RedactionSpan(
                submission=submission,
                message=message,
                start=span.start,
                end=span.end,
                label=span.label,
                source=RedactionSource.AUTOMATISCH,
                on_redacted=True,
                changed_at=now,
            )
            for span in ordered
        ]
        text = message.text_redacted
        for span in ordered:  # from the end: the offsets before it stay valid
            text = f"{text[: span.start]}{PLACEHOLDERS[span.label]}{text[span.end :]}"
        message.text_redacted = text
        changed.append(message)
    RedactionSpan.objects.bulk_create(rows)
    Message.objects.bulk_update(changed, ["text_redacted"], batch_size=500)


def _masked_places(text: str, pseudonyms: Iterable[str]) -> list[tuple[int, int]]:
    """Where `text` holds a placeholder or a participant's pseudonym ("Inwoner 2", as a whole
    word: the detector read "Inwoner 1" as a street and its number)."""
    places = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
    names = sorted((p for p in pseudonyms if p), key=len, reverse=True)
    if names:
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?![\w])")
        places += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return sorted(places)


def _masked(text: str, places: Sequence[tuple[int, int]]) -> str:
    out = list(text)
    for start, end in places:
        out[start:end] = _MASK * (end - start)
    return "".join(out)


def _numbers_said(texts: Iterable[str]) -> list[str]:
    """Every number the texts say, as a house number's key ("14", "14a")."""
    keys: dict[str, None] = {}
    for text in texts:
        for match in _NUMBER.finditer(text):
            keys[match.group(1)] = None
            if match.group(2):
                keys[match.group(1) + match.group(2).lower()] = None
    return list(keys)


# --- both ----------------------------------------------------------------------------------------


def _touches(span: Span, places: Sequence[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in places)


def _outside(text: str, spans: Iterable[Span], places: Sequence[tuple[int, int]]) -> list[Span]:
    """The parts of `spans` outside `places` (what is redacted already, or masked), without the
    spaces and commas at their edges; a part without a letter or digit is none."""
    out = []
    for span in spans:
        pieces = [(span.start, span.end)]
        for start, end in places:
            pieces = [
                part
                for s, e in pieces
                for part in ((s, min(e, start)), (max(s, end), e))
                if part[0] < part[1]
            ]
        for start, end in pieces:
            while start < end and text[start] in _EDGES:
                start += 1
            while end > start and text[end - 1] in _EDGES:
                end -= 1
            if any(c.isalnum() for c in text[start:end]):
                out.append(Span(start, end, span.label))
    return out

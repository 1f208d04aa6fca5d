"""Purging originals: after review only the redacted record may remain (AVG).

Archived: the uploaded files, the original texts and names, the messages left out of the record
and their attachments go; the redacted messages, the cleaned attachments of the record and the
PDF rendition stay. Rejected: everything derived from the chat goes; the submission row (with
the reason) stays so the employee can see the outcome.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Greatest, Substr
from django.utils import timezone
from django.utils.formats import date_format

from audit import events

from .constants import (
    OVERLAP_RETURNED,
    RENDITION_KEY,
    RENDITION_UNFINISHED,
    MediaRelease,
    RedactionSource,
    RenditionState,
    SubmissionStatus,
)
from .intake.errors import without_file_name
from .media_lock import hold_for_deletion
from .models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    ReviewQuestion,
    StoredFile,
    Submission,
)
from .pdf_pages import pdf_words_on_redacted
from .person_digests import known_persons_in, person_digests_store
from .pipeline.build import FILE_NOTICES
from .pipeline.errors import MALWARE_FOUND
from .pipeline.screenshot_text import PHOTO_FACES
from .redaction import ChatContext, Span, detect, persons_in, persons_of, redact_text
from .redaction.addresses import house_numbers_in
from .redaction.documents import PDF_WORDS
from .redaction.images import REDACTED_LENGTH, REDACTED_WORDS, layout_on_redacted
from .redaction.replay import redacted_text, replacements_for
from .selectors import organisation_contacts
from .signals import held_submission_ids

logger = logging.getLogger(__name__)

PURGEABLE_STATUSES = (SubmissionStatus.GEARCHIVEERD, SubmissionStatus.AFGEWEZEN)


@dataclass(frozen=True)
class PurgeResult:
    submission_id: int
    files: int
    messages_removed: int
    already_purged: bool = False
    on_hold: bool = False


def submissions_due_for_purge(*, now: datetime | None = None) -> QuerySet[Submission]:
    """Archived or rejected submissions whose originals are past the purge period.

    An archive whose PDF rendition is not made yet is not due: the rendition is made first.
    A record on legal hold (a Woo request, see chats.signals.legal_holds) is not due either;
    it becomes due again once the hold has ended.
    """
    cutoff = (now or timezone.now()) - settings.ARCHIEF_PURGE_ORIGINALS_AFTER
    return (
        Submission.objects.filter(
            Q(
                status=SubmissionStatus.GEARCHIVEERD,
                archived_at__lte=cutoff,
                rendition_state=RenditionState.KLAAR,
            )
            | Q(status=SubmissionStatus.AFGEWEZEN, reviewed_at__lte=cutoff),
            originals_purged_at__isnull=True,
        )
        .exclude(pk__in=held_submission_ids())
        .order_by("pk")
    )


# The nightly purge's task (CELERY_BEAT_SCHEDULE), to say on which day originals go.
PURGE_TASK = "chats.tasks.purge_due_originals"


def _nightly_purge_time() -> time:
    """The time of day the purge runs (the beat schedule's crontab); midnight if not known."""
    for entry in getattr(settings, "CELERY_BEAT_SCHEDULE", {}).values():
        schedule = entry.get("schedule")
        if entry.get("task") == PURGE_TASK and hasattr(schedule, "hour"):
            return time(min(schedule.hour), min(schedule.minute))
    return time(0, 0)


def originals_purge_day(submission: Submission, *, now: datetime | None = None) -> date | None:
    """The day the nightly purge removes an archived record's originals (its first run once the
    purge period is over, not before tonight); None without a purge period, when they go as soon
    as the PDF is made."""
    after = settings.ARCHIEF_PURGE_ORIGINALS_AFTER
    if after.total_seconds() <= 0 or submission.archived_at is None:
        return None
    due = timezone.localtime(max(submission.archived_at + after, now or timezone.now()))
    return due.date() if due.time() <= _nightly_purge_time() else due.date() + timedelta(days=1)


def originals_note(submission: Submission, *, now: datetime | None = None) -> str:
    """What became or becomes of an archived record's originals, in a sentence, for the note shown
    while its PDF is made: also when the PDF is made again after the purge."""
    if submission.originals_purged_at:
        purged = timezone.localdate(submission.originals_purged_at)
        return f"De originelen zijn op {date_format(purged, 'j F Y')} verwijderd."
    if submission.pk in held_submission_ids():
        return "De originelen worden niet verwijderd zolang de bewaarplicht loopt."
    day = originals_purge_day(submission, now=now)
    if day is None:
        return "Daarna worden de originelen verwijderd."
    return f"De originelen worden op {date_format(day, 'j F Y')} verwijderd."


def _files_to_keep(submission: Submission) -> set[int]:
    if submission.status != SubmissionStatus.GEARCHIVEERD:
        return set()
    keep = set(
        MediaItem.objects.filter(submission=submission)
        .filter(Q(message__isnull=True) | Q(message__in_record=True))
        .exclude(derived__isnull=True)
        # A contact card is never released: its copy is only read in review.
        .exclude(release=MediaRelease.NOOIT)
        .values_list("derived_id", flat=True)
    )
    keep |= set(
        StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY).values_list(
            "pk", flat=True
        )
    )
    return keep


# The file a reason to set an attachment apart is about: "Het PDF-bestand ‘brief Jansen.pdf’ is
# achtergehouden …" (the first quoted name; cut off at the field's length, it may lack its end).
# Used where the name the reason quotes is not known: a ’ inside a word ("Jansen’s") goes on.
_NAMED_FILE = re.compile(r"‘.*?(?:’(?!\w)|$)")


def _neutral_reason(reason: str, name: str, was: str = "") -> str:
    """`reason` with the file it quotes called `name`. `was`, the name it quotes, is replaced
    whole (it can hold a ’ of its own: "Klaas’ brief.pdf"), also when the reason was cut off
    inside it."""
    start = reason.find("‘")
    quoted = reason[start + 1 :]
    if was and start >= 0 and (quoted.startswith(f"{was}’") or f"{was}’".startswith(quoted)):
        rest = quoted[len(was) + 1 :] if quoted.startswith(f"{was}’") else ""
        return f"{reason[:start]}‘{name}’{rest}"[:200]
    return _NAMED_FILE.sub(lambda _: f"‘{name}’", reason, count=1)[:200]


def _neutral_names(submission: Submission, keep: set[int]) -> dict[str, str]:
    """Kept attachments and their files get a name that says only what and which one, also in
    the reason they were set apart; returns the names they had and have now."""
    media = list(MediaItem.objects.filter(submission=submission).select_related("derived"))
    files = []
    renamed = {}
    for item in media:
        stored = item.derived
        suffix = PurePosixPath(stored.file.name).suffix if stored and stored.file else ""
        was, item.name = item.name, f"bijlage-{item.seq + 1}{suffix}"
        renamed[was] = item.name
        item.flag_reason = _neutral_reason(item.flag_reason, item.name, was)
        if stored is not None and stored.pk in keep:
            stored.original_name = item.name
            stored.member_name = ""
            stored.flag_reason = _neutral_reason(stored.flag_reason, item.name, was)
            files.append(stored)
    MediaItem.objects.bulk_update(media, ["name", "flag_reason"])
    StoredFile.objects.bulk_update(files, ["original_name", "member_name", "flag_reason"])
    return renamed


# What processing says about a file by name (besides the intake's refusals): an attachment
# of a rejected submission is gone before its name could be made neutral.
_NAMING_NOTICES = (*FILE_NOTICES, MALWARE_FOUND)


def _neutral_notices(submission: Submission, renamed: dict[str, str]) -> list[str]:
    """The submission's points of attention and failure reason name no file from the export:
    an attachment by its neutral name, a file that was never kept (a member skipped, a virus)
    not at all; returns the changed fields."""

    def neutral(message: str) -> str:
        for was, name in renamed.items():
            if f"‘{was}’" in message:
                return message.replace(f"‘{was}’", f"‘{name}’")
        return without_file_name(message, _NAMING_NOTICES)

    changed = []
    flags = [
        {**flag, "message": neutral(flag["message"])}
        if isinstance(flag, dict) and isinstance(flag.get("message"), str)
        else flag
        for flag in submission.flags or []
    ]
    if flags != (submission.flags or []):
        submission.flags = flags
        changed.append("flags")
    if (reason := neutral(submission.failure_reason)) != submission.failure_reason:
        submission.failure_reason = reason
        changed.append("failure_reason")
    return changed


def _typed_context(
    texts: Sequence[str], persons: Sequence[str], house_numbers: Sequence[str] = ()
) -> ChatContext:
    context = ChatContext(organisation=organisation_contacts()).with_persons(persons)
    context = context.with_house_numbers(house_numbers)
    return context.with_persons(persons_in([t for t in texts if t], context))


def free_text_redactor(
    texts: Sequence[str], *, persons: Sequence[str] = (), house_numbers: Sequence[str] = ()
) -> Callable[[str], str]:
    """A function that redacts free text someone typed (among `texts`), with `persons` and the
    persons `texts` name beyond doubt as known persons, and `house_numbers` as the chat's
    (ChatContext.house_numbers: "nummer 14" after the chat's "Zomerdijk 14"); the
    municipality's own contact data is kept."""
    context = _typed_context(texts, persons, house_numbers)

    def redacted(text: str) -> str:
        return redact_text(text, detect(text, context=context)) if text else text

    return redacted


# Around a redacted name, what tells it is a person beyond doubt: a title before it ("mevrouw
# Mol"), a verb said of a person after it ("Mol belde").
_CUE_BEFORE, _CUE_AFTER = 30, 20


def _redacted_persons(submission: Submission) -> list[str]:
    """The persons redacted in the record's messages and attachments' text while it still has
    them: a redaction added by hand, and one the detector found that is a person beyond doubt
    (a full name, after a title, ...; read with the words around it, never the whole text)."""
    found: list[str] = []
    # A span made after the purge indexes the redacted text, which names no one.
    spans = RedactionSpan.objects.filter(
        submission=submission, label="PERSON", active=True, on_redacted=False
    )
    for field, related in (("message__text", "message"), ("media__ocr_text", "media")):
        pos = Greatest(F("start") - (_CUE_BEFORE - 1), Value(1))
        rows = (
            spans.filter(**{f"{related}__isnull": False})
            .annotate(around=Substr(field, pos, F("end") + _CUE_AFTER - pos + 1))
            .values_list("start", "end", "source", "around")
            .distinct()
        )
        for start, end, source, around in rows:
            offset = max(start - _CUE_BEFORE, 0)
            span = Span(start - offset, end - offset, "PERSON")
            if source == RedactionSource.HANDMATIG:
                name = " ".join((around or "")[span.start : span.end].split())
                found += [name] if len(name) >= 2 else []
            else:
                found += persons_of(around or "", [span])
    return list(dict.fromkeys(found))


def record_persons(submission: Submission) -> list[str]:
    """Everyone `submission` names as a person: its participants, the persons of the onderwerp
    and omschrijving the employee typed, and the persons redacted in its messages and
    attachments (after the purge only what the redacted record still holds)."""
    # After the purge a participant's name is its pseudonym ("Inwoner"): no person.
    participants = (
        Participant.objects.filter(submission=submission)
        .exclude(name=F("pseudonym"))
        .values_list("name", flat=True)
    )
    context = ChatContext(organisation=organisation_contacts()).with_persons(participants)
    typed = [submission.onderwerp or "", submission.omschrijving or ""]
    return list(
        dict.fromkeys(
            (
                *context.known_persons,
                *persons_in([t for t in typed if t], context),
                *_redacted_persons(submission),
            )
        )
    )


def record_house_numbers(submission: Submission) -> list[str]:
    """The house numbers of the addresses redacted in the record's messages and attachments'
    text while it still has them ("14" of "Zomerdijk 14"), as processing knows them
    (ChatContext.house_numbers; an upload of screenshots alone has only its screenshots'
    text); none once the originals are purged."""
    addresses = RedactionSpan.objects.filter(
        submission=submission, label="ADDRESS", active=True, on_redacted=False
    )
    numbers: dict[str, None] = {}
    for related, model, field in (("message", Message, "text"), ("media", MediaItem, "ocr_text")):
        spans: dict[int, list[Span]] = {}
        for pk, start, end in addresses.filter(**{f"{related}__isnull": False}).values_list(
            f"{related}_id", "start", "end"
        ):
            spans.setdefault(pk, []).append(Span(start, end, "ADDRESS"))
        for pk, text in model.objects.filter(pk__in=list(spans)).values_list("pk", field):
            if text:
                numbers.update(dict.fromkeys(house_numbers_in(text, spans[pk])))
    return list(numbers)


def typed_text_findings(submission: Submission, texts: Sequence[str]) -> list[str]:
    """The personal data the detector finds in `texts` typed about `submission`, read as
    typed_text_redactor reads them (the chat's persons and house numbers as context): each
    stretch once, in order. For the reviewer's edit of the redacted onderwerp and omschrijving."""
    persons = record_persons(submission)
    persons += known_persons_in(texts, submission_ids=[submission.pk])
    context = _typed_context(texts, persons, record_house_numbers(submission))
    found = [
        " ".join(text[span.start : span.end].split())
        for text in texts
        if text
        for span in sorted(detect(text, context=context), key=lambda span: span.start)
    ]
    return list(dict.fromkeys(item for item in found if item))


def typed_text_redactor(submission: Submission, texts: Sequence[str]) -> Callable[[str], str]:
    """A function that redacts what was typed about `submission` (among `texts`), with every
    person the record names (`record_persons`; after the purge, those of its persons' hashes
    that `texts` hold) and the persons `texts` name as known persons, and the house numbers of
    its chat's addresses while its originals are there (`record_house_numbers`)."""
    persons = record_persons(submission)
    persons += known_persons_in(texts, submission_ids=[submission.pk])
    return free_text_redactor(
        texts, persons=persons, house_numbers=record_house_numbers(submission)
    )


def persons_of_records(records: QuerySet[Submission], texts: Sequence[str]) -> list[str]:
    """Every person `records` name that `texts` may mention: by name while a record's
    originals are there (`record_persons`), by their hashes (chats.person_digests) for all."""
    persons: list[str] = []
    for submission in records.filter(originals_purged_at=None):
        persons += record_persons(submission)
    persons += known_persons_in(texts, submission_ids=list(records.values_list("pk", flat=True)))
    return list(dict.fromkeys(persons))


def zaak_persons(zaak_id: int, texts: Sequence[str]) -> list[str]:
    """Every person the records of zaak `zaak_id` name that `texts` may mention."""
    return persons_of_records(Submission.objects.filter(zaak_id=zaak_id), texts)


def keep_person_digests(submission: Submission) -> int:
    """Keep the hashes of the record's persons (chats.person_digests) while its names are there;
    returns how many were added."""
    return person_digests_store(submission, record_persons(submission))


def keep_archive_person_digests() -> tuple[int, int]:
    """Keep the hashes of the persons of every archived record whose names are still there
    (archived before the hashes were kept, or since named by hand); idempotent. Returns the
    records and the hashes added. A record already purged has no names left to hash."""
    records = added = 0
    archived = Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD, originals_purged_at__isnull=True
    )
    for submission in archived.order_by("pk").iterator():
        with transaction.atomic():
            added += keep_person_digests(submission)
        records += 1
    return records, added


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def zaak_omschrijving_redacted(submission: Submission) -> str:
    """The description of the record's zaak as Woo and the archive PDF show it: through the
    detector with every person the record names known, like the rest typed around the chat (a
    zaaksysteem names cases after residents: "Bezwaar mw. … tegen …"). After the purge, the
    version redacted then, as long as the description is the one it was made from. The
    description is the zaak's: the persons of its other records are known too."""
    omschrijving = submission.zaak.omschrijving if submission.zaak_id else ""
    if not omschrijving:
        return ""
    if submission.zaak_omschrijving_sha256 and submission.zaak_omschrijving_sha256 == _sha256(
        omschrijving
    ):
        return submission.zaak_omschrijving_redacted
    persons = zaak_persons(submission.zaak_id, [omschrijving])  # the record's own among them
    if submission.originals_purged_at is not None:  # what the redacted record still holds
        persons = list(dict.fromkeys([*record_persons(submission), *persons]))
    return free_text_redactor([omschrijving], persons=persons)(omschrijving)


def _keep_zaak_omschrijving(submission: Submission) -> list[str]:
    """Redact the zaak's description for the record while its names are still there (the
    purge takes them); returns the changed submission fields."""
    omschrijving = submission.zaak.omschrijving if submission.zaak_id else ""
    if not omschrijving:
        return []
    submission.zaak_omschrijving_sha256 = ""  # redacted now, not taken from an earlier purge
    submission.zaak_omschrijving_redacted = zaak_omschrijving_redacted(submission)
    submission.zaak_omschrijving_sha256 = _sha256(omschrijving)
    return ["zaak_omschrijving_redacted", "zaak_omschrijving_sha256"]


def _redact_typed_texts(submission: Submission) -> list[str]:
    """What was typed around the chat besides the onderwerp and omschrijving (the employee's
    "gesprek met", zaaknummer and "waar vastgelegd", the questions and answers with
    Informatiebeheer, the review note) through the detector, with the chat's participants as
    known persons; returns the changed submission fields (the questions are saved here)."""
    questions = list(ReviewQuestion.objects.filter(submission=submission))
    fields = ("gesprekspartner_anders", "zaaknummer", "elders_vastgelegd_waar", "review_note")
    texts = [getattr(submission, name) for name in fields]
    texts += [text for q in questions for text in (q.question, q.answer)]
    redacted = typed_text_redactor(submission, texts)
    for question in questions:
        question.question, question.answer = redacted(question.question), redacted(question.answer)
    ReviewQuestion.objects.bulk_update(questions, ["question", "answer"])
    changed = []
    for name in fields:
        value = redacted(getattr(submission, name))
        if value != getattr(submission, name):
            setattr(submission, name, value[: Submission._meta.get_field(name).max_length])
            changed.append(name)
    return changed


# What a photo's layout without words keeps through the purge (MediaItem.image_blacked_out
# is told again from it when an area is removed).
_PHOTO_BLACKOUT = ("photo", PHOTO_FACES, "plates", "size")


def _keep_boxes_on_redacted(submission: Submission) -> None:
    """The places of an image's words, indexed into its redacted OCR text instead of the
    original that goes: a passage a Woo officer blacks out in that text later is still painted
    where it stands in the released image; a PDF's words likewise, on its pages
    (chats.pdf_pages.pdf_words_on_redacted). Any other stored layout goes, but for a photo's
    blurred faces and blacked-out plates."""
    items = list(
        MediaItem.objects.filter(submission=submission)
        .exclude(ocr_boxes={})
        .only("pk", "ocr_boxes", "ocr_text", "ocr_text_redacted")
    )
    for item in items:
        layout = item.ocr_boxes or {}
        item.ocr_boxes = (
            layout_on_redacted(layout, item.ocr_text, item.ocr_text_redacted)
            if layout.get("words")
            else pdf_words_on_redacted(layout[PDF_WORDS], item.ocr_text, item.ocr_text_redacted)
            if layout.get(PDF_WORDS)
            # A photo without text: where its faces and plates were, no text to tell.
            else {k: layout[k] for k in _PHOTO_BLACKOUT if k in layout}
            if layout.get("photo") and (layout.get(PHOTO_FACES) or layout.get("plates"))
            else {}
        )
    MediaItem.objects.bulk_update(items, ["ocr_boxes"], batch_size=500)


def overlap_redacted(overlap: dict, replacements: dict[str, str]) -> dict:
    """What the purge keeps of the messages the duplicate check cut from a screenshot's text
    (MediaItem.overlap): their text redacted (its spans and the words blacked out by hand in the
    screenshot that kept them applied), the places of its words indexed into that text, and
    where they go back (`line`: before that line of the redacted text; `end`: after it). No
    original text, no span into it. So withholding the kept copy after the purge still puts the
    messages back for Woo's search, and a passage blacked out in the kept copy's redacted text
    is still painted in this image. Empty when nothing was cut."""
    text = overlap.get("text") or ""
    if not text:
        return {}
    spans = [
        (int(s), int(e), str(label))
        for s, e, label in [*(overlap.get("spans") or ()), *(overlap.get("hand") or ())]
    ]
    redacted = redacted_text(text, spans, replacements=replacements)
    words = layout_on_redacted({"words": overlap.get("words") or ()}, text, redacted)
    return {
        "redacted": redacted,
        # The flag's notice (no personal data), to take it from the flags when they go back;
        # not "notice", which the review page shows with its "Toch apart opnemen".
        "flag": overlap.get("notice", ""),
        "count": int(overlap.get("count", 0)),
        "line": int(overlap.get("line", 0)),
        "end": bool(overlap.get("end")),
        REDACTED_WORDS: words.get(REDACTED_WORDS) or [],
        REDACTED_LENGTH: len(redacted),
    }


def returned_on_redacted(returned: dict, text: str, redacted: str) -> dict:
    """An `OVERLAP_RETURNED` note into the OCR `text` as the same whole lines of its `redacted`
    text, for the purge to keep; {} when the lines cannot be told (a placeholder over a line's
    end joined two lines)."""
    start, end = int(returned.get("start", 0)), int(returned.get("end", 0))
    if not 0 <= start < end <= len(text) or text.count("\n") != redacted.count("\n"):
        return {}
    first = text[:start].count("\n")
    last = first + text[start:end].count("\n")
    lines = redacted.split("\n")
    at = sum(len(line) + 1 for line in lines[:first])
    stop = sum(len(line) + 1 for line in lines[:last]) + len(lines[last])
    return {**returned, "start": at, "end": stop, "redacted": True}


def _keep_overlaps_redacted(submission: Submission) -> None:
    """Every screenshot's cut messages as `overlap_redacted` keeps them (the participants'
    names still there: a name is its pseudonym in the text kept); where they went back, as
    lines of its redacted text (`returned_on_redacted`)."""
    items = list(
        MediaItem.objects.filter(submission=submission)
        .exclude(overlap={})
        .only("pk", "overlap", "ocr_text", "ocr_text_redacted")
    )
    replacements = replacements_for(
        Participant.objects.filter(submission=submission).values_list("name", "pseudonym")
    )
    for item in items:
        overlap = dict(item.overlap or {})
        returned = overlap.get(OVERLAP_RETURNED)
        if returned and not overlap.get("text"):
            if not returned.get("redacted"):
                returned = returned_on_redacted(returned, item.ocr_text, item.ocr_text_redacted)
            item.overlap = {OVERLAP_RETURNED: returned} if returned else {}
            continue
        at = min(int(overlap.get("at", 0)), len(item.ocr_text))
        overlap["line"] = item.ocr_text[:at].count("\n")
        overlap["end"] = at >= len(item.ocr_text)
        item.overlap = overlap_redacted(overlap, replacements)
    MediaItem.objects.bulk_update(items, ["overlap"], batch_size=500)


def originals_purge(*, submission_id: int, user=None) -> PurgeResult:
    """Remove the originals of one archived or rejected submission; idempotent.

    Refused (nothing removed, `on_hold`) while the record is on legal hold.
    """
    if submission_id in held_submission_ids():
        logger.info("submission %s: on legal hold, originals kept", submission_id)
        return PurgeResult(submission_id, 0, 0, on_hold=True)
    with transaction.atomic():
        hold_for_deletion()
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.status not in PURGEABLE_STATUSES:
            raise ValueError(f"submission {submission_id} is not archived or rejected")
        if submission.originals_purged_at is not None:
            return PurgeResult(submission_id, 0, 0, already_purged=True)
        if submission.rendition_state in RENDITION_UNFINISHED:
            # Checksums and the PDF come from these files; they go only once the record is made.
            raise ValueError(f"submission {submission_id}: archive rendition not made yet")
        archived = submission.status == SubmissionStatus.GEARCHIVEERD
        if archived:
            # Text typed about the record later is redacted with the same persons.
            keep_person_digests(submission)
        typed = _redact_typed_texts(submission)  # before the participants' names go
        if archived:
            typed += _keep_zaak_omschrijving(submission)
        keep = _files_to_keep(submission)
        doomed = list(
            StoredFile.objects.filter(submission=submission, purged_at__isnull=True).exclude(
                pk__in=keep
            )
        )
        now = timezone.now()

        # Messages outside the record, and their attachments, are not part of the archive.
        dropped = Message.objects.filter(submission=submission)
        if archived:
            dropped = dropped.filter(in_record=False)
        MediaItem.objects.filter(submission=submission, message__in=dropped).delete()
        if not archived:
            MediaItem.objects.filter(submission=submission).delete()
        removed = dropped.count()
        dropped.delete()

        # What stays holds no original text or names (a file name can name a person:
        # "Pieter Bakker.vcf", "brief familie Jansen.pdf").
        Message.objects.filter(submission=submission).update(text="", attachment_names=[])
        _keep_boxes_on_redacted(submission)
        _keep_overlaps_redacted(submission)
        MediaItem.objects.filter(submission=submission).update(ocr_text="")
        typed += _neutral_notices(submission, _neutral_names(submission, keep))
        if archived:
            Participant.objects.filter(submission=submission).update(name=F("pseudonym"))
        else:
            Participant.objects.filter(submission=submission).delete()

        names = [stored.file.name for stored in doomed if stored.file]
        for stored in doomed:
            stored.file = ""
            stored.purged_at = now
            was, stored.original_name = stored.original_name, f"verwijderd bestand {stored.pk}"
            stored.member_name = ""
            stored.flag_reason = _neutral_reason(stored.flag_reason, stored.original_name, was)
        StoredFile.objects.bulk_update(
            doomed, ["file", "purged_at", "original_name", "member_name", "flag_reason"]
        )
        # The employee's own text: only its redacted version stays.
        submission.onderwerp = submission.onderwerp_redacted[:200]
        submission.omschrijving = submission.omschrijving_redacted
        submission.originals_purged_at = now
        submission.save(update_fields=["originals_purged_at", "onderwerp", "omschrijving", *typed])
        events.originals_purged(
            submission=submission, actor=user, files=len(doomed), messages_removed=removed
        )
        # Delete inside the transaction: if storage fails, the rows roll back and the next
        # run of purge_originals tries again (deleting a missing file is a no-op).
        for name in names:
            default_storage.delete(name)
    logger.info("submission %s: purged %d files", submission_id, len(doomed))
    return PurgeResult(submission_id, len(doomed), removed)


@dataclass(frozen=True)
class PurgeRun:
    submissions: int
    files: int
    failed: int


def originals_purge_due(*, now: datetime | None = None) -> PurgeRun:
    """Purge every submission whose originals are past the purge period; one failure stops none."""
    due = list(submissions_due_for_purge(now=now).values_list("pk", flat=True))
    files = failed = 0
    for submission_id in due:
        try:
            files += originals_purge(submission_id=submission_id).files
        except Exception:  # logged by id only; the next run tries again
            failed += 1
            logger.exception("purge of submission %s failed", submission_id)
    return PurgeRun(submissions=len(due) - failed, files=files, failed=failed)

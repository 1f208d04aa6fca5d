"""Storing a processing result: derived files first, then every row in one transaction.

Running it twice gives one result: derived files have deterministic storage names (written over
on a new attempt), and the transaction deletes this submission's earlier output before inserting
the new. The write is fenced by the attempt number: an attempt that lost its claim (another one
started since) stores nothing.
"""

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from audit import events
from chats.constants import FileRole, SelectionSource, SubmissionStatus
from chats.models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    StoredFile,
    Submission,
)
from chats.selection import apply_submitter_period, submitter_period_q

from .errors import NotClaimed, TransientFailure
from .results import DerivedOut, MessageFile, MessageOut, ProcessingResult
from .screenshot_text import blacked_out_beyond_text

logger = logging.getLogger(__name__)

_BATCH = 2000
_CHUNK = 1024 * 1024


def derived_dir(submission: Submission) -> str:
    """Storage folder of a submission's derived files."""
    return f"submissions/{submission.uuid}/{FileRole.DERIVED}"


def derived_name(submission: Submission, key: str, extension: str) -> str:
    """Deterministic storage name of the derived file `key`."""
    return f"{derived_dir(submission)}/{key}{extension}"


def _clean(value: str) -> str:
    # PostgreSQL text cannot hold NUL; the parser removes them from messages, this catches names.
    return value.replace("\x00", "\ufffd") if "\x00" in value else value


def _write_derived(submission: Submission, derived: DerivedOut) -> tuple[str, int, str]:
    """Store one derived file under its deterministic name; returns (name, size, sha256)."""
    name = derived_name(submission, derived.key, derived.extension)
    digest = hashlib.sha256()
    size = 0
    with open(derived.path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    if default_storage.exists(name):
        default_storage.delete(name)
    with open(derived.path, "rb") as fh:
        saved = default_storage.save(name, File(fh, name=name))
    if saved != name:
        # Someone wrote the same name in between: only possible with two attempts at once.
        default_storage.delete(saved)
        raise NotClaimed(f"derived file name taken for submission {submission.pk}")
    return name, size, digest.hexdigest()


def _delete_files(names: Iterable[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("could not delete a derived file; the next sweep of output retries")


def remove_orphans(submission: Submission) -> int:
    """Delete files in the submission's derived folder that no row refers to; returns count."""
    folder = derived_dir(submission)
    try:
        _, names = default_storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return 0
    referenced = set(
        StoredFile.objects.filter(submission=submission, role=FileRole.DERIVED).values_list(
            "file", flat=True
        )
    )
    orphans = [f"{folder}/{n}" for n in names if f"{folder}/{n}" not in referenced]
    _delete_files(orphans)
    return len(orphans)


def _check_claim(submission_id: int, attempt: int) -> Submission:
    """Lock the submission row; raise NotClaimed unless this attempt still owns it."""
    locked = Submission.objects.select_for_update().get(pk=submission_id)
    if locked.status != SubmissionStatus.IN_VERWERKING or locked.attempts != attempt:
        raise NotClaimed(f"submission {submission_id} moved on (attempt {attempt})")
    return locked


def _delete_output(submission: Submission) -> None:
    RedactionSpan.objects.filter(submission=submission).delete()
    MediaItem.objects.filter(submission=submission).delete()
    Message.objects.filter(submission=submission).delete()
    Participant.objects.filter(submission=submission).delete()
    StoredFile.objects.filter(submission=submission, role=FileRole.DERIVED).delete()


def store_result(*, submission: Submission, attempt: int, result: ProcessingResult) -> Submission:
    """Store `result` for `submission` as attempt `attempt` and move it to te_beoordelen."""
    written: list[str] = []
    stored_derived: dict[str, tuple[DerivedOut, str, int, str]] = {}
    try:
        for derived in result.derived:
            name, size, sha256 = _write_derived(submission, derived)
            written.append(name)
            stored_derived[derived.key] = (derived, name, size, sha256)
    except OSError as exc:
        _delete_files(written)
        raise TransientFailure(f"storage write failed: {type(exc).__name__}") from None

    try:
        with transaction.atomic():
            locked = _check_claim(submission.pk, attempt)
            _delete_output(locked)
            counts = _insert(locked, result, stored_derived)
            locked.set_status(SubmissionStatus.TE_BEOORDELEN)
            locked.progress_step = "Klaar"
            locked.progress_percent = 100
            locked.processed_at = timezone.now()
            locked.message_count = counts.messages
            locked.flags = [flag.as_json() for flag in result.flags]
            locked.selection_source = SelectionSource.ALLES
            preselected = apply_submitter_period(locked, Message.objects.filter(submission=locked))
            if preselected is None and counts.messages and submitter_period_q(locked):
                locked.flags.append(_empty_period_flag(locked))
            locked.detected_format = result.detected_format
            locked.date_order_uncertain = result.date_order_uncertain
            locked.onderwerp_redacted = result.onderwerp_redacted[:400]
            locked.omschrijving_redacted = result.omschrijving_redacted[:4000]
            locked.save()
            events.submission_processed(
                submission=locked,
                attempt=attempt,
                messages=counts.messages,
                participants=len(result.participants),
                attachments=len(result.media),
                redactions=counts.spans,
                flags=[flag.code for flag in result.flags],
            )
    except NotClaimed:
        # The owner of the submission writes the same names; leave its files alone.
        raise
    except Exception:
        # Nothing of this attempt may stay behind: the rows rolled back, the files go too. An
        # earlier result with the same names is not committed anywhere (status guard), so
        # removing them cannot break a stored record.
        _delete_files(written)
        raise
    # Committed: files of an earlier attempt that this result no longer uses can go. (Called
    # here rather than on_commit so that tests inside a transaction see the same behaviour.)
    remove_orphans(locked)
    return locked


def _empty_period_flag(submission: Submission) -> dict[str, str]:
    def shown(day):
        return day.strftime("%d-%m-%Y") if day else "…"

    return {
        "code": "period_without_messages",
        "message": (
            f"De periode die de indiener belangrijk vond ({shown(submission.periode_van)} "
            f"t/m {shown(submission.periode_tot)}) bevat geen berichten; "
            "daarom zijn alle berichten geselecteerd."
        ),
    }


@dataclass(frozen=True)
class _Counts:
    messages: int
    spans: int


def _message_batches(messages: "tuple[MessageOut, ...] | MessageFile") -> Iterator[list]:
    if isinstance(messages, MessageFile):
        yield from messages.batches()
        return
    for start in range(0, len(messages), _BATCH):
        yield list(messages[start : start + _BATCH])


def _insert(
    submission: Submission,
    result: ProcessingResult,
    stored_derived: dict[str, tuple[DerivedOut, str, int, str]],
) -> _Counts:
    participants = Participant.objects.bulk_create(
        [
            Participant(
                submission=submission,
                seq=p.seq,
                name=_clean(p.name)[:200],
                pseudonym=p.pseudonym[:100],
                role=p.role[:40],
                message_count=p.message_count,
            )
            for p in result.participants
        ]
    )
    participant_ids = {p.seq: p.pk for p in participants}

    # Only the ids media items point to are kept: a chat may have a million messages.
    wanted = {m.message_seq for m in result.media if m.message_seq is not None}
    message_ids: dict[int, int] = {}
    message_count = span_count = 0
    for batch in _message_batches(result.messages):
        created = Message.objects.bulk_create(
            [
                Message(
                    submission=submission,
                    seq=m.seq,
                    line_no=m.line_no,
                    sent_at=m.sent_at,
                    participant_id=participant_ids.get(m.participant_seq)
                    if m.participant_seq is not None
                    else None,
                    kind=m.kind,
                    text=_clean(m.text),
                    text_redacted=_clean(m.text_redacted),
                    edited=m.edited,
                    truncated=m.truncated,
                    attachment_names=[_clean(n) for n in m.attachment_names],
                )
                for m in batch
            ]
        )
        spans: list[RedactionSpan] = []
        for out, row in zip(batch, created, strict=True):
            if out.seq in wanted:
                message_ids[out.seq] = row.pk
            spans.extend(
                RedactionSpan(
                    submission=submission,
                    message_id=row.pk,
                    start=s.start,
                    end=s.end,
                    label=s.label,
                )
                for s in out.spans
            )
        RedactionSpan.objects.bulk_create(spans, batch_size=_BATCH)
        message_count += len(created)
        span_count += len(spans)

    derived_ids: dict[str, int] = {}
    for key, (derived, name, size, sha256) in stored_derived.items():
        row = StoredFile(
            submission=submission,
            role=FileRole.DERIVED,
            original_name=_clean(derived.name)[:255],
            member_name=_clean(derived.member_name)[:255],
            derived_from_id=derived.derived_from_id,
            derived_key=key,
            size=size,
            sha256=sha256,
            mime_type=derived.mime,
            flagged=derived.flagged,
            flag_reason=derived.flag_reason[:200],
        )
        row.file.name = name
        row.save()
        derived_ids[key] = row.pk

    media_rows = MediaItem.objects.bulk_create(
        [
            MediaItem(
                submission=submission,
                seq=m.seq,
                message_id=message_ids.get(m.message_seq) if m.message_seq is not None else None,
                original_id=m.original_id,
                derived_id=derived_ids.get(m.derived_key) if m.derived_key else None,
                name=_clean(m.name)[:255],
                mime_type=m.mime[:100],
                ocr_text=_clean(m.ocr_text),
                ocr_text_redacted=_clean(m.ocr_text_redacted),
                ocr_boxes=m.ocr_boxes or {},
                overlap=m.overlap or {},
                image_blacked_out=blacked_out_beyond_text(m.ocr_boxes, m.overlap),
                flagged=m.flagged,
                flag_reason=m.flag_reason[:200],
                release=m.release,
            )
            for m in result.media
        ]
    )
    spans = []
    for out, row in zip(result.media, media_rows, strict=True):
        spans.extend(
            RedactionSpan(
                submission=submission, media_id=row.pk, start=s.start, end=s.end, label=s.label
            )
            for s in out.ocr_spans
        )
    RedactionSpan.objects.bulk_create(spans, batch_size=_BATCH)
    return _Counts(messages=message_count, spans=span_count + len(spans))


def discard_output(submission: Submission) -> list[str]:
    """Delete every output row of `submission`; returns the derived files' storage names.

    The caller deletes those files (delete_files) once its transaction has committed.
    """
    with transaction.atomic():
        names = [
            n
            for n in StoredFile.objects.filter(
                submission=submission, role=FileRole.DERIVED
            ).values_list("file", flat=True)
            if n
        ]
        _delete_output(submission)
    return names


def delete_files(submission: Submission, names: Iterable[str]) -> None:
    """Delete derived files by name and any orphan left in the submission's derived folder."""
    _delete_files(names)
    remove_orphans(submission)

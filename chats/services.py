"""Writes of the chats app: creating submissions (the intake) and retrying failed ones."""

import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.permissions import REVIEW_SUBMISSION
from audit import events
from chats.intake import (
    IntakeError,
    Sniffed,
    check_chat_texts,
    check_upload_file,
    check_upload_set,
    check_zip_export,
    display_name,
    inspect_zip,
    intake_error,
)
from chats.intake.errors import WRONG_KIND_CODES, without_file_name
from chats.intake.names import base_name

from .constants import WITHDRAWABLE_STATUSES, FileRole, SelectionSource, SubmissionStatus
from .intake_config import intake_limits
from .media_lock import hold_for_deletion
from .models import MediaItem, RedactionSpan, ReviewQuestion, StoredFile, Submission
from .pipeline.inputs import chat_text_despite_magic
from .pipeline.store import remove_orphans
from .pipeline.workspace import temp_root
from .selectors import submission_for_token
from .tasks import enqueue_processing

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class IncomingFile:
    """A file as it arrived: a readable local path plus what the client called it.

    The upload handler may have stopped writing a file at a limit: `skipped` then holds the
    intake code of that limit (`file_too_large`, `too_many_files`, `upload_too_large`),
    `size` the bytes that were sent, and `path` may be None.
    """

    path: Path | None
    client_name: str
    sha256: str | None = None  # computed while the upload streamed in, when known
    too_large: bool = False
    skipped: str = ""
    size: int | None = None  # bytes sent, when the upload handler counted them

    @property
    def refused_by(self) -> str:
        """The limit that stopped this file while it streamed in, or ""."""
        return "file_too_large" if self.too_large else self.skipped

    def sent_size(self) -> int:
        if self.size is not None:
            return self.size
        return os.path.getsize(self.path) if self.path else 0


class SubmissionRefused(Exception):
    """The upload is not accepted; `errors` are Dutch sentences for the employee, about the
    form's `field`: the files, or the kind of upload when only that choice is wrong.
    `refused`: the positions (in the files as sent) of the files refused themselves."""

    def __init__(
        self, errors: list[str], *, field: str = "files", refused: frozenset[int] = frozenset()
    ):
        super().__init__("; ".join(errors))
        self.errors = errors
        self.field = field
        self.refused = refused


def submission_check_files(files: list[IncomingFile], *, upload_kind: str) -> list:
    """Check every file by content and the set as a whole; raise SubmissionRefused with all reasons.

    The count and the total size come first: past them files were not even stored. Then each
    file (a file over the per-file limit is named), the set against the kind of upload, and
    what the files hold (a ZIP with a chat inside, exactly one chat).
    """
    limits = intake_limits()
    if not files:
        raise SubmissionRefused([intake_error("no_files", limits=limits).message])
    if len(files) > limits.max_files or any(f.refused_by == "too_many_files" for f in files):
        raise SubmissionRefused(
            [intake_error("too_many_files", limits=limits, detail=f"{len(files)} files").message]
        )
    total = sum(f.sent_size() for f in files)
    if total > limits.max_total_size or any(f.refused_by == "upload_too_large" for f in files):
        raise SubmissionRefused(
            [intake_error("upload_too_large", limits=limits, detail=f"{total} bytes").message]
        )
    errors, refused, sniffed = _each_file(files, limits=limits)
    if not errors:
        try:
            check_upload_set(
                [(f.path, f.client_name) for f in files],
                upload_kind=upload_kind,
                limits=limits,
                sniffed=sniffed,
            )
        except IntakeError as exc:
            if exc.code in WRONG_KIND_CODES:
                raise SubmissionRefused([exc.message], field="upload_kind") from exc
            errors.append(exc.message)
    if not errors:
        errors = _structure_errors(files, sniffed, limits=limits)
    if errors:
        raise SubmissionRefused(errors, refused=frozenset(refused))
    return sniffed


def _each_file(files: list[IncomingFile], *, limits) -> tuple[list[str], set[int], list]:
    """Each file by its content: (the Dutch errors, the refused files' positions, what the
    accepted ones are)."""
    errors: list[str] = []
    refused: set[int] = set()
    sniffed = []
    for position, incoming in enumerate(files):
        if incoming.refused_by:
            errors.append(
                intake_error(
                    incoming.refused_by, name=display_name(incoming.client_name), limits=limits
                ).message
            )
            refused.add(position)
            continue
        try:
            sniffed.append(check_upload_file(incoming.path, incoming.client_name, limits=limits))
        except IntakeError as exc:
            if chat_text_despite_magic(exc, Path(incoming.path), incoming.client_name):
                sniffed.append(Sniffed(mime="text/plain", kind="text"))
            else:
                errors.append(exc.message)
                refused.add(position)
    return errors, refused, sniffed


def submission_refused_files(files: list[IncomingFile]) -> SubmissionRefused | None:
    """The files refused by their own content, for a form refused for other fields: said in
    the same round (walk 53), not only after the fields are put right. None when each passes
    (the set as a whole is checked when the form is sent complete)."""
    errors, refused, _sniffed = _each_file(files, limits=intake_limits())
    return SubmissionRefused(errors, refused=frozenset(refused)) if errors else None


def refused_file_marks(files: list[IncomingFile], refused: frozenset[int]) -> list[str]:
    """What tells each refused file apart from another: its SHA-256 (taken as it streamed in,
    else read now), or its name and the bytes sent when nothing of it was kept."""
    marks = []
    for position in sorted(refused):
        incoming = files[position]
        digest = incoming.sha256
        if digest is None and incoming.path is not None:
            with open(incoming.path, "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        marks.append(digest or f"{incoming.client_name}:{incoming.sent_size()}")
    return marks


def _structure_errors(files: list[IncomingFile], sniffed: list, *, limits) -> list[str]:
    """What the files hold, without unpacking: a ZIP with exactly one chat, one chat text.

    A ZIP is judged from its directory and the first bytes of its text members; loose texts
    by their first lines. A refusal here stores nothing; processing checks the same again
    and only sees what passed.
    """
    texts = [f for f, s in zip(files, sniffed, strict=True) if s.kind == "text"]
    zips = [f for f, s in zip(files, sniffed, strict=True) if s.kind == "zip"]
    try:
        for incoming in zips:
            members = inspect_zip(incoming.path, limits=limits)
            check_zip_export(incoming.path, members, scratch_dir=temp_root(), limits=limits)
        if texts:
            check_chat_texts([f.path for f in texts], [base_name(f.client_name) for f in texts])
    except IntakeError as exc:
        return [exc.message]
    return []


class _HashingFile(File):
    """A File whose chunks() also feed a SHA-256, so storing and hashing is one pass."""

    def __init__(self, file, name):
        super().__init__(file, name)
        self.digest = hashlib.sha256()
        self.bytes_read = 0

    def chunks(self, chunk_size=None) -> Iterator[bytes]:
        for chunk in super().chunks(chunk_size or CHUNK_SIZE):
            self.digest.update(chunk)
            self.bytes_read += len(chunk)
            yield chunk


def _store_original(
    submission: Submission, incoming: IncomingFile, sniffed, *, written: list[str]
) -> StoredFile:
    stored = StoredFile(
        submission=submission,
        role=FileRole.ORIGINAL,
        original_name=display_name(incoming.client_name),
        mime_type=sniffed.mime,
        size=0,
        sha256="",
        flagged=getattr(sniffed, "active_content", False),
        flag_reason=(
            "Bevat actieve inhoud (bijvoorbeeld JavaScript in een PDF)."
            if getattr(sniffed, "active_content", False)
            else ""
        ),
    )
    with open(incoming.path, "rb") as fh:
        content = _HashingFile(fh, name=f"x{Path(incoming.client_name).suffix.lower()}")
        stored.file.save(content.name, content, save=False)
    written.append(stored.file.name)
    sha256 = content.digest.hexdigest()
    if incoming.sha256 and incoming.sha256 != sha256:
        # The stored copy differs from what streamed in: never keep a silently altered original.
        raise OSError("stored original does not match the uploaded bytes")
    stored.sha256 = sha256
    stored.size = content.bytes_read
    stored.save()
    return stored


def _earlier_duplicate(submission: Submission) -> Submission | None:
    """The employee's latest earlier submission whose originals are exactly the same files.

    Compared by the SHA-256 stored with every original (kept after a purge too). The submission
    this one resubmits is left out: sending the same files again after a failure is no double.
    """
    own = set(
        StoredFile.objects.filter(submission=submission, role=FileRole.ORIGINAL).values_list(
            "sha256", flat=True
        )
    )
    if not own:
        return None
    earlier = (
        Submission.objects.filter(submitted_by_id=submission.submitted_by_id, pk__lt=submission.pk)
        .filter(files__role=FileRole.ORIGINAL, files__sha256__in=own)
        .exclude(pk=submission.resubmission_of_id or 0)
        .distinct()
        .order_by("-pk")
        .values_list("pk", flat=True)
    )
    for candidate in earlier[:20]:
        theirs = set(
            StoredFile.objects.filter(submission_id=candidate, role=FileRole.ORIGINAL).values_list(
                "sha256", flat=True
            )
        )
        if theirs == own:
            return Submission.objects.get(pk=candidate)
    return None


def submission_create(
    *,
    user,
    files: list[IncomingFile],
    form_token: uuid.UUID | None = None,
    resubmission_of: Submission | None = None,
    **fields,
) -> Submission:
    """Check the files, store the submission with its originals, queue processing after commit.

    Either everything is stored or nothing is: files already written are removed again when a
    later step fails. With a `form_token` the call is idempotent: when the employee already sent
    this form (back, then send again; a double click), the first submission is returned and
    nothing new is stored. Files identical to an earlier upload of the same employee mark the
    submission as a possible duplicate for Informatiebeheer.
    """
    if form_token is not None:
        existing = submission_for_token(user=user, form_token=form_token)
        if existing is not None:
            return existing
    if resubmission_of is not None and resubmission_of.submitted_by_id != user.pk:
        raise PermissionDenied("U kunt alleen uw eigen inzending opnieuw insturen.")
    sniffed = submission_check_files(files, upload_kind=fields["upload_kind"])
    written: list[str] = []
    try:
        with transaction.atomic():
            submission = Submission.objects.create(
                submitted_by=user,
                form_token=form_token,
                resubmission_of=resubmission_of,
                **fields,
            )
            for incoming, sniff in zip(files, sniffed, strict=True):
                _store_original(submission, incoming, sniff, written=written)
            duplicate = _earlier_duplicate(submission)
            if duplicate is not None:
                submission.duplicate_of = duplicate
                submission.save(update_fields=["duplicate_of"])
            events.submission_received(submission=submission, actor=user, files=len(files))
            transaction.on_commit(lambda: enqueue_processing(submission.pk))
    except IntegrityError:
        for name in written:
            default_storage.delete(name)
        # The same form sent twice at once: the other request stored it first.
        existing = form_token and submission_for_token(user=user, form_token=form_token)
        if existing:
            return existing
        raise
    except Exception:
        for name in written:
            default_storage.delete(name)
        raise
    logger.info("submission %s received with %d files", submission.pk, len(files))
    return submission


def submission_refused_log(*, user, errors: list[str], file_count: int) -> None:
    """Security event for a refused upload (no file contents and no file names)."""
    reasons = [without_file_name(error) for error in errors]
    events.upload_refused(actor=user, reasons=reasons, files=file_count)


def submission_retry(*, submission_id: int, user) -> Submission:
    """Informatiebeheer's retry of a failed (`mislukt`) submission: process it again from scratch.

    Resets the attempt counter, clears the reason and queues processing after commit. Raises
    PermissionDenied without the review permission and ValueError when the submission is not
    `mislukt` (or its originals were purged, so there is nothing to process).
    """
    if not user.has_perm(REVIEW_SUBMISSION):
        raise PermissionDenied("Alleen Informatiebeheer kan een verwerking opnieuw starten.")
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.status != SubmissionStatus.MISLUKT:
            raise ValueError("Alleen een mislukte verwerking kan opnieuw worden gestart.")
        if submission.originals_purged_at is not None:
            raise ValueError("De originele bestanden zijn verwijderd; opnieuw verwerken kan niet.")
        submission.set_status(SubmissionStatus.ONTVANGEN)
        submission.failure_reason = ""
        submission.attempts = 0
        submission.progress_step = "Opnieuw in de wachtrij gezet"
        submission.progress_percent = 0
        submission.processed_at = None
        submission.enqueued_at = None
        submission.save()
        events.submission_retried(submission=submission, actor=user)
        transaction.on_commit(lambda: enqueue_processing(submission.pk))
    logger.info("submission %s queued again by a reviewer", submission.pk)
    return submission


ANSWER_MAX_LENGTH = 4000


def submission_answer(*, submission_id: int, user, answer: str, request=None) -> ReviewQuestion:
    """The submitter answers Informatiebeheer's open question in the app.

    The answer is stored with the question and the submission goes back to the review queue
    (te_beoordelen), where it shows "antwoord ontvangen". Raises ValidationError (Dutch) when
    the answer is empty or too long or there is no open question; PermissionDenied for anyone
    but the submitter.
    """
    answer = (answer or "").strip()
    if not answer:
        raise ValidationError("Schrijf uw antwoord op de vraag.")
    if len(answer) > ANSWER_MAX_LENGTH:
        raise ValidationError(f"Uw antwoord is te lang (maximaal {ANSWER_MAX_LENGTH} tekens).")
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.submitted_by_id != user.pk:
            raise PermissionDenied("Alleen de indiener kan de vraag beantwoorden.")
        if submission.status != SubmissionStatus.TERUG_NAAR_INDIENER:
            raise ValidationError(
                "Er staat geen vraag van Informatiebeheer open voor deze inzending."
            )
        question = submission.questions.filter(answered_at__isnull=True).order_by("-pk").first()
        if question is None:
            # Asked before questions were kept as rows: the question is the review note.
            question = ReviewQuestion.objects.create(
                submission=submission,
                question=submission.review_note,
                asked_by_id=submission.reviewed_by_id or user.pk,
                asked_at=submission.reviewed_at or submission.status_changed_at,
            )
        question.answer = answer
        question.answered_at = timezone.now()
        question.save(update_fields=["answer", "answered_at"])
        submission.set_status(SubmissionStatus.TE_BEOORDELEN)
        submission.save(update_fields=["status", "status_changed_at", "failure_reason"])
        events.submission_answered(
            submission=submission, actor=user, answer=answer, request=request
        )
    logger.info("submission %s: the submitter answered the question", submission_id)
    return question


# --- withdrawing an upload ("Intrekken") --------------------------------------------------------

WITHDRAW_BEING_PROCESSED = (
    "Het gesprek wordt op dit moment verwerkt. Wacht tot de verwerking klaar is en trek de "
    "inzending daarna in."
)
WITHDRAW_REVIEW_STARTED = (
    "Informatiebeheer is al met de beoordeling van deze inzending begonnen; intrekken kan niet "
    "meer. Moet het gesprek toch niet bewaard worden? Neem dan contact op met Informatiebeheer."
)
WITHDRAW_DECIDED = {
    SubmissionStatus.GEARCHIVEERD: (
        "Deze inzending is al gearchiveerd; intrekken kan niet meer. Vragen? Neem contact op "
        "met Informatiebeheer."
    ),
    SubmissionStatus.AFGEWEZEN: (
        "Informatiebeheer heeft deze inzending al afgewezen; er is niets van gearchiveerd en "
        "intrekken is niet nodig."
    ),
}


def _review_marked(submission: Submission) -> bool:
    """The review left a mark on the submission's own row."""
    return bool(
        submission.assigned_to_id
        or submission.reviewed_by_id
        or submission.reviewed_at
        or submission.zaak_id
        or submission.selection_source == SelectionSource.INFORMATIEBEHEER
    )


def _reviewed_among(submission_ids: set[int]) -> set[int]:
    """Of these submissions, those with a question asked, a redaction changed or an attachment
    released or withheld by Informatiebeheer (three queries, whatever the number)."""
    if not submission_ids:
        return set()
    found = set(
        ReviewQuestion.objects.filter(submission_id__in=submission_ids).values_list(
            "submission_id", flat=True
        )
    )
    found |= set(
        RedactionSpan.objects.filter(
            submission_id__in=submission_ids, changed_by__isnull=False
        ).values_list("submission_id", flat=True)
    )
    found |= set(
        MediaItem.objects.filter(
            submission_id__in=submission_ids, released_by__isnull=False
        ).values_list("submission_id", flat=True)
    )
    return found


def review_started(submission: Submission) -> bool:
    """Whether Informatiebeheer left a trace of its review on the submission: assigned it, asked
    a question, chose messages, changed a redaction, released or withheld an attachment,
    attached a zaak or decided."""
    return _review_marked(submission) or bool(_reviewed_among({submission.pk}))


def withdrawable_ids(submissions) -> set[int]:
    """Of these submissions (a page of "Mijn inzendingen"), the ones their submitter may still
    withdraw: the same rule as withdraw_refusal, in at most three queries."""
    candidates = {
        s.pk for s in submissions if s.status in WITHDRAWABLE_STATUSES and not _review_marked(s)
    }
    return candidates - _reviewed_among(candidates)


def withdraw_refusal(submission: Submission) -> str:
    """Why the submitter can no longer withdraw `submission` (Dutch), or "" when they can."""
    if submission.status in WITHDRAW_DECIDED:
        return WITHDRAW_DECIDED[submission.status]
    if submission.status == SubmissionStatus.IN_VERWERKING:
        return WITHDRAW_BEING_PROCESSED
    if submission.status not in WITHDRAWABLE_STATUSES or review_started(submission):
        return WITHDRAW_REVIEW_STARTED
    return ""


def _own_files(submission: Submission, names: list[str]) -> list[str]:
    """Only names in the submission's own folder of the storage (see _stored_file_path): a
    name that climbs out of it ("..", an absolute path) is never deleted."""
    folder = PurePosixPath("submissions", str(submission.uuid))
    own = []
    for name in names:
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or folder not in path.parents:
            logger.warning("submission %s: a stored name outside its folder is kept", submission.pk)
            continue
        own.append(name)
    return own


def _delete_withdrawn(folder: str) -> None:
    """Delete a withdrawn upload's folder (submissions/<uuid>/) with everything in it: its
    stored files (_own_files keeps every name it counts inside that folder) and what processing
    left there; only when the folder lies inside the storage's root (the project's storage is
    always the file system, settings.STORAGES)."""
    root = Path(default_storage.path("")).resolve()
    path = Path(default_storage.path(folder)).resolve()
    if path != root and root in path.parents and path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


def submission_withdraw(*, submission_id: int, user, request=None) -> int:
    """The submitter withdraws an upload Informatiebeheer has not started to review.

    Everything of it goes at once: the stored files (only inside the submission's own folder of
    the storage), the messages, attachments and redactions processing made, and the submission
    itself, so it leaves the review queue. The audit log keeps that it was withdrawn (ids and
    counts, no content). Returns the number of files deleted. Raises PermissionDenied for anyone
    but the submitter and ValidationError (Dutch) when it can no longer be withdrawn.
    """
    with transaction.atomic():
        hold_for_deletion()
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if submission is None or submission.submitted_by_id != user.pk:
            raise PermissionDenied("Alleen de indiener kan een inzending intrekken.")
        refusal = withdraw_refusal(submission)
        if refusal:
            raise ValidationError(refusal)
        names = _own_files(
            submission,
            [
                n
                for n in StoredFile.objects.filter(submission=submission).values_list(
                    "file", flat=True
                )
                if n
            ],
        )
        events.submission_withdrawn(
            submission=submission, actor=user, files=len(names), request=request
        )
        remove_orphans(submission)
        folder = str(PurePosixPath("submissions", str(submission.uuid)))
        submission.delete()
        # The files go once the rows are gone for good (a rollback keeps both); the hold above
        # keeps a running backup from listing them and then missing them.
        transaction.on_commit(lambda: _delete_withdrawn(folder))
    logger.info("submission %s withdrawn by its submitter (%d files)", submission_id, len(names))
    return len(names)

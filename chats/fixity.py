"""Fixity checks: stored files are re-read and compared with the SHA-256 recorded when stored.

The Archiefwet asks that records stay intact for as long as they are kept; a checksum taken once
at archiving does not notice a disk that later returns other bytes. `fixity_check` re-reads a
batch of stored files (the least recently checked first, so repeated runs roll over the whole
store), stamps each, and reports every missing or changed file as an audit event and one e-mail
to Informatiebeheer naming the affected records. Beat runs it hourly (`ARCHIEF_FIXITY_BATCH`
files a run); `manage.py fixity_check` runs it on demand.
"""

import hashlib
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from audit import events

from .models import StoredFile, Submission

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
MISSING = "missing"
CHANGED = "changed"


@dataclass(frozen=True)
class FileResult:
    stored_file_id: int
    submission_id: int
    problem: str = ""  # "", MISSING or CHANGED


@dataclass(frozen=True)
class FixityReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return len(self.results)

    @property
    def failures(self) -> list[FileResult]:
        return [result for result in self.results if result.problem]


def sha256_of_stream(fh) -> tuple[str, int]:
    """SHA-256 and size of an open binary file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    while chunk := fh.read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def sha256_of_stored(name: str) -> tuple[str, int]:
    """SHA-256 and size of a file in the media store (raises OSError when it is gone)."""
    with default_storage.open(name, "rb") as fh:
        return sha256_of_stream(fh)


def _check_one(stored: StoredFile) -> str:
    try:
        actual, _ = sha256_of_stored(stored.file.name)
    except OSError:
        return MISSING
    return "" if actual == stored.sha256 else CHANGED


def fixity_check(*, limit: int | None = None) -> FixityReport:
    """Re-read up to `limit` stored files (all when None), least recently checked first."""
    due = (
        StoredFile.objects.filter(purged_at__isnull=True)
        .exclude(file="")
        .order_by(F("fixity_checked_at").asc(nulls_first=True), "pk")
        .only("pk", "submission_id", "file", "sha256")
    )
    if limit is not None:
        due = due[:limit]
    results = []
    for stored in due.iterator(chunk_size=500):
        problem = _check_one(stored)
        now = timezone.now()
        stamp = {"fixity_checked_at": now}
        if problem:
            stamp["fixity_failed_at"] = now
        StoredFile.objects.filter(pk=stored.pk).update(**stamp)
        results.append(FileResult(stored.pk, stored.submission_id, problem))
    report = FixityReport(results)
    for failure in report.failures:
        events.fixity_failed(
            submission=Submission(pk=failure.submission_id),
            stored_file_id=failure.stored_file_id,
            problem=failure.problem,
        )
        logger.error(
            "fixity: stored file %s of submission %s is %s",
            failure.stored_file_id,
            failure.submission_id,
            failure.problem,
        )
    events.fixity_checked(files=report.checked, failed=len(report.failures))
    if report.failures:
        send_fixity_alert(report.failures)
    return report


def send_fixity_alert(failures: list[FileResult]) -> None:
    """One e-mail to Informatiebeheer listing the affected records (ids and links, no content)."""
    base = settings.ARCHIEF_SITE_URL.rstrip("/")
    rows = [
        {
            "submission_id": failure.submission_id,
            "stored_file_id": failure.stored_file_id,
            "missing": failure.problem == MISSING,
            "url": base + reverse("admin:chats_submission_review", args=[failure.submission_id]),
        }
        for failure in failures
    ]
    context = {"rows": rows, "count": len(rows)}
    subject = render_to_string("emails/fixity_alert_subject.txt", context).strip()
    body = render_to_string("emails/fixity_alert_body.txt", context)
    try:
        EmailMessage(subject, body, to=[settings.ARCHIEF_INFORMATIEBEHEER_EMAIL]).send()
    except Exception as exc:
        # The audit events stand without the mail; the next run alerts again.
        logger.warning("fixity alert mail failed (%s)", type(exc).__name__)

"""The release of a decision as a job: started on the request page, made once by the worker,
stored with SHA-256s in the private store, and served from there until the assessment changes.

A release is tied to the assessment state it was made from (`assessment_state`: the selection,
the judgements and the passages) and to the redacted content it was made from
(`content_state`); any later change makes it stale ("Verouderd") and it is no longer served.
Export is refused while anything is unassessed, when it is started and again when the worker
makes it.
A failed job stores nothing and keeps a Dutch message; the officer starts it again.
"""

import functools
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from django.db import transaction
from django.db.models import TextField
from django.db.models.functions import MD5, Cast
from django.utils import timezone
from django.utils.formats import date_format

from accounts.duties import require_woo_decider
from chats.models import MediaItem
from chats.rendition import RenditionError
from chats.wording import aantal

from .besluit import require_assessed
from .constants import OcrPlaats, ReleaseStatus
from .documents import selected_messages, unassessed, unassessed_message
from .models import (
    WooBeoordeling,
    WooPassage,
    WooRelease,
    WooReleaseFile,
    WooVerzoek,
    worker_gave_up_before,
)
from .release import build_release, ocr_passages_placed, release_directory, release_names
from .services import WooError, export_failed_log

logger = logging.getLogger(__name__)

# What each stored file is served as.
KIND_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "verantwoording": "text/plain; charset=utf-8",
    "verantwoording-pdf": "application/pdf",
    "zip": "application/zip",
}

FAILED = (
    "De export kon niet worden gemaakt. Probeer het opnieuw; lukt het weer niet, meld het dan "
    "bij de beheerder."
)
INTERRUPTED = "Het maken van de export is onderbroken. Probeer het opnieuw."
QUEUE_DOWN = (
    "De export kon niet worden gestart: de wachtrij is niet bereikbaar. Probeer het over een "
    "paar minuten opnieuw."
)


def assessment_state(verzoek: WooVerzoek) -> str:
    """SHA-256 of everything the release is made from: the request's own data (the
    verantwoording states its number, subject and decision date), selection, judgements,
    passages, and which attachments of the selected records Informatiebeheer lets Woo show."""
    digest = hashlib.sha256()
    header = (verzoek.nummer, verzoek.onderwerp, verzoek.ontvangen_op, verzoek.besluit_op)
    digest.update(json.dumps(header, default=str).encode() + b"|")
    queries = (
        verzoek.selecties.order_by("pk").values_list("pk", "submission_id", "message_id"),
        # The grounds as the database's JSON text, each distinct text read once (a request of
        # 24,500 judgements has a handful): as values_list reads them, without decoding each.
        WooBeoordeling.objects.filter(verzoek=verzoek)
        .order_by("pk")
        .annotate(gronden_json=Cast("gronden", TextField()))
        .values_list(
            "pk",
            "message_id",
            "media_id",
            "oordeel",
            "gronden_json",
            "toelichting",
            "reeds_openbaar_url",
            "beoordeeld_op",
        ),
        WooPassage.objects.filter(verzoek=verzoek)
        .order_by("pk")
        .values_list(
            "pk", "message_id", "media_id", "start", "end", "x", "y", "breedte", "hoogte", "grond"
        ),
        # Informatiebeheer withholding (or releasing) an attachment of a selected record
        # changes what the release may show.
        MediaItem.objects.filter(submission_id__in=verzoek.selecties.values("submission_id"))
        .order_by("pk")
        .values_list("pk", "release"),
    )
    # Each row as json.dumps(row, default=str) writes it, on its own line (the digest stored
    # releases have): one encoder for all rows and one update per chunk, not one per row.
    encode = json.JSONEncoder(default=str).encode
    grounds = functools.cache(json.loads)
    for number, rows in enumerate(queries):
        chunk: list[str] = []
        for row in rows.iterator(chunk_size=2000):
            if number == 1:
                row = (*row[:4], grounds(row[4]), *row[5:])
            chunk.append(encode(row))
            if len(chunk) == 2000:
                digest.update(("\n".join(chunk) + "\n").encode())
                chunk = []
        if chunk:
            digest.update(("\n".join(chunk) + "\n").encode())
        digest.update(b"|")
    return digest.hexdigest()


def content_state(verzoek: WooVerzoek) -> str:
    """SHA-256 of the redacted content the release is made from: the redacted text of each
    selected message, and of each attachment of the selected records the text read from it and
    the file Woo is served (its SHA-256, or that it is gone). A release made before
    Informatiebeheer made a redaction stricter (or a derivative was redrawn or removed) no
    longer holds: the next download makes it again from what is there now. Hashed in the
    database, one digest per row."""
    digest = hashlib.sha256()
    queries = (
        selected_messages(verzoek)
        .order_by("pk")
        .annotate(text_md5=MD5("text_redacted"))
        .values_list("pk", "text_md5"),
        MediaItem.objects.filter(submission_id__in=verzoek.selecties.values("submission_id"))
        .order_by("pk")
        .annotate(ocr_md5=MD5("ocr_text_redacted"))
        .values_list("pk", "ocr_md5", "derived__sha256", "derived__purged_at"),
    )
    encode = json.JSONEncoder(default=str).encode
    for rows in queries:
        for row in rows.iterator(chunk_size=2000):
            digest.update(encode(row).encode() + b"\n")
        digest.update(b"|")
    return digest.hexdigest()


def _made_from(release: WooRelease, state: str) -> bool:
    """Whether `release` was made from the request as it is now: the same assessment (`state`)
    and, when it kept it, the same redacted content."""
    if release.grondslag != state:
        return False
    return not release.inhoud or release.inhoud == content_state(release.verzoek)


def ocr_passages_to_read(*, verzoek_id: int, media_id: int) -> list[int]:
    """Mark the passages of an image's text in a request as being read (the officer sees
    "Afbeelding wordt gelezen…"); their ids, for ocr_passages_read."""
    passages = WooPassage.objects.filter(
        verzoek_id=verzoek_id, media_id=media_id, x__isnull=True, start__isnull=False
    )
    ids = list(passages.values_list("pk", flat=True))
    passages.update(plaats=OcrPlaats.LEZEN, lezen_sinds=timezone.now())
    return ids


def ocr_passages_not_read(*, passage_ids: list[int]) -> None:
    """The reading could not be queued: the release reads the image itself (as before)."""
    WooPassage.objects.filter(pk__in=passage_ids, plaats=OcrPlaats.LEZEN).update(
        plaats=OcrPlaats.ONBEKEND
    )


def ocr_passages_read(*, verzoek_id: int, media_id: int, passage_ids: list[int]) -> str:
    """Worker: read the image again to find where these passages of its text stand (their word
    places were not stored), and note whether they were found (the assessment page says so).
    Reading an image takes seconds (tesseract), so it is no work for the request. The release
    job finds the places itself again, so a slow or lost reading loses nothing."""
    passages = WooPassage.objects.filter(
        pk__in=passage_ids, verzoek_id=verzoek_id, media_id=media_id
    )
    verzoek = WooVerzoek.objects.filter(pk=verzoek_id).first()
    media = MediaItem.objects.filter(pk=media_id).first()
    if verzoek is None or media is None or not passages.exists():
        return ""
    try:
        found = ocr_passages_placed(verzoek, media)
    except Exception:  # re-raised below
        # Failed (the stored image gone, the soft time limit): no passage may stay 'lezen'
        # for good, as if a result were coming; the release reads the image itself. Then the
        # worker reports the failure as usual.
        ocr_passages_not_read(passage_ids=passage_ids)
        raise
    plaats = OcrPlaats.GEVONDEN if found else OcrPlaats.NIET_GEVONDEN
    passages.update(plaats=plaats)
    return plaats


def _interrupted(release: WooRelease) -> bool:
    """A job still 'bezig' long after the worker's hard time limit: the worker died on it."""
    return (
        release.status == ReleaseStatus.BEZIG and release.aangevraagd_op < worker_gave_up_before()
    )


@dataclass(frozen=True)
class ReleaseState:
    """What the request page shows about the release."""

    release: WooRelease | None
    stale: bool  # made from an earlier assessment
    files: list[WooReleaseFile]
    # What made a stale release outdated, as Dutch clauses the page joins after "na het maken
    # van de export (…)" (stale_causes).
    causes: tuple[str, ...] = ()

    @property
    def causes_text(self) -> str:
        """The causes as one Dutch clause: "a, b en c"."""
        causes = list(self.causes)
        if len(causes) < 2:
            return "".join(causes)
        return ", ".join(causes[:-1]) + " en " + causes[-1]

    @property
    def running(self) -> bool:
        return self.release is not None and self.release.status == ReleaseStatus.BEZIG

    @property
    def failed(self) -> bool:
        return self.release is not None and self.release.status == ReleaseStatus.MISLUKT

    @property
    def ready(self) -> bool:
        return (
            self.release is not None
            and self.release.status == ReleaseStatus.KLAAR
            and not self.stale
        )

    @property
    def error(self) -> str:
        return self.release.foutmelding if self.failed else ""


def _latest(verzoek: WooVerzoek) -> WooRelease | None:
    release = verzoek.releases.order_by("-aangevraagd_op", "-pk").first()
    if release is not None and _interrupted(release):
        WooRelease.objects.filter(pk=release.pk, status=ReleaseStatus.BEZIG).update(
            status=ReleaseStatus.MISLUKT, foutmelding=INTERRUPTED
        )
        release.refresh_from_db()
    return release


def release_state(verzoek: WooVerzoek, *, state: str | None = None) -> ReleaseState:
    """The latest release of the request and whether the assessment changed since."""
    release = _latest(verzoek)
    if release is None:
        return ReleaseState(None, False, [])
    state = state or assessment_state(verzoek)
    files = list(release.files.order_by("pk")) if release.status == ReleaseStatus.KLAAR else []
    if _made_from(release, state):
        return ReleaseState(release, False, files)
    # Same assessment, yet stale: the redacted content changed (_made_from).
    content_changed = release.grondslag == state
    return ReleaseState(release, True, files, stale_causes(release, content_changed))


def _is_are(count: int) -> str:
    return "is" if count == 1 else "zijn"


def stale_causes(release: WooRelease, content_changed: bool) -> tuple[str, ...]:
    """What changed since `release` was asked for, as far as it is dated: the decision on the
    request (named by the request's kenmerk and its date; not one taken before), judgements,
    passages and selection of the officers, attachments Informatiebeheer withheld or released,
    and (`content_changed`) a record Informatiebeheer blacked out more in. What leaves no date
    (something removed) is said in general words when nothing else is found."""
    verzoek, since = release.verzoek, release.aangevraagd_op
    causes = []
    judged = WooBeoordeling.objects.filter(verzoek=verzoek, beoordeeld_op__gt=since).count()
    if judged:
        causes.append(
            f"{_is_are(judged)} {aantal(judged, 'beoordeling', 'beoordelingen')} gegeven of "
            "gewijzigd"
        )
    passages = WooPassage.objects.filter(verzoek=verzoek, aangemaakt_op__gt=since).count()
    if passages:
        causes.append(f"{_is_are(passages)} {aantal(passages, 'passage', 'passages')} weggelakt")
    added = verzoek.selecties.filter(toegevoegd_op__gt=since).count()
    if added:
        causes.append(
            f"{_is_are(added)} "
            f"{aantal(added, 'archiefstuk of bericht', 'archiefstukken of berichten')} aan de "
            "selectie toegevoegd"
        )
    released = MediaItem.objects.filter(
        submission_id__in=verzoek.selecties.values("submission_id"), released_at__gt=since
    ).count()
    if released:
        causes.append(
            f"heeft Informatiebeheer {aantal(released, 'bijlage', 'bijlagen')} achtergehouden "
            "of vrijgegeven"
        )
    if content_changed:
        causes.append("heeft Informatiebeheer een geselecteerd archiefstuk nader geanonimiseerd")
    if verzoek.afgehandeld_op and verzoek.besluit_op and verzoek.afgehandeld_op > since:
        causes.append(
            f"is het besluit op {verzoek.nummer} van "
            f"{date_format(verzoek.besluit_op, 'j F Y')} genomen (de verantwoording noemt die "
            "datum)"
        )
    if not causes:
        causes.append("is de selectie, een beoordeling of een weggelakte passage gewijzigd")
    return tuple(causes)


def release_file(
    verzoek: WooVerzoek, kind: str, *, state: str | None = None
) -> WooReleaseFile | None:
    """The stored file of that kind of the current (made and not stale) release, if any;
    `state`: the assessment_state when the caller has it already."""
    found = release_state(verzoek, state=state)
    if not found.ready:
        return None
    return next((f for f in found.files if f.kind == kind), None)


def release_request(
    *, user, verzoek: WooVerzoek, request=None, state: str | None = None
) -> tuple[WooRelease, bool]:
    """A job for the release (refused while anything is unassessed): the current job or
    release when one for this very assessment exists already, else a new one (True) that the
    caller queues with woo.tasks.enqueue_release once this has committed. `state`: the
    assessment_state when the caller has just read it (hashing thousands of rows again adds
    nothing). Beheer makes no release (separation of duties: DutyRefused)."""
    require_woo_decider(user)
    require_assessed(user=user, verzoek=verzoek, what="exporteren", request=request)
    state = state or assessment_state(verzoek)
    with transaction.atomic():
        # One start at a time per request: two clicks make one job.
        WooVerzoek.objects.select_for_update().filter(pk=verzoek.pk).first()
        current = _latest(verzoek)
        if (
            current is not None
            and current.status in (ReleaseStatus.BEZIG, ReleaseStatus.KLAAR)
            and _made_from(current, state)
        ):
            return current, False
        release = WooRelease.objects.create(
            verzoek=verzoek, status=ReleaseStatus.BEZIG, grondslag=state, aangevraagd_door=user
        )
    return release, True


def release_not_queued(*, release_id: int) -> None:
    """The broker could not take the job: the officer sees why and starts it again."""
    WooRelease.objects.filter(pk=release_id, status=ReleaseStatus.BEZIG).update(
        status=ReleaseStatus.MISLUKT, foutmelding=QUEUE_DOWN
    )


def _fail(release: WooRelease, message: str) -> None:
    WooRelease.objects.filter(pk=release.pk, status=ReleaseStatus.BEZIG).update(
        status=ReleaseStatus.MISLUKT, foutmelding=message[:300], klaar_op=timezone.now()
    )
    export_failed_log(user=release.aangevraagd_door, verzoek=release.verzoek, kind="besluit")


def _who(user) -> str:
    return user.get_full_name() or user.get_username()


def release_make(*, release_id: int) -> str:
    """Make and store the files of one release (the worker's job); returns its status.

    Everything is written to a temporary directory first, then each file is stored; the rows
    are added in one transaction. On any failure the stored files are removed again, so a
    failed release holds nothing.
    """
    release = (
        WooRelease.objects.select_related("verzoek", "aangevraagd_door")
        .filter(pk=release_id, status=ReleaseStatus.BEZIG)
        .first()
    )
    if release is None:
        return "gone"
    verzoek = release.verzoek
    state = assessment_state(verzoek)
    content = content_state(verzoek)
    missing = unassessed(verzoek)
    if missing.count:
        _fail(release, unassessed_message(verzoek, missing, "Exporteren"))
        return ReleaseStatus.MISLUKT
    stored: list[WooReleaseFile] = []
    try:
        with release_directory() as tmp:
            built = build_release(verzoek, Path(tmp), made_by=_who(release.aangevraagd_door))
            for kind, name in release_names(verzoek).items():
                path = built.path(name)
                row = WooReleaseFile(
                    release=release,
                    kind=kind,
                    name=name,
                    mime_type=KIND_TYPES[kind],
                    size=path.stat().st_size,
                    sha256=built.files[name],
                )
                with path.open("rb") as handle:
                    row.file.save(name, File(handle), save=False)
                stored.append(row)
        with transaction.atomic():
            locked = WooRelease.objects.select_for_update().get(pk=release.pk)
            if locked.status != ReleaseStatus.BEZIG:
                raise WooError(INTERRUPTED)
            WooReleaseFile.objects.bulk_create(stored)
            locked.status = ReleaseStatus.KLAAR
            locked.grondslag = state
            locked.inhoud = content
            locked.klaar_op = timezone.now()
            locked.documenten = built.documents
            locked.openbaar = built.released
            locked.archiefstukken = built.records
            locked.opmerking = built.note[:500]
            locked.save(
                update_fields=[
                    "status",
                    "grondslag",
                    "inhoud",
                    "klaar_op",
                    "documenten",
                    "openbaar",
                    "archiefstukken",
                    "opmerking",
                ]
            )
    except Exception as exc:
        for row in stored:
            row.file.delete(save=False)
        if isinstance(exc, RenditionError | WooError):
            message = exc.message
        else:
            logger.exception("release %s of request %s failed", release.pk, verzoek.pk)
            message = FAILED
        _fail(release, message)
        return ReleaseStatus.MISLUKT
    _drop_superseded(verzoek, keep=release.pk)
    return ReleaseStatus.KLAAR


def _drop_superseded(verzoek: WooVerzoek, *, keep: int) -> None:
    """Remove older made or failed releases and their stored files (the new one replaces them)."""
    old = verzoek.releases.exclude(pk=keep).exclude(status=ReleaseStatus.BEZIG)
    for row in WooReleaseFile.objects.filter(release__in=old):
        row.file.delete(save=False)
    old.delete()

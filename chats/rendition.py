"""PDF rendition of a (selected, redacted) conversation, made with WeasyPrint as PDF/A-2b.

The caller passes plain data that is already redacted; this module never sees originals and
touches no database. Nothing is fetched: only images passed in as bytes end up in the PDF.

A long conversation is rendered in parts (WeasyPrint keeps a whole document's layout in memory):
each part is a PDF/A of its own in a temporary file, and the parts are joined with pypdf into
one document whose PDF/A identification, metadata and page numbers run on as if it were one.

A part is laid out in this process (the next part's page numbers go on from its page count) and
written to its file by a forked copy of this process (`_PartWriter`), so writing one part (about
a quarter of the work: drawing, fonts, compression) runs on the second core while the next part
is laid out. Where there is no fork, or where this process runs other threads (a fork copies
only the calling thread, and a lock another one holds stays locked in the child), parts are
written here, one after the other. A writer gets
a bounded time (ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS plus ..._SECONDS_PER_PAGE for each page
of its part): one that takes longer is killed, so a hung child cannot hang the worker's task.
"""

from __future__ import annotations

import base64
import io
import logging
import math
import os
import signal
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

# WeasyPrint logs a line per page at INFO; a long chat would flood the log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/a-2b"
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


@dataclass(frozen=True)
class RenderImage:
    """An image shown with its message (already cleaned: no metadata, personal data blacked out)."""

    data: bytes
    mime_type: str
    caption: str = ""
    ocr_text: str = ""  # redacted
    # The OCR text as released pieces: (text, "") or ("", ground code) for a withheld stretch.
    ocr_pieces: tuple[tuple[str, str], ...] = ()
    # Why the image's text is left out (a partly public image), said instead of the text.
    ocr_left_out: str = ""
    # What the text is read from: a PDF attachment's pages say "Tekst in de bijlage".
    ocr_heading: str = "Tekst in de afbeelding"
    # A document's page (chats.pdf_pages): shown as large as the text width allows, to be read.
    page: bool = False


@dataclass(frozen=True)
class RenderMessage:
    """One message as it goes into the record."""

    seq: int
    author: str  # pseudonym; "" for system notices
    text: str  # redacted
    sent_at: datetime | None = None
    kind: str = "text"
    images: tuple[RenderImage, ...] = field(default_factory=tuple)
    attachments: tuple[str, ...] = field(default_factory=tuple)  # names of non-image files
    # Shown instead of author and time, e.g. "Schermafbeelding 1 van 2" for a loose screenshot.
    label: str = ""
    # A release (Woo): the text as pieces, (text, "") or ("", ground code) for a withheld
    # stretch shown as a box with the code; the withheld text itself is never passed in.
    pieces: tuple[tuple[str, str], ...] = ()
    # A release: the line shown instead of a withheld message ("Bericht niet openbaar (5.1.2e)").
    withheld: str = ""
    # Said of a media message with neither an image nor a named attachment: the export held only
    # the reference. The archive says it is not in the record; a release says it its own way.
    attachment_missing: str = "(bijlage niet opgenomen in het archiefstuk)"


class RenditionError(Exception):
    """The PDF could not be made; `message` is Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _data_uri(image: RenderImage) -> str:
    return f"data:{image.mime_type};base64,{base64.b64encode(image.data).decode('ascii')}"


def _rows(messages: Iterable[RenderMessage]) -> list[dict]:
    rows = []
    for message in messages:
        images = [
            {
                # An image withheld from a release is its caption alone.
                "uri": _data_uri(image) if image.data else "",
                "caption": image.caption,
                "ocr_text": image.ocr_text,
                "ocr_pieces": image.ocr_pieces,
                "ocr_left_out": image.ocr_left_out,
                "ocr_heading": image.ocr_heading,
                "page": image.page,
            }
            for image in message.images
            if image.mime_type in IMAGE_TYPES
        ]
        rows.append(
            {
                "message": message,
                "sent_at": timezone.localtime(message.sent_at) if message.sent_at else None,
                "images": images,
            }
        )
    return rows


def render_messages_html(
    *,
    title: str,
    metadata: list[tuple[str, str]],
    messages: Iterable[RenderMessage],
    first: bool = True,
    last: bool = True,
    first_page: int = 1,
    note: str | None = None,
) -> str:
    """The HTML one part of the PDF is made from (Dutch, self-contained).

    Only the first part carries the title, the metadata table and the note; every part has the
    running title and page numbers that go on from `first_page`.
    """
    return render_to_string(
        "chats/rendition/conversation.html",
        {
            "title": title,
            "metadata": metadata,
            "rows": _rows(messages),
            "first": first,
            "last": last,
            "first_page": first_page,
            "note": note,
            "generated_at": timezone.localtime(),
        },
    )


@dataclass(frozen=True)
class RenditionReport:
    """What went into a written PDF."""

    messages: int
    pages: int
    parts: int


def _parts(
    messages: Iterable[RenderMessage], *, size: int, image_bytes: int
) -> Iterator[tuple[list[RenderMessage], bool]]:
    """The messages in parts of at most `size` messages and about `image_bytes` of images.

    Yields (part, is_last). A part is handed out and dropped before the next is built (only one
    message is read ahead to know whether a part is the last), so one part's messages and their
    images are in memory at a time. There is always at least one part, maybe empty.
    """
    source = iter(messages)
    ahead = next(source, None)
    if ahead is None:
        yield [], True
        return
    while ahead is not None:
        part: list[RenderMessage] = []
        weight = 0
        while ahead is not None and len(part) < size and weight < image_bytes:
            part.append(ahead)
            weight += sum(len(image.data) for image in ahead.images)
            ahead = next(source, None)
        yield part, ahead is None
        del part


def _layout_part(html: str):
    """Lay out one part's HTML: WeasyPrint's document, its pages placed, not yet written."""
    # Imported on first use: WeasyPrint loads Pango and fonts, which only the worker needs.
    from weasyprint import HTML, URLFetcher

    # Only inline data: URIs: a rendition never reads a file or the network.
    fetcher = URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
    return HTML(string=html, url_fetcher=fetcher).render()


def _write_part(document, target: Path) -> None:
    document.write_pdf(target=str(target), pdf_variant=PDF_VARIANT, uncompressed_pdf=False)


def _render_part(html: str, target: Path) -> int:
    """Render one part's HTML to a PDF/A file; returns its number of pages."""
    document = _layout_part(html)
    _write_part(document, target)
    return len(document.pages)


def _write_timeout(*, pages: int) -> float:
    """How long writing a part of `pages` pages may take, in seconds."""
    return (
        settings.ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS
        + settings.ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE * pages
    )


def _duration(seconds: float) -> str:
    """A time limit in Dutch words: "45 seconden", "3 minuten"."""
    whole = max(1, math.ceil(seconds))
    if whole == 1:
        return "1 seconde"
    if whole < 120:
        return f"{whole} seconden"
    return f"{math.ceil(whole / 60)} minuten"


@dataclass(frozen=True)
class _Child:
    pid: int
    target: Path
    part: int  # 1-based, for the message
    limit: float  # seconds
    deadline: float  # time.monotonic()


def _fork_is_safe() -> bool:
    """Whether a part may be written in a forked child: only where fork exists and this process
    runs no other thread. A fork copies the calling thread alone; a lock another thread holds at
    that moment (a font library's, the import system's) stays locked in the child, which then
    hangs until it is killed (a two-message release failed so in CI: "part 1 took longer than
    122 s"). Celery's pool processes and gunicorn's sync workers run one thread. The threads are
    counted by the system, not by Python's threading module: a library's own threads (an image
    or OCR library's pool, one started with _thread) hold locks too, and threading does not know
    them (the final CI of stop 38 hung a part writer so, with threading counting one)."""
    return hasattr(os, "fork") and _os_threads() == 1


def _os_threads() -> int | None:
    """This process's threads as the system counts them (Linux: /proc/self/task); None where
    it cannot tell (no /proc): then no part is forked. Python's threading module is no stand-in
    there, as it misses the very threads this check is for."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


class _PartWriter:
    """Writes laid-out parts to their files in a forked child, one part at a time.

    The child is a copy of this process at the moment the part is laid out, so nothing is
    pickled or sent: it writes the part, exits and is waited for before the next part is handed
    over (and before the parts are joined). The child touches no database, logs nothing and
    leaves through os._exit (no cleanup of the parent's connections or temporary folders); a
    failure is a file with its traceback next to the target, raised here as a RuntimeError.
    A child still busy when its time (`_write_timeout`) is up is killed and its files removed;
    that is a RenditionError with a Dutch reason.
    """

    def __init__(self) -> None:
        self._child: _Child | None = None
        self._parts = 0

    def write(self, document, target: Path) -> None:
        self.wait()
        self._parts += 1
        if not _fork_is_safe():
            _write_part(document, target)
            return
        limit = _write_timeout(pages=len(document.pages))
        pid = os.fork()
        if pid == 0:  # the child: write, then leave at once
            code = 1
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                _write_part(document, target)
                code = 0
            except BaseException:  # noqa: BLE001 - reported to the parent through a file
                _error_file(target).write_text(traceback.format_exc(), encoding="utf-8")
            finally:
                os._exit(code)
        self._child = _Child(pid, target, self._parts, limit, time.monotonic() + limit)

    def wait(self) -> None:
        """Wait for the part being written, at most until its deadline.

        RuntimeError when it could not be written; RenditionError (Dutch) when it took too
        long: the child is then killed and its files are removed.
        """
        child = self._child
        if child is None:
            return
        # Forgotten only once reaped: a signal while waiting (the task's time limit) leaves it
        # to abandon() to kill.
        status = _wait_until(child.pid, child.deadline)
        self._child = None
        if status is None:
            _kill(child.pid)
            for leftover in (child.target, _error_file(child.target)):
                leftover.unlink(missing_ok=True)
            logger.error(
                "PDF part writer %s killed: part %s took longer than %.0f s",
                child.pid,
                child.part,
                child.limit,
            )
            raise RenditionError(
                f"Het schrijven van deel {child.part} van de PDF duurde langer dan "
                f"{_duration(child.limit)} en is afgebroken."
            )
        if os.waitstatus_to_exitcode(status) != 0:
            error = _error_file(child.target)
            detail = error.read_text(encoding="utf-8") if error.exists() else f"status {status}"
            raise RuntimeError(f"writing {child.target.name} failed: {detail}")

    def abandon(self) -> None:
        """After an error elsewhere: the part is not needed, so a child still writing is
        killed (not waited for: it may hang) and reaped; nothing is left behind."""
        child, self._child = self._child, None
        if child is not None:
            _kill(child.pid)


def _wait_until(pid: int, deadline: float) -> int | None:
    """The child's wait status, or None when it is still running at `deadline`."""
    pause = 0.005
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        time.sleep(min(pause, remaining))
        pause = min(pause * 2, 0.1)


def _kill(pid: int) -> None:
    """Kill a child by its pid and reap it (it may have just exited on its own)."""
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _error_file(target: Path) -> Path:
    return target.with_suffix(".fout")


def _join(parts: list[Path], output: BinaryIO) -> None:
    """Join the parts into one PDF/A document.

    The first part is cloned whole, so the catalog's PDF/A entries (XMP metadata with the
    pdfaid, output intent, language) and the document information stay exactly as WeasyPrint
    wrote them; the pages of the other parts are appended after it.
    """
    # Imported on first use: only the worker joins PDFs.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=str(parts[0]))
    for part in parts[1:]:
        writer.append(PdfReader(str(part)), import_outline=False)
    writer.write(output)


@contextmanager
def _making_pdf():
    """Turn whatever WeasyPrint or pypdf raise into one RenditionError with a Dutch message."""
    try:
        yield
    except RenditionError:  # already says what went wrong (a part writer that took too long)
        raise
    except Exception as exc:  # WeasyPrint and pypdf raise many kinds; the caller needs one
        raise RenditionError(
            "De PDF van het gesprek kon niet worden gemaakt. Probeer het opnieuw of meld het "
            "bij de beheerder."
        ) from exc


def write_messages_pdf(
    output: BinaryIO,
    *,
    title: str,
    metadata: list[tuple[str, str]],
    messages: Iterable[RenderMessage],
    part_size: int | None = None,
    part_image_bytes: int | None = None,
    note: str | None = None,
) -> RenditionReport:
    """Write a PDF/A-2b document to `output`: a title, a metadata table and the conversation.

    Made in parts (WeasyPrint's memory grows with the document): each part of at most
    `part_size` messages is rendered to a temporary file on its own, then the parts are joined.
    `messages` may be a generator: it is read once, one part at a time. `note` replaces the
    explanation under the metadata (a Woo release explains its blackouts instead).
    """
    part_size = part_size or settings.ARCHIEF_RENDITION_PART_MESSAGES
    part_image_bytes = part_image_bytes or settings.ARCHIEF_RENDITION_PART_IMAGE_BYTES
    count = pages = 0
    files: list[Path] = []
    writer = _PartWriter()
    settings.ARCHIEF_TEMP_ROOT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="rendition-", dir=settings.ARCHIEF_TEMP_ROOT) as tmp:
        try:
            # Reading the messages (database, storage) may fail on its own; such errors
            # propagate as they are, so the caller can tell an outage from a PDF that cannot
            # be made.
            for part, last in _parts(messages, size=part_size, image_bytes=part_image_bytes):
                count += len(part)
                target = Path(tmp) / f"deel-{len(files) + 1:05d}.pdf"
                with _making_pdf():
                    html = render_messages_html(
                        title=title,
                        metadata=metadata,
                        messages=part,
                        first=not files,
                        last=last,
                        first_page=pages + 1,
                        note=note,
                    )
                    del part
                    document = _layout_part(html)
                    del html
                    pages += len(document.pages)
                    # Written by a child while the next part is read and laid out here.
                    writer.write(document, target)
                    del document
                files.append(target)
            with _making_pdf():
                writer.wait()
                _join(files, output)
        finally:
            # After an error elsewhere (or the task's time limit): no child is left behind.
            writer.abandon()
    return RenditionReport(messages=count, pages=pages, parts=len(files))


def write_html_pdf(html: str, target: Path) -> int:
    """Render a small self-contained Dutch HTML document (no external resources) to a PDF/A-2b
    file; returns its number of pages. Raises RenditionError with a Dutch message."""
    with _making_pdf():
        return _render_part(html, target)


def render_messages_pdf(
    *, title: str, metadata: list[tuple[str, str]], messages: Iterable[RenderMessage]
) -> bytes:
    """The PDF/A-2b document as bytes (for small documents such as a Woo export)."""
    buffer = io.BytesIO()
    write_messages_pdf(buffer, title=title, metadata=metadata, messages=messages)
    return buffer.getvalue()

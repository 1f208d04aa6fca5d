"""PDF rendition of a (selected, redacted) conversation, made with WeasyPrint as PDF/A-2b.

The caller passes plain data that is already redacted; this module never sees originals and
touches no database. Nothing is fetched: only images passed in as bytes end up in the PDF.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.template.loader import render_to_string
from django.utils import timezone

# WeasyPrint logs a line per page at INFO; a long chat would flood the log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

PDF_VARIANT = "pdf/a-2b"
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


@dataclass(frozen=True)
class RenderImage:
    """An image shown with its message (already cleaned: no metadata, personal data blacked out)."""

    data: bytes
    mime_type: str
    caption: str = ""
    ocr_text: str = ""  # redacted


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


class RenditionError(Exception):
    """The PDF could not be made; `message` is Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _data_uri(image: RenderImage) -> str:
    return f"data:{image.mime_type};base64,{base64.b64encode(image.data).decode('ascii')}"


def render_messages_html(
    *, title: str, metadata: list[tuple[str, str]], messages: Iterable[RenderMessage]
) -> str:
    """The HTML the PDF is made from (Dutch, self-contained)."""
    rows = []
    for message in messages:
        images = [
            {"uri": _data_uri(image), "caption": image.caption, "ocr_text": image.ocr_text}
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
    return render_to_string(
        "chats/rendition/conversation.html",
        {
            "title": title,
            "metadata": metadata,
            "rows": rows,
            "generated_at": timezone.localtime(),
        },
    )


def render_messages_pdf(
    *, title: str, metadata: list[tuple[str, str]], messages: Iterable[RenderMessage]
) -> bytes:
    """A PDF/A-2b document: a title, a metadata table and the conversation as a chat."""
    # Imported on first use: WeasyPrint loads Pango and fonts, which only the worker needs.
    from weasyprint import HTML, URLFetcher

    html = render_messages_html(title=title, metadata=metadata, messages=messages)
    # Only inline data: URIs: a rendition never reads a file or the network.
    fetcher = URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
    try:
        return HTML(string=html, url_fetcher=fetcher).write_pdf(
            pdf_variant=PDF_VARIANT, uncompressed_pdf=False
        )
    except Exception as exc:  # WeasyPrint raises many kinds; the caller needs one
        raise RenditionError(
            "De PDF van het gesprek kon niet worden gemaakt. Probeer het opnieuw of meld het "
            "bij de beheerder."
        ) from exc

"""Plain frozen dataclasses the parser returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Kind = Literal["text", "media", "system", "deleted"]


@dataclass(frozen=True, slots=True)
class ChatFormat:
    """How the export writes its headers, detected from the file itself."""

    os: Literal["ios", "android"]
    locale: str | None  # "nl", "en", "de", ... guessed from WhatsApp's own words; None if unknown
    date_order: Literal["DMY", "MDY", "YMD", "YDM", "MYD", "DYM"]
    date_order_confident: bool  # True when the dates themselves settle the order
    date_order_confidence: Literal["certain", "high", "medium", "low"]
    date_order_reason: str  # short English reason, for logs and the review screen's tooltip
    clock: Literal["12h", "24h"]
    seconds: bool
    pattern: str  # human-readable header pattern, e.g. "[dd-mm-yyyy hh:mm:ss]"


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """A line the parser could not place or a problem with the file, with its line number."""

    line_no: int  # 1-based; 0 for whole-file warnings
    code: str
    message: str  # Dutch, for the review screen; never contains message text


@dataclass(frozen=True, slots=True)
class Message:
    """One message (or system notice) of the chat, in file order."""

    seq: int  # 0-based position in the file
    line_no: int  # 1-based line of its header
    sent_at: datetime  # naive local time as the phone wrote it
    author: str | None  # None for system notices
    kind: Kind
    text: str  # invisible marks removed; caption for media; "" for deleted messages
    attachments: tuple[str, ...] = ()  # file names as the export writes them
    edited: bool = False
    truncated: bool = False
    linked_files: tuple[str | None, ...] = ()  # per attachment: the uploaded file it refers to
    media_omitted: bool = False  # exported "without media": a file existed but is not included
    media_type: str | None = None  # image/video/audio/sticker/gif/document/contact/view_once
    subtype: str | None = None  # location/live_location/poll/missed_call/contact/view_once
    attributed_to: str | None = None  # name an export put before a system notice (group name)
    document_title: str | None = None  # iOS "Manifest.pdf • 116 pagina's" before a document
    # False when the header's time does not exist (an hour like 25): sent_at is then midnight
    # of that day, a time nobody wrote.
    time_known: bool = True


@dataclass(frozen=True, slots=True)
class Participant:
    """An author of at least one non-system message, with how many messages they wrote."""

    name: str
    message_count: int
    first_seq: int


@dataclass(frozen=True, slots=True)
class ParsedChat:
    """A whole parsed chat export."""

    format: ChatFormat
    participants: tuple[Participant, ...]
    messages: tuple[Message, ...]
    warnings: tuple[ParseWarning, ...]
    encoding: str
    decode_errors: int  # bytes that were not valid in `encoding` and became U+FFFD
    nul_chars_removed: int = 0

"""What processing produced, as plain frozen data, before anything is stored."""

import pickle
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class SpanOut:
    """Personal data at text[start:end] of a message or OCR text."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ParticipantOut:
    seq: int
    name: str
    pseudonym: str
    role: str
    message_count: int


@dataclass(frozen=True)
class MessageOut:
    seq: int
    line_no: int
    sent_at: datetime | None  # aware
    participant_seq: int | None
    kind: str
    text: str
    text_redacted: str
    spans: tuple[SpanOut, ...] = ()
    edited: bool = False
    truncated: bool = False
    attachment_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DerivedOut:
    """A cleaned file written in the workspace, to be stored under its deterministic key."""

    key: str
    path: Path
    extension: str  # with the dot: ".jpg"
    mime: str
    name: str  # display name for the review screen
    derived_from_id: int | None  # the stored original it was made from
    member_name: str = ""
    flagged: bool = False
    flag_reason: str = ""


@dataclass(frozen=True)
class MediaOut:
    seq: int
    name: str
    mime: str
    message_seq: int | None = None
    original_id: int | None = None  # a loose original that is this attachment itself
    derived_key: str | None = None
    ocr_text: str = ""
    ocr_text_redacted: str = ""
    ocr_spans: tuple[SpanOut, ...] = ()
    ocr_boxes: dict | None = None  # word and header boxes, see chats.redaction.images.ocr_layout
    # Ranges of ocr_text that are the phone's chrome (status bar, presence, input bar, Web chat
    # list): cut from the text once every attachment is examined (pipeline.screenshot_text).
    chrome: tuple[tuple[int, int], ...] = ()
    # Messages the screenshot before also shows, cut from this one's text to be put back on
    # the review page if wrong (pipeline.screenshot_overlap; stored as MediaItem.overlap).
    overlap: dict | None = None
    flagged: bool = False
    flag_reason: str = ""
    release: str = "achtergehouden"  # chats.constants.MediaRelease


@dataclass(frozen=True)
class Flag:
    """A point Informatiebeheer must look at, in Dutch; `code` is stable for machines."""

    code: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class MessageFile:
    """Redacted messages spilled to the attempt's private workspace in batches.

    Keeps the worker's memory flat for chats of any length: the messages are produced batch by
    batch, written here, and read back batch by batch inside the storing transaction. Only this
    attempt writes and reads the file (mode 0600 in a 0700 directory), removed with the workspace.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._out = path.open("xb")

    def write(self, batch: list[MessageOut]) -> None:
        pickle.dump(batch, self._out, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += len(batch)

    def close(self) -> None:
        self._out.close()

    def batches(self) -> Iterator[list[MessageOut]]:
        """The batches in the order they were written."""
        with self.path.open("rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)  # noqa: S301 - our own file, written by this attempt
                except EOFError:
                    return


@dataclass(frozen=True)
class ProcessingResult:
    # The employee's free text with personal data replaced (stored next to the original).
    onderwerp_redacted: str = ""
    omschrijving_redacted: str = ""
    participants: tuple[ParticipantOut, ...] = ()
    # A tuple for small results (tests), a MessageFile for real chats.
    messages: "tuple[MessageOut, ...] | MessageFile" = ()
    media: tuple[MediaOut, ...] = ()
    derived: tuple[DerivedOut, ...] = ()
    flags: tuple[Flag, ...] = ()
    detected_format: dict = field(default_factory=dict)
    date_order_uncertain: bool = False

"""Classification of a message body: deleted, media (with attachments), system notice or text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrases import (
    ANDROID_ATTACHED_LABELS,
    DELETED_BY_PREFIXES,
    DELETED_TEXTS,
    EDITED_MARKERS,
    INVISIBLE_CHARS,
    INVISIBLE_RE,
    IOS_ATTACHED_LABELS,
    KNOWN_ENCRYPTION_OPENING_RE,
    LIVE_LOCATION_TEXTS,
    LOCATION_LABELS,
    LOOSE_ENCRYPTION_OPENING_RE,
    MEDIA_OMITTED_LINES,
    MISSED_CALL_TEXTS,
    OMITTED_DOCUMENT_SUFFIXES,
    OMITTED_PHRASE_TYPES,
    OMITTED_RE,
    OMITTED_SUFFIXES,
    OMITTED_TYPES,
    POLL_LABELS,
    SELF_CONTAINED_KEYWORDS,
    SELF_CONTAINED_SYSTEM_RE,
    WHATSAPP_MEDIA_NAME_RE,
    strict_system_re,
    system_re,
)

# Text longer than this is not tested against the notice patterns: notices are one short line.
_MAX_NOTICE_CHARS = 400
_QUOTED_RE = re.compile(r"[\"“„«]([^\"“”„«»]{1,100})[\"”»]")

_MEDIA_TYPE_BY_WORD = (
    ("PHOTO", "image"),
    ("IMG-", "image"),
    ("VIDEO", "video"),
    ("VID-", "video"),
    ("GIF", "gif"),
    ("AUDIO", "audio"),
    ("PTT-", "audio"),
    ("AUD-", "audio"),
    ("STICKER", "sticker"),
    ("STK-", "sticker"),
)
_MEDIA_TYPE_BY_EXT = {
    "jpg": "image",
    "jpeg": "image",
    "png": "image",
    "heic": "image",
    "webp": "sticker",
    "mp4": "video",
    "mov": "video",
    "3gp": "video",
    "opus": "audio",
    "ogg": "audio",
    "m4a": "audio",
    "mp3": "audio",
    "aac": "audio",
    "vcf": "contact",
}


def strip_invisible(text: str) -> str:
    """Remove WhatsApp's invisible direction marks and stray byte-order marks."""
    if text.isascii():
        return text
    # Usually only leading marks (iOS notices and attachments): strip them without a regex.
    text = text.lstrip(INVISIBLE_CHARS)
    if text.isascii():
        return text
    return INVISIBLE_RE.sub("", text)


def media_type_for(name: str) -> str:
    """Guess the media type of an attachment from WhatsApp's file naming."""
    upper = name.upper()
    for word, kind in _MEDIA_TYPE_BY_WORD:
        if word in upper:
            return kind
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _MEDIA_TYPE_BY_EXT.get(ext, "document")


# (attachments, media omitted, media type or None (derive from the name), document title)
MediaRef = tuple[tuple[str, ...], bool, "str | None", "str | None"]


def _document_title(prefix: str) -> str | None:
    """The document name before an iOS attachment ("Manifest.pdf • 116 pagina's").

    The page count is a number and a word, the word first only in a script other than Latin
    ("ページ数: 2", "صفحتان ٢"): "Planning • week 12" is a title.
    """
    prefix = prefix.strip()
    if not prefix:
        return None
    title, bullet, pages = prefix.rpartition("•")
    if bullet and _page_count(pages.split()):
        return title.strip() or None
    return prefix


def _page_count(words: list[str]) -> bool:
    """Whether the words after a document's bullet are its page count ("116 pagina's")."""
    if len(words) != 2:
        return False
    return words[0].isdigit() or (words[1].isdigit() and not words[0].isascii())


def _marked(raw_first: str, placeholder: str) -> bool:
    """True if an invisible mark stands right before the placeholder, as iOS writes it.

    iOS puts an LRM (RLM in Arabic) before its placeholders ("Notulen.pdf \u200edocument
    omitted"); a person who types the same words does not, and keeps them as text.
    """
    at = raw_first.rfind(placeholder)
    return at > 0 and raw_first[at - 1] in INVISIBLE_CHARS


def _placeholder_counts(
    m: re.Match[str], first: str, raw: str, marked_export: Callable[[], bool] | None
) -> bool:
    """Whether an "image omitted"-like match is WhatsApp's placeholder, not a person's words."""
    if _marked(raw, first[m.start("type") :]):
        return True
    if m.group("title"):
        return False
    return marked_export is None or not marked_export()


def _omitted_phrase(first: str, folded: str, raw_first: str) -> MediaRef | None:
    """An iOS placeholder read as a whole phrase (OMITTED_PHRASES), maybe after a title.

    Only when marked: these phrases are ordinary sentences in their language.
    """
    kind = OMITTED_PHRASE_TYPES.get(folded.rstrip("."))
    if kind is not None:
        return ((), True, kind, None) if _marked(raw_first, first) else None
    if folded.endswith(OMITTED_DOCUMENT_SUFFIXES):
        suffix = next(s for s in OMITTED_DOCUMENT_SUFFIXES if folded.endswith(s))
        if not _marked(raw_first, first[len(first) - len(suffix) + 1 :]):
            return None
        # casefold() can change the length ("ß"); then the title cannot be cut out reliably.
        same_length = len(folded) == len(first)
        title = _document_title(first[: len(first) - len(suffix)]) if same_length else None
        return (), True, "document", title
    return None


def parse_media_line(
    first: str, raw_first: str | None = None, marked_export: Callable[[], bool] | None = None
) -> MediaRef | None:
    """Read an attachment or "media omitted" notation from a body's first (cleaned) line.

    raw_first is that line before its invisible marks were removed (the same line when
    omitted): a placeholder after other words, or one of OMITTED_PHRASES, counts only with
    the mark iOS puts before it. A whole-line placeholder counts unmarked too (older iOS
    exports write none), unless marked_export() says this export marks its placeholders:
    then an unmarked "Foto weggelaten" is what a person typed.
    """
    if not first:
        return None
    last = first[-1]
    if last == ">":
        lt = first.rfind("<")
        if lt >= 0:
            label, colon, name = first[lt + 1 : -1].partition(":")
            label = label.strip().casefold()
            name = name.strip()
            if colon:
                # iOS: "<attached: NAME>", maybe after a document title.
                if name and (label in IOS_ATTACHED_LABELS or WHATSAPP_MEDIA_NAME_RE.match(name)):
                    return (name,), False, None, _document_title(first[:lt])
            elif label in IOS_ATTACHED_LABELS:
                # Old iOS: "2015-08-04-PHOTO-00004762.jpg <attached>".
                name = first[:lt].strip()
                if name:
                    return (name,), False, None, None
    elif last == ")":
        lp = first.rfind(" (")
        if lp > 0 and first[lp + 2 : -1].casefold() in ANDROID_ATTACHED_LABELS:
            # Android: "IMG-20240312-WA0003.jpg (file attached)".
            return (first[:lp].strip(),), False, None, None
    raw = first if raw_first is None else raw_first
    folded = first.casefold()
    if folded in MEDIA_OMITTED_LINES:
        return (), True, "view_once" if "view once" in folded else None, None
    if folded.endswith(OMITTED_SUFFIXES) or folded.rstrip(".").endswith(OMITTED_SUFFIXES):
        m = OMITTED_RE.match(first)
        if m is not None and _placeholder_counts(m, first, raw, marked_export):
            kind = OMITTED_TYPES.get(m.group("type").casefold())
            return (), True, kind, _document_title(m.group("title"))
    return _omitted_phrase(first, folded, raw)


def is_deleted(text: str) -> bool:
    """True if the whole body is WhatsApp's "this message was deleted" text."""
    if len(text) >= 120:
        return False
    folded = text.rstrip(". ").casefold()
    return folded in DELETED_TEXTS or folded.startswith(DELETED_BY_PREFIXES)


def looks_like_notice(text: str) -> bool:
    """True if the text reads like a WhatsApp group or membership notice."""
    return len(text) <= _MAX_NOTICE_CHARS and system_re().match(text) is not None


def looks_like_strict_notice(text: str) -> bool:
    """True if the text reads like a notice with a fixed ending ("X created group “Y”")."""
    return len(text) <= _MAX_NOTICE_CHARS and strict_system_re().match(text) is not None


def is_self_contained_notice(text: str, *, marked: bool = True) -> bool:
    """True for notices no person types (encryption, security code, business account).

    Unmarked (no invisible mark before it, after a person's name) an encryption notice must
    open as WhatsApp's does: "Berichten hier zijn end-to-end versleuteld, dus mijn BSN is …"
    is that person's message, not a notice without an author.
    """
    if len(text) > _MAX_NOTICE_CHARS * 2 or not any(k in text for k in SELF_CONTAINED_KEYWORDS):
        return False
    if SELF_CONTAINED_SYSTEM_RE.match(text) is None:
        return False
    return (
        marked
        or LOOSE_ENCRYPTION_OPENING_RE.match(text) is None
        or KNOWN_ENCRYPTION_OPENING_RE.match(text) is not None
    )


def quoted_group_name(text: str) -> str | None:
    """Return the last quoted name in a notice ("created group “X”"), if any."""
    found = _QUOTED_RE.findall(text)
    return found[-1] if found else None


def split_edited(text: str) -> tuple[str, bool]:
    """Remove a trailing "<This message was edited>" marker; return (text, edited)."""
    if text.endswith(">"):
        lt = text.rfind("<")
        if lt >= 0 and text[lt + 1 : -1].strip().casefold() in EDITED_MARKERS:
            return text[:lt].rstrip(), True
    return text, False


def subtype_for(first: str, whole: str) -> str | None:
    """Return location/live_location/poll/missed_call for such text messages, else None."""
    folded = first.rstrip(". ").casefold()
    if folded in MISSED_CALL_TEXTS or folded.split(",")[0] in MISSED_CALL_TEXTS:
        return "missed_call"
    if folded in LIVE_LOCATION_TEXTS:
        return "live_location"
    if first.strip().casefold() in POLL_LABELS:
        return "poll"
    if "://" in first:
        colon = first.find(":")
        if first[:colon].strip().casefold() in LOCATION_LABELS:
            return "location"
        if "maps.google." in first or "foursquare.com/v/" in whole:
            return "location"
    return None


def starts_with_invisible(text: str) -> bool:
    """True if the text starts with one of WhatsApp's invisible marks (iOS notices, media)."""
    return bool(text) and text[0] in INVISIBLE_CHARS

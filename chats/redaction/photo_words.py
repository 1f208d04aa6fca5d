"""Which words tesseract read in a photo are text, and which are the photo's texture read as text.

A photo without text (a street, a tree, a face) still gives tesseract something to read: scraps
such as "ii ' = ~ Ee es", "uu man", "ait", mostly read with a confidence below 50 and short,
where a sign or a note photographed reads at 75-96 per word. Stored, the scraps were found by
the Woo search and shown on the record page (issue 17). `plausible_words` keeps a line only
when it holds a word that is surely text, and within it only the words read with some
confidence; the words under the personal data found in the whole reading are always kept, so
what is blacked out and replaced does not change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from chats.redaction.ocr import OcrResult, OcrWord

# A word is surely text when tesseract read it with at least this confidence (0-100) and at least
# half of it is letters or digits (not "|", "%", "©", "<oYoje)")...
SURE_WORD_CONF = 60
SURE_WORD_ALNUM_RATIO = 0.5
# ... and it has two letters or digits ("op", "06"). A long word is text at a lower confidence
# ("omleiding" read at 57 for "Omleiding"): texture is read as long words only at 0-25.
SURE_WORD_MIN_ALNUM = 2
LONG_WORD_ALNUM = 6
LONG_WORD_CONF = 45
# A line is text with one sure word of this many letters or digits ("Kerkstraat", "STOP",
# "15499316") or with two sure words ("Let op!"); one short sure word ("nn", "uu", "ait", all
# read at 65-75 in generated scenes) is texture.
ANCHOR_MIN_ALNUM = 4
MIN_SURE_WORDS = 2
# In a line that is text, a word read below this confidence is texture glued to the line's end
# ("Te koop IE", IE at 13).
LINE_WORD_CONF = 40


@dataclass(frozen=True)
class PhotoWords:
    """The words kept (offsets into `result.text`) and the spans given, moved onto that text."""

    result: OcrResult
    spans: tuple[tuple[int, int, str], ...]


def _alnum(word: OcrWord) -> int:
    return sum(c.isalnum() for c in word.text)


def is_sure_word(word: OcrWord) -> bool:
    """Whether tesseract read `word` as surely as it reads the words of a sign or a note."""
    alnum = _alnum(word)
    if alnum < SURE_WORD_MIN_ALNUM or alnum < SURE_WORD_ALNUM_RATIO * len(word.text):
        return False
    return word.conf >= SURE_WORD_CONF or (alnum >= LONG_WORD_ALNUM and word.conf >= LONG_WORD_CONF)


def is_text_line(words: Sequence[OcrWord]) -> bool:
    """Whether a line holds a long sure word or two sure words."""
    sure = [w for w in words if is_sure_word(w)]
    return len(sure) >= MIN_SURE_WORDS or any(_alnum(w) >= ANCHOR_MIN_ALNUM for w in sure)


def plausible_words(result: OcrResult, spans: Sequence[tuple[int, int, str]] = ()) -> PhotoWords:
    """`result` with only its lines of text (`is_text_line`) and their words read with
    LINE_WORD_CONF; every word under one of `spans` (start, end, label in `result.text`) is
    kept whatever its line, and the spans are returned in the new text's offsets."""
    under_span = {
        i
        for i, w in enumerate(result.words)
        for start, end, _label in spans
        if w.char_start < end and w.char_end > start
    }
    lines: dict[tuple[int, int, int, int], list[int]] = {}
    for i, word in enumerate(result.words):
        lines.setdefault(word.line_key, []).append(i)
    kept_lines: list[list[int]] = []
    for indices in lines.values():
        text_line = is_text_line([result.words[i] for i in indices])
        kept = [
            i
            for i in indices
            if i in under_span or (text_line and result.words[i].conf >= LINE_WORD_CONF)
        ]
        if kept:
            kept_lines.append(kept)
    moved: dict[int, OcrWord] = {}
    parts: list[str] = []
    offset = 0
    for number, indices in enumerate(kept_lines):
        if number:
            parts.append("\n")
            offset += 1
        for position, i in enumerate(indices):
            if position:
                parts.append(" ")
                offset += 1
            word = result.words[i]
            moved[i] = dataclasses.replace(
                word, char_start=offset, char_end=offset + len(word.text)
            )
            parts.append(word.text)
            offset += len(word.text)
    new_spans = []
    for start, end, label in spans:
        covered = [i for i in sorted(under_span) if _overlaps(result.words[i], start, end)]
        if not covered:
            continue
        first, last = result.words[covered[0]], result.words[covered[-1]]
        # A span may start or end inside a word ("06-15499316" read as one word, the
        # number only a part of it): the same characters of the moved word.
        new_start = moved[covered[0]].char_start + max(0, start - first.char_start)
        new_end = moved[covered[-1]].char_end - max(0, last.char_end - end)
        new_spans.append((new_start, new_end, label))
    return PhotoWords(
        result=OcrResult(text="".join(parts), words=tuple(moved[i] for i in sorted(moved))),
        spans=tuple(new_spans),
    )


def _overlaps(word: OcrWord, start: int, end: int) -> bool:
    return word.char_start < end and word.char_end > start

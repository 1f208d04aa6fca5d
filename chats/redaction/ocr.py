"""Reads the words of a screenshot with tesseract, with pixel boxes and character offsets.

`ocr_image` reads an image with libtesseract, loaded once per process (`tesseract_api`), or, where
that library is missing, with one tesseract process per image (`image_to_data`), and joins the
words per line, so a span the text detector finds in `OcrResult.text` maps back to the boxes of the words under it.
"""

from __future__ import annotations

import logging
import math
import os
import tempfile
import unicodedata
from dataclasses import dataclass

import pytesseract
from PIL import Image, ImageChops, ImageOps

from chats.redaction import tesseract_api

logger = logging.getLogger(__name__)

DEFAULT_LANG = "nld"
# Page segmentation "fully automatic": keeps each chat bubble's lines apart, where psm 6 (one
# block) glues the left and right bubbles of a row into one line.
DEFAULT_PSM = 3
# Tesseract's LSTM reads best at a text height of ~30 px; phone screenshots narrower than this are
# usually scaled-down copies whose text is too small. They are scaled to a phone's width (by a
# fraction: doubling a 864-wide copy gave tesseract 7 megapixels for the same text).
UPSCALE_BELOW_WIDTH = 1000
UPSCALE_TO_WIDTH = 1080
MAX_UPSCALE = 4
# A phone camera's photo (12 MP, 4000x3000) is read at most this long on its longest side:
# tesseract's time grows with the pixels (up to 14 s CPU for a 12 MP street scene with a sign,
# past the 60 s timeout on a loaded machine; 0.9 s at this size), while the text a photo is
# read for (a sign, a note) stays readable: 0.7 of its height, a 60 px line read at 42 px.
# Screenshots are read at their own size (`max_side`).
PHOTO_MAX_SIDE = 2800
# The format pytesseract writes for tesseract: uncompressed (PNG took >0.1 s per screenshot to
# encode, and tesseract to decode again) and, like our PNG, without a resolution, so tesseract
# estimates it from the text (a BMP's 96 dpi changed its layout analysis).
TESSERACT_INPUT_FORMAT = "PPM"
# Pixels darker than this count as dark background. Tesseract reads light text on a dark background
# (dark mode, WhatsApp's green header bar) as noise, so rows that are mostly dark get inverted.
DARK_LEVEL = 110
DARK_ROW_FRACTION = 0.5
DEFAULT_TIMEOUT_S = 60
# A read that passed its deadline is tried this many times in all: on a shared machine a burst of
# load makes one read slow, the next one usually not. Bounded, so an image tesseract cannot
# finish costs at most this many deadlines. Only a timeout is read again: a crash repeats.
OCR_ATTEMPTS_ON_TIMEOUT = 2
# What pytesseract raises (a plain RuntimeError) when the tesseract program passed its deadline.
PROGRAM_TIMEOUT = "Tesseract process timeout"
# Landscape (desktop) screenshots: a pane border is looked for between 15% and 50% of the width,
# as a column where >= 80% of the rows step by >= 6 grey levels.
PANE_SEARCH = (0.15, 0.5)
PANE_MIN_STEP = 6
PANE_MIN_ROWS = 0.8


# Block numbers of a desktop screenshot's two panes get offsets of their own: no line joins
# across panes, and a word's block tells whether it lies in the chat list (the left pane).
CHAT_LIST_BLOCKS = 20_000
CHAT_BLOCKS = 10_000


class OcrFailed(Exception):
    """Tesseract could not run on the image (missing, crashed, timed out): `message` a Dutch
    sentence, `reason` the same in a few words to quote in a notice, `timed_out` whether it
    passed its deadline (OCR_ATTEMPTS_ON_TIMEOUT times)."""

    def __init__(
        self,
        message: str,
        *,
        reason: str = "tekstherkenning gaf een fout",
        timed_out: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.timed_out = timed_out


def _timed_out(exc: BaseException) -> bool:
    """Whether tesseract stopped at its deadline (through the library or the program)."""
    if isinstance(exc, tesseract_api.TesseractTimedOut):
        return True
    return type(exc) is RuntimeError and str(exc) == PROGRAM_TIMEOUT


@dataclass(frozen=True)
class OcrWord:
    """One recognised word; box in pixels of the image passed in, offsets into OcrResult.text."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int, int]
    char_start: int
    char_end: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def in_chat_list(word: OcrWord) -> bool:
    """True for a word of a desktop screenshot's chat list (WhatsApp Web's left pane)."""
    return word.line_key[1] >= CHAT_LIST_BLOCKS


@dataclass(frozen=True)
class OcrResult:
    """The recognised text (words joined by spaces, lines by newlines) and its words."""

    text: str
    words: tuple[OcrWord, ...]


@dataclass(frozen=True)
class PreparedImage:
    """The grayscale image handed to tesseract and the factor it was scaled by."""

    image: Image.Image
    scale: float
    inverted_rows: int


def prepare_for_ocr(image: Image.Image, *, max_side: int | None = None) -> PreparedImage:
    """Flatten transparency, convert to grayscale, invert dark mode, upscale small images and
    scale down images longer than `max_side`."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    gray = image.convert("L")
    gray, inverted_rows = _invert_dark_rows(gray)
    scale: float = 1
    if max_side is not None and max(gray.size) > max_side:
        scale = max_side / max(gray.size)
    elif gray.width < UPSCALE_BELOW_WIDTH:
        scale = min(MAX_UPSCALE, UPSCALE_TO_WIDTH / gray.width)
    if scale != 1:
        size = (round(gray.width * scale), round(gray.height * scale))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    return PreparedImage(image=gray, scale=scale, inverted_rows=inverted_rows)


def _invert_dark_rows(gray: Image.Image) -> tuple[Image.Image, int]:
    """Invert every pixel row whose background is dark, so all text ends up dark on light.

    Row by row rather than the whole image, because a light-mode screenshot still has a dark
    header and status bar; chat text never shares a row with them.
    """
    dark = gray.point(lambda v: 255 if v < DARK_LEVEL else 0)
    # A 1-pixel-wide box resize averages each row: the fraction of dark pixels, in C.
    fractions = dark.resize((1, gray.height), Image.Resampling.BOX).tobytes()
    threshold = 255 * DARK_ROW_FRACTION
    rows = [255 if f > threshold else 0 for f in fractions]
    inverted_rows = sum(1 for r in rows if r)
    if not inverted_rows:
        return gray, 0
    if inverted_rows == gray.height:
        return ImageOps.invert(gray), inverted_rows
    mask = Image.new("L", (1, gray.height))
    mask.putdata(rows)
    mask = mask.resize(gray.size, Image.Resampling.NEAREST)
    return Image.composite(ImageOps.invert(gray), gray, mask), inverted_rows


def ocr_image(
    image: Image.Image,
    *,
    lang: str = DEFAULT_LANG,
    psm: int = DEFAULT_PSM,
    timeout: float = DEFAULT_TIMEOUT_S,
    reread_gaps: bool = False,
    max_side: int | None = None,
) -> OcrResult:
    """Recognise the words of `image` with tesseract; boxes are in `image`'s own pixels. With
    `reread_gaps` (screenshots), a desktop pane's rows tesseract dropped are read again
    (`_with_gap_rows`); with `max_side` (photos: PHOTO_MAX_SIDE), a larger image is read
    scaled down, its boxes scaled back."""
    prepared = prepare_for_ocr(image, max_side=max_side)
    prepared.image.format = TESSERACT_INPUT_FORMAT
    # One OpenMP thread per tesseract is several times faster on small shared machines than the
    # default of one per core. pytesseract hands os.environ to the subprocess, and libtesseract's
    # OpenMP reads it when first loaded (the Dockerfile sets it from the start); an operator's
    # own value wins.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # We invert dark mode ourselves, so tesseract's per-line inverted retry only costs time.
    variables = {"tessedit_do_invert": "0"}
    config = f"--psm {psm} " + " ".join(f"-c {k}={v}" for k, v in variables.items())
    attempt = 1
    while True:
        try:
            data = _read_prepared(
                prepared.image,
                lang=lang,
                psm=psm,
                variables=variables,
                config=config,
                timeout=timeout,
                reread_gaps=reread_gaps,
            )
            break
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrFailed(
                "Tekstherkenning is niet beschikbaar op de server (tesseract ontbreekt).",
                reason="tekstherkenning niet beschikbaar op de server",
            ) from exc
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            if not _timed_out(exc):
                raise OcrFailed("De tekst in de afbeelding kon niet worden gelezen.") from exc
            if attempt >= OCR_ATTEMPTS_ON_TIMEOUT:
                logger.warning(
                    "tesseract timed out after %s s on a %dx%d image, %d times: given up",
                    timeout,
                    *prepared.image.size,
                    attempt,
                )
                raise OcrFailed(
                    "De tekst in de afbeelding kon niet op tijd worden gelezen.",
                    reason="tekstherkenning duurde te lang, ook de tweede keer",
                    timed_out=True,
                ) from exc
            logger.warning(
                "tesseract timed out after %s s on a %dx%d image: reading it again (%d of %d)",
                timeout,
                *prepared.image.size,
                attempt + 1,
                OCR_ATTEMPTS_ON_TIMEOUT,
            )
            attempt += 1
    return words_to_result(data, scale=prepared.scale, size=image.size)


def _read_prepared(
    image: Image.Image,
    *,
    lang: str,
    psm: int,
    variables: dict[str, str],
    config: str,
    timeout: float,
    reread_gaps: bool,
) -> dict:
    """Tesseract's words of the prepared image, as `ocr_image` describes (one attempt)."""
    api = tesseract_api.reader(lang=lang, psm=psm, variables=variables)
    if api is None:
        data = _read_panes(image, lang=lang, config=config, timeout=timeout)

        def read(strip: Image.Image) -> dict:
            return pytesseract.image_to_data(
                strip,
                lang=lang,
                config=config,
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
    else:
        data = _read_panes_with_api(api, image, timeout=timeout)

        def read(strip: Image.Image) -> dict:
            return pytesseract.pytesseract.file_to_dict(api.tsv([strip], timeout=timeout), "\t", -1)

    data = _with_bottom_rows(data, image, read)
    if reread_gaps:
        data = _with_gap_rows(
            data,
            image,
            _gap_reader(api, lang=lang, variables=variables, timeout=timeout),
        )
    return data


def _read_panes_with_api(api: tesseract_api.Reader, image: Image.Image, *, timeout: float) -> dict:
    """As `_read_panes`, through the C API: the words of each pane, as the pages of one TSV."""
    split = pane_split(image)
    if split is None:
        return pytesseract.pytesseract.file_to_dict(api.tsv([image], timeout=timeout), "\t", -1)
    panes = [image.crop((0, 0, split, image.height)), image.crop((split, 0, *image.size))]
    data = pytesseract.pytesseract.file_to_dict(api.tsv(panes, timeout=timeout), "\t", -1)
    return _pages_to_panes(data, split)


def _read_panes(image: Image.Image, *, lang: str, config: str, timeout: float) -> dict:
    """Tesseract's words of `image`; a desktop screenshot's panes (WhatsApp Web's chat list
    and the open chat) are read one by one, so no line runs from one pane into the other."""
    split = pane_split(image)
    if split is None:
        return pytesseract.image_to_data(
            image, lang=lang, config=config, output_type=pytesseract.Output.DICT, timeout=timeout
        )
    # Both panes go to one tesseract process as the pages of an image list: loading the
    # language model costs ~0.25 s CPU per process, and tesseract reads each page on its own.
    with tempfile.TemporaryDirectory(prefix="tess_panes_") as folder:
        names = []
        for number, (x0, x1) in enumerate(((0, split), (split, image.width))):
            name = os.path.join(folder, f"pane{number}.{TESSERACT_INPUT_FORMAT.lower()}")
            image.crop((x0, 0, x1, image.height)).save(name, format=TESSERACT_INPUT_FORMAT)
            names.append(name)
        listing = os.path.join(folder, "panes.txt")
        with open(listing, "w", encoding="utf-8") as out:
            out.write("\n".join(names) + "\n")
        data = pytesseract.image_to_data(
            listing, lang=lang, config=config, output_type=pytesseract.Output.DICT, timeout=timeout
        )
    return _pages_to_panes(data, split)


# Tesseract's layout analysis drops a pane's last row where the screen's edge cuts the row below
# it ("Zeeman, T. 08:12" over a half-shown preview): the pane's strip below its lowest word is
# read again on its own when it holds at least this many rows of ink and is this high (pixels
# of the prepared image); its words get block numbers of their own, below the panes' offsets.
BOTTOM_MIN_INK_ROWS = 12
BOTTOM_MIN_HEIGHT = 24
BOTTOM_BLOCKS = 9_000
_INK_LEVEL = 128


def _with_bottom_rows(data: dict, image: Image.Image, read) -> dict:
    """`data` with the words of each pane's strip below its lowest word, read alone."""
    split = pane_split(image)
    panes = (
        [(0, image.width, 0)]
        if split is None
        else [(0, split, CHAT_LIST_BLOCKS), (split, image.width, CHAT_BLOCKS)]
    )
    for x0, x1, blocks in panes:
        bottoms = [
            int(data["top"][i]) + int(data["height"][i])
            for i in range(len(data["text"]))
            if int(data["level"][i]) == 5
            and str(data["text"][i]).strip()
            and x0 <= int(data["left"][i]) < x1
        ]
        if not bottoms:
            continue
        top = max(bottoms) + 2
        if image.height - top < BOTTOM_MIN_HEIGHT:
            continue
        strip = image.crop((x0, top, x1, image.height))
        if _ink_rows(strip) < BOTTOM_MIN_INK_ROWS:
            continue
        _append_words(data, read(strip), left=x0, top=top, blocks=blocks + BOTTOM_BLOCKS)
    return data


# Tesseract's layout analysis also drops whole rows inside a desktop screenshot's pane (a scaled
# WhatsApp Web chat list's rows, a notice line, a group's members line under its title: text ~10
# px high). Each pane's runs of rows with ink and no word are read again alone, at twice the
# size, where the run is as high as a line or two of text; their words get block numbers of
# their own, below the panes' offsets.
GAP_MIN_HEIGHT = 7
GAP_MAX_HEIGHT = 160
GAP_MAX_RUNS = 12
GAP_MARGIN = 3
GAP_UPSCALE = 2
GAP_BLOCKS = 7_000
GAP_PSM = 6
GAP_MIN_CONF = 30


def _gap_reader(api, *, lang: str, variables: dict[str, str], timeout: float):
    """Reads a gap's strip as one block of text (`GAP_PSM`): page segmentation of a strip of
    a line or two drops words the block reading keeps ("Kous, Y. en Roel zijn aan het typen")."""
    block = (
        None if api is None else tesseract_api.reader(lang=lang, psm=GAP_PSM, variables=variables)
    )
    config = f"--psm {GAP_PSM} " + " ".join(f"-c {k}={v}" for k, v in variables.items())

    def read(strip: Image.Image) -> dict:
        if block is None:
            return pytesseract.image_to_data(
                strip,
                lang=lang,
                config=config,
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
        return pytesseract.pytesseract.file_to_dict(block.tsv([strip], timeout=timeout), "\t", -1)

    return read


def _with_gap_rows(data: dict, image: Image.Image, read) -> dict:
    """`data` with the words of each desktop pane's unread runs of text rows, read alone, and
    of a phone screenshot's header bar (`_with_header_rows`)."""
    split = pane_split(image)
    if split is None:
        return _with_header_rows(data, image, read)
    for x0, x1, blocks in ((0, split, CHAT_LIST_BLOCKS), (split, image.width, CHAT_BLOCKS)):
        _read_gaps_again(data, image, read, x0=x0, x1=x1, blocks=blocks)
    _read_line_ends_again(data, image, read, x0=0, x1=split)
    return data


# Screenshot round 45: tesseract also drops a chat list row's start or end while reading the
# rest of it ("~ Roosie ☘: BSN..." read "BSN", "Gemiste oproep · 0522/413..." read "Gemi:
# oproep"). A line of the chat list pane that starts LINE_GAP_MIN_HEIGHTS text heights right of
# the pane's text column, or ends as far left of the column's right edge, with ink in between,
# has that stretch read again alone; its words join the line where they stand.
LINE_GAP_MIN_HEIGHTS = 2.5
LINE_GAP_MAX_READS = 10
# A stretch read alone, with the word next to it, is read with less confidence than a whole
# pane ("0522/413..." at 25).
LINE_GAP_MIN_CONF = 20
LINE_DASHES = frozenset({"\u2014", "\u2013", "~"})


def _line_key(data: dict, i: int) -> tuple[int, int, int, int]:
    return (
        int(data["page_num"][i]),
        int(data["block_num"][i]),
        int(data["par_num"][i]),
        int(data["line_num"][i]),
    )


def _read_line_ends_again(data: dict, image: Image.Image, read, *, x0: int, x1: int) -> None:
    """Read again the stretches of the chat list pane's lines left of or right of the words
    tesseract read on them where ink lies (`LINE_GAP_MIN_HEIGHTS`), and insert their words."""
    lines: dict[tuple[int, int, int, int], list[int]] = {}
    for i in range(len(data["text"])):
        if (
            int(data["level"][i]) == 5
            and str(data["text"][i]).strip()
            and x0 <= int(data["left"][i]) < x1
        ):
            lines.setdefault(_line_key(data, i), []).append(i)
    words = [
        i
        for line in lines.values()
        for i in line
        if sum(c.isalnum() for c in str(data["text"][i])) >= 2
    ]
    if len(lines) < 4 or not words:
        return
    usual = sorted(int(data["height"][i]) for i in words)[len(words) // 2]
    # Lines on one row (tesseract splits a row it read in pieces) are taken together.
    rows: list[dict] = []
    for line in lines.values():
        top = min(int(data["top"][i]) for i in line)
        bottom = max(int(data["top"][i]) + int(data["height"][i]) for i in line)
        if bottom - top > 2 * usual:
            continue
        middle = (top + bottom) / 2
        row = next((r for r in rows if abs(r["middle"] - middle) <= usual / 2), None)
        if row is None:
            row = {"middle": middle, "top": top, "bottom": bottom, "words": []}
            rows.append(row)
        row["top"], row["bottom"] = min(row["top"], top), max(row["bottom"], bottom)
        row["words"].extend(line)
    if len(rows) < 4:
        return
    for row in rows:
        row["words"].sort(key=lambda i: int(data["left"][i]))
    lefts = sorted(int(data["left"][r["words"][0]]) for r in rows)
    rights = sorted(
        int(data["left"][r["words"][-1]]) + int(data["width"][r["words"][-1]]) for r in rows
    )
    column_left = lefts[len(lefts) // 4]
    column_right = rights[(len(rights) * 9) // 10]
    gap = LINE_GAP_MIN_HEIGHTS * usual
    stretches = []
    for row in rows:
        first, last = row["words"][0], row["words"][-1]
        left = int(data["left"][first])
        right = int(data["left"][last]) + int(data["width"][last])
        top, bottom = row["top"], row["bottom"]
        # The word next to the stretch is read with it (context), its own reading kept.
        if left - column_left >= gap:
            edge = left + int(data["width"][first]) + 2
            stretches.append((first, "before", column_left - 2, edge, top, bottom, left, edge))
        if column_right - right >= gap:
            start = int(data["left"][last]) - 2
            stretches.append((last, "after", start, column_right + 2, top, bottom, start, right))
    # Starts first (a sender's name a group's preview lost), then the widest ends.
    stretches.sort(key=lambda s: (s[1] == "after", -(s[3] - s[2])))
    pane = _invert_dark_rows(image.crop((x0, 0, x1, image.height)))[0]
    reads = 0
    inserts = []
    for anchor, side, a, b, top, bottom, own_a, own_b in stretches:
        if reads >= LINE_GAP_MAX_READS:
            break
        box = (
            max(0, a - x0),
            max(0, top - GAP_MARGIN),
            b - x0,
            min(image.height, bottom + GAP_MARGIN),
        )
        if box[2] - box[0] < usual:
            continue
        strip = pane.crop(box)
        if _ink_columns(strip) < usual:
            continue
        reads += 1
        big = strip.resize(
            (strip.width * GAP_UPSCALE, strip.height * GAP_UPSCALE), Image.Resampling.LANCZOS
        )
        more = read(big)
        found = []
        for j in range(len(more["text"])):
            text = str(more["text"][j]).strip()
            if (
                int(more["level"][j]) != 5
                or not text
                or float(more["conf"][j]) < LINE_GAP_MIN_CONF
                # a dash is low by its nature (a group preview's "— Name:"), other low
                # marks are an avatar's or a glyph's edge
                or (2 * (int(more["height"][j]) // GAP_UPSCALE) < usual and text not in LINE_DASHES)
            ):
                continue
            middle = box[0] + x0 + (int(more["left"][j]) + int(more["width"][j]) / 2) / GAP_UPSCALE
            if own_a <= middle <= own_b:
                continue  # the word tesseract read already
            found.append(
                (
                    text,
                    float(more["conf"][j]),
                    box[0] + x0 + int(more["left"][j]) // GAP_UPSCALE,
                    box[1] + int(more["top"][j]) // GAP_UPSCALE,
                    int(more["width"][j]) // GAP_UPSCALE,
                    int(more["height"][j]) // GAP_UPSCALE,
                )
            )
        if found:
            inserts.append((anchor, side, found))
    # From the last position on, so the positions before stay valid.
    for anchor, side, found in sorted(inserts, key=lambda x: (x[0], x[1] == "after"), reverse=True):
        at = anchor if side == "before" else anchor + 1
        template = anchor
        for offset, (text, conf, left, top, width, height) in enumerate(found):
            for column_name, column in data.items():
                value = column[template]
                if column_name == "text":
                    value = text
                elif column_name == "conf":
                    value = conf
                elif column_name == "left":
                    value = left
                elif column_name == "top":
                    value = top
                elif column_name == "width":
                    value = width
                elif column_name == "height":
                    value = height
                column.insert(at + offset, value)


def _ink_columns(strip: Image.Image) -> int:
    """Columns of `strip` (dark text on light) with any dark pixel."""
    ink = strip.point(lambda v: 255 if v < _INK_LEVEL else 0)
    return sum(1 for v in ink.resize((strip.width, 1), Image.Resampling.BOX).tobytes() if v)


# Walk 49: tesseract's layout analysis also drops a phone screenshot's whole header bar (the
# contact's name and number, "Henk de Vries / +31 6 48213957"), depending on the chat below it.
# The bar (with the status bar) lies within the top 0.27 x width of a portrait screenshot (as
# the header band of `images.header_box`); its unread rows are read again as the panes' gaps
# are, the avatar next to the name making the run as high as the bar (~0.14 x width).
HEADER_REREAD_WIDTH_RATIO = 0.27
HEADER_MAX_RUN_RATIO = 0.2
HEADER_BLOCKS = 8_000
# Rows the avatar stands above and below the name's line are no line of text: a run read again
# there is at least half as high as the usual word, and what tesseract makes of the avatar's or
# the back arrow's edge ("COR", "<<", conf ~50) is dropped; the bar's own text reads at 90+.
HEADER_MIN_RUN_OF_USUAL = 0.5
HEADER_MIN_CONF = 70


def _with_header_rows(data: dict, image: Image.Image, read) -> dict:
    """`data` with the words of a portrait screenshot's header bar when tesseract left it unread."""
    width, height = image.size
    if height <= width:
        return data
    before = len(data["text"])
    _read_gaps_again(
        data,
        image,
        read,
        x0=0,
        x1=width,
        blocks=HEADER_BLOCKS,
        bottom=min(height, round(width * HEADER_REREAD_WIDTH_RATIO)),
        max_run=max(GAP_MAX_HEIGHT, round(width * HEADER_MAX_RUN_RATIO)),
        min_run_of_usual=HEADER_MIN_RUN_OF_USUAL,
        min_conf=HEADER_MIN_CONF,
    )
    # The bar's lines go first, where the screenshot shows them.
    added = len(data["text"]) - before
    if added:
        for key, column in data.items():
            data[key] = column[before:] + column[:before]
    return data


def _read_gaps_again(
    data: dict,
    image: Image.Image,
    read,
    *,
    x0: int,
    x1: int,
    blocks: int,
    bottom: int | None = None,
    max_run: int = GAP_MAX_HEIGHT,
    min_run_of_usual: float = 0,
    min_conf: float = GAP_MIN_CONF,
) -> None:
    """Add to `data` the words of the runs of rows with ink and no word between x0 and x1 (above
    `bottom`), each run read alone at twice the size."""
    read_words = [
        i
        for i in range(len(data["text"]))
        if int(data["level"][i]) == 5
        and sum(c.isalnum() for c in str(data["text"][i])) >= 2
        and x0 <= int(data["left"][i]) < x1
    ]
    if not read_words:
        return
    limit = image.height if bottom is None else bottom
    covered = bytearray(image.height)
    # An avatar read as a letter or a sign stands higher than the row's text and covers no
    # row of it.
    usual = sorted(int(data["height"][i]) for i in read_words)[len(read_words) // 2]
    for i in read_words:
        if int(data["height"][i]) > 2 * usual:
            continue
        top = int(data["top"][i])
        for y in range(max(0, top - 2), min(image.height, top + int(data["height"][i]) + 2)):
            covered[y] = 1
    # Rows the whole screenshot left dark (a photo in the other pane lightens them) are
    # inverted within the pane, so its text is dark on light there too.
    pane = _invert_dark_rows(image.crop((x0, 0, x1, limit)))[0]
    ink = pane.point(lambda v: 255 if v < _INK_LEVEL else 0)
    rows = ink.resize((1, limit), Image.Resampling.BOX).tobytes()
    runs: list[tuple[int, int]] = []
    start = None
    for y in range(limit + 1):
        open_row = y < limit and rows[y] and not covered[y]
        if open_row and start is None:
            start = y
        elif not open_row and start is not None:
            if runs and start - runs[-1][1] <= 2:
                start = runs.pop()[0]  # a line's gap between letters' rows
            runs.append((start, y))
            start = None
    min_run = max(GAP_MIN_HEIGHT, round(usual * min_run_of_usual))
    runs = [(a, b) for a, b in runs if min_run <= b - a <= max_run]
    for number, (a, b) in enumerate(runs[:GAP_MAX_RUNS]):
        top = max(0, a - GAP_MARGIN)
        strip = pane.crop((0, top, x1 - x0, min(limit, b + GAP_MARGIN)))
        big = strip.resize(
            (strip.width * GAP_UPSCALE, strip.height * GAP_UPSCALE), Image.Resampling.LANCZOS
        )
        more = read(big)
        for key in ("left", "top", "width", "height"):
            more[key] = [int(v) // GAP_UPSCALE for v in more[key]]
        # What tesseract barely made out there (an avatar, a photo's edge, a glyph's
        # foot: "kenita", conf 0, 5 px high) is no text to read.
        more["text"] = [
            "" if float(conf) < min_conf or 2 * int(height) < usual else text
            for text, conf, height in zip(more["text"], more["conf"], more["height"], strict=True)
        ]
        _append_words(data, more, left=x0, top=top, blocks=blocks + GAP_BLOCKS + 50 * number)


def _ink_rows(strip: Image.Image) -> int:
    """Rows of `strip` (dark text on light) with any dark pixel."""
    ink = strip.point(lambda v: 255 if v < _INK_LEVEL else 0)
    return sum(1 for v in ink.resize((1, strip.height), Image.Resampling.BOX).tobytes() if v)


def _append_words(data: dict, more: dict, *, left: int, top: int, blocks: int) -> None:
    shift = {"left": left, "top": top, "block_num": blocks}
    for i in range(len(more["text"])):
        for key, column in data.items():
            value = more.get(key, [""] * (i + 1))[i]
            if key in shift:
                value = int(value) + shift[key]
            elif key == "page_num":
                value = 1
            column.append(value)


def _pages_to_panes(data: dict, split: int) -> dict:
    """Page 1 (the chat list) and page 2 (the open chat) back in the screenshot's pixels, with
    block numbers of their own; both keep page number 1, as when each pane was read alone."""
    pages = [int(v) for v in data["page_num"]]
    data["left"] = [
        int(v) + (split if page == 2 else 0) for v, page in zip(data["left"], pages, strict=True)
    ]
    data["block_num"] = [
        int(v) + (CHAT_LIST_BLOCKS if page == 1 else CHAT_BLOCKS)
        for v, page in zip(data["block_num"], pages, strict=True)
    ]
    data["page_num"] = [1] * len(pages)
    return data


def pane_split(gray: Image.Image) -> int | None:
    """The x where a landscape screenshot's left pane ends, or None.

    A pane border is a column where the grey level steps across nearly the whole height
    (WhatsApp Web: white chat list, beige chat; dark mode: two dark greys).
    """
    width, height = gray.size
    if width <= height:
        return None
    low, high = round(width * PANE_SEARCH[0]), round(width * PANE_SEARCH[1])
    top, bottom = round(height * 0.15), round(height * 0.95)
    left = gray.crop((low - 2, top, high - 2, bottom))
    right = gray.crop((low + 1, top, high + 1, bottom))
    steps = ImageChops.difference(left, right).point(lambda v: 255 if v >= PANE_MIN_STEP else 0)
    per_column = steps.resize((high - low, 1), Image.Resampling.BOX).tobytes()
    best = max(range(len(per_column)), key=per_column.__getitem__)
    if per_column[best] < 255 * PANE_MIN_ROWS:
        return None
    return low + best


def words_to_result(data: dict[str, list], *, scale: float, size: tuple[int, int]) -> OcrResult:
    """Build the line-joined text and word offsets from tesseract's TSV columns."""
    width, height = size
    lines: dict[tuple[int, int, int, int], list[int]] = {}
    for i, raw in enumerate(data["text"]):
        if int(data["level"][i]) != 5:
            continue
        # NFKC folds ligatures and full-width forms that tesseract sometimes emits, so the
        # text detector and the search index see ordinary characters.
        if not unicodedata.normalize("NFKC", str(raw)).strip():
            continue
        key = (
            int(data["page_num"][i]),
            int(data["block_num"][i]),
            int(data["par_num"][i]),
            int(data["line_num"][i]),
        )
        lines.setdefault(key, []).append(i)

    parts: list[str] = []
    words: list[OcrWord] = []
    offset = 0
    for line_number, (key, indices) in enumerate(lines.items()):
        if line_number:
            parts.append("\n")
            offset += 1
        for position, i in enumerate(indices):
            if position:
                parts.append(" ")
                offset += 1
            text = "".join(unicodedata.normalize("NFKC", str(data["text"][i])).split())
            left = int(data["left"][i])
            top = int(data["top"][i])
            # Boxes are mapped back to the caller's pixels rounding outwards, so a blackout
            # box never ends up smaller than the word it covers.
            x0 = min(width, math.floor(left / scale))
            y0 = min(height, math.floor(top / scale))
            x1 = min(width, math.ceil((left + int(data["width"][i])) / scale))
            y1 = min(height, math.ceil((top + int(data["height"][i])) / scale))
            words.append(
                OcrWord(
                    text=text,
                    left=x0,
                    top=y0,
                    width=x1 - x0,
                    height=y1 - y0,
                    conf=float(data["conf"][i]),
                    line_key=key,
                    char_start=offset,
                    char_end=offset + len(text),
                )
            )
            parts.append(text)
            offset += len(text)
    return OcrResult(text="".join(parts), words=tuple(words))

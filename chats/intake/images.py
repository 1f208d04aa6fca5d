"""Image dimensions from the header only, so a decompression bomb is refused before decoding."""

import os
import struct
import warnings

from PIL import Image, UnidentifiedImageError


class ImageHeaderError(Exception):
    """The image header cannot be read: the file is damaged or not the image it claims to be."""


class ImageTooLarge(Exception):
    """The header declares more pixels than Pillow itself will ever open."""


_PILLOW_FORMATS = {"jpeg": "JPEG", "png": "PNG"}
# WebP and HEIC headers are parsed here: Pillow's WebP plugin and pillow-heif read the whole
# file into memory just to report its size, which a 500 MB upload must not do.
_MAX_META_BOX = 16 * 1024 * 1024


def image_size(path: str | os.PathLike, kind: str) -> tuple[int, int]:
    """(width, height) declared in the header of a jpeg/png/webp/heic file, without decoding."""
    if kind in _PILLOW_FORMATS:
        return _pillow_size(path, _PILLOW_FORMATS[kind])
    if kind == "webp":
        return _webp_size(path)
    if kind == "heic":
        return _heif_size(path)
    raise ValueError(f"not an image kind: {kind}")


def _pillow_size(path: str | os.PathLike, fmt: str) -> tuple[int, int]:
    # Image.open is lazy: it parses the header and stops before the pixel data. The bomb
    # warning/error depend on Pillow's global MAX_IMAGE_PIXELS; the caller applies its own limit.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[fmt]) as im:
                width, height = im.size
        except Image.DecompressionBombError as exc:
            raise ImageTooLarge(str(exc)) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error) as exc:
            raise ImageHeaderError(type(exc).__name__) from None
    if width <= 0 or height <= 0:
        raise ImageHeaderError("zero dimension")
    return width, height


def _webp_size(path: str | os.PathLike) -> tuple[int, int]:
    with open(path, "rb") as fh:
        head = fh.read(64)
    if len(head) < 30 or head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        raise ImageHeaderError("no RIFF/WEBP header")
    chunk = head[12:16]
    if chunk == b"VP8X":
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
    elif chunk == b"VP8L":
        if head[20] != 0x2F:
            raise ImageHeaderError("bad VP8L signature")
        bits = int.from_bytes(head[21:25], "little")
        width = 1 + (bits & 0x3FFF)
        height = 1 + ((bits >> 14) & 0x3FFF)
    elif chunk == b"VP8 ":
        if head[23:26] != b"\x9d\x01\x2a":
            raise ImageHeaderError("bad VP8 start code")
        width = int.from_bytes(head[26:28], "little") & 0x3FFF
        height = int.from_bytes(head[28:30], "little") & 0x3FFF
    else:
        raise ImageHeaderError("unknown WebP chunk")
    if width <= 0 or height <= 0:
        raise ImageHeaderError("zero dimension")
    return width, height


def _iter_boxes(data: bytes, start: int, end: int):
    """Yield (type, payload_start, box_end) for ISO-BMFF boxes in data[start:end]."""
    pos = start
    while pos + 8 <= end:
        size, box_type = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise ImageHeaderError("truncated box")
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise ImageHeaderError("bad box size")
        yield box_type, pos + header, pos + size
        pos += size


def _heif_size(path: str | os.PathLike) -> tuple[int, int]:
    """Largest 'ispe' (image spatial extent) in the HEIF meta box: the primary image or a tile."""
    file_size = os.path.getsize(path)
    with open(path, "rb") as fh:
        pos = 0
        meta: bytes | None = None
        seen_ftyp = False
        # Top-level boxes: ftyp first, then meta somewhere before the (possibly huge) mdat.
        while pos + 8 <= file_size and meta is None:
            fh.seek(pos)
            header = fh.read(16)
            size, box_type = struct.unpack_from(">I4s", header, 0)
            hdr_len = 8
            if size == 1:
                size = struct.unpack_from(">Q", header, 8)[0]
                hdr_len = 16
            elif size == 0:
                size = file_size - pos
            if size < hdr_len or pos + size > file_size:
                raise ImageHeaderError("bad top-level box")
            if not seen_ftyp and box_type != b"ftyp":
                raise ImageHeaderError("no ftyp box")
            seen_ftyp = True
            if box_type == b"meta":
                if size > _MAX_META_BOX:
                    raise ImageHeaderError("meta box too large")
                fh.seek(pos + hdr_len)
                meta = fh.read(size - hdr_len)
            pos += size
    if meta is None or len(meta) < 4:
        raise ImageHeaderError("no meta box")
    best: tuple[int, int] | None = None
    # meta is a full box: 4 bytes version/flags before its children.
    for box_type, start, end in _iter_boxes(meta, 4, len(meta)):
        if box_type != b"iprp":
            continue
        for sub_type, sub_start, sub_end in _iter_boxes(meta, start, end):
            if sub_type != b"ipco":
                continue
            for prop_type, prop_start, prop_end in _iter_boxes(meta, sub_start, sub_end):
                if prop_type == b"ispe" and prop_end - prop_start >= 12:
                    width, height = struct.unpack_from(">II", meta, prop_start + 4)
                    if best is None or width * height > best[0] * best[1]:
                        best = (width, height)
    if best is None or best[0] <= 0 or best[1] <= 0:
        raise ImageHeaderError("no image size in meta box")
    return best

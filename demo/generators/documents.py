"""Attachments other than photos for tests and benchmarks: PDFs with a text layer, scanned PDFs,
voice notes with tags, and an MP4 with a location, all made here (nothing downloaded)."""

import io
import struct

from PIL import Image, ImageDraw

# A letter a resident might send: a name, a BSN, an address, a phone number and an e-mail address.
LETTER_LINES = (
    "Geachte heer, mevrouw,",
    "Hierbij stuur ik de gevraagde gegevens voor de aanvraag.",
    "Naam: Pieter Bakker",
    "BSN: 111222333",
    "Adres: Kerkstraat 12, 7941 AB Meppel",
    "Telefoon: 06-12345678",
    "E-mail: pieter.bakker@example.nl",
    "De boom voor de deur is gisteren omgewaaid.",
    "Met vriendelijke groet,",
    "Pieter Bakker",
)
LETTER_SECRETS = ("Pieter", "Bakker", "111222333", "Kerkstraat", "06-12345678", "7941 AB")


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(pages: list[list[str]] | None = None, *, font_size: int = 12) -> bytes:
    """A small, valid PDF whose pages hold `pages` as real text (Helvetica, A4)."""
    pages = pages or [list(LETTER_LINES)]
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    page_tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        parts = [b"BT", f"/F1 {font_size} Tf".encode(), f"{font_size * 1.5:.1f} TL".encode()]
        parts.append(b"72 770 Td")
        for line in lines:
            parts.append(b"(" + _escape(line) + b") Tj T*")
        parts.append(b"ET")
        stream = b"\n".join(parts)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (page_tree, font, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % page_tree
    objects[page_tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def scanned_pdf(lines: tuple[str, ...] = LETTER_LINES) -> bytes:
    """An image-only PDF (a scan): the text is in the pixels, there is no text layer."""
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((100, 150 + i * 40), line, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


# --- audio and video --------------------------------------------------------------------------


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


# ISO 6709 location as Android and iPhone cameras write it into ©xyz.
MP4_LOCATION = b"+52.6958+006.1944/"


def mp4_with_location() -> bytes:
    """A minimal MP4 (ftyp, moov with a track, udta ©xyz location and a meta box, mdat)."""
    ftyp = _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
    mdat = _box(b"mdat", b"\x00" * 64)
    location = _box(b"\xa9xyz", struct.pack(">HH", len(MP4_LOCATION), 0x15C7) + MP4_LOCATION)
    udta = _box(b"udta", location)
    meta = _box(b"meta", b"\x00\x00\x00\x00" + _box(b"hdlr", b"\x00" * 24) + _box(b"ilst", b""))
    mvhd = _box(b"mvhd", b"\x00" * 100)
    trak = _box(b"trak", _box(b"tkhd", b"\x00" * 84) + _box(b"udta", _box(b"name", b"Pieter")))
    moov = _box(b"moov", mvhd + trak + udta + meta)
    return ftyp + moov + mdat


def _ogg_page(serial: int, sequence: int, payload: bytes, *, flags: int) -> bytes:
    segments = []
    rest = len(payload)
    while rest >= 255:
        segments.append(255)
        rest -= 255
    segments.append(rest)
    header = struct.pack(
        "<4sBBqIIIB", b"OggS", 0, flags, 0, serial, sequence, 0, len(segments)
    ) + bytes(segments)
    page = header + payload
    crc = ogg_crc(page)
    return page[:22] + struct.pack("<I", crc) + page[26:]


def ogg_crc(data: bytes) -> int:
    """The CRC-32 an Ogg page carries (computed with its own CRC field zeroed)."""
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def opus_voice_note(*, artist: str = "Pieter Bakker") -> bytes:
    """A tiny Ogg Opus file (header pages and one silent frame) with a tag naming a person."""
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    vendor = b"WhatsApp"
    comments = [f"ARTIST={artist}".encode(), b"TITLE=Spraakbericht Kerkstraat 12"]
    tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(comments))
    for comment in comments:
        tags += struct.pack("<I", len(comment)) + comment
    frame = b"\xf8\xff\xfe"  # one 20 ms silent CELT frame
    return (
        _ogg_page(1, 0, head, flags=2)
        + _ogg_page(1, 1, tags, flags=0)
        + _ogg_page(1, 2, frame, flags=4)
    )


VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pieter Bakker\r\nN:Bakker;Pieter;;;\r\n"
    "TEL;TYPE=CELL:+31 6 12345678\r\nEND:VCARD\r\n"
)

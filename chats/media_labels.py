"""Dutch names for kinds of attachments, shown instead of MIME types."""

from chats.wording import shown_number

_PREFIXES = (
    ("image/", "Afbeelding"),
    ("audio/", "Geluidsopname"),
    ("video/", "Video"),
)
_EXACT = {
    "application/pdf": "PDF-document",
    "text/vcard": "Contactkaart",
    "text/x-vcard": "Contactkaart",
    "text/plain": "Tekstbestand",
}


def media_label(mime_type: str | None) -> str:
    """'Geluidsopname', 'Video', 'PDF-document', ... for a MIME type; 'Bijlage' when unknown."""
    mime = (mime_type or "").lower()
    if mime in _EXACT:
        return _EXACT[mime]
    for prefix, label in _PREFIXES:
        if mime.startswith(prefix):
            return label
    return "Bijlage"


def upload_file_kind(mime_type: str | None) -> str:
    """What a file of a screenshots upload is: 'Schermafbeelding', or what else it is
    ('PDF-document': the intake takes PDFs there too, and a PDF is no screenshot)."""
    mime = (mime_type or "").lower()
    return "Schermafbeelding" if mime.startswith("image/") else media_label(mime)


def upload_file_label(mime_type: str | None, number: int) -> str:
    """A file of a screenshots upload by its number: 'Schermafbeelding 2', 'PDF-document 3'."""
    return f"{upload_file_kind(mime_type)} {number}"


# The extension a download gets for what is served, as processing names its copies
# (chats.pipeline.build: a voice note is kept as Opus in Ogg).
_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/heic": "heic",
    "application/pdf": "pdf",
    "audio/ogg": "opus",
    "audio/opus": "opus",
    "audio/mpeg": "mp3",
    "audio/mp4": "m4a",
    "video/mp4": "mp4",
    "text/vcard": "vcf",
    "text/x-vcard": "vcf",
    "text/plain": "txt",
}


def download_name(seq: int, mime_type: str | None, stored_name: str = "") -> str:
    """The name an attachment is downloaded under, in the review and in Woo alike: the number
    the pages give it (stored from 0, shown from 1) and the extension of the served content
    type ("bijlage-2.pdf"); else the stored file's own, else "bin"."""
    extension = _EXTENSIONS.get((mime_type or "").lower().split(";")[0].strip())
    if extension is None:
        suffix = stored_name.rsplit("/", 1)[-1]
        extension = suffix.rsplit(".", 1)[-1].lower() if "." in suffix else "bin"
    return f"bijlage-{shown_number(seq)}.{extension}"

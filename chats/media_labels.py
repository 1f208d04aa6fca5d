"""Dutch names for kinds of attachments, shown instead of MIME types."""

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

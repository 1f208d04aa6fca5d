"""Personal-data detection and redaction for Dutch chat text (pure Python, no Django)."""

from chats.redaction.detector import Detector, detect
from chats.redaction.pseudonyms import Pseudonymizer
from chats.redaction.redact import redact_text
from chats.redaction.spans import LABELS, PLACEHOLDERS, Span

__all__ = [
    "LABELS",
    "PLACEHOLDERS",
    "Detector",
    "Pseudonymizer",
    "Span",
    "detect",
    "redact_text",
]

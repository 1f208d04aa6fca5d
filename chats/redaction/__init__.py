"""Personal-data detection and redaction for Dutch chat text (pure Python, no Django)."""

from chats.redaction.context import ChatContext, OrganisationContacts
from chats.redaction.detector import Detector, detect, detect_chat, persons_in
from chats.redaction.pseudonyms import Pseudonymizer
from chats.redaction.redact import redact_text
from chats.redaction.spans import LABELS, PLACEHOLDERS, Span

__all__ = [
    "LABELS",
    "ChatContext",
    "OrganisationContacts",
    "PLACEHOLDERS",
    "Detector",
    "Pseudonymizer",
    "Span",
    "detect",
    "detect_chat",
    "persons_in",
    "redact_text",
]

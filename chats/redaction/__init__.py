"""Personal-data detection and redaction for Dutch chat text (pure Python, no Django)."""

from chats.redaction.context import ChatContext, OrganisationContacts
from chats.redaction.detector import (
    ChatFound,
    Detector,
    detect,
    detect_chat,
    detect_chat_learning,
    file_name_persons,
    persons_in,
    persons_of,
)
from chats.redaction.names import may_name_any
from chats.redaction.pseudonyms import Pseudonymizer
from chats.redaction.redact import redact_text
from chats.redaction.spans import LABELS, PLACEHOLDERS, Span
from chats.redaction.vcards import vcard_names

__all__ = [
    "LABELS",
    "ChatContext",
    "ChatFound",
    "OrganisationContacts",
    "PLACEHOLDERS",
    "Detector",
    "Pseudonymizer",
    "Span",
    "detect",
    "detect_chat",
    "detect_chat_learning",
    "file_name_persons",
    "may_name_any",
    "persons_in",
    "persons_of",
    "redact_text",
    "vcard_names",
]

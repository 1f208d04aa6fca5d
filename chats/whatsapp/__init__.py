"""WhatsApp chat export parser: pure Python, no Django; every iOS/Android/locale variant.

Use `parse(upload)` for a whole upload, `parse_chat_file(path, media_names=...)` for one chat
text file, `iter_chat_file(...)` to stream messages in constant memory, and `looks_like_chat`
as a cheap structure check.
"""

from .errors import WhatsAppParseError
from .parser import MessageStream, iter_chat_file, looks_like_chat, parse_chat_file
from .results import ChatFormat, Message, ParsedChat, ParseWarning, Participant
from .sources import open_source, parse

__all__ = [
    "ChatFormat",
    "Message",
    "MessageStream",
    "ParseWarning",
    "ParsedChat",
    "Participant",
    "WhatsAppParseError",
    "iter_chat_file",
    "looks_like_chat",
    "open_source",
    "parse",
    "parse_chat_file",
]

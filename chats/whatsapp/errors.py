"""The parser's own error type, carrying a Dutch message for the user."""

from __future__ import annotations

NOT_A_CHAT = (
    "Dit tekstbestand lijkt geen WhatsApp-chatexport te zijn. Kies het bestand ‘_chat.txt’ of "
    "‘WhatsApp-chat met …txt’."
)
EMPTY_FILE = "Het chatbestand is leeg. Exporteer de chat opnieuw en probeer het nog eens."
NO_CHAT_IN_ARCHIVE = (
    "In dit ZIP-bestand staat geen WhatsApp-chat. Kies de export met het bestand ‘_chat.txt’."
)
MANY_CHATS = "Er zitten meerdere chatbestanden in de upload. Upload één WhatsApp-chat per keer."
BAD_ARCHIVE = (
    "Het ZIP-bestand is beschadigd, te groot of bevat ongeldige bestanden. Exporteer de chat "
    "opnieuw en probeer het nog eens."
)
UNREADABLE = "Het chatbestand kon niet worden gelezen. Probeer het nog eens."
NOT_FOUND = "Het chatbestand is niet gevonden. Controleer welk bestand u hebt gekozen."


class WhatsAppParseError(Exception):
    """Input that is not a WhatsApp chat export; `message` is Dutch text for the user."""

    def __init__(self, message: str, *, code: str = "not_a_chat") -> None:
        super().__init__(message)
        self.message = message
        self.code = code

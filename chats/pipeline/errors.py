"""How a processing step says it failed: for good (the upload) or for now (a service)."""

GENERIC_FAILURE = (
    "Er ging iets mis bij het verwerken van dit gesprek. Informatiebeheer kan het opnieuw "
    "proberen; u hoeft niets te doen."
)
TOO_MANY_ATTEMPTS = (
    "De verwerking is na {attempts} pogingen gestopt, omdat die steeds vastliep. "
    "Informatiebeheer bekijkt de inzending en kan het opnieuw proberen."
)
TOOK_TOO_LONG = (
    "De verwerking duurde te lang en is gestopt. Informatiebeheer bekijkt de inzending en kan "
    "het opnieuw proberen."
)
ORIGINAL_MISSING = (
    "Een geüpload bestand is niet meer volledig aanwezig in de opslag. Upload het gesprek opnieuw."
)
MALWARE_FOUND = (
    "Het bestand ‘{name}’ bevat een virus of andere schadelijke inhoud en is niet bewaard. "
    "Neem contact op met de servicedesk."
)
NO_CHAT_IN_UPLOAD = (
    "In deze upload staat geen WhatsApp-chat. Kies de export met het bestand ‘_chat.txt’ of "
    "‘WhatsApp-chat met …txt’, of kies ‘Schermafbeeldingen’."
)
NOTHING_TO_KEEP = "In deze upload staan geen bestanden die kunnen worden verwerkt."


class PermanentFailure(Exception):
    """The upload itself cannot be processed; `message` is the Dutch reason for the employee."""

    def __init__(self, message: str, *, code: str = "invalid_input") -> None:
        super().__init__(code)
        self.message = message
        self.code = code


class TransientFailure(Exception):
    """A service (database, storage, scanner, broker) failed; processing is tried again later.

    `waiting` is the Dutch progress text the employee sees meanwhile. The exception text holds
    only a short English cause for the log, never file names or content.
    """

    def __init__(self, cause: str, *, waiting: str = "Wacht op een nieuwe poging") -> None:
        super().__init__(cause)
        self.cause = cause
        self.waiting = waiting


class NotClaimed(Exception):
    """Another attempt owns this submission now (fencing); this one must stop without writing."""

"""The review's own error."""


class ReviewError(Exception):
    """A review action that cannot be done; `message` is Dutch, for Informatiebeheer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


DATE_ORDER_FIRST = (
    "Bevestig eerst de datumvolgorde: uit de export blijkt niet zeker of de dag of de maand "
    "voorop staat. De datums bepalen de periode van het archiefstuk en de termijnen van een "
    "Woo-verzoek, dus archiveren kan pas als de volgorde is bevestigd."
)


class DateOrderUnconfirmed(ReviewError):
    """Archiving refused: Informatiebeheer has not yet settled the day-month order."""

    def __init__(self):
        super().__init__(DATE_ORDER_FIRST)

"""The review's own error."""


class ReviewError(Exception):
    """A review action that cannot be done; `message` is Dutch, for Informatiebeheer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

"""Progress of the running attempt, written so the employee's page can show it."""

import time

from chats.constants import SubmissionStatus
from chats.models import Submission

# Steps and where the progress bar stands when each starts. Dutch: the employee reads them.
CHECKING = ("Bestanden controleren", 5)
UNPACKING = ("Bestanden uitpakken en controleren", 10)
SCANNING = ("Controleren op virussen", 20)
PARSING = ("Gesprek inlezen", 30)
REDACTING = ("Persoonsgegevens weglakken", 45)
MEDIA = ("Foto’s en schermafbeeldingen verwerken", 65)
STORING = ("Resultaat opslaan", 90)

_MIN_INTERVAL = 1.0


class Progress:
    """Writes (step, percent) for one attempt; fenced, so a stale attempt cannot overwrite."""

    def __init__(self, submission_id: int, attempt: int) -> None:
        self.submission_id = submission_id
        self.attempt = attempt
        self._last_write = 0.0
        self._last: tuple[str, int] | None = None

    def step(self, step: tuple[str, int]) -> None:
        """Start a step: written at once."""
        self._write(*step)

    def within(self, step: tuple[str, int], next_percent: int, done: int, total: int) -> None:
        """Progress inside a long step (done of total), written at most once a second."""
        if total <= 0:
            return
        name, start = step
        percent = start + (next_percent - start) * min(done, total) // total
        if time.monotonic() - self._last_write >= _MIN_INTERVAL:
            self._write(name, percent)

    def _write(self, name: str, percent: int) -> None:
        if self._last == (name, percent):
            return
        Submission.objects.filter(
            pk=self.submission_id, status=SubmissionStatus.IN_VERWERKING, attempts=self.attempt
        ).update(progress_step=name, progress_percent=percent)
        self._last = (name, percent)
        self._last_write = time.monotonic()

"""What chats answers to the signals of the apps below it (they may not import chats)."""

from .models import Submission
from .purge import free_text_redactor, record_persons


def redact_zaak_free_text(sender, zaak, text: str, **kwargs) -> str:
    """zaken.signals.free_text_redaction: `text` typed on `zaak` with its personal data replaced,
    the persons of the zaak's records known (those whose originals are still there)."""
    persons: list[str] = []
    if zaak.pk is not None:
        for submission in Submission.objects.filter(zaak_id=zaak.pk, originals_purged_at=None):
            persons += record_persons(submission)
    return free_text_redactor([text], persons=list(dict.fromkeys(persons)))(text)

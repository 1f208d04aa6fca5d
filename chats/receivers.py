"""What chats answers to the signals of the apps below it (they may not import chats)."""

from .models import Submission
from .person_digests import known_persons_in
from .purge import free_text_redactor, record_persons


def redact_zaak_free_text(sender, zaak, text: str, **kwargs) -> str:
    """zaken.signals.free_text_redaction: `text` typed on `zaak` with its personal data replaced,
    the persons of the zaak's records known (by name while their originals are still there,
    by their hashes after the purge)."""
    persons: list[str] = []
    if zaak.pk is not None:
        for submission in Submission.objects.filter(zaak_id=zaak.pk, originals_purged_at=None):
            persons += record_persons(submission)
        records = Submission.objects.filter(zaak_id=zaak.pk).values_list("pk", flat=True)
        persons += known_persons_in([text], submission_ids=list(records))
    return free_text_redactor([text], persons=list(dict.fromkeys(persons)))(text)

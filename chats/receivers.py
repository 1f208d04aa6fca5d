"""What chats answers to the signals of the apps below it (they may not import chats)."""

from .purge import free_text_redactor, zaak_persons


def redact_zaak_free_text(sender, zaak, text: str, **kwargs) -> str:
    """zaken.signals.free_text_redaction: `text` typed on `zaak` with its personal data replaced,
    the persons of the zaak's records known (by name while their originals are still there,
    by their hashes after the purge)."""
    persons = zaak_persons(zaak.pk, [text]) if zaak.pk is not None else []
    return free_text_redactor([text], persons=persons)(text)

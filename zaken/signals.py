"""Signals of zaken: other apps add what they know about a zaak without zaken importing them."""

from django.dispatch import Signal

# Sent by the zaak's page in the admin (with `zaak`); each receiver returns a list of short Dutch
# notices, for example that records of the zaak are on legal hold for an open Woo request.
zaak_notices = Signal()


def notices_for(zaak) -> list[str]:
    """The Dutch notices every receiver of `zaak_notices` gives for this zaak."""
    notices: list[str] = []
    for _receiver, answer in zaak_notices.send(sender=type(zaak), zaak=zaak):
        notices.extend(answer or [])
    return notices


# Sent before free text typed on a zaak (the reason for a departing retention) goes into the audit
# log, with `zaak` and `text`; a receiver returns `text` with its personal data replaced. Zaken
# has no detector of its own: chats answers, with the persons of the zaak's records known.
free_text_redaction = Signal()


def redacted_free_text(zaak, text: str) -> str | None:
    """`text` as the receivers of `free_text_redaction` redact it; None when none answered (the
    text is then not fit to be logged)."""
    if not text:
        return text
    for _receiver, answer in free_text_redaction.send(sender=type(zaak), zaak=zaak, text=text):
        if isinstance(answer, str):
            return answer
    return None

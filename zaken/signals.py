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

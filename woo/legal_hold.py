"""Legal hold: records selected for a Woo request may not be purged or destroyed.

The hold runs from receipt of the request until the objection and appeal term after the
decision has passed (WooVerzoek.bewaarplicht_tot; open-ended while an objection runs). It
covers every record with anything selected for the request. Chats and zaken ask through
signals (they may not import woo): the nightly purge of originals skips held records, the
pre_delete guard refuses to delete one, and the review and zaak pages show the hold.
"""

from django.utils.formats import date_format

from chats.models import Submission

from .models import WooSelectie, WooVerzoek


class LegalHoldError(Exception):
    """Raised when something tries to delete a record that is on legal hold."""

    message = (
        "Dit archiefstuk hoort bij een Woo-verzoek en staat onder bewaarplicht; "
        "het mag niet worden vernietigd."
    )

    def __init__(self, submission_id: int):
        super().__init__(f"submission {submission_id} is on legal hold")
        self.submission_id = submission_id


def held_submission_ids(*, on=None) -> set[int]:
    """The records on legal hold on the day `on` (default today)."""
    return set(
        WooSelectie.objects.holding(on=on).values_list("submission_id", flat=True).distinct()
    )


def is_on_legal_hold(submission_id: int) -> bool:
    return WooSelectie.objects.holding().filter(submission_id=submission_id).exists()


def refuse_delete_on_hold(sender, instance: Submission, **kwargs) -> None:
    """pre_delete receiver: the last line of defence if destruction code forgets the hold."""
    if is_on_legal_hold(instance.pk):
        raise LegalHoldError(instance.pk)


def held_ids_for_purge(sender, **kwargs) -> set[int]:
    """legal_holds receiver: the records chats must not purge or destroy now."""
    return held_submission_ids()


def hold_until_text(verzoek: WooVerzoek) -> str:
    """Until when the request holds its records, in Dutch."""
    if verzoek.is_open:
        return "zolang het verzoek in behandeling is en daarna tot de bezwaartermijn is verstreken"
    if verzoek.bewaarplicht_tot is None:
        return "zolang bezwaar of beroep loopt"
    return f"tot en met {date_format(verzoek.bewaarplicht_tot, 'j F Y')}"


def _verzoeken(selecties) -> list[WooVerzoek]:
    ids = set(selecties.values_list("verzoek_id", flat=True))
    return list(WooVerzoek.objects.filter(pk__in=ids).order_by("nummer"))


def _hold_notice(verzoeken: list[WooVerzoek]) -> str:
    parts = "; ".join(f"Woo-verzoek {v.nummer} ({hold_until_text(v)})" for v in verzoeken)
    return f"Bewaarplicht: dit archiefstuk hoort bij {parts}. Het mag niet worden vernietigd en originelen die er nog zijn, worden niet verwijderd."


def hold_notices_for_submission(sender, submission, **kwargs) -> list[str]:
    """record_notices receiver: the legal hold of a record, for Informatiebeheer's review page."""
    verzoeken = _verzoeken(WooSelectie.objects.holding().filter(submission_id=submission.pk))
    return [_hold_notice(verzoeken)] if verzoeken else []


def hold_notices_for_zaak(sender, zaak, **kwargs) -> list[str]:
    """zaak_notices receiver: which records of the zaak are on legal hold, for its admin page."""
    selecties = WooSelectie.objects.holding().filter(submission__zaak_id=zaak.pk)
    records = sorted(set(selecties.values_list("submission_id", flat=True)))
    if not records:
        return []
    nummers = ", ".join(v.nummer for v in _verzoeken(selecties))
    return [
        f"Bewaarplicht: archiefstuk(ken) {', '.join(map(str, records))} van deze "
        f"zaak horen bij Woo-verzoek {nummers} en mogen niet worden vernietigd zolang de "
        "bewaarplicht loopt."
    ]

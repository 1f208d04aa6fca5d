"""Legal hold: records selected for an open Woo request may not be destroyed."""

from chats.models import Submission

from .models import WooSelectie


class LegalHoldError(Exception):
    """Raised when something tries to delete a record that is on legal hold."""

    message = (
        "Dit archiefstuk hoort bij een open Woo-verzoek en staat onder bewaarplicht; "
        "het mag niet worden vernietigd."
    )

    def __init__(self, submission_id: int):
        super().__init__(f"submission {submission_id} is on legal hold")
        self.submission_id = submission_id


def is_on_legal_hold(submission_id: int) -> bool:
    return WooSelectie.objects.holding().filter(submission_id=submission_id).exists()


def refuse_delete_on_hold(sender, instance: Submission, **kwargs) -> None:
    """pre_delete receiver: the last line of defence if destruction code forgets the hold."""
    if is_on_legal_hold(instance.pk):
        raise LegalHoldError(instance.pk)


def _hold_notice(verzoeken) -> str:
    nummers = ", ".join(sorted(set(verzoeken)))
    return (
        f"Bewaarplicht (legal hold): dit archiefstuk hoort bij open Woo-verzoek {nummers}. "
        "Het mag niet worden vernietigd zolang het verzoek loopt."
    )


def hold_notices_for_submission(sender, submission, **kwargs) -> list[str]:
    """record_notices receiver: the legal hold of a record, for Informatiebeheer's review page."""
    nummers = list(
        WooSelectie.objects.holding()
        .filter(submission_id=submission.pk)
        .values_list("verzoek__nummer", flat=True)
        .distinct()
    )
    return [_hold_notice(nummers)] if nummers else []


def hold_notices_for_zaak(sender, zaak, **kwargs) -> list[str]:
    """zaak_notices receiver: which records of the zaak are on legal hold, for its admin page."""
    rows = list(
        WooSelectie.objects.holding()
        .filter(submission__zaak_id=zaak.pk)
        .values_list("submission_id", "verzoek__nummer")
        .distinct()
    )
    if not rows:
        return []
    records = ", ".join(str(pk) for pk in sorted({pk for pk, _ in rows}))
    nummers = ", ".join(sorted({nummer for _, nummer in rows}))
    return [
        f"Bewaarplicht (legal hold): archiefstuk(ken) {records} van deze zaak horen bij open "
        f"Woo-verzoek {nummers} en mogen niet worden vernietigd zolang het verzoek loopt."
    ]

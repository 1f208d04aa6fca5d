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

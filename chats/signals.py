"""Signals other apps listen to (the Woo index follows archiving without chats knowing it)."""

from django.dispatch import Signal

# Sent after a submission is archived (after commit), with `submission_id`.
submission_archived = Signal()

# Sent by the review page to collect what other apps have to say about a record (with
# `submission`); each receiver returns a list of short Dutch notices, for example that the record
# is on legal hold for an open Woo request. Chats shows them without knowing who said them.
record_notices = Signal()


def notices_for(submission) -> list[str]:
    """The Dutch notices every receiver of `record_notices` gives for this submission."""
    notices: list[str] = []
    for _receiver, answer in record_notices.send(sender=type(submission), submission=submission):
        notices.extend(answer or [])
    return notices

"""Signals other apps listen to (the Woo index follows archiving without chats knowing it)."""

from django.dispatch import Signal

# Sent after a submission is archived (after commit), with `submission_id`.
submission_archived = Signal()

# Sent inside the transaction that made an archived record stricter (a redaction added after
# archiving, "nader anonimiseren"), with `submission_id` and `changes`: a list of
# ("message" or "media", id, redacted text before, after). The Woo index follows at once, and
# so do the passages Woo requests marked in those redacted texts (their offsets).
record_redacted = Signal()

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


# Sent to learn which submissions are on legal hold (another app's Woo request holds them);
# each receiver returns a set of submission ids. Purging originals and destroying records skip
# them (chats.purge), without chats knowing who holds them.
legal_holds = Signal()


def held_submission_ids() -> set[int]:
    """The ids of every submission some receiver of `legal_holds` says is on hold now."""
    held: set[int] = set()
    for _receiver, answer in legal_holds.send(sender=None):
        held |= set(answer or ())
    return held

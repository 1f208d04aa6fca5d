"""Signals other apps listen to (the Woo index follows archiving without chats knowing it)."""

from django.dispatch import Signal

# Sent after a submission is archived (after commit), with `submission_id`.
submission_archived = Signal()

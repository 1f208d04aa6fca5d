"""The processing pipeline's parts: from stored originals to a review-ready record.

`chats.processing.submission_process` drives them; each module does one step and can be called
from a test on its own.
"""

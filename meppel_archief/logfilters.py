"""Filters of the project's log (settings.LOGGING)."""

import logging


class RefusalWithoutTraceback(logging.Filter):
    """A refused page (403: no right to it, or separation of duties) is an answer, not a fault:
    django.request keeps its one line ("Forbidden (Permission denied): /woo/zoeken/") and drops
    the traceback it would otherwise print for every refusal."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True

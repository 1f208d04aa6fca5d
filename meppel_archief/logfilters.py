"""Filters of the project's log (settings.LOGGING)."""

import logging
import re

# A path's query string: from the "?" to the next space or quote ("GET /woo/zoeken/?q=... HTTP/1.1").
_QUERY_STRING = re.compile(r"(/[^\s?\"']*)\?[^\s\"']*")


class RefusalWithoutTraceback(logging.Filter):
    """A refused page (403: no right to it, or separation of duties) is an answer, not a fault:
    django.request keeps its one line ("Forbidden (Permission denied): /woo/zoeken/") and drops
    the traceback it would otherwise print for every refusal."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True


class QueryStringOut(logging.Filter):
    """A logged address keeps its path, not its query string: a Woo search's address holds the
    officer's words (`/woo/zoeken/?q=273849153`, a BSN; `?q=Harmke%20Bijlsma`). runserver's
    django.server logs every request line whole; django.request logs the path alone, kept so."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _QUERY_STRING.sub(r"\1", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                _QUERY_STRING.sub(r"\1", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        return True

"""/healthz: database and broker reachability as JSON, answered within about a second.

Probes come every few seconds from docker and the reverse proxy; a dead broker or database
must neither hold a web worker (short timeouts, no retries) nor fill the log: each process logs
a change of state once (WARNING when something goes away, INFO when it is back), and the 503
itself is not logged as a server error (`HealthProbeFilter` on `django.request`).
"""

import contextlib
import logging
import threading

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from chats.broker import broker_state

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
# Seconds a probe waits for the broker (connect and answer each).
BROKER_TIMEOUT = 0.5
# Milliseconds the database may take for `SELECT 1` (PostgreSQL only).
DATABASE_STATEMENT_TIMEOUT_MS = 1000

_last_state: dict[str, object] = {}
_state_lock = threading.Lock()


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"SET statement_timeout = {DATABASE_STATEMENT_TIMEOUT_MS}")
            cursor.execute("SELECT 1")
            cursor.fetchone()
            if connection.vendor == "postgresql":
                cursor.execute("RESET statement_timeout")
    except Exception:  # any driver error means unreachable
        # A broken connection must not be reused by the next request of this worker.
        with contextlib.suppress(Exception):
            connection.close_if_unusable_or_obsolete()
        return False
    return True


def _broker_ok() -> bool | None:
    """True/False for a configured broker, None when tasks run eagerly (no broker)."""
    return broker_state(timeout=BROKER_TIMEOUT).reachable


def _note_state(**state) -> None:
    """Log what changed since this process's previous probe (not every probe)."""
    with _state_lock:
        for name, value in state.items():
            previous = _last_state.get(name, True)
            _last_state[name] = value
            if value is False and previous is not False:
                logger.warning("healthz: %s unreachable", name)
            elif value is not False and previous is False:
                logger.info("healthz: %s reachable again", name)


@never_cache
def healthz(request):
    database = _database_ok()
    broker = _broker_ok()
    _note_state(database=database, broker=broker)
    healthy = database and broker is not False
    body = {
        "status": "ok" if healthy else "fout",
        "database": "ok" if database else "onbereikbaar",
        "broker": {None: "niet gebruikt (taken direct)", True: "ok", False: "onbereikbaar"}[broker],
    }
    return JsonResponse(body, status=200 if healthy else 503)


class HealthProbeFilter(logging.Filter):
    """Drops django.request's "Service Unavailable: /healthz" record: the probe's 503 is its
    answer, not a server error, and `_note_state` already logged the change once."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        path = getattr(request, "path", None)
        return not (path == HEALTH_PATH and getattr(record, "status_code", None) == 503)

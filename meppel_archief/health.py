"""/healthz: database and broker reachability as JSON."""

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any driver error means unreachable
        return False
    return True


def _broker_ok() -> bool | None:
    """True/False for a configured broker, None when tasks run eagerly (no broker)."""
    if settings.CELERY_BROKER_URL.startswith("memory://"):
        return None
    # Imported here: only a configured broker needs kombu's transports loaded.
    from kombu import Connection

    try:
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:  # any transport error means unreachable
        return False
    return True


@never_cache
def healthz(request):
    database = _database_ok()
    broker = _broker_ok()
    healthy = database and broker is not False
    body = {
        "status": "ok" if healthy else "fout",
        "database": "ok" if database else "onbereikbaar",
        "broker": {None: "niet gebruikt (taken direct)", True: "ok", False: "onbereikbaar"}[broker],
    }
    return JsonResponse(body, status=200 if healthy else 503)

"""The broker as the sweep and /healthz see it: reachable or not, and since when it runs.

One short question to Redis (INFO server + TIME, each bounded by `timeout`, no retries), so a
dead broker costs a caller at most about `timeout` seconds. `started_at` tells the sweep that
Redis was restarted: a restarted Redis without persistence has lost every task queued before,
so submissions queued before that moment are queued again (chats/sweeps.py).
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings

# How long a probe waits for the broker (connect and answer each).
PROBE_TIMEOUT = 1.0


@dataclass(frozen=True)
class BrokerState:
    """`reachable` is None when no broker is used (tasks run eagerly)."""

    reachable: bool | None
    started_at: datetime | None = None


def broker_state(*, timeout: float = PROBE_TIMEOUT) -> BrokerState:
    """Ask the configured broker whether it answers and when it started; never raises."""
    url = settings.CELERY_BROKER_URL
    if url.startswith("memory://"):
        return BrokerState(reachable=None)
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return BrokerState(reachable=_kombu_reachable(url, timeout))
    # Imported here: only a configured Redis broker needs the client.
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    client = redis.Redis.from_url(
        url,
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
        retry=Retry(NoBackoff(), 0),
    )
    try:
        uptime = int(client.info("server")["uptime_in_seconds"])
        seconds, micros = client.time()
    except Exception:  # any transport error means unreachable
        return BrokerState(reachable=False)
    finally:
        client.close()
    started = datetime.fromtimestamp(seconds + micros / 1e6 - uptime, tz=UTC)
    return BrokerState(reachable=True, started_at=started)


def _kombu_reachable(url: str, timeout: float) -> bool:
    # Imported here: only a broker other than Redis needs kombu's transports loaded.
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=timeout) as conn:
            conn.ensure_connection(max_retries=1, timeout=timeout)
    except Exception:  # any transport error means unreachable
        return False
    return True

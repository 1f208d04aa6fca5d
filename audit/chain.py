"""The hash chain of the audit log: what a row's SHA-256 covers, and the lock that orders appends.

Each row stores `previous_hash` (the `row_hash` of the row before it in primary-key order, or
GENESIS_HASH for the first row) and `row_hash`, the SHA-256 of a canonical JSON of its own content
and `previous_hash`. Changing a row breaks its own hash; deleting a row breaks the link of the
next one. The format is frozen: changing it breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64

# Any constant key will do; it only has to be the same in every process that appends.
ADVISORY_LOCK_KEY = 0x4D41_0014  # "MA", issue 14


def _at(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="microseconds")


def _addr(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return str(value)


def row_content(event: Any) -> dict[str, Any]:
    """The fields the hash covers, read by duck typing (the model or a historical model)."""
    return {
        "at": _at(event.at),
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "result": event.result,
        "remote_addr": _addr(event.remote_addr),
        "detail": event.detail,
    }


def row_digest(event: Any, previous_hash: str) -> str:
    """SHA-256 (hex) of the row's canonical JSON together with the previous row's hash."""
    payload = {"previous_hash": previous_hash, "row": row_content(event)}
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_chain(connection) -> None:
    """Serialize appends until the transaction ends, so two writers never fork the chain.

    PostgreSQL: a transaction-level advisory lock. SQLite serializes writers itself.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])

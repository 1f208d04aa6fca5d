"""The low-level writer of the audit log. Apps call audit.events, one function per event."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import models, router, transaction

from .models import AuditEvent
from .proxies import client_ip


def _client_ip(request) -> str | None:
    # X-Forwarded-For only counts behind a trusted proxy (SSO_TRUSTED_PROXIES): audit.proxies.
    return client_ip(request)


def audit_log(
    *,
    action: str,
    actor=None,
    obj: models.Model | None = None,
    result: str = "ok",
    request=None,
    detail: dict | None = None,
) -> AuditEvent:
    """Append one audit row. `detail` holds ids and counts only, never chat text.

    Only audit.events calls this (chats.review and chats.purge until they move to it): a new event
    gets its own function and AuditAction code there, not a free-form `action` here.
    """
    event = _event(action=action, actor=actor, obj=obj, result=result, request=request)
    event.detail = detail or {}
    batch = _batch.get()
    if batch is not None and _savepoint_depth() <= batch.depth:
        batch.rows.append(event)  # written when the batch ends
    else:
        # No batch, or inside a savepoint opened within it: written now, so that a rollback of
        # the savepoint takes the row along (a row left for the batch's end would outlive it).
        # It then precedes the batch's rows in the chain.
        event.save()
    return event


@dataclass
class _Batch:
    rows: list[AuditEvent]
    depth: int  # the savepoints open when the batch began


_batch: ContextVar[_Batch | None] = ContextVar("audit_batch", default=None)


def _savepoint_depth() -> int:
    return len(transaction.get_connection(router.db_for_write(AuditEvent)).savepoint_ids)


@contextmanager
def batched() -> Iterator[None]:
    """Collect the rows written inside the block and append them, in order and chained, as one
    INSERT when it ends: for a bulk action that writes hundreds of rows. Use it inside the
    transaction of the change the rows record; an exception writes nothing. A row logged
    inside a savepoint opened within the block is written at once (see audit_log)."""
    if _batch.get() is not None:  # already inside a batch: that one writes
        yield
        return
    token = _batch.set(_Batch(rows=[], depth=_savepoint_depth()))
    try:
        yield
        rows = _batch.get().rows
    finally:
        _batch.reset(token)
    AuditEvent.append_many(rows)


def _event(*, action: str, actor, obj, result: str, request) -> AuditEvent:
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if actor is not None and not actor.is_authenticated:
        actor = None
    return AuditEvent(
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        result=result,
        remote_addr=_client_ip(request),
    )

"""The low-level writer of the audit log. Apps call audit.events, one function per event."""

from django.db import models

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
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if actor is not None and not actor.is_authenticated:
        actor = None
    return AuditEvent.objects.create(
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        result=result,
        remote_addr=_client_ip(request),
        detail=detail or {},
    )

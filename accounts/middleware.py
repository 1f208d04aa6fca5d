"""Separation of duties in the audit log: a refused decision is a security event."""

from audit import events

from .duties import DutyRefused


class DutyRefusedAuditMiddleware:
    """Records every DutyRefused (Beheer trying a decision on a record or a Woo request); Django
    then answers it with 403 as any PermissionDenied."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DutyRefused):
            events.decision_refused(reason=exception.message, path=request.path, request=request)
        return None

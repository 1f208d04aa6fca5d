"""Django's own upload guards answered with the intake form instead of an error page."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.urls import reverse

from accounts.permissions import ADD_SUBMISSION
from chats.intake import intake_error

from .intake_config import intake_limits
from .views import submission_new_too_large

FORM_TOO_LARGE = (
    "Het formulier is te groot om te verwerken. Maak de omschrijving korter en probeer het opnieuw."
)
FILL_IN_AGAIN = "Vul het formulier daarna opnieuw in."


class UploadLimitMiddleware:
    """Parses a post to the intake form early and answers Django's refusals in Dutch.

    DATA_UPLOAD_MAX_NUMBER_FILES, DATA_UPLOAD_MAX_NUMBER_FIELDS and DATA_UPLOAD_MAX_MEMORY_SIZE
    stop parsing with an exception that would otherwise become the generic 400 page ("Dit
    verzoek kon niet worden verwerkt"). For an employee who may submit, the form comes back
    with the limit in Dutch. Must come after the authentication middleware. Only a form is
    rendered (nothing is stored), so answering before the CSRF check is safe.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path == reverse("submission_new"):
            try:
                request.POST  # noqa: B018 - parsing streams the files through the upload handler
            except TooManyFilesSent:
                if not self._may_submit(request):
                    raise
                error = intake_error("too_many_files", limits=intake_limits()).message
                return submission_new_too_large(
                    request, error=f"{error} {FILL_IN_AGAIN}", status=413
                )
            except (RequestDataTooBig, TooManyFieldsSent):
                if not self._may_submit(request):
                    raise
                return submission_new_too_large(request, error=FORM_TOO_LARGE, status=413)
        return self.get_response(request)

    @staticmethod
    def _may_submit(request) -> bool:
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.has_perm(ADD_SUBMISSION))

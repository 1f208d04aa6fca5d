"""Employee pages: the intake form and "Mijn inzendingen"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.permissions import ADD_SUBMISSION

from .constants import FileRole, SubmissionStatus
from .forms import SubmissionForm
from .selectors import submission_for_user, submissions_for_user
from .services import IncomingFile, SubmissionRefused, submission_create, submission_refused_log


@login_required
def home(request):
    return render(request, "home.html")


def _incoming(uploaded) -> IncomingFile:
    return IncomingFile(
        path=uploaded.temporary_file_path(),
        client_name=uploaded.name or "",
        sha256=getattr(uploaded, "sha256", None),
        too_large=getattr(uploaded, "too_large", False),
        skipped=getattr(uploaded, "skipped", ""),
        size=uploaded.size,
    )


RECEIVED_MESSAGE = (
    "Dank u wel. Het gesprek is ontvangen en wordt nu verwerkt. Informatiebeheer "
    "beoordeelt het daarna; u ziet de status hieronder."
)


@login_required
@permission_required(ADD_SUBMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def submission_new(request):
    form = SubmissionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        files = [_incoming(f) for f in form.cleaned_data["files"]]
        try:
            submission = submission_create(
                user=request.user, files=files, **form.submission_fields()
            )
        except SubmissionRefused as refused:
            submission_refused_log(user=request.user, errors=refused.errors, file_count=len(files))
            for error in refused.errors:
                form.add_error("files", error)
        else:
            # Processing may already have run (eagerly, or a fast worker): a failed submission
            # gets no "wordt nu verwerkt"; its page says what went wrong.
            submission.refresh_from_db(fields=["status"])
            if submission.status != SubmissionStatus.MISLUKT:
                messages.success(request, RECEIVED_MESSAGE)
            return redirect("submission_detail", pk=submission.pk)
    return render(request, "chats/submission_form.html", {"form": form})


def submission_new_too_large(request, *, error: str, status: int):
    """The intake form again, for a post Django refused to parse (too many files or fields).

    Nothing of the post could be read, so the form starts empty with `error` above it. Called
    by UploadLimitMiddleware before the CSRF check, which is why it only renders a form.
    """
    form = SubmissionForm()
    return render(
        request, "chats/submission_form.html", {"form": form, "upload_error": error}, status=status
    )


@login_required
def submission_list(request):
    submissions = submissions_for_user(request.user)
    return render(request, "chats/submission_list.html", {"submissions": submissions})


@login_required
def submission_detail(request, pk: int):
    submission = submission_for_user(request.user, pk)
    files = submission.files.filter(role=FileRole.ORIGINAL)
    return render(
        request, "chats/submission_detail.html", {"submission": submission, "files": files}
    )

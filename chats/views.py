"""Employee pages: the intake form and "Mijn inzendingen"."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from accounts.permissions import ADD_SUBMISSION

from .constants import REVIEWABLE_STATUSES, FileRole, SubmissionStatus
from .forms import AnswerForm, SubmissionForm
from .intake.names import display_name
from .paging import asked_page, tell_page
from .selectors import (
    RESUBMITTABLE,
    archived_message_count,
    resubmissions_among,
    resubmittable_for_user,
    resubmitted_as,
    screenshot_counts,
    submission_for_token,
    submission_for_user,
    submissions_for_user,
    withdrawn_by,
)
from .services import (
    IncomingFile,
    SubmissionRefused,
    refused_file_marks,
    submission_answer,
    submission_create,
    submission_refused_files,
    submission_refused_log,
    submission_withdraw,
    withdraw_refusal,
    withdrawable_ids,
)
from .wording import choose_files_again, loose_files_archived, named_together


@login_required
def home(request):
    # Submissions Informatiebeheer asked a question about: the employee's answer is awaited,
    # so the first page after login says so (not only "Mijn inzendingen" and the e-mail).
    asked = submissions_for_user(request.user).filter(status=SubmissionStatus.TERUG_NAAR_INDIENER)
    return render(request, "home.html", {"asked": list(asked[:10])})


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
PROCESSED_MESSAGE = (
    "Dank u wel. Het gesprek is ontvangen en verwerkt. Informatiebeheer beoordeelt het en "
    "koppelt het aan een zaak; u ziet de status hieronder."
)


def received_message(status: str) -> str:
    """The thank-you after an upload, as far as processing got (with eager tasks or a fast
    worker it is already done, and the status box below says so)."""
    if status in (SubmissionStatus.ONTVANGEN, SubmissionStatus.IN_VERWERKING):
        return RECEIVED_MESSAGE
    return PROCESSED_MESSAGE


@login_required
@permission_required(ADD_SUBMISSION, raise_exception=True)
@require_http_methods(["GET", "POST"])
def submission_new(request):
    left_empty: list[str] = []
    if request.method == "POST":
        started = timezone.now()
        token = _form_token(request.POST.get("form_token"))
        already = submission_for_token(user=request.user, form_token=token)
        if already is not None:
            # Back, then "Gesprek bewaren" again: this form was sent; nothing new is stored.
            messages.info(request, ALREADY_RECEIVED)
            return redirect("submission_detail", pk=already.pk)
        form = SubmissionForm(request.POST, request.FILES)
        files_refused = frozenset()
        if form.is_valid():
            files = [_incoming(f) for f in form.cleaned_data["files"]]
            earlier = resubmittable_for_user(request.user, form.cleaned_data.get("opnieuw"))
            try:
                submission = submission_create(
                    user=request.user,
                    files=files,
                    form_token=form.cleaned_data.get("form_token"),
                    resubmission_of=earlier,
                    **form.submission_fields(),
                )
            except SubmissionRefused as refused:
                _log_refusal(request, token, refused, files)
                files_refused = _refused_shown(form, refused)
            else:
                if submission.created_at < started:  # a concurrent twin of this POST stored it
                    messages.info(request, ALREADY_RECEIVED)
                else:
                    # Processing may already have run (eagerly, or a fast worker): a failed
                    # submission gets no "wordt nu verwerkt"; its page says what went wrong.
                    submission.refresh_from_db(fields=["status"])
                    if submission.status != SubmissionStatus.MISLUKT:
                        messages.success(request, received_message(submission.status))
                return redirect("submission_detail", pk=submission.pk)
        elif form.cleaned_data.get("files"):
            # Other fields are wrong: a file refused by its content is said now too.
            files = [_incoming(f) for f in form.cleaned_data["files"]]
            refused = submission_refused_files(files)
            if refused is not None:
                _log_refusal(request, token, refused, files)
                files_refused = _refused_shown(form, refused)
    else:
        earlier = resubmittable_for_user(request.user, request.GET.get("opnieuw"))
        initial = SubmissionForm.initial_from(earlier) if earlier else {}
        form = SubmissionForm(initial={**initial, "form_token": uuid.uuid4()})
        files_refused = frozenset()
        left_empty = SubmissionForm.resubmit_left_empty(earlier) if earlier else []
    chosen = [display_name(f.name or "") for f in request.FILES.getlist("files")]
    return render(
        request,
        "chats/submission_form.html",
        {
            "form": form,
            "resubmitting": _resubmitting(request, form),
            # Fields of the resubmitted one that held only a placeholder: typed again.
            "left_empty": named_together([_field_phrase(form, name) for name in left_empty]),
            # A browser never fills a file field again: only then ask to choose them again,
            # naming the refused ones and the others (static/js/upload.js puts back files
            # that were not refused themselves, and says so).
            "files_chosen": bool(chosen),
            "choose_files_again": choose_files_again(chosen, files_refused),
        },
    )


# The refused files already written to the security log, per form (session; the last few).
REFUSED_LOGGED = "refused_logged"
REFUSED_LOGGED_KEPT = 50


def _log_refusal(request, token, refused, files) -> None:
    """A refused upload in the security log, once: the same file refused again when the
    employee puts the other fields right and sends the same form again is no new refusal."""
    logged = request.session.get(REFUSED_LOGGED, [])
    marks = [f"{token}:{mark}" for mark in refused_file_marks(files, refused.refused)]
    if marks and all(mark in logged for mark in marks):
        return
    submission_refused_log(user=request.user, errors=refused.errors, file_count=len(files))
    if marks:
        kept = logged + [mark for mark in marks if mark not in logged]
        request.session[REFUSED_LOGGED] = kept[-REFUSED_LOGGED_KEPT:]


def _refused_shown(form, refused) -> frozenset[int]:
    """The refusal's errors on the form; the refused files' positions, also on the file input
    (static/js/upload.js puts the other chosen files back, by position)."""
    for error in refused.errors:
        form.add_error(refused.field, error)
    if refused.refused:
        form.fields["files"].widget.attrs["data-refused"] = ",".join(
            str(position) for position in sorted(refused.refused)
        )
    return refused.refused


# The typed fields a resubmission can start empty (SubmissionForm.resubmit_left_empty), as the
# note above the form names them: each noun with its own article ("de korte omschrijving", not
# "het korte omschrijving"), and a short noun where the label is a question ("Met wie dan?").
FIELD_PHRASES = {
    "onderwerp": "het onderwerp",
    "omschrijving": "de korte omschrijving",
    "gesprekspartner_anders": "de gesprekspartner",
    "zaaknummer": "het zaaknummer",
    "elders_vastgelegd_waar": "de plek waar het ook staat",
}


def _field_phrase(form, name: str) -> str:
    """The field `name` as "Vul … opnieuw in" names it; a field not in FIELD_PHRASES by its
    label."""
    return FIELD_PHRASES.get(name) or f"het veld ‘{form.fields[name].label}’"


ALREADY_RECEIVED = (
    "Dit formulier was al verstuurd. Het gesprek is één keer ontvangen; hieronder ziet u die "
    "inzending."
)


def _form_token(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _resubmitting(request, form):
    """The earlier submission this form sends again (shown above the form), if any."""
    pk = form["opnieuw"].value()
    return resubmittable_for_user(request.user, pk) if pk else None


def submission_new_too_large(request, *, error: str, status: int):
    """The intake form again, for a post Django refused to parse (too many files or fields).

    Nothing of the post could be read, so the form starts empty with `error` above it. Called
    by UploadLimitMiddleware before the CSRF check, which is why it only renders a form.
    """
    form = SubmissionForm(initial={"form_token": uuid.uuid4()})
    return render(
        request,
        "chats/submission_form.html",
        {"form": form, "upload_error": error, "resubmitting": None},
        status=status,
    )


# Uploads a page of "Mijn inzendingen": an employee can have hundreds.
SUBMISSION_PAGE_SIZE = 25


@login_required
def submission_list(request):
    asked = asked_page(request.GET.get("pagina"))
    page = Paginator(submissions_for_user(request.user), SUBMISSION_PAGE_SIZE).get_page(
        asked.number
    )
    tell_page(request, asked, page)
    return render(
        request,
        "chats/submission_list.html",
        {
            "submissions": page,
            # An upload still being processed: the list follows it, as its own page does.
            "following": any(s.is_being_processed for s in page),
            # Uploads the employee may still withdraw ("Intrekken"): not reviewed yet.
            "withdrawable": withdrawable_ids(page),
            # Rejected or failed uploads the employee already sent again: {pk: the new one's pk}.
            "resubmitted": resubmissions_among(request.user, page),
            "page_numbers": page.paginator.get_elided_page_range(page.number, on_ends=1),
            "ellipsis": Paginator.ELLIPSIS,
        },
    )


def _detail(request, submission, *, answer_form=None):
    files = submission.files.filter(role=FileRole.ORIGINAL)
    questions = list(submission.questions.all())
    open_question = next((q for q in reversed(questions) if q.answered_at is None), None)
    asking = submission.status == SubmissionStatus.TERUG_NAAR_INDIENER
    # Attachments the export names but the upload lacks: while the submission is still under
    # review (also while a question is open) the employee must not delete the chat yet.
    media_missing = (
        next(
            (
                str(flag.get("message", ""))
                for flag in submission.flags or []
                if isinstance(flag, dict) and flag.get("code") == "media_missing"
            ),
            "",
        )
        if submission.status in REVIEWABLE_STATUSES
        else ""
    )
    screenshots, documents, archived_loose = screenshot_counts(submission)
    return render(
        request,
        "chats/submission_detail.html",
        {
            "submission": submission,
            "screenshots": screenshots,
            "documents": documents,
            "loose_files": loose_files_archived(screenshots, documents, archived_loose),
            "files": files,
            "questions": questions,
            "media_missing": media_missing,
            "earlier": _earlier_upload(submission),
            "archived_messages": archived_message_count(submission),
            # Asked before questions were kept as rows: the question is the review note.
            "open_question": open_question.question
            if open_question
            else (submission.review_note if asking else ""),
            "answer_form": (answer_form or AnswerForm()) if asking else None,
            "can_withdraw": not withdraw_refusal(submission),
            # Sent again already: the page links to the new upload instead of offering a second.
            "resubmitted_as": resubmitted_as(request.user, submission),
            "resubmission_of": _own_earlier(request.user, submission),
            "can_resubmit": submission.status in RESUBMITTABLE
            and request.user.has_perm(ADD_SUBMISSION),
        },
        status=400 if answer_form is not None and answer_form.errors else 200,
    )


def _own_earlier(user, submission):
    """The user's own rejected or failed upload that `submission` sends again, if any."""
    earlier = submission.resubmission_of
    return earlier if earlier is not None and earlier.submitted_by_id == user.pk else None


def _earlier_upload(submission):
    """The employee's own earlier upload of exactly these files, if any (the review queue marks
    it "mogelijk dubbel"; the employee is told too)."""
    earlier = submission.duplicate_of
    if earlier is None or earlier.submitted_by_id != submission.submitted_by_id:
        return None
    if submission.status in (SubmissionStatus.AFGEWEZEN, SubmissionStatus.GEARCHIVEERD):
        # Decided: "u hoeft niets te doen" next to "Afgewezen" is stale; the decision says it.
        return None
    return earlier


def _withdrawn_or_404(request, pk: int):
    """The 410 page for the submitter's own withdrawn upload; anyone else's Http404 stands."""
    if not withdrawn_by(request.user, pk):
        raise Http404
    return render(request, "chats/submission_withdrawn.html", status=410)


@login_required
def submission_detail(request, pk: int):
    try:
        submission = submission_for_user(request.user, pk)
    except Http404:
        # An old link (an e-mail, a bookmark) to an upload its submitter withdrew (walk 49).
        return _withdrawn_or_404(request, pk)
    return _detail(request, submission)


@login_required
@require_http_methods(["POST"])
def submission_answer_view(request, pk: int):
    """The submitter answers Informatiebeheer's question; the submission returns to the queue."""
    submission = submission_for_user(request.user, pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            submission_answer(
                submission_id=submission.pk,
                user=request.user,
                answer=form.cleaned_data["answer"],
                request=request,
            )
        except ValidationError as exc:
            if submission.status != SubmissionStatus.TERUG_NAAR_INDIENER:
                # No open question (answered already, in another tab): say so on the page.
                messages.error(request, " ".join(exc.messages))
                return redirect("submission_detail", pk=submission.pk)
            form.add_error("answer", exc)
        else:
            messages.success(
                request,
                "Dank u wel. Uw antwoord is naar Informatiebeheer gestuurd; zij beoordelen het "
                "gesprek verder.",
            )
            return redirect("submission_detail", pk=submission.pk)
    return _detail(request, submission, answer_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def submission_withdraw_view(request, pk: int):
    """ "Intrekken": GET asks to confirm and says what happens to the data; POST withdraws."""
    try:
        submission = submission_for_user(request.user, pk)
    except Http404:
        # The back button after withdrawing (walk 51): withdrawn already, nothing to do again.
        return _withdrawn_or_404(request, pk)
    if request.method == "POST":
        onderwerp = submission.onderwerp
        try:
            submission_withdraw(submission_id=submission.pk, user=request.user, request=request)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("submission_detail", pk=submission.pk)
        messages.success(
            request,
            f"De inzending ‘{onderwerp}’ is ingetrokken. De bestanden en alles wat daaruit was "
            "gemaakt zijn verwijderd; Informatiebeheer ziet de inzending niet meer.",
        )
        return redirect("submission_list")
    return render(
        request,
        "chats/submission_withdraw.html",
        {
            "submission": submission,
            "refusal": withdraw_refusal(submission),
            "backup_keep_days": settings.ARCHIEF_BACKUP_KEEP_DAYS,
        },
    )

"""Woo pages of the decision: the request page, assessing a record, passages, terms, release."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.duties import may_decide_on_woo, may_see_requester
from accounts.permissions import CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, VIEW_WOOVERZOEK
from chats.models import Message
from chats.paging import asked_page, tell_page
from chats.pdf_pages import PDF_TYPE
from chats.review.forms import area_clipped_note
from chats.wording import aantal, shown_number

from . import besluit, grounds
from .assessment import assessment_page, judged_verdicts, request_overview
from .constants import OcrPlaats, Oordeel, ReleaseStatus
from .forms import (
    AreaForm,
    BeoordelingForm,
    DatumForm,
    OcrPassageForm,
    PassageForm,
    PassageGrondForm,
    VerzoekDetailsForm,
)
from .legal_hold import hold_until_text
from .models import WooPassage, WooVerzoek
from .records import archived_record
from .release import paints_text_passages, text_places_known
from .release_jobs import (
    KIND_TYPES,
    assessment_state,
    release_file,
    release_request,
    release_state,
)
from .services import WooError, release_log, verzoek_details_update
from .tasks import enqueue_ocr_reading, enqueue_release
from .verzoek_overview import termijn_of
from .views import _page, woo_permission


def _form_errors(request, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def _error_text(form) -> str:
    """A refused form's errors as one Dutch sentence, to show beside the field it came from."""
    return " ".join(error for errors in form.errors.values() for error in errors)


def _attempt(form, action) -> tuple[object, str]:
    """Validate `form` and run `action(cleaned_data)`: (its result, "") or (None, the reason)."""
    if not form.is_valid():
        return None, _error_text(form)
    try:
        return action(form.cleaned_data), ""
    except WooError as refused:
        return None, refused.message


def _apply(request, form, action):
    """Validate `form` and run `action(cleaned_data)`; what went wrong becomes a Dutch message.
    The action's result, or None when the form or the action refused."""
    if not form.is_valid():
        _form_errors(request, form)
        return None
    try:
        return action(form.cleaned_data)
    except WooError as error:
        messages.error(request, error.message)
        return None


def _anchor_if_valid(request, form) -> str:
    return request.POST.get("anker", "") if form.is_valid() else ""


# The request page lists its selection this many at a time: one long chat adds hundreds of
# messages, each with its own remove button.
SELECTION_PAGE_SIZE = 100


def _selection_page(verzoek, number):
    """One page of the request's selection; a page number past the end gives the last page."""
    selecties = verzoek.selecties.select_related("submission__zaak").order_by(
        "submission_id", "message_seq", "pk"
    )
    return Paginator(selecties, SELECTION_PAGE_SIZE).get_page(number)


@require_GET
@woo_permission(VIEW_WOOVERZOEK, SEARCH_ARCHIVE)
def verzoek_detail(request, pk: int):
    return _verzoek_page(
        request, get_object_or_404(WooVerzoek.objects.select_related("zaak"), pk=pk)
    )


def _verzoek_page(request, verzoek, *, details_form=None, status: int = 200):
    """The request's page; `details_form`: its details as refused, shown open with the errors."""
    asked = asked_page(request.GET.get("selectie"))
    selecties = _selection_page(verzoek, asked.number)
    tell_page(request, asked, selecties, of=" van de selectie")
    lines, missing = request_overview(verzoek)
    may_decide = request.user.has_perm(CHANGE_WOOVERZOEK) and may_decide_on_woo(request.user)
    can_change = may_decide and verzoek.is_open
    can_register = may_decide and not verzoek.is_open
    sees_requester = may_see_requester(request.user)
    shown_fields = {"bezwaar-datum"} if can_register else set()
    if can_change:
        shown_fields |= {DECISION_DATE, "opschorting-datum"} | (
            set() if verzoek.verdaagd_op else {"verdagen-datum"}
        )
    return render(
        request,
        "woo/verzoek_detail.html",
        {
            "verzoek": verzoek,
            "selecties": selecties,
            "records": lines,
            "documents": sum(line.documents for line in lines),
            "released": sum(line.released for line in lines),
            "assessed": sum(line.assessed for line in lines),
            "unassessed": missing,
            "unassessed_links": [(doc.ref, doc.url(verzoek.pk)) for doc in missing.first],
            "unassessed_more": missing.count - len(missing.first),
            "release": release_state(verzoek),
            "termijn": termijn_of(verzoek),
            "opschortingen": list(verzoek.opschortingen.all()),
            "hold_until": hold_until_text(verzoek),
            "holds": verzoek.holds_on(timezone.localdate()),
            "today": timezone.localdate(),
            "refused_date": _refused_date_shown(request, verzoek.pk, shown_fields),
            "can_change": can_change,
            "can_register": can_register,
            # The release is the Woo officer's: Beheer sees its state, not its files or button.
            "may_release": may_decide,
            # The requester is personal data: Woo officers only (not Beheer).
            "sees_requester": sees_requester,
            "details_form": details_form
            or (
                VerzoekDetailsForm(instance=verzoek, requester=sees_requester)
                if can_change
                else None
            ),
        },
        status=status,
    )


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def verzoek_details_post(request, pk: int):
    """Correct the request's subject, zaak and requester."""
    verzoek = get_object_or_404(WooVerzoek.objects.select_related("zaak"), pk=pk)
    if not (may_decide_on_woo(request.user) and verzoek.is_open):
        messages.error(request, "De gegevens van dit verzoek kunt u niet meer wijzigen.")
        return redirect("woo:verzoek_detail", pk=pk)
    form = VerzoekDetailsForm(
        request.POST,
        instance=WooVerzoek.objects.get(pk=pk),
        requester=may_see_requester(request.user),
    )
    if not form.is_valid():
        return _verzoek_page(request, verzoek, details_form=form, status=400)
    try:
        changed = verzoek_details_update(
            user=request.user, verzoek=verzoek, request=request, **form.cleaned_data
        )
    except WooError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            "De gegevens van het verzoek zijn opgeslagen." if changed else "Er is niets gewijzigd.",
        )
    return redirect("woo:verzoek_detail", pk=pk)


@require_GET
@woo_permission(VIEW_WOOVERZOEK, SEARCH_ARCHIVE)
def beoordelen(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    record = archived_record(submission_id)
    seq = request.GET.get("bericht", "")
    # A link to one message (?bericht=<volgnummer>) opens the page that holds it.
    message = int(seq) if seq.isdigit() and int(seq) < 2**31 else None
    asked = _page(request)
    data = assessment_page(verzoek, submission_id, page=asked.number, seq=message)
    if message is None:
        tell_page(request, asked, data)
    may_decide = request.user.has_perm(CHANGE_WOOVERZOEK) and may_decide_on_woo(request.user)
    return render(
        request,
        "woo/beoordelen.html",
        {
            "verzoek": verzoek,
            "record": record,
            "data": data,
            "form": BeoordelingForm(),
            "refused": _own_refused(request, REFUSED_JUDGEMENT, [pk, submission_id]),
            "refused_passage": _refused_passage_shown(request, [pk, submission_id], data),
            "refused_ocr_passage": _refused_ocr_passage_shown(request, [pk, submission_id], data),
            "grond_choices": grounds.choices(),
            "default_grond": grounds.PERSONAL_DATA,
            # A stored blackout on a ground no longer listed shows it, not the list's first.
            "grond_codes": set(grounds.BY_CODE),
            "oordeel_choices": Oordeel.choices,
            "needs_ground": [Oordeel.DEELS_OPENBAAR.value, Oordeel.NIET_OPENBAAR.value],
            "can_change": may_decide and verzoek.is_open,
            # A decided request: only a judgement that lapsed (a screenshot Informatiebeheer
            # withheld after the decision, a document it blacked out more of after it was
            # judged) is judged again, so the export can be made again.
            "can_rejudge": may_decide and not verzoek.is_open,
        },
    )


def _back(verzoek_pk: int, submission_id: int, request, anchor: str = "") -> str:
    url = reverse("woo:beoordelen", args=[verzoek_pk, submission_id])
    page = request.POST.get("pagina", "")
    if page.isdigit():
        url += f"?pagina={page}"
    return url + (f"#{anchor}" if anchor else "")


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def beoordeling_post(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = BeoordelingForm(request.POST)
    message_id = request.POST.get("bericht", "")
    media_id = request.POST.get("schermafbeelding", "")
    anchor = ""
    if not form.is_valid():
        # Like a refusal of the service: back at its document, with what was chosen and typed.
        _keep_refused_judgement(request, [pk, submission_id], _error_text(form))
        anchor = _document_anchor(request)
    elif not (message_id.isdigit() or media_id.isdigit()):
        messages.error(request, "Kies een bericht of schermafbeelding om te beoordelen.")
    else:
        try:
            saved = besluit.beoordeling_save(
                user=request.user,
                verzoek=verzoek,
                message_id=int(message_id) if message_id.isdigit() else None,
                media_id=int(media_id) if media_id.isdigit() else None,
                request=request,
                **form.cleaned_data,
            )
        except WooError as error:
            if verzoek.is_open or besluit.judgement_lapsed(
                verzoek,
                message_id=int(message_id) if message_id.isdigit() else None,
                media_id=int(media_id) if media_id.isdigit() else None,
            ):
                _keep_refused_judgement(request, [pk, submission_id], error.message)
            else:  # no form for it on a decided request: a page message says why
                messages.error(request, error.message)
        else:
            messages.success(request, f"{saved.document_ref}: {saved.get_oordeel_display()}.")
        anchor = request.POST.get("anker", "")
    return redirect(_back(pk, submission_id, request, anchor))


REFUSED_JUDGEMENT = "woo_refused_judgement"


def _own_refused(request, key: str, record: list[int]) -> dict | None:
    """What a refused form kept under `key` for this page's `record` (read once). Anchors and
    field ids ('bericht-1', 'alles-beoordelen') recur on every record's page, and a note may name
    people: another record's page opened first (a second tab) neither shows it nor ends it."""
    kept = request.session.get(key)
    if not isinstance(kept, dict) or kept.get("record") != record:
        return None
    return request.session.pop(key)


def _document_anchor(request) -> str:
    """The anchor of the document a judgement form was for (its own, or from its ids)."""
    anchor = request.POST.get("anker", "")
    if anchor:
        return anchor
    message_id = request.POST.get("bericht", "")
    media_id = request.POST.get("schermafbeelding", "")
    if media_id.isdigit():
        return f"schermafbeelding-{media_id}"
    if message_id.isdigit():
        seq = Message.objects.filter(pk=int(message_id)).values_list("seq", flat=True).first()
        if seq is not None:
            return f"bericht-nr-{shown_number(seq)}"
    return ""


def _keep_refused_judgement(request, record: list[int], error: str, anchor: str = "") -> None:
    """A refused judgement returns at its document (or `anchor`), with the officer's choices and
    the reason."""
    anchor = anchor or _document_anchor(request)
    if not anchor:
        messages.error(request, error)
        return
    request.session[REFUSED_JUDGEMENT] = {
        "record": record,
        "anchor": anchor,
        "oordeel": request.POST.get("oordeel", ""),
        "gronden": request.POST.getlist("gronden"),
        "url": request.POST.get("reeds_openbaar_url", ""),
        "note": request.POST.get("toelichting", ""),
        "error": error,
    }


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def beoordeling_record_post(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = BeoordelingForm(request.POST)
    skipped = []
    count, error = _attempt(
        form,
        lambda data: besluit.beoordeling_save_record(
            user=request.user,
            verzoek=verzoek,
            submission_id=submission_id,
            only_unassessed=request.POST.get("ook_beoordeelde") != "1",
            request=request,
            skipped=skipped,
            **data,
        ),
    )
    if not error:
        judged = Oordeel(form.cleaned_data["oordeel"]).label.lower()
        said = f"{aantal(count, 'document', 'documenten')} beoordeeld als {judged}."
        split = _verdicts_now(verzoek, submission_id, request.user) if count else {}
        if set(split) - {form.cleaned_data["oordeel"]}:
            # 'Openbaar' of a document with something blacked out is 'deels openbaar'.
            parts = ", ".join(
                f"{n} {Oordeel(o).label.lower()}"
                for o, n in sorted(split.items(), key=lambda item: Oordeel.values.index(item[0]))
            )
            said = (
                f"{aantal(count, 'document', 'documenten')} beoordeeld: {parts} (in een deels "
                "openbaar document is iets weggelakt, zoals persoonsgegevens)."
            )
        messages.success(request, said)
        shots = [doc for doc in skipped if doc.media_id is not None]
        if shots:
            said = aantal(
                len(shots),
                "schermafbeelding is overgeslagen",
                "schermafbeeldingen zijn overgeslagen",
            )
            names = ", ".join(doc.label.lower() for doc in shots[:5])
            messages.warning(
                request,
                f"{said} ({names}): door Informatiebeheer achtergehouden, dus niet als "
                f"{judged} te beoordelen. Beoordeel ze als niet openbaar of vraag "
                "Informatiebeheer om vrijgave.",
            )
        held = [doc for doc in skipped if doc.media_id is None]
        if held:
            said = aantal(len(held), "bericht is overgeslagen", "berichten zijn overgeslagen")
            names = ", ".join(doc.label.lower() for doc in held[:5])
            messages.warning(
                request,
                f"{said} ({names}): de bijlage is door Informatiebeheer achtergehouden, dus "
                f"niet als {judged} te beoordelen. Beoordeel ze als niet openbaar (of deels "
                "openbaar als er tekst bij staat) of vraag Informatiebeheer om vrijgave.",
            )
        return redirect(_back(pk, submission_id, request))
    # Back in the all-documents form, opened, with the choices (not at the top of the page).
    _keep_refused_judgement(request, [pk, submission_id], error, anchor=ALL_DOCUMENTS_ANCHOR)
    return redirect(_back(pk, submission_id, request, ALL_DOCUMENTS_ANCHOR))


ALL_DOCUMENTS_ANCHOR = "alles-beoordelen"


def _verdicts_now(verzoek: WooVerzoek, submission_id: int, user) -> dict[str, int]:
    """The verdicts the documents this officer just judged at once stand at (one timestamp)."""
    latest = (
        verzoek.beoordelingen.filter(submission_id=submission_id, beoordeeld_door=user)
        .order_by("-beoordeeld_op")
        .values_list("beoordeeld_op", flat=True)
        .first()
    )
    if latest is None:
        return {}
    return judged_verdicts(verzoek, submission_id=submission_id, judged_at=latest)


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def passage_post(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = PassageForm(request.POST)
    added, error = _attempt(
        form,
        lambda data: besluit.passage_add(
            user=request.user,
            verzoek=verzoek,
            message_id=data["bericht"],
            passage=data["passage"],
            start=data["start"],
            grond=data["grond"],
            request=request,
        ),
    )
    if added is not None:
        messages.success(request, f"Passage weggelakt op grond van {added.grond}.")
        return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))
    anchor = _keep_refused_passage(request, [pk, submission_id], error)
    return redirect(_back(pk, submission_id, request, anchor))


REFUSED_PASSAGE = "woo_refused_passage"


def _kept_ground(request) -> str:
    """The ground a refused blackout comes back with: the one chosen, or (none or an unknown
    one) the default, never no choice (the list would show its first ground, 5.1.1a)."""
    posted = request.POST.get("grond", "")
    return posted if grounds.is_known(posted) else grounds.PERSONAL_DATA


def _keep_refused_passage(request, record: list[int], error: str) -> str:
    """A refused passage returns in its message's field, with the ground and the reason next to
    it, so a typo is corrected instead of typed again; the anchor to go back to."""
    message_id = request.POST.get("bericht", "")
    if not message_id.isdigit():
        messages.error(request, error)
        return ""
    request.session[REFUSED_PASSAGE] = {
        "record": record,
        "message": int(message_id),
        "passage": request.POST.get("passage", ""),
        "grond": _kept_ground(request),
        "error": error,
    }
    return _document_anchor(request)


def _refused_passage_shown(request, record: list[int], data) -> dict | None:
    """The refused passage for its message's field, or None (then a page message says why).
    Only on its own request's and record's page: the same record in another request shows the
    same message (review40)."""
    refused = _own_refused(request, REFUSED_PASSAGE, record)
    if refused is None:
        return None
    if any(row.message and row.message.pk == refused["message"] for row in data.rows):
        return refused
    messages.error(request, refused["error"])
    return None


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def ocr_passage_post(request, pk: int, submission_id: int):
    """Black out a passage of the text read from a screenshot or photo."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = OcrPassageForm(request.POST)
    passage, error = _attempt(
        form,
        lambda data: besluit.passage_ocr_add(
            user=request.user,
            verzoek=verzoek,
            media_id=data["afbeelding"],
            passage=data["passage"],
            start=data["start"],
            grond=data["grond"],
            request=request,
        ),
    )
    if passage is None:
        anchor = _keep_refused_ocr_passage(request, [pk, submission_id], error)
        return redirect(_back(pk, submission_id, request, anchor))
    media = passage.media
    if not paints_text_passages(media):
        # An image the release leaves out, a PDF whose pages it does not draw: nothing to read
        # or paint.
        messages.success(request, f"Passage weggelakt op grond van {passage.grond}.")
        return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))
    pdf = media.mime_type == PDF_TYPE
    if text_places_known(media):
        where = "op de pagina's van de bijlage" if pdf else "in de afbeelding zelf"
        messages.success(request, f"Passage weggelakt op grond van {passage.grond}, ook {where}.")
        return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))
    if pdf:
        _tell_pdf_reading(request, verzoek, passage)
        return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))
    # The words' places were not stored: the worker reads the image again (seconds of
    # OCR, no work for a request); without a worker (make run) a thread of its own.
    queued = enqueue_ocr_reading(verzoek_id=verzoek.pk, media_id=media.pk)
    passage.refresh_from_db(fields=["plaats"])
    if not queued or passage.plaats == OcrPlaats.ONBEKEND:
        # Not queued, or read at once (no worker) and failed (woo.release_jobs).
        messages.warning(
            request,
            f"Passage weggelakt op grond van {passage.grond}. De afbeelding kan nu niet "
            "worden gelezen; dat gebeurt bij het openbaar maken. Worden de woorden dan niet "
            "gevonden, dan blijft de afbeelding uit de openbaarmaking.",
        )
    elif passage.plaats == OcrPlaats.LEZEN:
        messages.info(
            request,
            f"Passage weggelakt op grond van {passage.grond}. De afbeelding wordt nu "
            "gelezen om de woorden ook in de afbeelding zelf weg te lakken; bij de "
            "afbeelding ziet u of dat is gelukt.",
        )
    elif passage.plaats == OcrPlaats.GEVONDEN:
        messages.success(
            request,
            f"Passage weggelakt op grond van {passage.grond}, ook in de afbeelding zelf: "
            "de afbeelding is opnieuw gelezen om de woorden te vinden.",
        )
    else:
        messages.warning(
            request,
            f"Passage weggelakt op grond van {passage.grond}. De plaats van de woorden in "
            "de afbeelding is niet bewaard en bij opnieuw lezen niet gevonden: daarom "
            "blijft de afbeelding uit de openbaarmaking (er staat een regel “Afbeelding "
            "niet openbaar” en de verantwoording noemt haar).",
        )
    return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))


def _tell_pdf_reading(request, verzoek: WooVerzoek, passage: WooPassage) -> None:
    """Queue reading a PDF's pages for a passage whose words' places were not kept, and say so."""
    queued = enqueue_ocr_reading(verzoek_id=verzoek.pk, media_id=passage.media_id)
    passage.refresh_from_db(fields=["plaats"])
    said = f"Passage weggelakt op grond van {passage.grond}."
    if not queued or passage.plaats == OcrPlaats.ONBEKEND:
        messages.warning(
            request,
            f"{said} De pagina's kunnen nu niet worden gelezen; dat gebeurt bij het openbaar "
            "maken. Worden de woorden dan niet gevonden, dan blijven de pagina's uit de "
            "openbaarmaking.",
        )
    elif passage.plaats == OcrPlaats.LEZEN:
        messages.info(
            request,
            f"{said} De pagina's worden nu gelezen om de woorden ook daar weg te lakken; bij "
            "de bijlage ziet u of dat is gelukt.",
        )
    elif passage.plaats == OcrPlaats.GEVONDEN:
        messages.success(
            request, f"{said} De woorden zijn ook op de pagina's van de bijlage gevonden."
        )
    else:
        messages.warning(
            request,
            f"{said} De woorden zijn op de pagina's niet gevonden: daarom blijven de pagina's "
            "uit de openbaarmaking (de tekst van de bijlage gaat wel mee, zonder de passage).",
        )


REFUSED_OCR_PASSAGE = "woo_refused_ocr_passage"


def _keep_refused_ocr_passage(request, record: list[int], error: str) -> str:
    """A refused passage of an image's text returns in that image's field with the ground and
    the reason (the field says: type or paste it over), like a message's passage; the anchor
    to go back to."""
    media_id = request.POST.get("afbeelding", "")
    if not media_id.isdigit():
        messages.error(request, error)
        return ""
    request.session[REFUSED_OCR_PASSAGE] = {
        "record": record,
        "media": int(media_id),
        "passage": request.POST.get("passage", "")[:2000],
        "grond": _kept_ground(request),
        "error": error,
    }
    return request.POST.get("anker", "")


def _refused_ocr_passage_shown(request, record: list[int], data) -> dict | None:
    """The refused passage for its image's field, or None (then a page message says why)."""
    refused = _own_refused(request, REFUSED_OCR_PASSAGE, record)
    if refused is None:
        return None
    shown = {row.media.pk for row in data.rows if row.media} | {
        image.pk for row in data.rows for image in row.images
    }
    if refused["media"] in shown:
        return refused
    messages.error(request, refused["error"])
    return None


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def area_post(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = AreaForm(request.POST)
    added = _apply(
        request,
        form,
        lambda data: besluit.passage_area_add(
            user=request.user,
            verzoek=verzoek,
            media_id=data["schermafbeelding"],
            x=data["x"] / 100,
            y=data["y"] / 100,
            breedte=data["breedte"] / 100,
            hoogte=data["hoogte"] / 100,
            grond=data["grond"],
            request=request,
        ),
    )
    if added is not None:
        data = form.cleaned_data
        note = area_clipped_note(
            x=data["x"], y=data["y"], breedte=data["breedte"], hoogte=data["hoogte"]
        )
        messages.success(request, f"Gebied weggelakt op grond van {added.grond}.{note}")
    return redirect(_back(pk, submission_id, request, _anchor_if_valid(request, form)))


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def passage_grond_post(request, pk: int, submission_id: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = PassageGrondForm(request.POST)
    changed = _apply(
        request,
        form,
        lambda data: besluit.passage_set_ground(
            user=request.user,
            verzoek=verzoek,
            message_id=data["bericht"],
            start=data["start"],
            grond=data["grond"],
            request=request,
        ),
    )
    if changed is not None:
        messages.success(request, f"Grond gewijzigd in {changed.grond}.")
    return redirect(_back(pk, submission_id, request, request.POST.get("anker", "")))


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def passage_delete(request, pk: int, submission_id: int, passage_pk: int):
    passage = get_object_or_404(WooPassage, pk=passage_pk, verzoek_id=pk)
    try:
        besluit.passage_remove(user=request.user, passage=passage, request=request)
    except WooError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "De weglakking is ongedaan gemaakt.")
    return redirect(_back(pk, submission_id, request, request.POST.get("anker", "")))


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def termijn_post(request, pk: int):
    """Extend the term, or start or end a suspension for third parties' views."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    action = request.POST.get("actie", "")
    if action == "verdaging_intrekken":  # no day: the extension registered is taken back
        try:
            besluit.verdaging_intrekken(user=request.user, verzoek=verzoek, request=request)
        except WooError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                "De verdaging is ingetrokken; de beslistermijn is weer vier weken na ontvangst.",
            )
        return redirect("woo:verzoek_detail", pk=pk)
    field = "verdagen-datum" if action == "verdagen" else "opschorting-datum"
    form = DatumForm(request.POST)
    if not form.is_valid():
        return _refuse_date(request, pk, field, " ".join(form.errors["datum"]))
    day = form.cleaned_data["datum"]
    try:
        if action == "verdagen":
            besluit.verzoek_verdagen(user=request.user, verzoek=verzoek, op=day, request=request)
            messages.success(request, "De beslistermijn is met twee weken verdaagd.")
        elif action == "opschorten":
            besluit.opschorting_start(
                user=request.user,
                verzoek=verzoek,
                van=day,
                reden=request.POST.get("reden", ""),
                request=request,
            )
            messages.success(request, "De beslistermijn is opgeschort voor zienswijze.")
        elif action == "hervatten":
            besluit.opschorting_end(user=request.user, verzoek=verzoek, tot=day, request=request)
            messages.success(request, "De opschorting is beëindigd; de termijn loopt weer.")
        else:
            raise WooError("Onbekende keuze voor de termijn.")
    except WooError as error:
        return _refuse_date(request, pk, field, error.message)
    return redirect("woo:verzoek_detail", pk=pk)


REFUSED_DATE = "woo_refused_date"
DECISION_DATE = "besluit-datum"  # the id of the decision day's field


def _refused_date_shown(request, pk: int, shown_fields: set[str]) -> dict | None:
    """The refused day for its field, or None when the page has no such field any more (a second
    extension, an objection on an open request): then a page message says why."""
    refused = _own_refused(request, REFUSED_DATE, [pk])
    if refused is None or refused["field"] in shown_fields:
        return refused
    messages.error(request, refused["error"])
    return None


def _refuse_date(request, pk: int, field: str, error: str):
    """Back to the request page with the refused day in its field (`field`: the input's id) and
    the reason next to it, instead of today's date and a message at the top of the page."""
    request.session[REFUSED_DATE] = {
        "record": [pk],
        "field": field,
        "datum": request.POST.get("datum", "")[:10],
        "error": error,
    }
    return redirect("woo:verzoek_detail", pk=pk)


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def bezwaar_post(request, pk: int):
    """Register an objection or appeal, or its outcome: the legal hold follows."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    form = DatumForm(request.POST)
    if not form.is_valid():
        return _refuse_date(request, pk, "bezwaar-datum", " ".join(form.errors["datum"]))
    day = form.cleaned_data["datum"]
    try:
        if request.POST.get("actie") == "ingesteld":
            besluit.bezwaar_register(
                user=request.user, verzoek=verzoek, ingesteld_op=day, request=request
            )
            messages.success(request, "Bezwaar of beroep vastgelegd; de bewaarplicht loopt door.")
        else:
            besluit.bezwaar_settle(
                user=request.user, verzoek=verzoek, afgerond_op=day, request=request
            )
            messages.success(
                request, f"Afronding vastgelegd; bewaarplicht {hold_until_text(verzoek)}."
            )
    except WooError as error:
        return _refuse_date(request, pk, "bezwaar-datum", error.message)
    return redirect("woo:verzoek_detail", pk=pk)


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def verzoek_afhandelen(request, pk: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    if not verzoek.is_open:  # decided in another tab: say so, whatever day was typed
        messages.error(request, "Dit Woo-verzoek is al afgehandeld.")
        return redirect("woo:verzoek_detail", pk=pk)
    form = DatumForm(request.POST)
    if request.POST.get("datum") and not form.is_valid():
        return _refuse_date(request, pk, DECISION_DATE, "Vul een geldige datum van het besluit in.")
    day = form.cleaned_data["datum"] if form.is_valid() else timezone.localdate()
    try:
        besluit.check_besluit_date(verzoek, day)
    except WooError as error:
        return _refuse_date(request, pk, DECISION_DATE, error.message)
    exported_before = release_state(verzoek).ready
    try:
        besluit.verzoek_close(user=request.user, verzoek=verzoek, besluit_op=day, request=request)
    except WooError as error:
        messages.error(request, error.message)
        return redirect(reverse("woo:verzoek_detail", args=[pk]) + "#nog-te-beoordelen")
    done = (
        f"Woo-verzoek {verzoek.nummer} is afgehandeld; de bewaarplicht loopt "
        f"{hold_until_text(verzoek)}."
    )
    if exported_before:
        # The verantwoording states the decision date, so the earlier files no longer match.
        done += (
            " De export van vóór het besluit is verouderd: maak hem opnieuw onder "
            "‘Besluit exporteren’."
        )
    messages.success(request, done)
    return redirect("woo:verzoek_detail", pk=pk)


RELEASE_ANCHOR = "#besluit-export"


def _start_release(request, verzoek: WooVerzoek, *, state: str | None = None):
    """Start (or find) the job for the current assessment (`state`, when read already); None
    when refused (message set)."""
    try:
        release, created = release_request(
            user=request.user, verzoek=verzoek, request=request, state=state
        )
    except WooError as error:
        messages.error(request, error.message)
        return None
    if created:
        enqueue_release(release.pk)  # eager (make run, tests): made by the time this returns
        release.refresh_from_db()
    if release.status == ReleaseStatus.MISLUKT:
        messages.error(request, release.foutmelding)
    elif release.status == ReleaseStatus.BEZIG:
        messages.info(
            request,
            "De export wordt gemaakt. Deze pagina ververst vanzelf; daarna kunt u de bestanden "
            "downloaden.",
        )
    return release


@require_POST
@woo_permission(VIEW_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def release_make_post(request, pk: int):
    """'Besluit exporteren' (or 'opnieuw maken'): the worker makes the files once."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    release = _start_release(request, verzoek)
    if release is None:
        return redirect(reverse("woo:verzoek_detail", args=[pk]) + "#nog-te-beoordelen")
    if release.status == ReleaseStatus.KLAAR:
        messages.success(request, "De export is klaar; download de bestanden hieronder.")
    return redirect(reverse("woo:verzoek_detail", args=[pk]) + RELEASE_ANCHOR)


def _serve(request, verzoek: WooVerzoek, stored) -> FileResponse:
    release = stored.release
    files = (
        {f.name: f.sha256 for f in release.files.order_by("pk")}
        if stored.kind == "zip"
        else {stored.name: stored.sha256}
    )
    release_log(
        user=request.user,
        verzoek=verzoek,
        files=files,
        documents=release.documenten,
        records=release.archiefstukken,
        request=request,
    )
    response = FileResponse(
        stored.file.open("rb"),
        content_type=stored.mime_type,
        as_attachment=True,
        filename=stored.name,
    )
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@woo_permission(VIEW_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def release_download(request, pk: int, kind: str):
    """One stored file of the current release (or all in a ZIP), refused while anything is
    unassessed. A GET changes nothing: without a current release it sends the officer to the
    request page, whose 'Besluit exporteren' button (POST, release_make_post) starts the job."""
    if kind not in KIND_TYPES:
        raise Http404("Onbekend bestand.")
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    try:
        besluit.require_assessed(
            user=request.user, verzoek=verzoek, what="exporteren", request=request
        )
    except WooError as error:
        messages.error(request, error.message)
        return redirect(reverse("woo:verzoek_detail", args=[pk]) + "#nog-te-beoordelen")
    # Read once: the file, the job and the file again are all for this assessment.
    state = assessment_state(verzoek)
    stored = release_file(verzoek, kind, state=state)
    if stored is None:
        messages.info(request, _no_release_text(release_state(verzoek, state=state)))
        return redirect(reverse("woo:verzoek_detail", args=[pk]) + RELEASE_ANCHOR)
    return _serve(request, verzoek, stored)


def _no_release_text(current) -> str:
    """Why a download link found no file (an old link, a bookmark, a prefetch)."""
    if current.running:
        return (
            "De export wordt nog gemaakt. Deze pagina ververst vanzelf; daarna kunt u de "
            "bestanden downloaden."
        )
    return (
        "Er is geen export van de huidige beoordeling om te downloaden. Maak de export onder "
        "‘Besluit exporteren’ hieronder."
    )

"""Woo pages: search, record view, media of a record, requests with their selection and exports."""

import re
from bisect import bisect_left
from datetime import date
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Value, When
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.duties import may_decide_on_woo, may_see_requester, require_woo_decider
from accounts.permissions import ADD_WOOVERZOEK, CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, VIEW_WOOVERZOEK
from accounts.roles import BEHEERDER, user_roles
from chats.constants import ServingRole
from chats.media_labels import download_name, media_label
from chats.paging import AskedPage, PageShown, asked_page, tell_page
from chats.purge import zaak_omschrijving_redacted
from chats.selectors import servable_file
from chats.wording import aantal, getal, seq_of_shown, shown_number
from zaken.models import ZAAKNUMMER, Zaak

from .constants import EntrySource, VerzoekStatus
from .forms import SearchForm, VerzoekForm
from .indexing import uses_postgres_search
from .models import WooSelectie, WooVerzoek
from .query import MAX_QUERY_LENGTH, parse_query
from .records import (
    archived_record,
    day_message_counts,
    days_in_request,
    hit_navigation,
    hits_with_nothing_to_add,
    in_request,
    record_days,
    record_last_seq,
    record_media_item,
    record_page_of_seq,
    record_reference,
    record_seq_on_date,
    record_view,
    records_not_searchable,
    unsearched_message_media,
)
from .search import MODE_CONVERSATION, MODE_MESSAGE, hit_with_exchange, record_hits, search
from .services import (
    CONTEXT_MESSAGES,
    NOTICE_MAX,
    WooError,
    media_download_log,
    melding_add,
    record_view_log,
    search_log,
    selectie_add,
    selectie_add_context,
    selectie_add_day,
    selectie_add_exchange,
    selectie_add_hits,
    selectie_remove,
    selectie_remove_many,
    verzoek_create,
)
from .verzoek_overview import verzoek_rows


def woo_permission(*perms: str, decides: bool = False):
    """Login required (redirect), then every permission (403 otherwise). A view that `decides`
    (changes a request, its selection, judgements or release) also refuses Beheer before it
    reads anything (separation of duties: DutyRefused, audited, 403), as the admin's review
    views do."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perms(perms):
                raise PermissionDenied
            if decides:
                require_woo_decider(request.user)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def is_beheer(user) -> bool:
    """Beheerder or superuser: the people who run the installation."""
    return user.is_superuser or BEHEERDER in user_roles(user)


def _page(request) -> AskedPage:
    """The page in the address (?pagina=); `tell_page` tells the officer when it does not exist."""
    return asked_page(request.GET.get("pagina"))


def _mode(request) -> str:
    """Search per conversation (default) or per message (?per=bericht)."""
    return MODE_MESSAGE if request.GET.get("per") == MODE_MESSAGE else MODE_CONVERSATION


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@require_GET
@woo_permission(SEARCH_ARCHIVE)
def search_view(request):
    moved = _zaaknummer_typed(request)
    if moved is not None:
        return moved
    form = SearchForm(request.GET or None)
    outcome = query = None
    if form.is_bound and form.is_valid():
        query = parse_query(form.cleaned_data["q"])
        filters = form.filters()
        if filters.zaak_id == 0:
            form.add_error("zaaknummer", "Er is geen zaak met dit zaaknummer.")
        asked = _page(request)
        outcome = search(query, filters, page=asked.number, mode=_mode(request))
        shown = outcome.record_count + outcome.partial_count
        tell_page(request, asked, PageShown(outcome.page, outcome.pages, count=shown))
        if outcome.searched:
            search_log(
                user=request.user, query=query, filters=filters, outcome=outcome, request=request
            )
    verzoek = form.cleaned_data.get("verzoek") if form.is_bound and form.is_valid() else None
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "woo/search.html",
        {
            "form": form,
            "outcome": outcome,
            "query": query,
            "verzoek": verzoek,
            "closed_verzoek": None if verzoek else _closed_verzoek(request),
            "in_request": in_request(
                verzoek, [r.submission.pk for r in outcome.records] if outcome else []
            ),
            "can_change": may_decide_on_woo(request.user),
            "not_searchable": records_not_searchable() if outcome and outcome.searched else None,
            "querystring": params.urlencode(),
            "max_query_length": MAX_QUERY_LENGTH,
            "full_text": uses_postgres_search(),
            # How the installation searches is for Beheer; Woo officers just search.
            "show_technical_notices": is_beheer(request.user),
            "mode": _mode(request),
            "mode_querystrings": _mode_querystrings(request),
            "year_querystring": _year_querystring(request, outcome),
            "also_searched": _also_searched(outcome),
            **_filters_context(request, form),
        },
    )


# A zaaknummer among the typed words, in any case ("z-2024-000123"), not inside a longer token.
_TYPED_ZAAKNUMMER = re.compile(rf"(?<![\w-])({ZAAKNUMMER.pattern})(?![\w-])", re.IGNORECASE)


def _zaaknummer_typed(request):
    """A zaaknummer typed in the search box means that zaak's records, as the Zaaknummer filter
    finds them (walk fix51d: "Z-2024-000123" gave "Niets gevonden" and no hint): the number
    moves into the filter, the other words stay, and the page says so. None (search as typed)
    when no one number was typed or the filter holds a number already."""
    typed = request.GET.get("q", "")
    found = {nummer.upper() for nummer in _TYPED_ZAAKNUMMER.findall(typed)}
    if len(found) != 1 or request.GET.get("zaaknummer", "").strip():
        return None
    nummer = found.pop()
    params = request.GET.copy()
    params["q"] = " ".join(_TYPED_ZAAKNUMMER.sub(" ", typed).split())
    params["zaaknummer"] = nummer
    params.pop("pagina", None)
    if Zaak.objects.filter(zaaknummer__iexact=nummer).exists():
        messages.info(
            request,
            f"{nummer} is een zaaknummer: u ziet de archiefstukken van zaak {nummer} "
            "(het filter Zaaknummer onder Filters).",
        )
    return redirect(f"{reverse('woo:search')}?{params.urlencode()}")


def _closed_verzoek(request) -> WooVerzoek | None:
    """The handled request a link asked for (?verzoek=<pk>): the form leaves it out, as no hits
    can be added to it, and the page says so instead of silently showing none chosen."""
    pk = request.GET.get("verzoek", "").strip()
    if not pk.isdigit():
        return None
    return WooVerzoek.objects.filter(pk=int(pk), status=VerzoekStatus.AFGEHANDELD).first()


_FILTERS = ("zaaknummer", "zaaktype", "afdeling", "gesprekspartner", "van", "tot")


def _filters_context(request, form) -> dict:
    """The filters set (their labels) and the search without them, for "niets gevonden"."""
    active = [name for name in _FILTERS if request.GET.get(name, "").strip()]
    if not active:
        return {"active_filters": [], "without_filters_querystring": ""}
    params = request.GET.copy()
    for name in (*_FILTERS, "pagina"):
        params.pop(name, None)
    return {
        "active_filters": [form.fields[name].label for name in active],
        "without_filters_querystring": params.urlencode(),
    }


def _also_searched(outcome) -> list[str]:
    """The words searched besides the typed ones, without a spelling correction: the line
    "Niet in het archief: subisidie; gezocht op subsidie" says that one already."""
    if not outcome:
        return []
    corrected = {found for _, found in outcome.corrections}
    return [word for word in outcome.also if word not in corrected]


def _year_querystring(request, outcome) -> str:
    """The search with the typed years as its period filter, when it has no period of its own."""
    if not outcome or not outcome.years or request.GET.get("van") or request.GET.get("tot"):
        return ""
    params = request.GET.copy()
    params.pop("pagina", None)
    params["van"] = f"{min(outcome.years)}-01-01"
    params["tot"] = f"{max(outcome.years)}-12-31"
    return params.urlencode()


def _record_url(
    pk: int, *, page: int, verzoek_id: str, seq: int | None = None, search: dict | None = None
) -> str:
    params = {"pagina": page}
    if verzoek_id.isdigit():
        params["verzoek"] = verzoek_id
    params.update(search or {})  # the search whose hits are marked (zoek, per)
    anchor = f"#bericht-nr-{shown_number(seq)}" if seq is not None else ""
    return f"{reverse('woo:record', args=[pk])}?{urlencode(params)}{anchor}"


def _search_params(request) -> dict[str, str]:
    """The search the officer came from (zoek, per), kept on links between record pages."""
    params = {}
    if request.GET.get("zoek"):
        params["zoek"] = request.GET["zoek"][:MAX_QUERY_LENGTH]
        if request.GET.get("per") in (MODE_CONVERSATION, MODE_MESSAGE):
            params["per"] = request.GET["per"]
    return params


UNSEARCHED_LISTED = 20  # media messages named with a link in the hit bar's note


def _unsearched_context(submission, verzoek_id: str, kept: dict) -> dict:
    """The record's media that search could not look into, each with a link to its message,
    so the officer who searched knows what to listen to or look at (issue 17)."""
    found = {}
    for key, withheld in (("unsearched", False), ("unsearched_withheld", True)):
        first, count = unsearched_message_media(submission, UNSEARCHED_LISTED, withheld=withheld)
        links = [
            {
                "label": media_label(mime_type),
                "number": shown_number(seq),
                "url": _record_url(
                    submission.pk,
                    page=record_page_of_seq(submission, seq),
                    verzoek_id=verzoek_id,
                    seq=seq,
                    search=kept,
                ),
            }
            for seq, mime_type in first
        ]
        found[f"{key}_links"] = links
        found[f"{key}_more"] = count - len(links)
        found[f"{key}_verb"] = _unsearched_verb([mime for _, mime in first], count > len(first))
    return found


def _unsearched_verb(mime_types: list[str], more: bool) -> str:
    """What the officer does with the listed media: listen to voice notes, look at the rest
    ("beluister", "bekijk", "beluister of bekijk"; the latter too when some are not listed)."""
    audio = {mime.startswith("audio/") for mime in mime_types}
    if more or audio == {True, False}:
        return "beluister of bekijk"
    return "beluister" if audio == {True} else "bekijk"


def _record_hits_context(request, submission, page, verzoek_id: str) -> dict:
    """The hits of the search the officer came from (?zoek=…&per=…), for highlighting, with
    the nearest hit on an earlier and a later page for next/previous."""
    query = parse_query(request.GET.get("zoek", ""))
    mode = _mode(request)
    hits = record_hits(query, submission.pk, mode=mode) if not query.is_empty else []
    navigation = hit_navigation([hit.seq for hit in hits], page)
    kept = _search_params(request)

    def hit_url(seq: int | None) -> str:
        if seq is None:
            return ""
        target = record_page_of_seq(submission, seq)
        return _record_url(submission.pk, page=target, verzoek_id=verzoek_id, seq=seq, search=kept)

    related_count = sum(1 for hit in hits if hit.related)
    message_hits: dict[int, object] = {}
    # A hit in the text of a loose screenshot (a screenshots upload): no message to mark.
    media_hits: dict[int, object] = {}
    for hit in hits:
        if hit.message_id is not None and hit.source == EntrySource.MESSAGE:
            message_hits[hit.message_id] = hit.html
        elif hit.message_id is None and hit.media_id is not None and not hit.related:
            media_hits[hit.media_id] = hit.html
    return {
        "zoek": query.raw,
        "zoek_query": query,
        "mode": mode,
        "hits": hits,
        "hit_ids": {hit.message_id for hit in hits if hit.message_id is not None},
        # Related messages (no hit, but on the subject of the hits) are marked apart; a message
        # with a hit in another line (its attachment's text) is a hit, not samenhang.
        "related_ids": _related_message_ids(hits),
        # Of those, the ones carrying on a hit's exchange ("vervolg"; the others "samenhang").
        "exchange_ids": {hit.message_id for hit in hits if hit.related and hit.exchange},
        # Per hit with vervolg: how many messages "Met vervolg toevoegen" adds with it.
        "vervolg_counts": _vervolg_counts(hits),
        "related_count": related_count,
        # Counted as the result list counts: the hits themselves, without their samenhang.
        "direct_count": len(hits) - related_count,
        "hits_before": navigation.before,
        "previous_hit_url": hit_url(navigation.previous_seq),
        "next_hit_url": hit_url(navigation.next_seq),
        # Page links keep the search, so the hits stay marked on every page.
        "search_querystring": urlencode(kept),
        "message_hits": message_hits,
        "media_hits": media_hits,
    }


def _hits_all_added(submission_id: int, held, page, hits_context: dict) -> frozenset[int]:
    """The hits on the page whose per-hit action would add nothing to the request."""
    if not held.messages or submission_id in held.records:
        return frozenset()
    shown = [m for m in page.messages if m.pk in hits_context["hit_ids"]]
    groups = {
        pk: hit_with_exchange(hits_context["hits"], pk)
        for pk in hits_context["vervolg_counts"]
        if any(m.pk == pk for m in shown)
    }
    return hits_with_nothing_to_add(submission_id, held, shown, groups, around=CONTEXT_MESSAGES)


def _vervolg_counts(hits) -> dict[int, int]:
    """Per hit (message id) that has vervolg: the number of its vervolg messages
    (hit_with_exchange), which the per-hit action adds with it."""
    vervolg = {
        (hit.seq, hit.message_id)
        for hit in hits
        if hit.related and hit.exchange and hit.message_id is not None
    }
    if not vervolg:
        return {}
    first: dict[int, int] = {}  # message id -> the seq of its first hit line
    for hit in hits:
        if not hit.related and hit.message_id is not None:
            first.setdefault(hit.message_id, hit.seq)
    seqs = sorted({*first.values()})
    per_seq: dict[int, set[int]] = {}
    for seq, message_id in vervolg:
        # Between two hits: the vervolg of both (hit_with_exchange), in one pass, not per hit.
        at = bisect_left(seqs, seq)
        for index in (at - 1, at):
            if 0 <= index < len(seqs) and message_id not in first:
                per_seq.setdefault(seqs[index], set()).add(message_id)
    return {message_id: len(per_seq[seq]) for message_id, seq in first.items() if per_seq.get(seq)}


def _related_message_ids(hits) -> set[int]:
    """The messages of `hits` with a related line and no line that is a hit."""
    direct = {hit.message_id for hit in hits if not hit.related}
    return {hit.message_id for hit in hits if hit.related and hit.message_id not in direct}


def _mode_querystrings(request) -> dict[str, str]:
    """The current search in each mode (first page), for the switch above the results."""
    result = {}
    for mode in (MODE_CONVERSATION, MODE_MESSAGE):
        params = request.GET.copy()
        params.pop("pagina", None)
        params["per"] = mode
        result[mode] = params.urlencode()
    return result


def _seq_of_shown_number(number: str) -> str:
    """Messages are shown numbered from 1 (#1 is seq 0); "" for anything else."""
    return str(seq_of_shown(int(number))) if number.isdigit() and 0 < int(number) <= 2**31 else ""


def _day_jump(request, submission, day: str) -> int | None:
    """The volgnummer "Naar datum" goes to, saying so when the day is outside the conversation;
    None (with the reason) for no day or one that is none."""
    days = record_days(submission)
    if days is None:
        return None
    first, last = days
    try:
        chosen = date.fromisoformat(day)
    except ValueError:
        # An incomplete day (one without its year) reaches the server empty.
        messages.error(
            request,
            f"Kies een geldige datum van {date_format(first, 'j F Y')} tot en met "
            f"{date_format(last, 'j F Y')}.",
        )
        return None
    if chosen < first:
        messages.info(
            request,
            f"Het gesprek begint op {date_format(first, 'j F Y')}; u ziet het eerste bericht.",
        )
    elif chosen > last:
        messages.info(
            request,
            f"Het gesprek eindigt op {date_format(last, 'j F Y')}; u ziet het laatste bericht.",
        )
    return record_seq_on_date(submission, chosen)


@require_POST
@woo_permission(SEARCH_ARCHIVE)
def record_notice(request, pk: int):
    """ "Persoonsgegeven gezien?": a note for Informatiebeheer (message number optional)."""
    submission = archived_record(pk)
    try:
        melding_add(
            user=request.user,
            submission=submission,
            tekst=request.POST.get("tekst", ""),
            nummer=request.POST.get("berichtnummer", ""),
            request=request,
        )
    except WooError as error:
        # Said beside the form (it takes the focus), with what was typed: not at the top.
        _keep_refused_notice(request, pk, error)
        anchor = "#melding"
    else:
        messages.success(
            request, "Dank u. Informatiebeheer heeft uw melding ontvangen en kijkt ernaar."
        )
        anchor = ""
    # Back to the page the officer reported from: its search (hits marked), request and page.
    return redirect(
        _record_url(
            pk,
            page=_page(request).number,
            verzoek_id=request.GET.get("verzoek", ""),
            search=_search_params(request),
        )
        + anchor
    )


REFUSED_NOTICE = "woo_refused_notice"
# What a refused notice keeps of the typed text: the form takes a little more than the service
# allows, so a text too long comes back whole to be shortened.
_NOTICE_KEPT = 4 * NOTICE_MAX


def _keep_refused_notice(request, pk: int, error: WooError) -> None:
    """A refused notice comes back in its form with what was typed and the reason next to the
    field it is about (in the session, not the address: the text may quote personal data)."""
    request.session[REFUSED_NOTICE] = {
        "record": pk,
        "tekst": request.POST.get("tekst", "")[:_NOTICE_KEPT],
        "nummer": request.POST.get("berichtnummer", "")[:20],
        "field": error.field or "tekst",
        "error": error.message,
    }


def _refused_notice(request, pk: int) -> dict | None:
    """The notice _keep_refused_notice kept for this record (read once; another record's page,
    opened first in a second tab, leaves it)."""
    kept = request.session.get(REFUSED_NOTICE)
    if not isinstance(kept, dict) or kept.get("record") != pk:
        return None
    return request.session.pop(REFUSED_NOTICE)


@require_GET
@woo_permission(SEARCH_ARCHIVE)
def record_detail(request, pk: int):
    submission = archived_record(pk)
    verzoek_id = request.GET.get("verzoek", "")
    # A link to one message (?bericht=<seq>, or ?nummer=<the number the page shows>, from the
    # pager's form) or a date (?datum=) goes to the page that holds it, with the message's anchor,
    # so the browser scrolls to it.
    seq = request.GET.get("bericht", "") or _seq_of_shown_number(request.GET.get("nummer", ""))
    day = request.GET.get("datum", "")
    kept = _search_params(request)
    if seq.isdigit() and int(seq) < 2**31:
        target = int(seq)
        last = record_last_seq(submission)
        if last is not None and target > last:
            # A number past the end: say so in the officer's terms, not as a missing page.
            messages.info(
                request,
                f"Bericht #{getal(shown_number(target))} bestaat niet in dit archiefstuk; "
                f"het laatste is #{getal(shown_number(last))}.",
            )
            target = last
        page = record_page_of_seq(submission, target)
        return redirect(_record_url(pk, page=page, verzoek_id=verzoek_id, seq=target, search=kept))
    if "nummer" in request.GET and not seq:
        # The pager's forms are checked here, not by the browser (which speaks its own language).
        last = record_last_seq(submission)
        if last is not None:
            messages.error(
                request,
                f"Vul een berichtnummer in van 1 tot en met {getal(shown_number(last))}.",
            )
    if "datum" in request.GET:
        jump = _day_jump(request, submission, day)
        if jump is not None:
            page = record_page_of_seq(submission, jump)
            return redirect(
                _record_url(pk, page=page, verzoek_id=verzoek_id, seq=jump, search=kept)
            )
    asked = _page(request)
    view = record_view(submission, page=asked.number)
    tell_page(request, asked, view.page)
    record_view_log(user=request.user, submission=submission, view=view, request=request)
    verzoek = None
    if verzoek_id.isdigit():
        verzoek = WooVerzoek.objects.open().filter(pk=int(verzoek_id)).first()
    # Back to the results the officer came from: the words, the request and the mode.
    back = {
        "q": request.GET.get("zoek", "").strip(),
        "verzoek": str(verzoek.pk) if verzoek else "",
        "per": request.GET.get("per", "") if request.GET.get("zoek", "").strip() else "",
    }
    back = {key: value for key, value in back.items() if value}
    search_url = reverse("woo:search") + (f"?{urlencode(back)}" if back else "")
    hits_context = _record_hits_context(request, submission, view.page, verzoek_id)
    if hits_context["zoek"]:
        hits_context.update(_unsearched_context(submission, verzoek_id, kept))
    held = in_request(verzoek, [submission.pk])
    return render(
        request,
        "woo/record_detail.html",
        {
            "search_url": search_url,
            **hits_context,
            "record": submission,
            "reference": record_reference(submission.pk),
            "view": view,
            "page": view.page,
            "verzoek_param": verzoek_id if verzoek_id.isdigit() else "",
            # Melden comes back to this page, its search and request (record_notice).
            "notice_querystring": urlencode(
                {
                    "pagina": view.page.number,
                    **({"verzoek": verzoek_id} if verzoek_id.isdigit() else {}),
                    **kept,
                }
            ),
            "refused_notice": _refused_notice(request, submission.pk),
            "zaak": submission.zaak,
            "zaak_omschrijving": zaak_omschrijving_redacted(submission),
            "verzoek": verzoek,
            "in_request": held,
            "days_in": days_in_request(submission.pk, held, view.page.messages),
            # Hits whose "Met 3 berichten ervoor en erna" / "Met vervolg" would add nothing.
            "hits_all_added": _hits_all_added(submission.pk, held, view.page, hits_context),
            "day_counts": (
                day_message_counts(submission.pk, view.page.messages)
                if verzoek and submission.pk not in held.records
                else {}
            ),
            # Every hit already in the request: the hit bar says so instead of offering them.
            "hits_all_in": bool(hits_context["hit_ids"])
            and hits_context["hit_ids"] <= held.messages,
            "open_verzoeken": WooVerzoek.objects.open().order_by("-ontvangen_op"),
            "can_change": request.user.has_perm(CHANGE_WOOVERZOEK)
            and may_decide_on_woo(request.user),
        },
    )


@require_GET
@woo_permission(SEARCH_ARCHIVE)
def record_media(request, pk: int, media_pk: int):
    media = record_media_item(pk, media_pk)
    derived = servable_file(media, for_role=ServingRole.WOO)
    if derived is None:  # record_media_item checked it; a second look costs nothing
        raise Http404("Bijlage niet gevonden.")
    # Named as the pages name it ("bijlage 2": bijlage-2.pdf), as Informatiebeheer's download;
    # an image opens in the browser, anything else is saved.
    response = FileResponse(
        derived.file.open("rb"),
        content_type=derived.mime_type,
        as_attachment=not derived.mime_type.startswith("image/"),
        filename=download_name(media.seq, derived.mime_type, derived.file.name),
    )
    media_download_log(user=request.user, media=media, stored_file=derived, request=request)
    # Not kept by the browser: an attachment withheld later must be gone at once, and every
    # view is an audit row.
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response


def _verzoeken():
    """The requests in the order of the list: open ones first, then newest received first."""
    open_first = Case(When(status=VerzoekStatus.OPEN, then=Value(0)), default=Value(1))
    return WooVerzoek.objects.order_by(open_first, "-ontvangen_op", "-pk")


def _verzoek_form(request, data=None) -> VerzoekForm:
    """The new request's form; the requester asked only of those who may see it afterwards."""
    return VerzoekForm(data, requester=may_see_requester(request.user))


@require_GET
@woo_permission(VIEW_WOOVERZOEK, SEARCH_ARCHIVE)
def verzoek_list(request):
    form = (
        _verzoek_form(request)
        if request.user.has_perm(ADD_WOOVERZOEK) and may_decide_on_woo(request.user)
        else None
    )
    return render(
        request, "woo/verzoek_list.html", {"verzoeken": verzoek_rows(_verzoeken()), "form": form}
    )


@require_http_methods(["GET", "POST"])
@woo_permission(ADD_WOOVERZOEK, SEARCH_ARCHIVE)
def verzoek_new(request):
    if request.method == "GET":
        # A refused form is answered at this address; opening it again shows the form, under a
        # title that says so (walk of stop 44: the list's "Woo-verzoeken" after a redirect).
        if not may_decide_on_woo(request.user):
            return redirect(reverse("woo:verzoek_list"))
        return render(
            request,
            "woo/verzoek_list.html",
            {
                "verzoeken": verzoek_rows(_verzoeken()),
                "form": _verzoek_form(request),
                "nieuw": True,
            },
        )
    require_woo_decider(request.user)
    form = _verzoek_form(request, request.POST)
    if form.is_valid():
        try:
            verzoek = verzoek_create(user=request.user, request=request, **form.cleaned_data)
        except WooError as error:
            form.add_error("nummer", error.message)
        else:
            messages.success(request, f"Woo-verzoek {verzoek.nummer} is aangemaakt.")
            return redirect("woo:verzoek_detail", pk=verzoek.pk)
    return render(
        request,
        "woo/verzoek_list.html",
        {"verzoeken": verzoek_rows(_verzoeken()), "form": form, "nieuw": True},
        status=400,
    )


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def verzoek_add(request, pk: int):
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    fallback = reverse("woo:verzoek_detail", args=[verzoek.pk])
    submission_id = request.POST.get("archiefstuk", "")
    message_id = request.POST.get("bericht", "")
    if not submission_id.isdigit() or (message_id and not message_id.isdigit()):
        messages.error(request, "Kies een archiefstuk of bericht om toe te voegen.")
        return redirect(_safe_next(request, fallback))
    try:
        selectie, created = selectie_add(
            user=request.user,
            verzoek=verzoek,
            submission_id=int(submission_id),
            message_id=int(message_id) if message_id else None,
            request=request,
        )
    except WooError as error:
        messages.error(request, error.message)
    else:
        if created:
            messages.success(request, f"{selectie} is toegevoegd aan {verzoek.nummer}.")
        else:
            messages.info(request, f"{selectie} hoorde al bij {verzoek.nummer}.")
    return redirect(_safe_next(request, fallback))


def _posted_day(request) -> date:
    """The day of a "Hele dag" form ('YYYY-MM-DD'); WooError when it is none."""
    try:
        return date.fromisoformat(request.POST.get("dag", ""))
    except ValueError:
        raise WooError("Kies een geldige dag.") from None


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def verzoek_add_many(request, pk: int):
    """Add in one action: every hit of a record, a hit with its context, or a whole day."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    fallback = reverse("woo:verzoek_detail", args=[verzoek.pk])
    submission_id = request.POST.get("archiefstuk", "")
    message_id = request.POST.get("bericht", "")
    kind = request.POST.get("soort", "")
    if not submission_id.isdigit() or (message_id and not message_id.isdigit()):
        messages.error(request, "Kies een archiefstuk of bericht om toe te voegen.")
        return redirect(_safe_next(request, fallback))
    common = {
        "user": request.user,
        "verzoek": verzoek,
        "submission_id": int(submission_id),
        "request": request,
    }
    try:
        if kind == "treffers":
            query = parse_query(request.POST.get("zoek", ""))
            mode = MODE_MESSAGE if request.POST.get("per") == MODE_MESSAGE else MODE_CONVERSATION
            added, already = selectie_add_hits(query=query, mode=mode, **common)
        elif kind == "context" and message_id:
            added, already = selectie_add_context(message_id=int(message_id), **common)
        elif kind == "vervolg" and message_id:
            query = parse_query(request.POST.get("zoek", ""))
            mode = MODE_MESSAGE if request.POST.get("per") == MODE_MESSAGE else MODE_CONVERSATION
            added, already = selectie_add_exchange(
                message_id=int(message_id), query=query, mode=mode, **common
            )
        elif kind == "dag":
            added, already = selectie_add_day(day=_posted_day(request), **common)
        else:
            raise WooError("Onbekende keuze om toe te voegen.")
    except WooError as error:
        messages.error(request, error.message)
    else:
        text = f"{aantal(added, 'bericht', 'berichten')} toegevoegd aan {verzoek.nummer}"
        if already:
            text += f"; {getal(already)} hoorde{'n' if already != 1 else ''} er al bij"
        messages.success(request, text + ".")
    return redirect(_safe_next(request, fallback))


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def verzoek_remove_many(request, pk: int):
    """Take out in one action: a whole day of a record, or everything of a record."""
    verzoek = get_object_or_404(WooVerzoek, pk=pk)
    fallback = reverse("woo:verzoek_detail", args=[verzoek.pk])
    submission_id = request.POST.get("archiefstuk", "")
    kind = request.POST.get("soort", "")
    if not submission_id.isdigit() or kind not in ("dag", "archiefstuk"):
        messages.error(request, "Kies een archiefstuk of dag om uit het verzoek te halen.")
        return redirect(_safe_next(request, fallback))
    try:
        day = _posted_day(request) if kind == "dag" else None
        removed = selectie_remove_many(
            user=request.user,
            verzoek=verzoek,
            submission_id=int(submission_id),
            day=day,
            request=request,
        )
    except WooError as error:
        messages.error(request, error.message)
    else:
        if day is not None:
            text = f"{aantal(removed, 'bericht', 'berichten')} uit {verzoek.nummer} gehaald."
        else:
            what = f" ({aantal(removed, 'bericht', 'berichten')})" if removed else ""
            text = f"{record_reference(int(submission_id))} uit {verzoek.nummer} gehaald{what}."
        messages.success(request, text)
    return redirect(_safe_next(request, fallback))


@require_POST
@woo_permission(CHANGE_WOOVERZOEK, SEARCH_ARCHIVE, decides=True)
def selectie_delete(request, pk: int, selectie_pk: int):
    selectie = get_object_or_404(WooSelectie, pk=selectie_pk, verzoek_id=pk)
    try:
        selectie_remove(user=request.user, selectie=selectie, request=request)
    except WooError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Uit het verzoek gehaald.")
    return redirect(_selection_page_url(pk, request.POST.get("selectie", "")))


def _selection_page_url(pk: int, page: str) -> str:
    """The request page, at the page of its selection the officer removed something from."""
    url = reverse("woo:verzoek_detail", args=[pk])
    if page.isdigit() and 1 < int(page) < 2**31:
        return f"{url}?{urlencode({'selectie': page})}#selectie"
    return url

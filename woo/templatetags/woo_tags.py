"""Template filters of the Woo pages."""

import functools
import re
from datetime import UTC, date
from urllib.parse import urlencode

from django import template
from django.middleware.csrf import get_token
from django.template.defaultfilters import date as date_filter
from django.template.defaulttags import CsrfTokenNode
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import get_current_timezone
from django.utils.translation import get_language

from chats.wording import aantal, getal, shown_number
from woo.records import record_reference
from woo.search import unsearched_action

register = template.Library()

# Placeholders the redaction pipeline leaves in place of personal data, e.g. [TELEFOONNUMMER].
_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z\-]{1,30})\]")


def _placeholder_mark(match: re.Match) -> str:
    return f'<span class="woo-redacted" title="weggelakt persoonsgegeven">{match.group(1)}</span>'


def _mark_placeholders(html: str) -> str:
    """Show the placeholders in already escaped HTML (a hit's marked text) as labelled marks.
    Most texts hold none, and without a "[" the pattern cannot match: the test costs ~0.3 µs,
    the regex's scan ~1.6 (a results page marks ~500-700 texts; stop 38)."""
    if "[" not in html:
        return html
    return _PLACEHOLDER.sub(_placeholder_mark, html)


@register.filter
def placeholders(text: str) -> SafeString:
    """Escape text and show redaction placeholders as labelled marks."""
    html = _mark_placeholders(escape(text or ""))
    return mark_safe(html)  # noqa: S308 - the input is escaped; only our span is added


@register.simple_tag
def record_query(query, verzoek=None, mode="") -> str:
    """The query string that opens a record with the search's hits highlighted (zoek=…)."""
    params = {}
    if query is not None and query.raw:
        params["zoek"] = query.raw
    if verzoek is not None:
        params["verzoek"] = verzoek.pk
    if mode:
        params["per"] = mode
    return urlencode(params)


def _hit_or(hits, pk: int, redacted: str) -> SafeString:
    """The search's marked text for `pk` when it is a hit, else the redacted text."""
    marked = (hits or {}).get(pk)
    if marked is not None:
        # The hit's text is escaped with its <mark>s; its placeholders look like any other's.
        return mark_safe(_mark_placeholders(marked))  # noqa: S308 - only our span is added
    return placeholders(redacted)


@register.simple_tag
def hit_or_text(message, message_hits) -> SafeString:
    """A message's redacted text, with the search's hits marked when it is one."""
    return _hit_or(message_hits, message.pk, message.text_redacted)


@register.simple_tag
def media_hit_or_text(media, media_hits) -> SafeString:
    """The redacted text read from a loose screenshot, with the search's hits marked."""
    return _hit_or(media_hits, media.pk, media.ocr_text_redacted)


_RELATED_TITLE = (
    "Dit bericht bevat uw woorden niet, maar wel woorden die typerend zijn voor dit gesprek "
    "(en elders in het archief zelden voorkomen)."
)


_EXCHANGE_TITLE = (
    "Dit bericht bevat uw woorden niet, maar volgt in hetzelfde gesprek kort op een treffer "
    "(een antwoord of vervolg) of staat in een gesprek met uw woorden in het onderwerp, en is "
    "geen praatje."
)
_RELATED_BADGE = format_html(
    '<br><span class="badge text-bg-light border woo-related-badge" title="{}">samenhang</span>',
    _RELATED_TITLE,
)
_EXCHANGE_BADGE = format_html(
    '<br><span class="badge text-bg-light border woo-related-badge woo-exchange-badge" '
    'title="{}">vervolg</span>',
    _EXCHANGE_TITLE,
)


@register.simple_tag
def related_badge(message_id: int, exchange_ids) -> SafeString:
    """The badge of a related message on the record page, as the result list shows it:
    "vervolg" when it carries on a hit's exchange, otherwise "samenhang"."""
    badge = _EXCHANGE_BADGE if message_id in exchange_ids else _RELATED_BADGE
    return mark_safe(badge.removeprefix("<br>"))  # noqa: S308 - our own format_html above


def _screenshot_form(record, verzoek, held, in_request_badge, request) -> str:
    """The add button of a loose screenshot's hit ("{media}": its id), or the badge when its
    record is in the request. A request selects a screenshot record whole (all its screenshots
    are documents of the decision), so the button adds the record and says so."""
    if held is not None and record.pk in getattr(held, "records", ()):
        return in_request_badge
    return format_html(
        '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" '
        'value="{}"><input type="hidden" name="archiefstuk" value="{}"><input type="hidden" '
        'name="next" value="{}#treffer-afbeelding-{{media}}"><button type="submit" '
        'class="btn btn-sm btn-outline-primary text-nowrap woo-add-screenshot">'
        'Schermafbeeldingen toevoegen<span class="visually-hidden"> (alle schermafbeeldingen '
        "van {})</span></button></form>",
        reverse("woo:verzoek_add", args=[verzoek.pk]),
        get_token(request),
        record.pk,
        request.get_full_path(),
        record_reference(record.pk),
    )


def _hit_items(
    hits, partial, record, record_url, record_qs, verzoek, held, can_change, request, anchored=None
) -> str:
    """The <li> of each hit under a search result, built in one go (a results page shows
    hundreds; an include per hit was half the page's time on a 1M-message archive).
    `anchored`: the messages of the result whose line has its id already (a message may be
    listed twice, its text and its attachment's), added to here."""
    add_form = in_request_badge = ""
    shot_form = None  # built when a result has a screenshot hit (_screenshot_form)
    if verzoek:
        in_request_badge = format_html(
            '<span class="badge text-bg-success text-nowrap woo-in-request">In {}</span>',
            verzoek.nummer,
        )
    if verzoek and can_change:
        add_form = format_html(
            '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" '
            'value="{}"><input type="hidden" name="archiefstuk" value="{}">'
            '<input type="hidden" name="bericht" value="{{message}}">'
            '<input type="hidden" name="next" value="{}#treffer-{{message}}">'
            '<button type="submit" class="btn btn-sm btn-outline-primary text-nowrap '
            'woo-add-message">Bericht toevoegen<span class="visually-hidden"> '
            "({{which}})</span></button></form>",
            reverse("woo:verzoek_add", args=[verzoek.pk]),
            get_token(request),
            record.pk,
            request.get_full_path(),
        )
    kind = "woo-line-partial" if partial else "woo-snippet"
    # Built with plain strings (escaped once here): format_html per hit was a tenth of the
    # results page's time on a 1M-message archive.
    link = f'<a class="text-reset text-decoration-none" href="{escape(record_url)}?{escape(record_qs)}#bericht-nr-'
    opening = f'<li class="{kind} d-flex gap-2 align-items-start" data-message="'
    zone = get_current_timezone()
    reference = record_reference(record.pk) if add_form else ""  # named by the add buttons
    if anchored is None:
        anchored = set()
    image_link = link[: -len("bericht-nr-")] + "afbeelding-"
    items = []
    append = items.append
    for hit in hits:
        sent_at = hit.sent_at
        message_id = hit.message_id
        number = shown_number(hit.seq)  # the label's, the link's and the button's
        if sent_at:
            # A raw query on SQLite gives the stored UTC time without its zone (the "vervolg"
            # messages of a result are read that way). The digits of the date filter
            # "d-m-Y H:i", without its lookups and at half strftime's cost.
            local = (sent_at if sent_at.tzinfo else sent_at.replace(tzinfo=UTC)).astimezone(zone)
            label = (
                f"{local.day:02d}-{local.month:02d}-{local.year} "
                f"{local.hour:02d}:{local.minute:02d}"
            )
            if message_id:  # the number the record page shows and an officer cites
                label += f" · #{number}"
        else:
            label = f"#{number}"
        if hit.source == "ocr":
            # Text read from a file sent in the chat (a photo, a PDF), or from a screenshot.
            label += " · bijlage" if message_id else " · afbeelding"
        if hit.related:
            label += _EXCHANGE_BADGE if getattr(hit, "exchange", False) else _RELATED_BADGE
        shown = _mark_placeholders(hit.html)
        # The id brings the officer back to this hit after adding it (the form's "next").
        anchor = ""
        if not message_id and hit.media_id:
            # A loose screenshot: its figure on the record page (marked there as a hit).
            media_id = int(hit.media_id)
            text = f'{image_link}{media_id}">{shown}</a>'
            if verzoek and can_change and shot_form is None:
                shot_form = _screenshot_form(record, verzoek, held, in_request_badge, request)
            form = (shot_form or "").replace("{media}", str(media_id))
            if -media_id not in anchored:
                anchored.add(-media_id)  # apart from the message ids
                anchor = f' id="treffer-afbeelding-{media_id}"'
        elif not message_id:
            text, form = shown, ""
        else:
            text = f'{link}{number}">{shown}</a>'
            if not verzoek:  # neither a badge nor a form
                form = ""
            elif held is not None and held.holds(record.pk, message_id):
                form = in_request_badge
            else:
                # Which message, for a screen reader's list of buttons (all alike otherwise).
                which = f"bericht #{number} van {reference}"
                form = add_form.replace("{message}", str(message_id)).replace("{which}", which)
            if message_id not in anchored:
                anchored.add(message_id)
                anchor = f' id="treffer-{message_id}"'
        append(
            f'{opening}{message_id or ""}"{anchor}>'
            f'<span class="small text-body-secondary text-nowrap">{label}</span>'
            f'<span class="flex-grow-1">{text}</span>{form}</li>'
        )
    return "\n".join(items)


_SUBJECT_BADGE = (
    ' <span class="badge text-bg-light border align-middle woo-subject-match" title="Uw '
    "zoekwoorden staan (ook) in het onderwerp van dit archiefstuk; het onderwerp telt mee voor "
    'het gesprek, maar is geen treffer.">in onderwerp</span>'
)
_PARTIAL_BADGE = (
    '<span class="badge text-bg-light border woo-partial" title="Dit gesprek bevat uw woorden '
    'op één na.">niet alle woorden</span> '
)


@functools.lru_cache(maxsize=4096)
def _period_day(day: date, language: str | None) -> str:
    """A record's period day as the date filter writes it ("3 mrt 2024", in the active
    language): ~40 µs a call, twenty on a results page, and the same few thousand days come back
    (a day is a date: no time zone)."""
    return escape(date_filter(day, "j b Y"))


def _record_paths():
    """A function giving the address of a record page: reverse() once, the number put in its
    place after (reverse took ~50 µs, ten calls a results page)."""
    sentinel = 918273645
    path = reverse("woo:record", args=[sentinel])
    head, tail = path.split(str(sentinel))
    return lambda pk: f"{head}{int(pk)}{tail}"


def _fold_contents(snippets, partial: bool) -> str:
    """What the fold under a result holds, each kind counted in words: "15 treffers en 18
    berichten in samenhang" (walk of stop 44: "Nog 33 berichten (treffers en hun samenhang)"
    under a "59 treffers" badge could not be told from the hits)."""
    if partial:  # lines holding some of the words: no hits, no samenhang
        return aantal(len(snippets), "bericht", "berichten")
    related = sum(1 for snippet in snippets if snippet.related)
    parts = []
    if len(snippets) > related:
        parts.append(aantal(len(snippets) - related, "treffer", "treffers"))
    if related:
        parts.append(aantal(related, "bericht", "berichten") + " in samenhang")
    return " en ".join(parts)


@register.simple_tag(takes_context=True)
def search_results(context, results, partial=False) -> SafeString:
    """The <li> of each conversation in the result list; `partial`: it lacks one of the words,
    or holds them only in small talk (result.everyday); no hits.

    Built in Python like its hits (_hit_items): the include per result that this replaces took half of a
    results page's rendering (~500 template lookups for ten results, 1M-message bench)."""
    query = context.get("query")
    verzoek = context.get("verzoek")
    mode = context.get("mode", "")
    held = context.get("in_request")
    can_change = context.get("can_change")
    request = context.get("request")
    parts = []
    record_path = _record_paths() if results else None
    record_qs = record_query(query, verzoek, mode)  # the same for every result
    language = get_language()
    for result in results:
        record = result.submission
        pk = record.pk
        record_url = record_path(pk)
        href = f"{escape(record_url)}?{escape(record_qs)}"
        subject = result.subject
        hits = result.hits
        out = [
            f'\n    \n    <li class="card mb-3 woo-result{" woo-result-partial" if partial else ""}"'
            f' data-record="{pk}" id="gesprek-{pk}">\n      <div class="card-body">\n'
            '        <div class="d-flex flex-wrap justify-content-between gap-2">\n'
            f'          <h3 class="h5 mb-1"><a href="{href}">'
            f"{subject if subject else escape(record.onderwerp_redacted)}</a>"
            f"{_SUBJECT_BADGE if subject else ''}</h3>\n"
            '          <span class="align-self-start">'
            f"{_PARTIAL_BADGE if result.partial else ''}"
        ]
        found = "uw woorden" if result.everyday else "een van de woorden"
        if partial:
            out.append(
                f'<span class="badge text-bg-light border">'
                f"{aantal(hits, 'bericht', 'berichten')} met {found}</span>"
            )
        elif not hits and subject:
            out.append('<span class="badge text-bg-light border">gevonden via het onderwerp</span>')
        else:
            out.append(
                f'<span class="badge text-bg-secondary">{aantal(hits, "treffer", "treffers")}'
                "</span>"
            )
        zaak = f"· zaak {escape(record.zaak.zaaknummer)}" if record.zaak else ""
        period = ""
        if record.periode_van:
            period = f"· {_period_day(record.periode_van, language)}"
            if record.periode_tot and record.periode_tot != record.periode_van:
                period += f" – {_period_day(record.periode_tot, language)}"
        out.append(
            "</span>\n        </div>\n"
            '        <p class="small text-body-secondary mb-2">\n'
            f"          {escape(result.reference)}\n"
            f"          {zaak}\n"
            f"          · {escape(record.get_afdeling_display())}\n"
            f"          {period}\n"
            "        </p>\n        "
        )
        if result.unsearched:
            unsearched = ", ".join(escape(label) for label in result.unsearched)
            out.append(
                '\n        <p class="small mb-2 woo-unsearched"><span class="badge '
                f'text-bg-warning">Niet doorzocht</span> {unsearched}: '
                f"{unsearched_action(result.unsearched)} in het gesprek.</p>\n        "
            )
        anchored: set[int] = set()
        shown, more = result.shown_and_more()
        items = (
            partial,
            record,
            record_url,
            record_qs,
            verzoek,
            held,
            can_change,
            request,
            anchored,
        )
        out.append(
            '\n        <ul class="list-unstyled mb-2">\n'
            f"          {_hit_items(shown, *items)}\n"
            "        </ul>\n        "
        )
        if more:
            out.append(
                '\n        <details class="mb-2">\n'
                f"          <summary>Nog {_fold_contents(more, partial)} hier tonen</summary>\n"
                '          <ul class="list-unstyled mt-2">\n'
                f"            {_hit_items(more, *items)}\n"
                "          </ul>\n        </details>\n        "
            )
        out.append("\n        ")
        if hits > len(result.snippets) and query and not query.is_empty:
            what = f"berichten met {found}" if partial else "treffers"
            listed = sum(1 for snippet in result.snippets if not snippet.related)
            out.append(
                f'\n        <p class="small"><a href="{href}">Alle {getal(hits)} {what} in het '
                f"gesprek bekijken</a> (hier staan er {getal(listed)})</p>\n        "
            )
        out.append("\n        ")
        if verzoek and pk in getattr(held, "records", ()):
            out.append(
                '\n        <span class="badge text-bg-success woo-in-request">Heel archiefstuk '
                f"in {escape(verzoek.nummer)}</span>\n        "
            )
        elif verzoek and can_change:
            action = escape(reverse("woo:verzoek_add", args=[verzoek.pk]))
            out.append(
                f'\n        <form method="post" action="{action}" class="d-inline">\n'
                f"          {CsrfTokenNode().render(context)}\n"
                f'          <input type="hidden" name="archiefstuk" value="{pk}">\n'
                '          <input type="hidden" name="next" '
                f'value="{escape(request.get_full_path())}#gesprek-{pk}">\n'
                '          <button type="submit" class="btn btn-sm btn-outline-primary '
                f'woo-add-record">Heel archiefstuk toevoegen aan {escape(verzoek.nummer)}'
                f'<span class="visually-hidden"> ({escape(result.reference)})</span>'
                "</button>\n        </form>\n        "
            )
        out.append("\n      </div>\n    </li>\n    \n")
        parts.append("".join(out))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped, or safe already


@register.filter
def vervolg_aantal(counts: dict, message) -> int:
    """{{ vervolg_counts|vervolg_aantal:message }} -> the vervolg messages of a hit (0: none)."""
    return counts.get(message.pk, 0) if counts else 0


@register.filter
def dag_aantal(counts: dict, message) -> str:
    """{{ day_counts|dag_aantal:message }} -> '1.550 berichten': the messages of its day."""
    if not counts or not message.sent_at:
        return ""
    day = date_filter(message.sent_at, "Y-m-d")
    return aantal(counts[day], "bericht", "berichten") if day in counts else ""

"""Template filters of the Woo pages."""

import re
from datetime import UTC
from urllib.parse import urlencode

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import get_current_timezone, is_naive

from chats.wording import shown_number

register = template.Library()

# Placeholders the redaction pipeline leaves in place of personal data, e.g. [TELEFOONNUMMER].
_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z\-]{1,30})\]")


@register.filter
def placeholders(text: str) -> SafeString:
    """Escape text and show redaction placeholders as labelled marks."""
    html = escape(text or "")
    html = _PLACEHOLDER.sub(
        lambda m: (
            f'<span class="woo-redacted" title="weggelaten persoonsgegeven">{m.group(1)}</span>'
        ),
        html,
    )
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


@register.simple_tag
def hit_or_text(message, message_hits) -> SafeString:
    """A message's redacted text, with the search's hits marked when it is one."""
    marked = (message_hits or {}).get(message.pk)
    if marked is not None:
        return marked
    return placeholders(message.text_redacted)


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


def _stored_time(when):
    """A stored time as an aware datetime: a raw query on SQLite gives the stored UTC time
    without its zone (the "vervolg" messages of a result are read that way)."""
    return when.replace(tzinfo=UTC) if is_naive(when) else when


def _day_and_minute(when) -> str:
    """The digits of the date filter "d-m-Y H:i" (strftime "%d-%m-%Y %H:%M"), without its
    lookups and at half strftime's cost (a results page shows hundreds of hits)."""
    return f"{when.day:02d}-{when.month:02d}-{when.year} {when.hour:02d}:{when.minute:02d}"


@register.simple_tag(takes_context=True)
def hit_items(context, hits, partial=False) -> SafeString:
    """The <li> of each hit under a search result, built in one go (a results page shows
    hundreds; an include per hit was half the page's time on a 1M-message archive)."""
    record = context["record"]
    record_url = context.get("record_url", "")
    record_qs = context.get("record_qs", "")
    verzoek = context.get("verzoek")
    held = context.get("in_request")
    add_form = in_request_badge = ""
    if verzoek:
        in_request_badge = format_html(
            '<span class="badge text-bg-success text-nowrap woo-in-request">In {}</span>',
            verzoek.nummer,
        )
    if verzoek and context.get("can_change"):
        request = context["request"]
        add_form = format_html(
            '<form method="post" action="{}"><input type="hidden" name="csrfmiddlewaretoken" '
            'value="{}"><input type="hidden" name="archiefstuk" value="{}">'
            '<input type="hidden" name="bericht" value="{{message}}">'
            '<input type="hidden" name="next" value="{}">'
            '<button type="submit" class="btn btn-sm btn-outline-primary text-nowrap '
            'woo-add-message">Bericht toevoegen</button></form>',
            reverse("woo:verzoek_add", args=[verzoek.pk]),
            get_token(request),
            record.pk,
            request.get_full_path(),
        )
    kind = "woo-line-partial" if partial else "woo-snippet"
    # Built with plain strings (escaped once here): format_html per hit was a tenth of the
    # results page's time on a 1M-message archive.
    link = f'<a class="text-reset text-decoration-none" href="{escape(record_url)}?{escape(record_qs)}#bericht-'
    zone = get_current_timezone()
    items = []
    for hit in hits:
        when = (
            _day_and_minute(_stored_time(hit.sent_at).astimezone(zone))
            if hit.sent_at
            else f"#{shown_number(hit.seq)}"
        )
        label = when
        if hit.source == "ocr":
            label += " · afbeelding"
        if hit.related:
            label += _EXCHANGE_BADGE if getattr(hit, "exchange", False) else _RELATED_BADGE
        text = hit.html
        if hit.message_id:
            text = f'{link}{int(hit.seq)}">{hit.html}</a>'
        if not hit.message_id:
            form = ""
        elif held is not None and held.holds(record.pk, hit.message_id):
            form = in_request_badge
        else:
            form = add_form.replace("{message}", str(hit.message_id))
        items.append(
            f'<li class="{kind} d-flex gap-2 align-items-start" '
            f'data-message="{hit.message_id or ""}">'
            f'<span class="small text-body-secondary text-nowrap">{label}</span>'
            f'<span class="flex-grow-1">{text}</span>{form}</li>'
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every part is escaped or format_html

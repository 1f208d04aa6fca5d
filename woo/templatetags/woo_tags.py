"""Template filters of the Woo pages."""

import re
from urllib.parse import urlencode

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

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

"""Page numbers asked for in an address (?pagina=N) and what a page says when it cannot show it.

Every paginated page shows the nearest page that exists (the last for a number past the end,
the first for 0, a negative number or no number at all), with status 200 as before, and says
so in its status messages: "Pagina 39 bestaat niet; u ziet de laatste pagina (12)."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest

# Beyond any real page; keeps a huge number from reaching the database as an offset.
MAX_PAGE = 1_000_000
_SHOWN_CHARACTERS = 20  # of what was typed, in the message
_WHOLE_NUMBER = re.compile(r"-?\d+")


@dataclass(frozen=True)
class AskedPage:
    """The page number in the address: `number` is what to ask the paginator for."""

    raw: str  # as given, stripped; "" when there was none
    number: int  # 1..MAX_PAGE
    value: int | None  # the number given, None when it was not a whole number

    def notice(self, *, shown: int, last: int, of: str = "") -> str:
        """The Dutch line for a page that is not the one asked for; "" when it is. `of` names
        the list when the page has more than one ("van de selectie")."""
        if not self.raw:
            return ""
        typed = self.raw[:_SHOWN_CHARACTERS] + ("…" if len(self.raw) > _SHOWN_CHARACTERS else "")
        if self.value is None:
            return f"‘{typed}’ is geen paginanummer{of}; u ziet de eerste pagina."
        if self.value == shown:
            return ""
        if self.value > last:
            return f"Pagina {typed}{of} bestaat niet; u ziet de laatste pagina ({last})."
        if self.value < 1:
            return f"Pagina {typed}{of} bestaat niet; u ziet de eerste pagina."
        return ""

    def say(self, request: HttpRequest, *, shown: int, last: int, of: str = "") -> None:
        """Put the notice, if any, in the page's status messages."""
        text = self.notice(shown=shown, last=last, of=of)
        if text:
            messages.warning(request, text)


@dataclass(frozen=True)
class PageShown:
    """A page of a list that has no page object of its own (the search results)."""

    number: int
    num_pages: int
    count: int


def tell_page(request: HttpRequest, asked: AskedPage, page, *, of: str = "") -> None:
    """Say in the status messages when `page`, the page shown, is not the one `asked` for.
    `page`: a Django Page, or a page with `number`, `num_pages` and `count` (woo's record and
    assessment pages, PageShown). An empty list has no page to miss: nothing is said."""
    numbers = getattr(page, "paginator", page)
    if numbers.count:
        asked.say(request, shown=page.number, last=numbers.num_pages, of=of)


def asked_page(raw: str | None) -> AskedPage:
    """The page asked for by an address parameter's value (None or "" for none)."""
    raw = (raw or "").strip()
    value = None
    if _WHOLE_NUMBER.fullmatch(raw):
        # A number of more digits than any page is past the end (no conversion of thousands
        # of digits); so is a negative one that long before the start. Leading zeros are no
        # digits of the number: "00000000000002" is page 2.
        negative, digits = raw.startswith("-"), raw.lstrip("-").lstrip("0") or "0"
        if len(digits) <= 12:
            value = -int(digits) if negative else int(digits)
        else:
            value = -1 if negative else MAX_PAGE + 1
    number = min(max(value or 1, 1), MAX_PAGE)
    return AskedPage(raw=raw, number=number, value=value)

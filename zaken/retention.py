"""Retention arithmetic: ISO 8601 bewaartermijnen and archiefactiedatum = brondatum + termijn.

Pure functions, no Django: the callers pass dates (taken from `timezone.localdate()`).
Durations are calendar durations, never whole years only: the selectielijst has `P6M`, `P28D`,
`P1Y6M` and `P0D` next to `P5Y`. Years and months are added first and the day is clamped to the
end of the month (2024-02-29 + P1Y = 2025-02-28; 2024-01-31 + P1M = 2024-02-29), then weeks and
days, as `dateutil.relativedelta` and Open Zaak do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

BLIJVEND_BEWAREN = "blijvend_bewaren"
VERNIETIGEN = "vernietigen"

# Date durations only: a bewaartermijn in hours or minutes means nothing for a record.
_DURATION = re.compile(r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


class DurationError(ValueError):
    """A bewaartermijn that is not an ISO 8601 date duration; `message` is Dutch."""

    def __init__(self, value: str):
        self.value = value
        self.message = (
            f"‘{value}’ is geen geldige bewaartermijn. Gebruik een ISO 8601-duur zoals P5Y, "
            "P6M, P1Y6M, P28D of P0D."
        )
        super().__init__(self.message)


@dataclass(frozen=True)
class Duration:
    """A calendar duration in years, months, weeks and days."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def as_relativedelta(self) -> relativedelta:
        return relativedelta(years=self.years, months=self.months, weeks=self.weeks, days=self.days)

    def is_zero(self) -> bool:
        return not (self.years or self.months or self.weeks or self.days)


def parse_duration(value: str) -> Duration:
    """Parse an ISO 8601 date duration (`P5Y`, `P1Y6M`, `P28D`, `P0D`); raise DurationError."""
    match = _DURATION.match((value or "").strip().upper())
    if match is None:
        raise DurationError(value)
    years, months, weeks, days = (int(part) if part else 0 for part in match.groups())
    return Duration(years=years, months=months, weeks=weeks, days=days)


def add_duration(start: date, value: str) -> date:
    """The date `value` (ISO 8601 duration) after `start`, month ends clamped."""
    return start + parse_duration(value).as_relativedelta()


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def format_duration(value: str) -> str:
    """Dutch words for a duration: `P1Y6M` → "1 jaar en 6 maanden", `P0D` → "0 dagen"."""
    duration = parse_duration(value)
    if duration.is_zero():
        return "0 dagen"
    parts = []
    if duration.years:
        parts.append(_plural(duration.years, "jaar", "jaar"))
    if duration.months:
        parts.append(_plural(duration.months, "maand", "maanden"))
    if duration.weeks:
        parts.append(_plural(duration.weeks, "week", "weken"))
    if duration.days:
        parts.append(_plural(duration.days, "dag", "dagen"))
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " en " + parts[-1]


@dataclass(frozen=True)
class Archiefactie:
    """What happens to a zaak's records and when; None dates when they cannot be known yet."""

    archiefnominatie: str  # BLIJVEND_BEWAREN, VERNIETIGEN or "" (no resultaat yet)
    bewaartermijn: str  # ISO 8601 duration, "" when none applies
    brondatum: date | None  # the day the bewaartermijn starts
    archiefactiedatum: date | None  # brondatum + bewaartermijn
    termijn_afwijkend: bool  # the termijn is not the selectielijst's
    brondatum_afwijkend: bool  # the brondatum is not the einddatum


def compute_archiefactie(
    *,
    waardering: str,
    selectielijst_bewaartermijn: str,
    einddatum: date | None,
    bewaartermijn_afwijkend: str = "",
    brondatum_afwijkend: date | None = None,
) -> Archiefactie:
    """Archiefnominatie, termijn, brondatum and archiefactiedatum of a zaak.

    The termijn is the selectielijst's unless an override is given; the brondatum is the
    einddatum unless an override is given. Without a termijn (blijvend bewaren, or no resultaat)
    or without a brondatum (zaak still open) there is no archiefactiedatum yet.
    """
    bewaartermijn = bewaartermijn_afwijkend or selectielijst_bewaartermijn or ""
    if bewaartermijn:
        parse_duration(bewaartermijn)  # refuse garbage before it is stored
    brondatum = brondatum_afwijkend or einddatum
    archiefactiedatum = (
        add_duration(brondatum, bewaartermijn) if brondatum is not None and bewaartermijn else None
    )
    return Archiefactie(
        archiefnominatie=waardering or "",
        bewaartermijn=bewaartermijn,
        brondatum=brondatum,
        archiefactiedatum=archiefactiedatum,
        termijn_afwijkend=bool(bewaartermijn_afwijkend),
        brondatum_afwijkend=brondatum_afwijkend is not None,
    )

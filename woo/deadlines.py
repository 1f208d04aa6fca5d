"""The terms of a Woo request, computed: decision term, extension, suspension, objection term.

Pure arithmetic on dates (no database), so every rule has a plain test:

- beslistermijn: four weeks after receipt (art. 4.4 lid 1 Woo), extendable once by two weeks
  (verdaging, art. 4.4 lid 2);
- opschorting: while third parties give their views (zienswijze, art. 4.4 lid 3 Woo with
  art. 4:15 Awb) the term stands still from the day after the request for views was sent up to
  the day the views came in (or their own term ran out): (tot - van) days, so a suspension begun
  and ended on the same day adds nothing; a suspension still running leaves the end unknown;
- bezwaar- en beroepstermijn: six weeks after the decision (art. 6:7 Awb); an objection or
  appeal keeps the hold until six weeks after it is settled.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from chats.wording import aantal

BESLISTERMIJN = timedelta(weeks=4)
VERDAGING = timedelta(weeks=2)
BEZWAARTERMIJN = timedelta(weeks=6)


@dataclass(frozen=True)
class Termijn:
    """The decision term of a request as of a day."""

    ontvangen_op: date
    uiterlijk: date | None  # None while a suspension runs
    opgeschort_dagen: int
    opgeschort: bool  # a suspension runs now
    verdaagd: bool
    overschreden: bool
    dagen_over: int | None  # days left (negative: days overdue); None while suspended

    @property
    def dagen_te_laat(self) -> int:
        return -self.dagen_over if self.overschreden else 0

    @property
    def status_text(self) -> str:
        if self.opgeschort:
            return "Opgeschort voor zienswijze"
        if self.overschreden:
            return f"Termijn overschreden ({days_text(self.dagen_te_laat)})"
        return f"Nog {days_text(self.dagen_over)}"


def days_text(days: int) -> str:
    """'1 dag', '3 dagen'."""
    return aantal(days, "dag", "dagen")


def suspended_days(periods, *, today: date) -> tuple[int, bool]:
    """Days the term stood still over (van, tot) periods: from the day after `van` up to `tot`;
    and whether one runs."""
    days, running = 0, False
    for van, tot in periods:
        if tot is None:
            running = True
            tot = today
        if tot > van:
            days += (tot - van).days
    return days, running


def beslistermijn(
    *,
    ontvangen_op: date,
    verdaagd: bool,
    opschortingen=(),
    today: date,
    besluit_op: date | None = None,
) -> Termijn:
    """The decision term on `today`; a decided request is measured on its decision day."""
    days, running = suspended_days(opschortingen, today=besluit_op or today)
    end = ontvangen_op + BESLISTERMIJN + (VERDAGING if verdaagd else timedelta()) + timedelta(days)
    on = besluit_op or today
    if running and besluit_op is None:
        return Termijn(ontvangen_op, None, days, True, verdaagd, False, None)
    left = (end - on).days
    return Termijn(ontvangen_op, end, days, False, verdaagd, left < 0, left)


def bewaarplicht_tot(
    *,
    besluit_op: date | None,
    bezwaar_ingesteld_op: date | None = None,
    bezwaar_afgerond_op: date | None = None,
) -> date | None:
    """The last day of the legal hold; None while it has no end yet (undecided, objection runs)."""
    if besluit_op is None:
        return None
    if bezwaar_ingesteld_op is not None:
        if bezwaar_afgerond_op is None:
            return None
        return max(bezwaar_afgerond_op + BEZWAARTERMIJN, besluit_op + BEZWAARTERMIJN)
    return besluit_op + BEZWAARTERMIJN

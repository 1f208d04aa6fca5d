"""Informatiebeheer's overview: submissions per month and department, median time to archive,
open questions and failures, and the geometry of its chart (server-rendered SVG, no script).

Reads only; the view is `overview_view` in `chats.review.views`.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.organisation import AFDELINGEN

from ..constants import SubmissionStatus
from ..models import ReviewQuestion, Submission

MONTHS_NL = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip
# Colour-blind safe (Okabe–Ito), each also told apart by its position in the legend and table.
COLOURS = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999",
)  # fmt: skip


@dataclass
class Bar:
    x: float
    label: str
    total: int
    segments: list[dict] = field(default_factory=list)
    label_x: float = 0.0
    total_y: float = 0.0


@dataclass
class MonthRow:
    month: date
    label: str
    per_afdeling: list[int]
    total: int
    archived: int
    failed: int
    median_days: float | None


@dataclass
class Overview:
    months: list[MonthRow]
    afdelingen: list[tuple[str, str, str]]  # (value, label, colour) of those that occur
    open_questions: int
    failed_now: int
    waiting_now: int
    median_days: float | None
    total: int
    chart: dict


def _month_starts(today: date, count: int) -> list[date]:
    first = today.replace(day=1)
    months = []
    for _ in range(count):
        months.append(first)
        first = (first - timedelta(days=1)).replace(day=1)
    return list(reversed(months))


def _month(value) -> date:
    if isinstance(value, datetime):
        return (
            timezone.localtime(value).date().replace(day=1)
            if timezone.is_aware(value)
            else (value.date().replace(day=1))
        )
    return value.replace(day=1)


def _median_days(durations: list[timedelta]) -> float | None:
    if not durations:
        return None
    return statistics.median(d.total_seconds() for d in durations) / 86400


def overview(*, months: int = 12, today: date | None = None) -> Overview:
    """The figures of the last `months` calendar months (this one included)."""
    today = today or timezone.localdate()
    starts = _month_starts(today, months)
    since = timezone.make_aware(datetime.combine(starts[0], datetime.min.time()))
    in_period = Submission.objects.filter(created_at__gte=since)

    counts: dict[tuple[date, str], int] = {}
    for row in (
        in_period.annotate(month=TruncMonth("created_at"))
        .values("month", "afdeling")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        key = (_month(row["month"]), row["afdeling"])
        counts[key] = counts.get(key, 0) + row["n"]
    failed: dict[date, int] = {}
    for row in (
        in_period.filter(status=SubmissionStatus.MISLUKT)
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        failed[_month(row["month"])] = failed.get(_month(row["month"]), 0) + row["n"]
    # Time to archive, by the month the record was archived.
    durations: dict[date, list[timedelta]] = {}
    for created_at, archived_at in Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD, archived_at__gte=since
    ).values_list("created_at", "archived_at"):
        durations.setdefault(_month(archived_at), []).append(archived_at - created_at)

    present = {afdeling for (_, afdeling) in counts}
    afdelingen = [
        (value, label, COLOURS[i % len(COLOURS)])
        for i, (value, label) in enumerate(AFDELINGEN)
        if value in present
    ]
    rows = []
    for start in starts:
        per = [counts.get((start, value), 0) for value, _, _ in afdelingen]
        rows.append(
            MonthRow(
                month=start,
                label=f"{MONTHS_NL[start.month - 1]} {start.year}",
                per_afdeling=per,
                total=sum(per),
                archived=len(durations.get(start, [])),
                failed=failed.get(start, 0),
                median_days=_median_days(durations.get(start, [])),
            )
        )
    return Overview(
        months=rows,
        afdelingen=afdelingen,
        open_questions=ReviewQuestion.objects.filter(
            answered_at__isnull=True, submission__status=SubmissionStatus.TERUG_NAAR_INDIENER
        ).count(),
        failed_now=Submission.objects.filter(status=SubmissionStatus.MISLUKT).count(),
        waiting_now=Submission.objects.filter(status=SubmissionStatus.TE_BEOORDELEN).count(),
        median_days=_median_days([d for ds in durations.values() for d in ds]),
        total=sum(r.total for r in rows),
        chart=chart_geometry(rows, afdelingen),
    )


# The chart's drawing area in SVG units (the SVG scales to its container).
WIDTH, HEIGHT = 720, 300
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 16, 40


def _nice_max(value: int) -> int:
    """The y axis' top: a round number at or above `value` (at least 4)."""
    value = max(value, 4)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def chart_geometry(rows: list[MonthRow], afdelingen: list[tuple[str, str, str]]) -> dict:
    """Bars stacked by department, one per month, with the y axis' gridlines (pure arithmetic)."""
    top = _nice_max(max((r.total for r in rows), default=0))
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(rows), 1)
    bar_w = slot * 0.64
    bars = []
    for i, row in enumerate(rows):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = TOP + plot_h
        bar = Bar(x=round(x, 1), label=row.label, total=row.total)
        for (_value, label, colour), n in zip(afdelingen, row.per_afdeling, strict=True):
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            bar.segments.append(
                {"y": round(y, 1), "height": round(h, 1), "colour": colour, "label": label, "n": n}
            )
        bar.label_x = round(x + bar_w / 2, 1)
        bar.total_y = round(y - 4, 1)
        bars.append(bar)
    grid = [{"value": top * k // 4, "y": round(TOP + plot_h - plot_h * k / 4, 1)} for k in range(5)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "baseline": TOP + plot_h,
        "label_y": TOP + plot_h + 18,
        "bar_width": round(bar_w, 1),
        "bars": bars,
        "grid": grid,
    }

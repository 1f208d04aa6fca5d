"""Retention arithmetic without a database: ISO durations, leap days, month ends, P0D."""

from datetime import date

import pytest

from zaken.retention import (
    BLIJVEND_BEWAREN,
    VERNIETIGEN,
    Duration,
    DurationError,
    add_duration,
    compute_archiefactie,
    format_duration,
    parse_duration,
)


def test_the_module_imports_without_django():
    import subprocess
    import sys

    code = (
        "import sys, zaken.retention; "
        "sys.exit(1 if any(m == 'django' or m.startswith('django.') for m in sys.modules) else 0)"
    )
    # zaken/__init__.py is empty, so importing the module must not pull Django in.
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P5Y", Duration(years=5)),
        ("P6M", Duration(months=6)),
        ("P28D", Duration(days=28)),
        ("P1Y6M", Duration(years=1, months=6)),
        ("P0D", Duration()),
        ("P2W", Duration(weeks=2)),
        ("P110Y", Duration(years=110)),
        (" p10y ", Duration(years=10)),
    ],
)
def test_it_parses_iso_date_durations(value, expected):
    assert parse_duration(value) == expected


@pytest.mark.parametrize("value", ["", "P", "5Y", "P1.5Y", "PT1H", "P1YT2H", "P-1Y", "P1D1Y", None])
def test_it_refuses_what_is_not_a_date_duration_with_a_dutch_message(value):
    with pytest.raises(DurationError) as info:
        parse_duration(value)
    assert "geen geldige bewaartermijn" in info.value.message


@pytest.mark.parametrize(
    ("start", "value", "expected"),
    [
        (date(2024, 3, 13), "P5Y", date(2029, 3, 13)),
        # Leap day plus whole years lands on the last day of February.
        (date(2024, 2, 29), "P1Y", date(2025, 2, 28)),
        (date(2024, 2, 29), "P4Y", date(2028, 2, 29)),
        # Month ends are clamped, not rolled over into the next month.
        (date(2024, 1, 31), "P1M", date(2024, 2, 29)),
        (date(2023, 1, 31), "P1M", date(2023, 2, 28)),
        (date(2024, 8, 31), "P6M", date(2025, 2, 28)),
        (date(2024, 3, 31), "P1Y6M", date(2025, 9, 30)),
        # Days cross month and year boundaries.
        (date(2024, 12, 10), "P28D", date(2025, 1, 7)),
        (date(2024, 2, 1), "P28D", date(2024, 2, 29)),
        (date(2024, 2, 28), "P2W", date(2024, 3, 13)),
        (date(2024, 6, 15), "P0D", date(2024, 6, 15)),
    ],
)
def test_it_adds_calendar_durations(start, value, expected):
    assert add_duration(start, value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("P1Y", "1 jaar"),
        ("P5Y", "5 jaar"),
        ("P6M", "6 maanden"),
        ("P1M", "1 maand"),
        ("P1Y6M", "1 jaar en 6 maanden"),
        ("P28D", "28 dagen"),
        ("P1D", "1 dag"),
        ("P1Y2M3D", "1 jaar, 2 maanden en 3 dagen"),
        ("P0D", "0 dagen"),
    ],
)
def test_it_says_durations_in_dutch(value, words):
    assert format_duration(value) == words


def test_archiefactiedatum_is_einddatum_plus_selectielijst_termijn():
    result = compute_archiefactie(
        waardering=VERNIETIGEN, selectielijst_bewaartermijn="P1Y6M", einddatum=date(2024, 8, 31)
    )
    assert result.archiefnominatie == VERNIETIGEN
    assert result.bewaartermijn == "P1Y6M"
    assert result.brondatum == date(2024, 8, 31)
    assert result.archiefactiedatum == date(2026, 2, 28)
    assert not result.termijn_afwijkend and not result.brondatum_afwijkend


def test_p0d_makes_the_archiefactiedatum_the_brondatum():
    result = compute_archiefactie(
        waardering=VERNIETIGEN, selectielijst_bewaartermijn="P0D", einddatum=date(2024, 2, 29)
    )
    assert result.archiefactiedatum == date(2024, 2, 29)


def test_an_open_zaak_has_a_termijn_but_no_dates_yet():
    result = compute_archiefactie(
        waardering=VERNIETIGEN, selectielijst_bewaartermijn="P5Y", einddatum=None
    )
    assert result.bewaartermijn == "P5Y"
    assert result.brondatum is None and result.archiefactiedatum is None


def test_blijvend_bewaren_has_no_archiefactiedatum():
    result = compute_archiefactie(
        waardering=BLIJVEND_BEWAREN, selectielijst_bewaartermijn="", einddatum=date(2024, 1, 1)
    )
    assert result.archiefnominatie == BLIJVEND_BEWAREN
    assert result.brondatum == date(2024, 1, 1)
    assert result.archiefactiedatum is None


def test_overrides_replace_termijn_and_brondatum_and_are_marked():
    result = compute_archiefactie(
        waardering=VERNIETIGEN,
        selectielijst_bewaartermijn="P1Y",
        einddatum=date(2024, 1, 31),
        bewaartermijn_afwijkend="P10Y",
        brondatum_afwijkend=date(2024, 2, 29),
    )
    assert result.bewaartermijn == "P10Y"
    assert result.brondatum == date(2024, 2, 29)
    assert result.archiefactiedatum == date(2034, 2, 28)
    assert result.termijn_afwijkend and result.brondatum_afwijkend


def test_without_resultaat_there_is_nothing_to_compute():
    result = compute_archiefactie(
        waardering="", selectielijst_bewaartermijn="", einddatum=date(2024, 1, 1)
    )
    assert result.archiefnominatie == "" and result.archiefactiedatum is None


def test_a_broken_override_is_refused():
    with pytest.raises(DurationError):
        compute_archiefactie(
            waardering=VERNIETIGEN,
            selectielijst_bewaartermijn="P1Y",
            einddatum=date(2024, 1, 1),
            bewaartermijn_afwijkend="10 jaar",
        )

"""The exchange's local days from times read as microseconds since the epoch (stop 37): the same
days as `.astimezone(zone).date()` tells apart, also around a change of the UTC offset."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from woo.search import _EPOCH, _datetime_of, _local_days

ONE_US = timedelta(microseconds=1)


def _micros(at: datetime) -> int:
    return (at - _EPOCH) // ONE_US


@pytest.mark.parametrize(
    "zone_name, start",
    [
        # Summer time begins and ends (02:00 -> 03:00, 03:00 -> 02:00 local).
        ("Europe/Amsterdam", datetime(2024, 3, 30, 20, tzinfo=UTC)),
        ("Europe/Amsterdam", datetime(2024, 10, 26, 20, tzinfo=UTC)),
        # An offset that changes by half an hour, at a time that is no whole hour in UTC.
        ("Australia/Lord_Howe", datetime(2024, 4, 6, 10, tzinfo=UTC)),
    ],
)
def test_local_days_are_the_dates_astimezone_gives(zone_name, start):
    zone = ZoneInfo(zone_name)
    times = [start + timedelta(minutes=7 * i, microseconds=i) for i in range(2000)]
    with timezone.override(zone):
        days = _local_days([_micros(at) for at in times] + [None])
    assert days[-1] is None
    dates = [at.astimezone(zone).date() for at in times]
    for i in range(1, len(times)):
        assert (days[i] == days[i - 1]) == (dates[i] == dates[i - 1]), times[i]
    assert len(set(days[:-1])) == len(set(dates))


def test_datetime_of_is_the_time_read():
    at = datetime(2023, 7, 1, 9, 30, 12, 345678, tzinfo=UTC)
    assert _datetime_of(_micros(at), UTC) == at
    assert _datetime_of(_micros(at), UTC).tzinfo is UTC
    assert _datetime_of(None, UTC) is None

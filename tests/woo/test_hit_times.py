"""The time beside a message under a search result is the Dutch wall-clock time, also for the
messages shown as "vervolg" (read with a raw query, which on SQLite gives a naive UTC time)."""

import re
from datetime import UTC, datetime

import pytest

pytestmark = pytest.mark.django_db

SMALL_TALK = ["Goedemorgen!", "Koffie?", "Prima", "Ik zit tot 11 uur in overleg", "Top, dank je"]


def test_a_follow_up_message_shows_the_same_local_time_as_the_hits(make_record, woo_client):
    for _ in range(25):  # an archive big enough to tell small talk (see woo.relevance)
        make_record(SMALL_TALK * 2)
    # 09:00 UTC on 12 March is 10:00 in Meppel; message n is sent n minutes later.
    make_record(
        [
            "De aannemer meldt dat de renovatie van het zwembad duurder wordt.",
            "Koffie?",
            "Waardoor?",  # shown as "vervolg"
        ],
        start=datetime(2024, 3, 12, 9, 0, tzinfo=UTC),
    )
    html = woo_client.get("/woo/zoeken/", {"q": "renovatie zwembad"}).content.decode()
    assert "woo-exchange-badge" in html
    times = re.findall(r"12-03-2024 (\d\d:\d\d)", html)
    assert "10:01" in times  # the hit
    assert "10:03" in times  # its follow-up, not 09:03 (UTC)
    assert "09:03" not in times

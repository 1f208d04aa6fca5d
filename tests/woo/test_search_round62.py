"""Issue 17, round 62 (woo62): the exchange around a hit is followed reply by reply.

Measured on set 36 (R1, R9) and set 37: the window of 15 messages and 120 minutes after a hit cut
long exchanges. In a busy chat the answers to a question come every hour or so with a dozen lines
of other talk between them; the second answer fell outside the window counted from the hit and
was never shown, though it answers the first. Now a content message carries the exchange on when
it comes within 120 minutes of the exchange's previous message (the hit or its last reply), on
the same day; a long silence, another hit or a new topic still ends it. In a chat of two the
exchange also carries over one night (two people pick up next morning where they left off);
in a team's running chat it does not.

The record page's per-hit action adds the hit with the messages shown as its vervolg (what the
result list shows and counts), no longer a fixed 3 messages before and after it when it has any.

Without the change to woo.relevance/woo.search the tests that are no guards fail.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from chats.models import Message
from tests.factories import ParticipantFactory
from tests.woo.small_talk import SMALL_TALK, archive_with_small_talk
from woo.indexing import index_submission
from woo.query import parse_query
from woo.relevance import nearest_content
from woo.search import SearchFilters, record_hits, search

pytestmark = pytest.mark.django_db

MORNING = datetime(2024, 3, 12, 7, 0, tzinfo=UTC)  # 8.00 in Meppel


def chat(make_record, lines, *, writers: int = 3):
    """A conversation of (minutes after MORNING, text) lines, by `writers` people."""
    record = make_record([text for _, text in lines], index=False)
    for extra in range(2, writers + 1):
        ParticipantFactory(
            submission=record, seq=extra, name=f"Collega {extra}", pseudonym=f"Deelnemer {extra}"
        )
    for seq, (minutes, _) in enumerate(lines, start=1):
        Message.objects.filter(submission=record, seq=seq).update(
            sent_at=MORNING + timedelta(minutes=minutes)
        )
    index_submission(submission_id=record.pk)
    return record


def talk(start: int, n: int) -> list[tuple[int, str]]:
    """n lines of small talk, one every 7 minutes from `start`."""
    return [(start + 7 * i, SMALL_TALK[i % len(SMALL_TALK)]) for i in range(n)]


def shown(text: str, record) -> dict[int, object]:
    outcome = search(parse_query(text), SearchFilters(), per_page=50)
    found = [r for r in outcome.records if r.submission.pk == record.pk]
    assert found, "the conversation is listed"
    return {s.seq: s for s in found[0].snippets}


def leak_chat(make_record, *, gap: int = 80, writers: int = 3):
    """A hit, then three replies `gap` minutes apart, ten lines of small talk between each."""
    lines = [(0, "De dakgoot van de gymzaal aan de Vledderstraat lekt boven het wandrek")]
    lines += talk(5, 10)
    lines += [(gap, "Hoeveel emmers staan eronder?")]
    lines += talk(gap + 3, 10)
    lines += [(2 * gap, "Vier emmers, de loodgieter kijkt er vanmiddag naar")]
    lines += talk(2 * gap + 3, 10)
    lines += [(3 * gap, "De afvoer zat vol eikenbladeren, de verstopping is verholpen")]
    lines += talk(3 * gap + 3, 4)
    return chat(make_record, lines, writers=writers)


def test_an_exchange_is_followed_reply_by_reply_beyond_the_first_window(make_record):
    archive_with_small_talk(make_record)
    record = leak_chat(make_record)
    snippets = shown("dakgoot gymzaal", record)
    assert snippets[1].related is False  # the hit
    # Each reply comes 80 minutes after the one before, 11 lines further: the second and the
    # third are more than 120 minutes and 15 lines after the hit.
    replies = [12, 23, 34]
    assert all(seq in snippets and snippets[seq].exchange for seq in replies)
    assert not set(snippets) - {1, *replies}  # no small talk
    # The record page marks the same messages as vervolg.
    hits = record_hits(parse_query("dakgoot gymzaal"), record.pk)
    assert [(h.seq, h.exchange) for h in hits] == [(1, False), *((s, True) for s in replies)]


def test_a_long_silence_still_ends_the_exchange(make_record):
    archive_with_small_talk(make_record)
    record = leak_chat(make_record, gap=150)
    snippets = shown("dakgoot gymzaal", record)
    assert set(snippets) == {1}  # the first reply comes two and a half hours later


def test_another_hit_ends_the_followed_exchange(make_record):
    archive_with_small_talk(make_record)
    lines = [(0, "De dakgoot van de gymzaal aan de Vledderstraat lekt boven het wandrek")]
    lines += talk(5, 10)
    lines += [(80, "Hoeveel emmers staan eronder?")]
    lines += talk(83, 10)
    lines += [(160, "De gymzaal van de Beatrixschool krijgt nieuwe wandrekken")]  # 23: a hit
    lines += talk(163, 3)
    lines += [(200, "Welke leverancier?")]
    record = chat(make_record, lines)
    snippets = shown("gymzaal", record)
    assert {1, 12, 23, 27} <= set(snippets)
    assert snippets[23].related is False and snippets[27].exchange


def test_in_a_chat_of_two_the_exchange_carries_over_the_night(make_record):
    archive_with_small_talk(make_record)
    evening = 9 * 60  # 17.00 in Meppel
    night = 24 * 60  # 8.00 the next day, after a night's silence
    lines = [(evening, "De slagboom bij de milieustraat aan de Steenwijkerweg gaat niet meer open")]
    lines += talk(evening + 4, 3)
    lines += [(night, "De monteur is geweest, de motor van de arm is doorgebrand")]
    lines += talk(night + 4, 3)
    lines += [(night + 60, "Vervangen kost 1.900 euro, ik geef opdracht")]
    two = chat(make_record, lines, writers=2)
    snippets = shown("slagboom milieustraat", two)
    assert snippets[5].exchange and snippets[9].exchange
    # A team's running chat: next morning's first lines are as often about another matter.
    team = chat(make_record, lines, writers=3)
    assert set(shown("slagboom milieustraat", team)) == {1}


def test_nearest_content_follows_the_exchange_by_the_time_of_its_previous_message():
    # (seq, minutes, day): anchor 10 at 0; content at 90, 170 (80 after 90), 300 (130 after).
    times = {10: (0, 1), 20: (90, 1), 30: (170, 1), 40: (300, 1), 50: (310, 2)}
    rows = [(20, 20), (30, 30), (40, 40), (50, 50)]
    assert nearest_content(rows, [10], times=times, span=120) == {20, 30}
    assert nearest_content(rows, [10]) == {20, 30, 40, 50}  # without times: as before
    assert nearest_content(rows, [10], times=times, span=120, gap=5) == set()  # 10 lines on
    # Overnight (a chat of two): the next day's first content message carries it on.
    late = {10: (0, 1), 20: (900, 2), 30: (960, 2), 40: (2900, 3)}
    assert nearest_content(rows[:3], [10], times=late, span=120, overnight=True) == {20, 30}
    assert nearest_content(rows[:3], [10], times=late, span=120) == set()


def test_the_record_page_adds_a_hit_with_its_vervolg_in_one_action(
    make_record, woo_client, verzoek
):
    archive_with_small_talk(make_record)
    record = leak_chat(make_record)
    url = reverse("woo:record", args=[record.pk])
    page = woo_client.get(
        url, {"verzoek": verzoek.pk, "zoek": "dakgoot gymzaal", "per": "gesprek"}
    ).content.decode()
    # Offered as the result list shows the hit: with its three replies, not 3 lines around it.
    assert "Met vervolg (3 berichten) toevoegen" in page
    assert (
        'Met 3 berichten ervoor en erna toevoegen<span class="visually-hidden"> (rond #2)'
        not in page
    )
    hit = record.messages.get(seq=1)
    woo_client.post(
        reverse("woo:verzoek_add_many", args=[verzoek.pk]),
        {
            "soort": "vervolg",
            "archiefstuk": record.pk,
            "bericht": hit.pk,
            "zoek": "dakgoot gymzaal",
            "per": "gesprek",
        },
    )
    added = set(verzoek.selecties.values_list("message__seq", flat=True))
    assert added == {1, 12, 23, 34}


def test_a_hit_without_vervolg_keeps_the_three_messages_around_it(make_record, woo_client, verzoek):
    archive_with_small_talk(make_record)
    record = leak_chat(make_record, gap=150)
    page = woo_client.get(
        reverse("woo:record", args=[record.pk]),
        {"verzoek": verzoek.pk, "zoek": "dakgoot gymzaal", "per": "gesprek"},
    ).content.decode()
    assert "Met 3 berichten ervoor en erna toevoegen" in page
    assert "Met vervolg" not in page

"""Issue 17, round 8: a hit of small talk is no sign of a subject.

A query word that is common in the archive (or a common part of a split compound: "vakantie" of
"vakantieverhuur") makes everyday lines hits: "Ben je morgen op kantoor?". Such a hit (a message
without a content word, woo.relevance.is_small_talk) anchors no context (no samenhang, no
vervolg around it), is not shown under a conversation that has a hit with content, and a
conversation whose every hit is small talk is listed apart, its lines no hits. The tests on the
search failed before round 8.
"""

import pytest

from tests.woo.small_talk import SMALL_TALK, archive_with_small_talk
from woo.query import parse_query
from woo.relevance import context_anchors, is_agenda_point, nearest_content, words_of
from woo.search import SearchFilters, Snippet, everyday_only, record_hits, search


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def plain(snippet) -> str:
    return snippet.html.replace("<mark>", "").replace("</mark>", "")


def test_only_a_hit_with_a_content_word_anchors_context():
    shares = {
        "hij": 0.3,
        "staat": 0.05,
        "het": 0.5,
        "systeem": 0.02,
        "storing": 0.0002,
        "dagen": 0.01,
    }
    hits = {
        1: words_of("Hij staat in het systeem"),
        2: words_of("De storing in het systeem duurt al dagen"),
        3: words_of("Ja"),
    }
    assert context_anchors(hits, shares) == {2}
    assert context_anchors({}, shares) == set()


def _snippet(entry_id: int, clauses=()) -> Snippet:
    return Snippet(
        entry_id, entry_id, None, "bericht", entry_id, None, "", clauses=frozenset(clauses)
    )


def test_a_conversation_with_a_word_only_in_small_talk_is_set_apart():
    # Conversation 1: both words of the query in hits with content. 2: only small-talk hits.
    # 3: the second word only in a small-talk hit (11), the first in a content hit (10).
    # 4: headed by its subject (the subject speaks for it). 5: no hit on this page.
    snippets = {
        1: [_snippet(1, {0, 1})],
        2: [_snippet(2, {0, 1})],
        3: [_snippet(10, {0}), _snippet(11, {1})],
        4: [_snippet(4, {1})],
        5: [],
    }
    anchors = {1: [_snippet(1, {0, 1})], 3: [_snippet(10, {0})]}
    assert everyday_only([1, 2, 3, 4, 5], snippets, anchors, {4}) == {2, 3}
    # Not judged when not every hit was read (the conversation has more than those shown).
    assert everyday_only([1, 2, 3], snippets, anchors, set(), {1: 1, 2: 1, 3: 30}) == {2}
    # Nothing to set apart from: no shown conversation has a content hit or a subject.
    assert everyday_only([2, 5], snippets, {}, set()) == set()


@pytest.mark.django_db
def test_small_talk_hits_get_no_context_and_are_not_shown_next_to_content_hits(
    make_record, woo_client
):
    archive_with_small_talk(make_record)
    content = make_record(
        [
            "Ben je morgen op kantoor?",  # 1: a hit, small talk
            "Goedemorgen!",
            "Het dak van het kantoor lekt boven de archiefkast",  # 3: a hit with content
            "Hoeveel schade aan de dossiers?",  # 4: its exchange
        ]
    )
    everyday = make_record(
        [
            "De offerte voor de gevelrenovatie van de sporthal is binnen",  # no hit
            "Prima",
            "Ben je morgen op kantoor?",  # 3: the only hit, small talk
            "Wie controleert de bestektekening van de aannemer?",  # 4: no exchange of it
        ]
    )
    outcome = run("kantoor")
    by_id = {record.submission.pk: record for record in outcome.records}
    shown = {s.seq: plain(s) for s in by_id[content.pk].snippets}
    assert sorted(shown) == [3, 4]  # not the small-talk hit 1
    assert "archiefkast" in shown[3]
    assert shown[4] == "Hoeveel schade aan de dossiers?"
    assert not by_id[content.pk].everyday
    assert by_id[everyday.pk].everyday
    assert [s.seq for s in by_id[everyday.pk].snippets] == [3]  # the line, no context
    # The small talk of the other conversations holds "kantoor" as well: set apart too.
    assert [r.submission.pk for r in outcome.full_records] == [content.pk]
    assert everyday.pk in [r.submission.pk for r in outcome.everyday_records]
    html = woo_client.get("/woo/zoeken/", {"q": "kantoor"}).content.decode()
    assert 'id="alleen-alledaags"' in html
    apart = html.split('id="alleen-alledaags"', 1)[1]
    assert "woo-result" in apart
    assert "woo-snippet" not in apart  # their lines are shown, not as hits
    # The record page still marks every hit, but the small-talk hit anchors no context.
    assert [h.seq for h in record_hits(parse_query("kantoor"), everyday.pk)] == [3]
    page = [(h.seq, h.related) for h in record_hits(parse_query("kantoor"), content.pk)]
    assert page == [(1, False), (3, False), (4, True)]


@pytest.mark.django_db
def test_a_conversation_with_one_word_only_in_small_talk_is_listed_apart(make_record):
    archive_with_small_talk(make_record)
    both = make_record(["Het dak van het kantoor lekt boven de archiefkast", "Hoeveel schade?"])
    other = make_record(
        [
            "Het dak van de loods bij de gemeentewerf lekt",  # "dak" with content
            "Waardoor precies?",
            "Ben je morgen op kantoor?",  # "kantoor" only in small talk
        ]
    )
    outcome = run("dak kantoor")
    by_id = {record.submission.pk: record for record in outcome.records}
    assert not by_id[both.pk].everyday
    assert by_id[other.pk].everyday
    # Its lines are shown as they are (both hits), without context.
    assert [s.seq for s in by_id[other.pk].snippets] == [1, 3]


def test_an_exchange_is_the_few_content_messages_nearest_to_its_anchors():
    # Content messages (id, seq) around anchors at seq 10 and 30; small talk is not counted.
    rows = [(1, 1), (2, 5), (3, 7), (4, 9), (11, 11), (12, 13), (13, 14), (14, 15), (15, 16)]
    rows += [(16, 17), (17, 18), (29, 29)]
    near = nearest_content(rows, [10, 30], before=2, after=5)
    assert near == {3, 4, 11, 12, 13, 14, 15, 17, 29}
    # Counting stops at the next anchor: nothing before the first one is taken as its sequel.
    assert nearest_content([(1, 1), (2, 2)], [3], before=0, after=5) == set()


@pytest.mark.django_db
def test_a_side_topic_several_messages_before_a_hit_is_no_exchange(make_record):
    # Everyday words of these lines are common in this archive too (no subject words).
    common = [
        "Die van de vorige keer is er nog, wanneer past het in de planning?",
        "Ik doe het bij de volgende over de mail",
    ]
    for _ in range(15):
        make_record([*SMALL_TALK, *common] * 2)
    chat = make_record(
        [
            "Wie doet de brandveiligheid bij de kinderopvang in de Vledder?",  # 1: side topic
            "Die keuring plan ik woensdag",  # 2: its answer
            "Koffie?",
            "Het verslag van de aannemer over de fundering is binnen",  # 4
            "Wanneer gaat de sloop van de gymzaal van start?",  # 5
            "Prima",
            "Eerst de asbestsanering, vanaf maandag",  # 7: the hit
            "Hoe lang duurt die?",  # 8
        ]
    )
    record = run("asbestsanering").records[0]
    assert record.submission.pk == chat.pk
    # The two content messages before the hit (what it answers) and the reply after it; the
    # side topic further back, within 15 messages and two hours, is not.
    assert [(s.seq, s.exchange) for s in record.snippets] == [
        (4, True),
        (5, True),
        (7, False),
        (8, True),
    ]


def test_a_numbered_agenda_point_ends_an_exchange():
    assert is_agenda_point("2. Inschrijving oude school sluit vrijdag")
    assert is_agenda_point("3) Begroting")
    assert not is_agenda_point("1,4 miljoen over vier jaar")
    assert not is_agenda_point("23 stemmen verschil")
    assert not is_agenda_point("Om 9. uur")
    # Content messages (id, seq); the anchor at 10, another agenda point at 13.
    rows = [(11, 11), (12, 12), (14, 14), (15, 15)]
    assert nearest_content(rows, [10], barrier_seqs=[13]) == {11, 12}
    assert nearest_content(rows, [16], barrier_seqs=[13], before=5) == {14, 15}


@pytest.mark.django_db
def test_the_next_agenda_point_is_not_shown_as_the_exchange_of_a_hit(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "1. Het dak van de Wilhelminaschool lekt weer",  # the hit
            "Hoeveel lokalen?",  # 2: its exchange
            "2. Inschrijving voor de kinderopvang sluit vrijdag",  # another point
            "Wie stuurt de brief aan de ouders?",  # 4: its exchange, not the roof's
        ]
    )
    record = run("wilhelminaschool").records[0]
    assert record.submission.pk == chat.pk
    assert [s.seq for s in record.snippets] == [1, 2]

"""Issue 17, round 11: defects an officer noticed in round 10, and set 9's causes.

- A year in a query ("bomenkap 2025") is no word a conversation must hold: it is a hint of the
  period (conversations from that year, or that name it, come first) and the page says so,
  with a link that makes it a filter.
- A past participle finds its verb ("gekeurd": "keuren", "keuring"; "afgekeurd":
  "afkeuring"), and a noun in -ing its verb's forms ("keuring": "gekeurd", "keuren").
- Snippets are cut on word boundaries.

The tests on the search failed before round 11.
"""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from woo.expansion import verb_forms
from woo.query import parse_query
from woo.search import SNIPPET_CHARS, SearchFilters, _window, highlight_simple, search


def run(text: str, filters: SearchFilters | None = None):
    return search(parse_query(text), filters or SearchFilters(), per_page=50)


def ids(records) -> list[int]:
    return [record.submission.pk for record in records]


# -- a year is a hint of the period ---------------------------------------------------------------


def test_a_year_next_to_other_words_is_a_hint_not_a_clause():
    query = parse_query("bomenkap 2025")
    assert [[t.text for t in clause] for clause in query.clauses] == [["bomenkap"]]
    assert query.years == (2025,)
    assert parse_query("bomenkap 2024-2025").years == (2024, 2025)
    # Alone a year is what the officer looks for; a phrase or an alternative stays as typed.
    assert [[t.text for t in c] for c in parse_query("2025").clauses] == [["2025"]]
    assert parse_query('"begroting 2025"').years == ()
    assert parse_query("bomenkap 2025 of 2026").years == ()
    assert parse_query("bomenkap 1234").years == ()  # no year of an archive


@pytest.mark.django_db
def test_a_conversation_about_the_subject_without_the_year_is_found(make_record):
    without = make_record(["De bomenkap aan de Stationsweg begint maandag", "Prima"])
    named = make_record(
        ["Bomenkap in 2025 aan de Kerkstraat", "Ja"],
        start=datetime(2024, 11, 2, 9, 0, tzinfo=UTC),
    )
    dated = make_record(
        ["Morgen bomenkap in het park", "Goed"], start=datetime(2025, 2, 3, 9, 0, tzinfo=UTC)
    )
    outcome = run("bomenkap 2025")
    assert set(ids(outcome.full_records)) == {without.pk, named.pk, dated.pk}
    # From the year or naming it first; the others after them.
    assert ids(outcome.full_records)[-1] == without.pk
    assert outcome.years == (2025,)


@pytest.mark.django_db
def test_the_page_says_how_the_year_was_used_and_offers_it_as_a_filter(make_record, woo_client):
    make_record(["De bomenkap aan de Stationsweg begint maandag"])
    html = woo_client.get(reverse("woo:search"), {"q": "bomenkap 2025"}).content.decode()
    assert 'id="jaartal"' in html
    assert "2025 is niet als verplicht woord gezocht" in html
    assert "van=2025-01-01" in html and "tot=2025-12-31" in html
    assert "Een <strong>jaartal</strong> naast andere woorden" in html  # the help says so
    # With a period filter of its own the offer is not made again.
    html = woo_client.get(
        reverse("woo:search"), {"q": "bomenkap 2025", "van": "2025-01-01", "tot": "2025-12-31"}
    ).content.decode()
    assert 'id="jaartal"' in html
    assert "Alleen berichten uit" not in html


# -- participles and nouns in -ing find their verb ------------------------------------------------


def test_the_forms_of_a_weak_verb_from_its_participle_or_noun():
    assert {"keuren", "keuring", "keurt"} <= verb_forms("gekeurd")
    assert {"afkeuren", "afkeuring"} <= verb_forms("afgekeurd")
    assert {"kappen", "kapping"} <= verb_forms("gekapt")
    assert {"maken"} <= verb_forms("gemaakt")
    assert {"melden", "melding"} <= verb_forms("gemeld")  # the stem ends in d
    assert {"leveren", "levering"} <= verb_forms("geleverd")
    assert {"verbouwen", "verbouwing"} <= verb_forms("verbouwd")  # a prefix that takes no ge-
    assert {"gekeurd", "keuren"} <= verb_forms("keuring")
    assert {"geleverd", "leveren"} <= verb_forms("levering")
    assert {"gewoond", "wonen"} <= verb_forms("woning")  # a long vowel written single
    assert {"betaald", "betalen"} <= verb_forms("betaling")
    assert "gehandhaafd" in verb_forms("handhaving")
    assert "verkiezen" not in verb_forms("verkiezing")  # strong after its prefix: verkozen
    assert {"afgekeurd", "afkeuren"} <= verb_forms("afkeuringen")
    assert "keuring" in verb_forms("keuren")
    assert verb_forms("gebied") == set()  # "bieden" is a strong verb: no "gebied"
    assert verb_forms("gemeente") == set()


@pytest.mark.django_db
def test_a_participle_finds_the_verb_and_its_noun(make_record):
    noun = make_record(["De keuring van de speeltoestellen is donderdag", "Wie gaat er?"])
    verb = make_record(["Wanneer keuren ze de speeltoestellen?", "Volgende week"])
    other = make_record(["De speeltoestellen zijn geverfd", "Mooi"])
    outcome = run("speeltoestellen gekeurd")
    found = ids(outcome.full_records)
    assert noun.pk in found and verb.pk in found
    assert other.pk not in found
    assert {"keuring", "keuren"} <= set(outcome.also)


@pytest.mark.django_db
def test_a_noun_in_ing_finds_the_participle(make_record):
    chat = make_record(["De speeltoestellen zijn gisteren afgekeurd", "Jammer"])
    outcome = run("afkeuring speeltoestellen")
    assert chat.pk in ids(outcome.full_records)
    assert "afgekeurd" in outcome.also


# -- snippets are cut on word boundaries ----------------------------------------------------------

_LONG = " ".join(f"woord{n}" for n in range(120))


def _inner(snippet: str) -> str:
    return snippet.removeprefix("… ").removesuffix(" …")


def test_a_window_starts_and_ends_on_a_word():
    marked = _LONG.replace("woord60", "\ue000woord60\ue001")
    window = _window(marked)
    assert window.startswith("… ") and window.endswith(" …")
    words = _inner(window).replace("\ue000", "").replace("\ue001", "").split(" ")
    assert all(word in _LONG.split(" ") for word in words)
    assert "woord60" in words
    assert len(_inner(window)) <= SNIPPET_CHARS


def test_a_window_without_a_mark_ends_on_a_word():
    window = _window(_LONG)
    assert not window.startswith("…") and window.endswith(" …")
    assert all(word in _LONG.split(" ") for word in _inner(window).split(" "))


def test_the_simple_highlight_starts_and_ends_on_a_word():
    window = highlight_simple(_LONG, ["woord70"])
    words = _inner(window).replace("\ue000", "").replace("\ue001", "").split(" ")
    assert all(word in _LONG.split(" ") for word in words)
    assert window.endswith(" …")


@pytest.mark.django_db
def test_a_listed_message_without_a_query_is_cut_on_a_word(make_record):
    make_record([_LONG])
    outcome = run("", SearchFilters(van=datetime(2024, 1, 1).date()))
    html = str(outcome.records[0].snippets[0].html)
    assert html.endswith(" …")
    assert all(word in _LONG.split(" ") for word in _inner(html).split(" "))


# -- a suffix is no part of a compound ------------------------------------------------------------


@pytest.mark.django_db
def test_an_adjective_in_lijk_is_not_searched_by_its_parts(make_record):
    # "gevaarlijke" is gevaar + the suffix -lijk, no compound with "lijk" (a corpse).
    make_record(["Er ligt een dode kat, een lijk in de berm", "Ik bel de dierenambulance"])
    outcome = run("gevaarlijke hond")
    assert "lijk" not in outcome.also
    assert outcome.records == ()


@pytest.mark.django_db
def test_a_message_that_names_only_another_year_is_no_hit(make_record):
    # "verkiezing 2024": a message about the elections of 2026 is about another period.
    other = make_record(
        ["Nieuwe stembureaus nodig in de wijk", "En de gemeenteraadsverkiezingen van 2026?"]
    )
    this = make_record(["Het stembureau voor de verkiezing zit in de sporthal", "Goed"])
    named = make_record(["Verkiezing 2024: het stembureau in de kerk, telling 2025", "Ok"])
    outcome = run("stembureau verkiezing 2024")
    assert set(ids(outcome.full_records)) == {this.pk, named.pk}
    assert other.pk not in ids(outcome.full_records)

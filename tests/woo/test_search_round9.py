"""Issue 17, round 9 (tuned on set 7): causes of wrong lines and of conversations not found.

- A message that only shares a word of the conversation with a hit, far from it, in a
  conversation not headed by its subject, is no "samenhang", and no message anchors an
  exchange but a hit (or a headed conversation's subject): in a team chat such words belong to
  several topics, and every related message dragged its own neighbours along.
- A message that opens a topic of its own ("Ander punt: ...", "Wolf: ...", "... trouwens ...")
  ends an exchange like a numbered agenda point, and a hit that opens a topic answers nothing
  before it.
- A typed noun also finds its plural with a changed stem and the compounds that start with
  it ("wolf": "wolven", "wolvenverhaal").

The tests on the search failed before round 9.
"""

import pytest

from tests.woo.small_talk import SMALL_TALK, archive_with_small_talk
from woo.expansion import plural_stems
from woo.query import parse_query
from woo.relevance import nearest_content, opens_topic
from woo.search import SearchFilters, record_hits, search


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def ids(outcome) -> list[int]:
    return [record.submission.pk for record in outcome.records]


@pytest.mark.django_db
def test_a_word_shared_far_from_the_hit_is_no_samenhang_and_anchors_nothing(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "De ganzen zitten weer op het sportveld bij de Vledder",  # 1: the hit
            "Hoeveel zijn het er?",  # 2: its exchange
            *SMALL_TALK,
            *SMALL_TALK,
            *SMALL_TALK[:3],  # 20 messages later, another topic of the team chat:
            "Het sportveld bij de Vledder wordt maandag gemaaid",  # 20: shares sportveld, Vledder
            "Wie rijdt de maaier?",  # 21: its reply
        ]
    )
    record = run("ganzen").records[0]
    assert record.submission.pk == chat.pk
    assert [s.seq for s in record.snippets] == [1, 2]
    # The record page shows the same.
    assert [h.seq for h in record_hits(parse_query("ganzen"), chat.pk)] == [1, 2]


@pytest.mark.django_db
def test_a_conversation_headed_by_its_subject_still_shows_its_subject_words(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "De ganzen zitten weer op het sportveld bij de Vledder",
            *SMALL_TALK,
            *SMALL_TALK,
            *SMALL_TALK,
            "Het sportveld bij de Vledder is schoongemaakt",  # 23: subject words of the chat
        ],
        onderwerp="Ganzen Vledder",
    )
    record = run("ganzen").records[0]
    assert record.submission.pk == chat.pk
    assert 23 in [s.seq for s in record.snippets if s.related]


def test_a_message_with_a_label_or_a_turn_opens_a_topic():
    assert opens_topic("Ander punt: de terrasvergunningen moeten voor april rond")
    assert opens_topic("De Loods: dicht tot het gesprek met de politie")
    assert opens_topic("Heb je trouwens de declaratie al ingediend?")
    assert opens_topic("Andere vraag, wie pakt de intocht?")
    assert not opens_topic("Om 10:30 bij de brug")
    assert not opens_topic("Zie https://www.meppel.nl voor de details")
    assert not opens_topic("Waarom 62 plaatsen en niet 70?")
    assert not opens_topic("")


def test_a_hit_that_opens_a_topic_answers_nothing_before_it():
    rows = [(1, 1), (2, 2), (4, 4), (5, 5)]
    assert nearest_content(rows, [3]) == {1, 2, 4, 5}
    assert nearest_content(rows, [3], opener_seqs=[3]) == {4, 5}


@pytest.mark.django_db
def test_the_exchange_of_a_hit_stays_within_its_topic(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "Het verslag over de leegstand in de Hoofdstraat is klaar",  # 1: another topic
            "Neem de cijfers van de monitor mee",  # 2
            "Even over de markt: de plattegrond voor de nieuwe indeling is klaar",  # 3: hit
            "Waarom 62 plaatsen en niet 70?",  # 4: its exchange
            "Ander punt: de terrasvergunningen moeten voor april rond",  # 5: another topic
            "Staat, 48 vergunningen, 3 nieuwe",  # 6: its reply
        ]
    )
    record = run("plattegrond").records[0]
    assert record.submission.pk == chat.pk
    assert [s.seq for s in record.snippets] == [3, 4]
    assert [h.seq for h in record_hits(parse_query("plattegrond"), chat.pk)] == [3, 4]


def test_the_plural_stem_of_a_noun_ending_in_f_or_s():
    assert plural_stems("wolf") == ["wolv"]
    assert plural_stems("huis") == ["huiz"]
    assert plural_stems("graaf") == ["graav", "grav"]
    assert plural_stems("kap") == []
    assert plural_stems("les") == []  # lessen: a short vowel doubles the consonant
    assert plural_stems("5g") == []


def test_the_plural_stem_of_a_noun_with_a_long_vowel_written_double():
    # Walkthrough: "paal" found "lantaarnpaal" but not "palen" ("alle palen worden gekeurd").
    assert plural_stems("paal") == ["pal"]
    assert plural_stems("boom") == ["bom"]
    assert plural_stems("straat") == ["strat"]
    assert plural_stems("week") == ["wek"]
    assert plural_stems("pad") == []  # paden: the single vowel stays single, no other stem
    assert plural_stems("zee") == []


@pytest.mark.django_db
def test_a_noun_with_a_double_vowel_finds_its_plural(make_record):
    chat = make_record(["Alle palen aan de Prinsengracht worden in maart gekeurd"])
    make_record(["De pallets staan in de loods"])
    assert ids(run("paal")) == [chat.pk]


@pytest.mark.django_db
def test_a_noun_finds_its_plural_and_the_compounds_it_opens(make_record):
    story = make_record(["Het wolvenverhaal gaat landelijk, de NOS belde"])
    plural = make_record(["Er zijn twee wolven gezien bij Rogat"])
    make_record(["De wolkenkrabber in Zwolle"])
    outcome = run("wolf")
    assert set(ids(outcome)) == {story.pk, plural.pk}
    assert "wolvenverhaal" in outcome.also

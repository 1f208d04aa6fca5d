"""Issue 17, round 15: causes found on set 13, fixed at the general level.

- A query of two words lists apart the conversations that miss either of them (up to
  ANY_MISSING_AT_MOST), as a query of three does since round 14: the word most matching
  conversations hold can be the subject's own name ("het anker fraude": the care provider "Het
  Anker" is named in every chat about the case, "fraude" in three), and then the chats that
  name the subject without the other word were never listed.
- A rare compound's rarer part is the rarer as PostgreSQL searches it, with its inflected
  forms ("zorg" finds "zorgen"): "zorgfraude" needed "zorg" or the compound in the
  conversation, because "zorg" as written is rare, and every chat saying "ik maak me zorgen"
  matched.
- A conversation that misses one word of three or more, and whose subject names all the
  others, is a match: a follow-up chat carries its subject in the onderwerp ("Molen roede")
  and answers without repeating it ("Hoe snel kunt u de nieuwe roeden maken?"); the
  officer's qualifier ("schade") it never says. It was listed apart, its lines no hits.

The first six tests failed before round 15; the last three are guards (they passed before).
"""

import pytest
from django.urls import reverse

from woo import expansion as expansion_module
from woo.expansion import expand
from woo.query import parse_query
from woo.search import SearchFilters, search


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def ids(records) -> list[int]:
    return [record.submission.pk for record in records]


@pytest.mark.django_db
def test_two_words_list_apart_a_conversation_missing_either(make_record):
    # The provider's name is in every chat about the case; "fraude" only in some. The name is
    # the word most matching conversations hold.
    for _ in range(3):
        make_record(["Het Anker heeft uren gedeclareerd die niet geleverd zijn: fraude", "Ja"])
    invoices = make_record(["De facturen van Het Anker voor maart: betalen?", "Niet"])
    council = make_record(["Vragen van Lokaal Meppel over het Anker", "Algemene termen"])
    agenda = make_record(["2. Stand van zaken onderzoek Het Anker", "Kennisgenomen"])
    training = make_record(["De training fraude en phishing is verplicht", "Ik ga"])
    outcome = run("anker fraude")
    partial = ids(outcome.partial_records)
    assert invoices.pk in partial
    assert council.pk in partial
    assert agenda.pk in partial
    assert training.pk in partial  # it misses a word too


@pytest.mark.django_db
def test_two_words_listed_apart_show_no_hits(make_record):
    for _ in range(3):
        make_record(["Het Anker en de fraude", "Ja"])
    invoices = make_record(["De facturen van Het Anker voor maart: betalen?", "Niet"])
    listed = next(r for r in run("anker fraude").records if r.submission.pk == invoices.pk)
    assert listed.partial


@pytest.mark.django_db
def test_the_help_says_two_words(woo_client):
    html = woo_client.get(reverse("woo:search")).content.decode()
    assert "als u twee woorden of meer typt" in html
    assert "noemt het onderwerp van een gesprek ze op één na allemaal" in html


def test_inflected_forms_are_those_the_stemmer_joins():
    forms = expansion_module.inflected_forms
    assert {"zorgen", "zorge", "zorgs"} <= forms("zorg")
    assert "kappen" in forms("kap")
    assert "huizen" in forms("huis")


@pytest.mark.django_db
def test_the_rarer_part_counts_the_forms_the_search_finds(make_record):
    # "zorg" as written is in one message, "fraude" in two; "zorgen" (the same word to the
    # stemmer) in many. The part that says what the compound is about is "fraude".
    for _ in range(3):
        make_record(["Ik maak me zorgen over de planning", "Wij zorgen ervoor"])
    worried = make_record(["Het is extreem droog, ik maak me zorgen", "Hoe zorgen?"])
    care = make_record(["De zorg is niet geleverd", "Oei"])
    fraud = make_record(["Dit ruikt naar fraude", "Alles naar de toezichthouder"])
    signs = make_record(["Fraude met de declaraties", "Aangifte gedaan"])
    expansion = expand(parse_query("zorgfraude"))
    required = {alternative.text for alternative in expansion.clauses[-1]}
    assert "fraude" in required
    assert "zorg" not in required
    full = ids(run("zorgfraude").full_records)
    assert worried.pk not in full
    assert fraud.pk in full
    assert signs.pk in full
    assert care.pk not in full  # "zorg" alone no longer makes it about "zorgfraude"


@pytest.mark.django_db
def test_a_subject_naming_the_other_words_makes_a_match(make_record):
    for _ in range(3):
        make_record(["Schade aan de molen: de roede is gebroken", "Ai"])
    follow_up = make_record(
        ["Hoe snel kunt u de nieuwe roeden maken?", "Stalen roeden, zes maanden", "En hout?"],
        onderwerp="Molen roede",
    )
    outcome = run("roede molen schade")
    assert follow_up.pk in ids(outcome.full_records)
    listed = next(r for r in outcome.records if r.submission.pk == follow_up.pk)
    assert [s.seq for s in listed.snippets if not s.related] == [1, 2]


@pytest.mark.django_db
def test_a_subject_naming_one_word_of_three_makes_no_match(make_record):
    for _ in range(3):
        make_record(["Schade aan de molen: de roede is gebroken", "Ai"])
    street = make_record(
        ["De roede van de schutting is kapot", "Ik bel de aannemer"], onderwerp="Molen"
    )
    outcome = run("roede molen schade")
    assert street.pk in ids(outcome.partial_records)


@pytest.mark.django_db
def test_two_words_need_both_also_with_a_subject(make_record):
    # Of two words the subject names one: that is half the query, still listed apart (a
    # guard: passed before round 15 too).
    for _ in range(3):
        make_record(["Schade aan de molen", "Ai"])
    mill = make_record(["De planning staat in Teams", "Ik bel de aannemer"], onderwerp="Molen")
    assert mill.pk in ids(run("molen schade").partial_records)


@pytest.mark.django_db
def test_one_word_of_the_subject_names_no_two_words(make_record):
    # "Fietsplan" begins like "fiets" (a part of "fietsdepot") and is a longer form of "fiets":
    # one word of the subject, not two of the query.
    for _ in range(3):
        make_record(["De fiets ophalen bij het depot", "Ja"])
    plan = make_record(
        ["Het fietsplan is weer open, tot 1500 euro", "Ik neem een bakfiets"],
        onderwerp="Fietsplan personeel",
    )
    outcome = run("fietsdepot ophalen fiets")
    assert plan.pk not in ids(outcome.full_records)

"""Issue 17, round 49 (twoo49): causes found on set 28, fixed at the general level.

- A street goes by its name without its kind: "de pompkelder bij de Eendracht" is the
  Eendrachtstraat to those who work there. A typed street name is also searched by its name
  alone, where the archive writes that name with a capital inside a sentence (a plain word
  such as "station" of "stationsweg" is written small: no short name).
- Of a query of four words or more, a conversation writing two typed neighbours as the
  archive's one word ("watergeven" of "water geven") and missing the other two was not
  listed, though one writing the two as typed was listed apart (round 22): the word the
  search adds to both neighbours stands for the pair (PostgreSQL only, as round 22).

Every test but the guard fails on main 6424424d.
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, postgres_only, run


@pytest.mark.django_db
def test_a_street_is_found_by_its_name_without_its_kind(make_record):
    filler(make_record)
    short = make_record(["Kunnen we praten over de pompkelder bij de Eendracht?", "Ja hoor"])
    make_record(["De Eendrachtstraat is weer open", "Mooi"])
    make_record(["Veegwagen door de Eendrachtstraat", "Top"])
    make_record(["Afsluiting Eendrachtstraat staat op de site", "Dank"])
    outcome = run("eendrachtstraat")
    assert short.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_street_by_its_short_name_is_listed_with_the_other_word_missing(make_record):
    filler(make_record)
    short = make_record(["Kunnen we praten over de pompkelder bij de Eendracht?", "Ja hoor"])
    make_record(["De onderdoorgang in de Eendrachtstraat staat vol", "Pompen erbij"])
    make_record(["Eendrachtstraat dicht", "Ok"])
    make_record(["Eendrachtstraat weer open", "Mooi"])
    outcome = run("onderdoorgang eendrachtstraat")
    assert short.pk in ids(outcome.records)


@pytest.mark.django_db
def test_a_street_named_after_a_plain_word_is_not_searched_by_that_word(make_record):
    # Guard: "station" is written small; the Stationsweg is not "het station".
    filler(make_record)
    streets = [
        make_record(["Fietsen bij de Stationsweg weggehaald", "Ok"]),
        make_record(["De Stationsweg is dicht", "Dank"]),
        make_record(["Stationsweg weer open", "Mooi"]),
    ]
    train = make_record(["Ik sta op het station, trein heeft vertraging", "Balen"])
    outcome = run("stationsweg")
    assert {street.pk for street in streets} <= set(ids(outcome.records))  # the search ran
    assert train.pk not in ids(outcome.records)


@postgres_only
@pytest.mark.django_db
def test_two_typed_words_written_as_one_compound_are_listed_apart(make_record):
    filler(make_record)
    make_record(["Droogte: de jonge bomen moeten water", "Dan water geven", "Ok"])
    make_record(["Bomen water geven tijdens de droogte", "Goed"])
    tank = make_record(["Watergeven Lariksweg klaar, tank 3 keer gevuld", "👍"])
    make_record(["Watergeven aan de hagen morgen", "Ok"])
    outcome = run("droogte bomen water geven")
    assert tank.pk in ids(outcome.records)

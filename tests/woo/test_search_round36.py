"""Issue 17, round 50 (twoo50): causes found on set 29, fixed at the general level.

- A long word's doubled letter the chats write once ("de hernumering", "die coffeshop") is the
  typed word misspelled: it is searched too (woo.expansion.doubled_letter_slips).
- A plural compound the dictionary lacks, with no split of its own ("betalingsachterstanden":
  neither it nor "achterstanden" is in the dictionary), is split as its singular where the
  archive holds that one's head ("achterstand").
- A compound typed alone that the archive holds in fewer than SPLIT_ALONE_BELOW messages is
  searched by its parts, its rarer part required ("de toren aan het Zuideinde" for
  "watertoren", held in four messages).

Every test but the guards fails on main f88e464c.
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run


def test_a_doubled_letter_written_once_is_a_slip_of_a_long_word():
    from woo.expansion import doubled_letter_slips  # noqa: PLC0415

    assert "coffeshop" in doubled_letter_slips("coffeeshop")
    assert "hernumering" in doubled_letter_slips("hernummering")
    assert "huisnumer" in doubled_letter_slips("huisnummers")  # of its singular too
    assert not doubled_letter_slips("mannen")  # a short word: "manen" is another word


@pytest.mark.django_db
def test_a_typed_word_finds_the_chat_that_misspells_it_with_one_letter(make_record):
    filler(make_record)
    advice = make_record(["Advies van de commissie over de hernumering is binnen", "Dank"])
    outcome = run("hernummering")
    assert advice.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_well_held_word_still_finds_its_misspelling(make_record):
    filler(make_record)
    for _ in range(3):
        make_record(["De coffeeshop aan de Kaai vraagt een vergunning", "Ik kijk ernaar"])
    legal = make_record(["Kijk je even naar de afwijzing voor die coffeshop?", "Doe ik"])
    outcome = run("coffeeshop")
    assert legal.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_plural_compound_the_dictionary_lacks_is_split_as_its_singular(make_record):
    filler(make_record)
    arrears = make_record(["Deze maand 12 huurders met 1 maand achterstand", "Doorsturen"])
    outcome = run("betalingsachterstanden")
    assert arrears.pk in ids(outcome.full_records) + ids(outcome.partial_records)


@pytest.mark.django_db
def test_a_plural_compound_whose_singular_the_archive_holds_is_not_split(make_record):
    # Guard: "huisnummers" is the dictionary's "huisnummer", held by the archive: no "huis".
    from woo.expansion import expand  # noqa: PLC0415
    from woo.query import parse_query  # noqa: PLC0415

    filler(make_record)
    make_record(["Het huisnummer klopt niet in de BAG", "Ik pas het aan"])
    expansion = expand(parse_query("nieuwe huisnummers rogat"))
    words = {alternative.text for clause in expansion.clauses for alternative in clause}
    assert "huis" not in words


@pytest.mark.django_db
def test_a_compound_typed_alone_and_held_in_few_messages_finds_its_head(make_record):
    filler(make_record)
    make_record(["De watertoren gaat in de verkoop", "Eindelijk"])
    make_record(["Taxatie van de watertoren is binnen", "Mooi"])
    make_record(["Brochure van de watertoren staat online", "Top"])
    make_record(["Nog vragen over de watertoren?", "Nee"])
    make_record(["Het water in de vijver is groen", "Het water wordt getest"])
    valuer = make_record(["De taxateur is geweest bij de toren aan het Zuideinde", "Rapport"])
    outcome = run("watertoren")
    assert valuer.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_commoner_part_of_a_compound_typed_alone_stays_apart(make_record):
    # Guard: a chat with only "water" is no match for "watertoren".
    filler(make_record)
    towers = [
        make_record([f"De watertoren: {text} gestart", "Ok"])
        for text in ("verkoop", "taxatie", "brochure", "bezichtiging")
    ]
    tap = make_record(["Het water uit het tappunt is lauw", "Melding gemaakt"])
    outcome = run("watertoren")
    assert {tower.pk for tower in towers} <= set(ids(outcome.full_records))  # the search ran
    assert tap.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_modifier_written_only_in_its_plural_and_compounds_stands_for_the_compound(make_record):
    filler(make_record)
    make_record(["De luiercontainers staan er", "Mooi"])
    make_record(["Twee containers geleegd in het park", "Ok"])
    make_record(["De luiers gaan nu apart", "Goed"])
    smell = make_record(["Weer iemand over de stank bij de luierbak", "Melding maken"])
    outcome = run("luiercontainers")
    assert smell.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_verb_stem_modifier_stands_for_no_compound(make_record):
    # Guard: "sproeien" is the act, not the ban ("sproeiverbod").
    filler(make_record)
    ban = make_record(["Het sproeiverbod geldt vanaf maandag", "Ok"])
    make_record(["Het verbod op de stoep is opgeheven", "Mooi"])
    garden = make_record(["Mag ik de tuin sproeien met de slang?", "Ja"])
    outcome = run("sproeiverbod")
    assert ban.pk in ids(outcome.full_records)  # the search ran
    assert garden.pk not in ids(outcome.full_records)

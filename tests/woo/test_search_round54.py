"""Issue 17, round 54 (w54): causes found on set 32, fixed at the general level.

- Starter group of migration 0034: "ongeregeldheden, rellen, rel, relletjes" (set 32's R8 query
  "ongeregeldheden derby" listed nothing: the chats write "de schade van de rellen" and
  "Filmpjes van de rellen", never "ongeregeldheden"). Its remove takes away only what its add
  wrote.
- A compound the archive uses whose head it writes on its own less often than the compound also
  finds that head: the chats' shorthand for the thing (set 32's R12: "buurtbemiddeling", and the
  chat about the Dolderweg says "dit is niet meer voor bemiddeling"); a head the archive writes
  more often than the compound is a wider thing and stays out (expansion.shorthand_head).
  With the head in -ing its doers too ("te weinig bemiddelaars"; expansion.action_agents).
- A rare compound written with a capital inside a sentence is a name and is not searched by its
  parts (round 16), but not where the archive also writes it small: "Stichting Fietspont De
  Schiphorst" and "het fietspontje" (set 32's R6: "de motor van het pontje is kapot" was no
  hit). Its head is then the part a conversation must hold, though the modifier is rarer
  ("fiets" is any bicycle): expansion._compound_name, _rarer_part_clause.

Every test but the guards fails on main 78f3259a.
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, run


@pytest.mark.django_db
def test_ongeregeldheden_are_the_rellen_of_the_chats(make_record):
    filler(make_record)
    riots = make_record(
        ["Na de kermis rellen bij het station, 3 bushokjes vernield", "Ik bel de ME"]
    )
    make_record(["De kermis is zaterdag open tot 1 uur", "Mooi"])
    outcome = run("ongeregeldheden")
    assert riots.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_ongeregeldheden_with_a_word_no_chat_writes_lists_the_relletjes(make_record):
    # The request's other word ("jaarwisseling") is written nowhere; the riots are still listed.
    filler(make_record)
    riots = make_record(
        ["Relletjes op het Kerkplein, de brandweer werd bekogeld", "Foto's gemaakt"]
    )
    make_record(["Op het Kerkplein staat de kerstboom", "Mooi"])
    outcome = run("ongeregeldheden jaarwisseling")
    assert riots.pk in ids([*outcome.full_records, *outcome.partial_records])


@pytest.mark.django_db
def test_without_the_group_ongeregeldheden_find_no_rellen(make_record):
    # Guard: the riots are found only through the team's group, not by themselves.
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    filler(make_record)
    riots = make_record(
        ["Na de kermis rellen bij het station, 3 bushokjes vernield", "Ik bel de ME"]
    )
    outcome = run("ongeregeldheden")
    assert riots.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_round_54_starter_group_never_clobbers_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0034_round54_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="rellen, onrust")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert groups == ["rellen, onrust"]
    Synoniemgroep.objects.all().delete()
    migration.add(apps, None)
    assert [g.woorden for g in Synoniemgroep.objects.all()] == [
        "ongeregeldheden, rellen, rel, relletjes"
    ]
    Synoniemgroep.objects.create(woorden="lamp, peer")
    migration.remove(apps, None)
    assert [g.woorden for g in Synoniemgroep.objects.all()] == ["lamp, peer"]


def _debt_chats(make_record):
    for i in range(3):
        make_record([f"Schuldsanering {i}: de aanvraag van het gezin is rond", "Dank"])


@pytest.mark.django_db
def test_a_compound_also_finds_its_rarer_head_the_chats_shorthand(make_record):
    filler(make_record)
    _debt_chats(make_record)
    shorthand = make_record(
        ["Meneer houdt zich niet aan de afspraken, de sanering stopt", "Jammer"]
    )
    outcome = run("schuldsanering")
    assert shorthand.pk in ids(outcome.full_records)
    assert "sanering" in outcome.also


@pytest.mark.django_db
def test_a_head_written_more_often_than_its_compound_stays_out(make_record):
    # Guard: "verzekering" is written on its own more often than "zorgverzekering": a wider
    # thing, not the chats' shorthand for the compound.
    filler(make_record)
    for i in range(3):
        make_record([f"Zorgverzekering {i}: de premie gaat omhoog", "Ok"])
    wider = [make_record([f"De verzekering van bus {i} loopt af", "Ok"]) for i in range(5)]
    outcome = run("zorgverzekering")
    assert not {record.pk for record in wider} & set(ids(outcome.records))


def _tour_boat_named(make_record, small: bool):
    lines = ["De Stichting Wandelboot Reeveste vraagt een gesprek", "Ik plan het in"]
    if small:
        lines.append("Dat wandelbootje vaart elke zondag")
    make_record(lines)


@pytest.mark.django_db
def test_a_name_the_archive_also_writes_small_is_searched_by_its_head(make_record):
    filler(make_record)
    _tour_boat_named(make_record, small=True)
    head = make_record(["De boot ligt stil, de motor is kapot", "Mooi"])
    outcome = run("wandelboot")
    assert head.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_name_never_written_small_is_not_searched_by_its_head(make_record):
    # Guard (round 16): written only as a name, the compound is not its parts.
    filler(make_record)
    _tour_boat_named(make_record, small=False)
    head = make_record(["De boot ligt stil, de motor is kapot", "Mooi"])
    outcome = run("wandelboot")
    assert head.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_thing_written_small_is_named_by_its_head_though_the_modifier_is_rarer(make_record):
    # "wandel" is rarer in the archive than "boot", but a conversation holding "wandel" only
    # is about a walk; one holding "de boot" is about the boat.
    filler(make_record)
    _tour_boat_named(make_record, small=True)
    make_record(["Ik wandel morgen naar het werk", "Goed plan"])
    for i in range(3):
        make_record([f"Boot {i} van de brandweer is gekeurd", "Ok"])
    head = make_record(["De boot ligt stil, de motor is kapot", "Mooi"])
    outcome = run("wandelboot")
    assert head.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_shorthand_head_in_ing_also_finds_its_doers(make_record):
    filler(make_record)
    for i in range(3):
        make_record([f"Schuldhulpverlening {i}: het gezin is aangemeld", "Dank"])
    make_record(["De hulpverlening aan het gezin loopt nog", "Ok"])
    doers = make_record(["Twee hulpverleners zijn bij het gezin geweest", "Mooi zo"])
    outcome = run("schuldhulpverlening")
    assert doers.pk in ids(outcome.full_records)

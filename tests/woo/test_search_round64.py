"""Issue 17, round 64 (woo64): causes found on set 39, fixed at the general level.

- A noun that is the stem of a weak verb also finds what happened to its thing, the verb's
  participle with a particle or "ver" ("brand" → "uitgebrand", "afgebrande", "verbrande"): Dutch
  makes a verb of a noun as it is, and the chats say "auto uitgebrand", "de verbrande auto"
  where the query names the event ("brandstichting", "autobrand"); the stemmer joins neither.
  Not "doorgebrand" (a fuse or a lamp, no fire; a typed "brand" still finds it as a word that
  ends in it), not a noun of three letters. The inverse of
  round 55's participle_stem ("uitgelekt" → "lek").
- A compound the archive uses often, typed with other words, is also met by its modifier
  together with one of those words in one message, where the modifier is the thing and the head
  what befell it: "stroomstoring binnenstad" is "de binnenstad zit zonder stroom"; the other
  word with its synonym group ("de stroom is uit in het centrum").
- A noun in -ding of a verb in -den is no compound of "ding": "aanrijding" was searched as
  "aanrij" and "ding" ("dat ding" in any chat); and "rijden" is a strong verb, so
  "aanrijding" finds "aangereden" as "inbraak" finds "ingebroken".

- Migration 0045 adds the starter groups "schip, schepen, boot, boten, vaartuig" (the plural of
  "schip" changes its vowel) and "binnenstad, centrum, stadscentrum". Not a horse's group: a
  pony is no "paard" to round 22's help ("de pony van de Oude Vaart" listed apart).

Without the change to woo.expansion or migration 0045 the tests that are no guards fail.
"""

import importlib

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo.expansion import (
    Alternative,
    _Facts,
    _modifier_together,
    _split,
    done_participles,
    word_family,
)
from woo.models import Synoniemgroep
from woo.query import Term, parse_query

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="een chat met alle woorden: PostgreSQL's zoekindex"
)


def test_a_noun_has_the_participles_of_what_happened_to_its_thing():
    forms = done_participles("storm")
    assert {"uitgestormd", "afgestormde", "verstormd"} <= forms  # candidates: the archive picks
    assert {"uitgebrand", "afgebrande", "verbrande", "opgebrand"} <= done_participles("brand")
    assert "uitgestookt" in done_participles("stook")  # 't kofschip
    assert "doorgebrand" not in done_participles("brand")  # a fuse, no fire


def test_guard_a_short_noun_has_no_particle_participles():
    assert done_participles("lek") == set()
    assert done_participles("zijn") == set()  # a stop word


@needs_postgres
def test_a_compounds_part_finds_what_happened_to_its_thing(make_record):
    filler(make_record)
    burnt = make_record(["Het huis aan de Dijkweg is helemaal afgebrand", "Wat een ellende"])
    painted = make_record(["Het huis aan de Dijkweg is geverfd", "Mooi"])
    outcome = run("woningbrand dijkweg")
    assert burnt.pk in ids(outcome.full_records)
    assert painted.pk not in ids(outcome.full_records)
    assert "afgebrand" in _texts("woningbrand dijkweg")


@needs_postgres
def test_a_typed_noun_finds_the_adjective_of_its_participle(make_record):
    filler(make_record)
    burnt = make_record(["Bij de boerderij staat een uitgebrande tractor", "Balen"])
    make_record(["De boerderij aan de Hoofdweg krijgt een nieuw dak", "Top"])
    make_record(["De brand bij de bakker is geblust", "Gelukkig"])  # "brand" is held
    outcome = run("brand boerderij")
    assert burnt.pk in ids(outcome.full_records)


def test_a_noun_in_ding_of_a_verb_is_no_compound_of_ding():
    counts = {"ding": 40, "aanrij": 1, "uitbrei": 1}
    assert _split("aanrijding", counts) is None
    assert _split("uitbreiding", counts) is None


def test_guard_a_compound_of_ding_stays_one():
    counts = {"ding": 40, "speel": 12}
    assert _split("speelding", counts) == ("speel", "ding")


def test_a_collision_is_a_form_of_the_strong_verb_to_ride():
    family = word_family("aanrijding")
    assert {"aangereden", "aanrijden", "aanreed"} <= family
    assert "aangereden" in word_family("aanrijdingen")
    assert word_family("reden") == frozenset()  # "de reden" is no ride
    assert word_family("gereed") == frozenset()  # ready, no ride


@needs_postgres
def test_a_typed_collision_finds_the_participle(make_record):
    filler(make_record)
    hit = make_record(["Een fietser is aangereden op de rotonde bij de Kerkweg", "Ambulance komt"])
    make_record(["De rotonde bij de Kerkweg krijgt nieuwe borden", "Mooi"])
    outcome = run("aanrijding rotonde")
    assert hit.pk in ids(outcome.full_records)
    assert "ding" not in _texts("aanrijding rotonde")
    assert outcome.corrections == ()  # its verb's forms are held: no typo, no suggestion asked


def _with_power_cuts(make_record) -> None:
    """The archive uses "stroomstoring" often: it is searched as it is, not by its parts."""
    for place in ("Nijeveen", "Rogat", "Broekhuizen"):
        make_record([f"De stroomstoring in {place} is voorbij", "Gelukkig"])


@needs_postgres
def test_a_compounds_modifier_with_another_typed_word_meets_the_compound(make_record):
    filler(make_record)
    _with_power_cuts(make_record)
    dark = make_record(["Het hele dorpshuis zit zonder stroom sinds vanochtend", "Ik bel Enexis"])
    apart = make_record(["In het dorpshuis is de verwarming kapot", "De stroom is er weer"])
    outcome = run("stroomstoring dorpshuis")
    assert dark.pk in ids(outcome.full_records)
    assert apart.pk not in ids(outcome.full_records)  # not in one message: listed apart


@needs_postgres
def test_the_other_word_counts_with_its_synonyms_together_with_the_modifier(make_record):
    filler(make_record)
    _with_power_cuts(make_record)
    Synoniemgroep.objects.create(woorden="dorpshuis, buurthuis")
    dark = make_record(["Het buurthuis zit zonder stroom sinds vanochtend", "Ik bel Enexis"])
    make_record(["Het dorpshuis krijgt nieuwe stoelen", "Mooi"])
    assert dark.pk in ids(run("stroomstoring dorpshuis").full_records)


def test_guard_a_short_or_weak_modifier_is_never_searched_together():
    facts = _Facts({"autobrand": 5, "auto": 40, "brand": 40}, {}, {}, {}, {})
    together = Alternative("together", "brand & ( kolkweg:* )", part=True)
    assert (
        _modifier_together(Term("autobrand"), parse_query("autobrand kolkweg"), facts, together)
        is None
    )  # "auto" of 4
    facts = _Facts({"stroomstoring": 1, "stroom": 9, "storing": 9}, {}, {}, {}, {})
    together = Alternative("together", "storing & ( dorpshuis:* )", part=True)
    assert (
        _modifier_together(
            Term("stroomstoring"), parse_query("stroomstoring dorpshuis"), facts, together
        )
        is None
    )  # rare: parts


@needs_postgres
def test_boats_are_ships(make_record):
    filler(make_record)
    boats = make_record(["Bij de sluis in de Reest liggen drie boten te wachten", "Ik kom eraan"])
    make_record(["De sluis in de Reest krijgt nieuwe deuren", "Mooi"])
    make_record(["De schepen van de rederij zijn verkocht", "Jammer"])  # both words are held
    assert boats.pk in ids(run("schepen sluis").full_records)


def test_guard_without_the_groups_a_boat_is_no_ship():
    Synoniemgroep.objects.all().delete()
    assert "boten" not in _texts("schepen")


def test_the_round_64_starter_groups_never_clobber_the_teams_own_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0045_round64_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    own = Synoniemgroep.objects.create(woorden="boot, sloep")  # the team's own group
    migration.add(apps, None)
    assert set(Synoniemgroep.objects.values_list("woorden", flat=True)) == {
        "boot, sloep",
        "binnenstad, centrum, stadscentrum",
    }
    migration.remove(apps, None)
    assert list(Synoniemgroep.objects.values_list("woorden", flat=True)) == ["boot, sloep"]
    own.refresh_from_db()
    assert own.woorden == "boot, sloep"

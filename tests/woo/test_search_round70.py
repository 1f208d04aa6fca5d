"""Issue 17, round 70 (woo70): causes found on set 44, fixed at the general level.

- A typed compound the archive seldom writes as typed but often in another form ("tuinstoelen"
  for a typed "tuinstoel") names a thing the archive calls by the compound; a chat that does
  not calls it by its head ("de stoelen"), not by its modifier ("tuin"): searched by its head
  only (`expansion._held_forms`). Set 44: "waterfiets ligplaats vergunning" searched "water"
  on its own and as a prefix, the archive writing "waterfietsen" in twelve messages, and
  showed "iemand in het water" and the permits of the hydrogen station ("waterstof…").
- A compound the archive uses often, typed with other words, is also met by a message that
  writes its two parts apart ("Vuurwerk: de opslag aan de Industrieweg"): its modifier
  together with its head, as it is with another typed word (`expansion._modifier_together`).
  Set 44: "waterstoftankstation oevers" missed the traffic team's "Waterstof: vrachtwagens
  naar het tankstation via de Blankensteinweg", which is not even listed apart.
- A compound present participle ("hardrijdende", "laagvliegende") is also met by its two words
  in one message, the verb in any form the archive holds: "de scooters reden veel te hard"
  (`expansion.participle_together`). Set 44: "laagvliegende straaljagers" listed every chat
  about the jets apart, none writing "laagvliegend" ("Gisteren vlogen er straaljagers zó laag
  over Nijeveen").

Without the changes to woo.expansion the tests that are no guards fail.
"""

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo import expansion

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="de Nederlandse stemmer: PostgreSQL's zoekindex"
)


def _garden_chairs(make_record) -> None:
    filler(make_record)
    for i, street in enumerate(("Kanaalweg", "Stationsweg", "Hoofdstraat", "Zuideinde")):
        make_record([f"De tuinstoelen aan de {street} zijn {i} keer gestolen", "Ik meld het"])


@needs_postgres
def test_a_compound_whose_plural_the_archive_writes_often_is_not_searched_by_its_modifier(
    make_record,
):
    _garden_chairs(make_record)
    make_record(["Mag de tuinstoel op het terras blijven staan?", "Ja"])
    modifier = make_record(["De tuinman heeft het terras geveegd", "Mooi"])
    texts = _texts("tuinstoel terras")
    assert "tuin" not in texts  # on main: "tuinstoel" once, so rare and split
    assert modifier.pk not in ids(run("tuinstoel terras").full_records)


@needs_postgres
def test_guard_such_a_compound_is_still_searched_by_its_head(make_record):
    _garden_chairs(make_record)
    make_record(["Mag de tuinstoel op het terras blijven staan?", "Ja"])
    head = make_record(["Er staan nog drie stoelen op het terras", "Ik haal ze op"])
    assert "stoel" in _texts("tuinstoel terras")
    assert head.pk in ids(run("tuinstoel terras").full_records)


@needs_postgres
def test_a_compound_the_archive_writes_in_its_plural_is_found_in_either_form(make_record):
    _garden_chairs(make_record)
    single = make_record(["Mag de tuinstoel op het terras blijven staan?", "Ja"])
    plural = make_record(["Twee tuinstoelen op het terras van het stadhuis", "Prima"])
    found = ids(run("tuinstoel terras").full_records)
    assert single.pk in found
    assert plural.pk in found


@needs_postgres
def test_guard_a_compound_rare_in_every_form_is_still_searched_by_its_parts(make_record):
    filler(make_record)
    make_record(["De tuinstoel op het terras is kapot", "Ik bestel een nieuwe"])
    apart = make_record(["Er staat een stoel in de tuin bij het terras", "Weghalen?"])
    for i in range(3):
        make_record([f"De stoelen {i} in de raadzaal", "Ok"])
    assert "stoel" in _texts("tuinstoel terras")
    assert apart.pk in ids(run("tuinstoel terras").full_records)


def _fireworks(make_record) -> None:
    filler(make_record)
    for street in ("Kanaalweg", "Stationsweg", "Hoofdstraat"):
        # "vuurwerkopslag" is common: searched as it is, not by its parts
        make_record([f"De vuurwerkopslag aan de {street} op Oevers is gekeurd", "Mooi"])


@needs_postgres
def test_a_compound_written_as_its_two_parts_in_one_message(make_record):
    _fireworks(make_record)
    apart = make_record(
        ["Vuurwerk: de opslag aan de Industrieweg is dicht", "Op Oevers staat de brandweer klaar"]
    )
    texts = _texts("vuurwerkopslag oevers")
    assert any("vuurwerk &" in t and "opslag" in t for t in texts), texts
    outcome = run("vuurwerkopslag oevers")
    assert apart.pk in ids(outcome.full_records)  # on main listed apart: no "vuurwerkopslag"


@needs_postgres
def test_the_parts_in_different_messages_are_no_match(make_record):
    _fireworks(make_record)
    spread = make_record(
        ["Vuurwerk verkopen mag vanaf zaterdag", "De opslag is vol", "Op Oevers is het rustig"]
    )
    assert spread.pk not in ids(run("vuurwerkopslag oevers").full_records)


def test_a_compound_present_participle_is_its_word_and_its_verb():
    assert expansion.participle_compound("laagvliegende") == ("laag", "vliegen")
    assert expansion.participle_compound("hardrijdend") == ("hard", "rijden")
    assert expansion.participle_compound("aanhoudende") is None  # a particle verb of its own
    assert expansion.participle_compound("volgende") is None
    assert expansion.participle_compound("straaljagers") is None
    assert {"vloog", "vlogen", "gevlogen", "vliegt"} <= expansion.verb_all_forms("vliegen")


def _scooters(make_record) -> None:
    filler(make_record)
    for street in ("Kanaalweg", "Stationsweg", "Hoofdstraat"):
        make_record([f"De scooters aan de {street} staan op de stoep", "Ik bel handhaving"])


@needs_postgres
def test_a_compound_participle_written_as_its_words_in_one_message(make_record):
    _scooters(make_record)
    written = make_record(["Die scooters reden weer veel te hard langs de school", "Ik bel"])
    texts = _texts("hardrijdende scooters")
    assert any(t.startswith("hard & (") and "reden" in t for t in texts), texts
    assert written.pk in ids(run("hardrijdende scooters").full_records)  # on main apart


@needs_postgres
def test_guard_the_word_without_the_verb_is_no_match(make_record):
    _scooters(make_record)
    make_record(["Klachten over hardrijdende scooters bij de school", "Ik bel"])
    spread = make_record(
        ["De scooters staan bij de school", "Hard werken vandaag", "Hij reed naar huis"]
    )
    assert spread.pk not in ids(run("hardrijdende scooters").full_records)

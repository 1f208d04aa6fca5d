"""Issue 17, round 65 (woo65): causes found on set 40, fixed at the general level.

- A word written with a hyphen is inflected in its last part: "e-bike" also finds "e-bikes",
  "pop-up" "pop-ups". The Dutch stemmer keeps the -s of a loanword's plural after an -e
  ("e-bikes" stays "e-bikes" while "e-bike" becomes "e-bik"), and the typed word, searched as a
  phrase, has no prefix to catch it (`expansion.hyphen_inflections`).
- A typed diminutive also finds its noun, the inverse of round 61's diminutives: "schuurtjes"
  finds "de schuur" and "zes schuren", "balletjes" "de bal"; the stemmer joins neither. Not a
  diminutive that is a word of its own ("meisje", "etentje": a dinner out, no little "eten"),
  not a noun of fewer than four letters (`expansion.diminutive_bases`).
- A place typed in full is also its initials where a word of it is a Dutch word and a name
  part, each giving its capital: "Nieuw|veense Landen" → "NVL", searched where a message
  writes them with another typed word ("Zomerfeest NVL"), also where the archive writes the
  name out elsewhere (round 18 took the initials only of words the archive never writes)
  (`expansion.name_initials`).
- Migration 0046 adds the starter groups "kantine, clubhuis, clubgebouw", "urn, asbus",
  "verzekering, polis" and "boete, naheffing, bekeuring".

Without the change to woo.expansion or migration 0046 the tests that are no guards fail.
"""

import importlib

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo import expansion
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="een chat met alle woorden: PostgreSQL's zoekindex"
)


def test_a_hyphenated_word_is_inflected_in_its_last_part():
    assert {"e-bikes", "e-biken"} <= expansion.hyphen_inflections("e-bike")
    assert "pop-ups" in expansion.hyphen_inflections("pop-up")
    assert "e-mails" in expansion.hyphen_inflections("e-mail")


def test_guard_a_word_without_a_hyphen_or_with_digits_has_no_hyphen_inflections():
    assert expansion.hyphen_inflections("fiets") == set()
    assert expansion.hyphen_inflections("covid-19") == set()
    assert expansion.hyphen_inflections("a-b") == set()  # one letter after the hyphen


@needs_postgres
def test_a_typed_hyphenated_word_finds_its_plural(make_record):
    filler(make_record)
    plural = make_record(["Bij de fietsenstalling van het station zijn drie e-bikes weg", "Balen"])
    make_record(["De fietsenstalling van het station gaat dicht voor onderhoud", "Ok"])
    make_record(["Mijn e-bike heeft een lekke band bij de Kerkweg", "Pech"])  # both words held
    outcome = run("e-bike fietsenstalling")
    assert plural.pk in ids(outcome.full_records)
    assert "e-bikes" in _texts("e-bike fietsenstalling")


@needs_postgres
def test_guard_a_typed_hyphenated_word_still_finds_itself(make_record):
    filler(make_record)
    single = make_record(["De e-bike van de wijkagent is gestolen bij de fietsenstalling", "Ai"])
    assert single.pk in ids(run("e-bike fietsenstalling").full_records)


def test_a_typed_diminutive_has_its_noun():
    assert expansion.diminutive_bases("schuurtjes") == {"schuur"}
    assert expansion.diminutive_bases("boompje") == {"boom"}
    assert expansion.diminutive_bases("balletjes") == {"bal"}  # not "ballet"
    assert expansion.diminutive_bases("bruggetje") == {"brug"}
    assert expansion.diminutive_bases("huisjes") == {"huis"}


def test_guard_a_diminutive_of_its_own_or_of_a_short_noun_has_no_noun():
    assert expansion.diminutive_bases("meisje") == set()
    assert expansion.diminutive_bases("beetje") == set()
    assert expansion.diminutive_bases("etentje") == set()  # a dinner out, no little "eten"
    assert expansion.diminutive_bases("busje") == set()  # a noun of three letters
    assert expansion.diminutive_bases("schuur") == set()  # no diminutive


@needs_postgres
def test_a_typed_diminutive_finds_the_noun(make_record):
    filler(make_record)
    sheds = make_record(["Bij de volkstuinen zijn drie schuren opengebroken", "Ik bel de politie"])
    make_record(["De volkstuinen krijgen een nieuw hek", "Mooi"])
    make_record(["Het schuurtje bij de volkstuinen is geverfd", "Netjes"])  # both words held
    outcome = run("schuurtjes volkstuinen")
    assert sheds.pk in ids(outcome.full_records)
    assert "schuur" in _texts("schuurtjes volkstuinen")


@needs_postgres
def test_guard_a_dinner_out_is_no_food(make_record):
    filler(make_record)
    make_record(["Het etentje van de wethouder is gedeclareerd", "Met bon?"])
    food = make_record(["De wethouder vergadert tot laat, eten wordt geregeld", "Fijn"])
    assert food.pk not in ids(run("wethouder etentje").full_records)
    assert "eten" not in _texts("wethouder etentje")


@needs_postgres
def test_a_clubhouse_is_a_canteen(make_record):
    filler(make_record)
    club = make_record(["De bliksem is ingeslagen in het clubhuis van de hockeyclub", "Brand?"])
    make_record(["De hockeyclub krijgt een nieuw veld", "Mooi"])
    make_record(["De kantine van het stadhuis is dicht", "Jammer"])  # "kantine" is held
    assert club.pk in ids(run("kantine hockeyclub").full_records)


def test_an_urn_an_insurance_and_a_fine_have_their_other_names():
    assert "asbus" in _texts("urn")
    assert "polis" in _texts("verzekering")
    assert {"naheffing", "bekeuring"} <= _texts("boete")


def test_guard_without_the_groups_a_clubhouse_is_no_canteen():
    Synoniemgroep.objects.all().delete()
    assert "clubhuis" not in _texts("kantine")


def test_the_round_65_starter_groups_never_clobber_the_teams_own_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0046_round65_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    own = Synoniemgroep.objects.create(woorden="boete, prent")  # the team's own group
    migration.add(apps, None)
    assert set(Synoniemgroep.objects.values_list("woorden", flat=True)) == {
        "boete, prent",
        "kantine, clubhuis, clubgebouw",
        "urn, asbus",
        "verzekering, polis",
    }
    migration.remove(apps, None)
    assert list(Synoniemgroep.objects.values_list("woorden", flat=True)) == ["boete, prent"]
    own.refresh_from_db()
    assert own.woorden == "boete, prent"


def test_a_place_name_has_the_initials_of_its_capitals():
    assert expansion.name_initials(("nieuwveense", "landen")) == {"nvl"}
    assert "znvl" in expansion.name_initials(("zomerfeest", "nieuwveense", "landen"))


def test_guard_plain_initials_and_short_words_give_no_name_initials():
    assert expansion.name_initials(("oude", "vaart")) == set()  # "ov": phrase_initialisms'
    assert expansion.name_initials(("kaapse", "hoek")) == set()


@needs_postgres
def test_a_typed_place_finds_its_initials_used_with_another_typed_word(make_record):
    filler(make_record)
    make_record(["Braderie NVL op 12 juli: de aanvraag is compleet", "Top"])
    make_record(["De wijkvereniging Nieuwveense Landen heeft een nieuw bestuur", "Mooi"])
    target = make_record(["De vereniging in NVL moet de subsidie terugbetalen", "Met bonnen"])
    outcome = run("braderie nieuwveense landen")
    assert target.pk in ids(outcome.full_records + outcome.partial_records)
    assert "nvl" in _texts("braderie nieuwveense landen")


@needs_postgres
def test_guard_initials_never_used_with_a_typed_word_are_not_searched(make_record):
    filler(make_record)
    make_record(["De wijkvereniging Nieuwveense Landen heeft een nieuw bestuur", "Mooi"])
    make_record(["De vereniging in NVL moet de subsidie terugbetalen", "Met bonnen"])
    assert "nvl" not in _texts("braderie nieuwveense landen")

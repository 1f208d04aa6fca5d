"""Issue 17, round 75 (woo75): causes found on set 48, fixed at the general level.

- Starter synonyms (migration 0053): mountainbike/mtb, bunker/kazemat,
  datacenter/datacentrum/serverhal/datahal, klimhal/klimcentrum/boulderhal/bouldergym,
  nagelstudio/nagelsalon/nails, tennishal/ballonhal/blaashal,
  kiosk/paviljoen/koffiehuis/koffietent/theehuis. Set 48: "de mtb'ers hebben een eigen sprong
  gebouwd", "Kazemat De Hooge Esch", "Dus voor die serverhal niks tot dan", "Opening bouldergym
  12 juli", "Bij de nails naast mij hoor ik 's nachts huilen", "Een ballonhal over baan 1 tot 4",
  "de nieuwe pachter van het koffiehuisje", "18 jaar heb ik dat theehuis gerund" were found by
  no query.

Without the changes the tests that are no guards fail.
"""

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.starter_groups import check_starter_groups_keep_the_teams_own
from tests.woo.test_search_round19 import filler, ids, run
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="de Nederlandse stemmer: PostgreSQL's zoekindex"
)


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("mountainbike", "mtb"),
        ("bunker", "kazemat"),
        ("datacenter", "serverhal"),
        ("datacenter", "datacentrum"),
        ("klimhal", "bouldergym"),
        ("klimhal", "boulderhal"),
        ("nagelstudio", "nails"),
        ("nagelstudio", "nagelsalon"),
        ("tennishal", "ballonhal"),
        ("kiosk", "theehuis"),
        ("kiosk", "koffiehuis"),
        ("kiosk", "paviljoen"),
    ],
)
def test_the_round_75_starter_groups_give_the_other_words(make_record, typed, other):
    filler(make_record)
    make_record([f"De {other} bij het station", "Ok"])
    make_record([f"De {typed} bij het stadhuis", "Ok"])
    assert other in _texts(typed), _texts(typed)


@needs_postgres
def test_a_chat_naming_the_thing_by_another_word_is_found(make_record):
    filler(make_record)
    for street in ("Kanaalweg", "Stationsweg", "Hoofdstraat"):
        make_record([f"De klimhal aan de {street} gaat open", "Ik kijk"])
    gym = make_record(["Opening bouldergym 12 juli, de wethouder knipt het lint", "Wij gaan mee"])
    assert gym.pk in ids(run("klimhal").full_records)  # on main not listed


def test_guard_without_the_group_kiosk_has_no_other_words(make_record):
    Synoniemgroep.objects.all().delete()
    make_record(["Het theehuis in het park", "Ok"])
    assert "theehuis" not in _texts("kiosk")


def test_the_round_75_starter_groups_never_clobber_the_teams_own_and_can_be_undone():
    check_starter_groups_keep_the_teams_own(
        "0053_round75_starter_synonyms",
        "ROUND_75_STARTER_SYNONYMS",
        "nails, manicure",
        "nagelstudio",
    )

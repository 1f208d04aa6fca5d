"""Review 57 of Woo round 74: a plural compound is split as its singular, and a plural's
singular is not always the plural less its ending ("hallen" is the plural of "hal", not of
"hall"; "panelen" of "paneel", "zalen" of "zaal"; but "wegen" of "weg"). Round 74 let the
dictionary vouch for the head of that stripped form without the archive holding it, so
"sporthallen" was searched by "sport" and "hall" and its required clause became "sport": every
chat about sport was listed.
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run
from woo import expansion

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "split"),
    [
        ("sporthallen", ("sport", "hal")),  # main: ("sport", "hall")
        ("zonnepanelen", None),  # main: ("zonne", "panel"); "panelen" is of "paneel"
        ("vergaderzalen", None),  # main: ("vergader", "zal"); "zalen" is of "zaal"
        ("parkwegen", None),  # no "park|weeg": "wegen" is of "weg", a guard
        ("containerparken", ("container", "park")),  # round 74, a guard
        ("textielcontainers", ("textiel", "container")),  # round 74, a guard
        ("vervoersmiddelen", ("vervoer", "middel")),  # no "middeel": the form less -en, a guard
    ],
)
def test_a_plural_compound_is_split_as_its_real_singular(typed, split):
    assert expansion._split(typed, {}) == split


def test_the_singulars_of_a_plural_come_before_the_form_less_its_ending():
    assert expansion.plural_bases("sporthallen")[0] == "sporthal"
    assert expansion.plural_bases("betalingsachterstanden") == ["betalingsachterstand"]


def test_sporthallen_is_searched_as_sporthal_is(make_record):
    # The archive holds "hal" and not "hall": main required "sport" (the part of "sport|hall"
    # the archive holds) and listed every chat about sport; "sporthal" typed requires "hal".
    filler(make_record)
    halls = make_record(["De sporthallen gaan dicht in de zomer", "Ok"])
    sport = make_record(["Sport op het plein vanavond", "Ok"])
    make_record(["De hal van het stadhuis is dicht", "Ok"])
    found = ids(run("sporthallen").full_records)
    assert halls.pk in found
    assert sport.pk not in found  # main: listed
    assert sport.pk not in ids(run("sporthal").full_records)

"""A typed word no conversation holds is named ("In geen gesprek: …") also where round 21 lets
the conversations holding every other word match (woo.search._holding_every_held): the page
listed them as full matches and said nothing of the word it left out ("windmolens xyzzy",
review of stop 34). A word some other conversation holds is not named (a guard).
"""

import pytest

from tests.woo.test_search_round19 import ids, postgres_only, run


@postgres_only
@pytest.mark.django_db
def test_a_left_out_word_of_two_that_no_chat_holds_is_named(make_record):
    park = make_record(["De windmolens bij Nijeveen worden hoger", "Ok"])
    make_record(["Overleg over de planning van week 3", "Prima"])
    outcome = run("windmolens xyzzy")
    assert park.pk in ids(outcome.full_records)
    assert outcome.absent == ("xyzzy",)


@postgres_only
@pytest.mark.django_db
def test_a_left_out_word_of_three_that_no_chat_holds_is_named(make_record):
    team = make_record(["De school aan de Kerkweg staat al een jaar leeg", "Klopt"])
    make_record(["Gat in de weg bij de Kerkweg", "Ik stuur de ploeg"])
    outcome = run("xyzzy school kerkweg")
    assert team.pk in ids(outcome.full_records)
    assert outcome.absent == ("xyzzy",)


@postgres_only
@pytest.mark.django_db
def test_the_left_out_word_is_named_on_the_page(make_record, woo_client):
    make_record(["De windmolens bij Nijeveen worden hoger", "Ok"])
    html = woo_client.get("/woo/zoeken/", {"q": "windmolens xyzzy"}).content.decode()
    assert 'id="niet-in-archief"' in html
    assert "<em>xyzzy</em>" in html

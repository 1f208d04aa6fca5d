"""Issue 17, round 13: a country, its people and its adjective are one family.

Set 11 R2 asks for the shelter of "Oekraïners"; the chats say "Oekraïense ontheemden" and "uit
Oekraïne", which the Dutch stemmer does not join to "oekraïners". The test on the search failed
before round 13.
"""

import pytest
from django.urls import reverse

from woo.expansion import nationality_family
from woo.query import parse_query
from woo.search import SearchFilters, search


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def ids(records) -> list[int]:
    return [record.submission.pk for record in records]


def test_a_country_its_people_and_its_adjective_are_one_family():
    assert {"syrië", "syrische", "syriër"} <= nationality_family("syriërs")
    assert "oekraïners" in nationality_family("oekraïne")
    assert "syriërs" not in nationality_family("syriërs")
    assert nationality_family("opvang") == frozenset()


@pytest.mark.django_db
def test_the_people_of_a_country_find_its_adjective_and_its_name(make_record):
    shelter = make_record(["De opvang voor Syrische gezinnen gaat in maart open", "Mooi"])
    fled = make_record(["Opvang van vluchtelingen uit Syrië in de sporthal", "Hoeveel?"])
    other = make_record(["De opvang van de daklozen in de winter", "Ja"])
    found = ids(run("opvang syriërs").full_records)
    assert shelter.pk in found
    assert fled.pk in found
    assert other.pk not in found


@pytest.mark.django_db
def test_the_help_says_a_country_finds_its_people(woo_client):
    html = woo_client.get(reverse("woo:search")).content.decode()
    assert "<code>oekraïners</code> vindt <em>Oekraïne</em> en <em>Oekraïense</em>" in html

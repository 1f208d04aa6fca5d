"""Issue 17, new-user walk (fix51d): search defects.

- A compound is searched by its parts, but not by a part that is a street name's kind
  ("straat", "weg", "laan", ...): "straatverlichting" searched "straat" alone, which every
  street name holds ("Kamperstraat"), and listed a chat about a container first.
- A word the archive lacks, whose split has a part the archive never writes, is a misspelling
  of the archive's close word rather than a compound: "lantarenpaal" was searched as
  "paal, lantaren" where "geluidsoverlst" is corrected to "geluidsoverlast".
- The starter synonym list has "afval, vuilnis, huisvuil, restafval" (migration 0047).
- A zaaknummer typed in the search box searches that zaak's records, as the filter does.
"""

import pytest
from django.db import connection
from django.urls import reverse

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo.expansion import expand
from woo.models import Synoniemgroep
from woo.query import parse_query

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="de zoekindex en pg_trgm van PostgreSQL"
)


@needs_postgres
def test_a_street_kind_is_no_part_searched_alone(make_record):
    filler(make_record)
    street = make_record(["Ik woon aan de Kamperstraat, de container is niet geleegd", "Ok"])
    light = make_record(["De verlichting in onze straat is al een week uit", "We kijken"])
    make_record(["De verlichting van de sporthal is vervangen", "Mooi"])
    outcome = run("straatverlichting")
    # Only as the start of a word ("straatje", "stratenmakers"), which no street name is.
    assert {
        a.kind
        for clause in expand(parse_query("straatverlichting")).clauses
        for a in clause
        if a.text == "straat"
    } <= {"word_prefix"}
    found = ids(outcome.full_records) + ids(outcome.partial_records)
    assert street.pk not in found
    assert found[0] == light.pk


@needs_postgres
def test_guard_a_content_head_is_still_searched(make_record):
    filler(make_record)
    make_record(["De verlichting in de hal is vervangen", "Mooi"])
    make_record(["De lamp bij de ingang is kapot", "Ok"])
    assert "verlichting" in _texts("straatverlichting")


@needs_postgres
def test_an_unknown_compound_with_a_part_the_archive_lacks_is_corrected(make_record):
    filler(make_record)
    pole = make_record(["De lantaarnpaal bij de brug is omgereden", "We sturen iemand"])
    make_record(["De paal van het hek staat scheef", "Ok"])
    expansion = expand(parse_query("lantarenpaal"))
    assert expansion.corrections == {"lantarenpaal": "lantaarnpaal"}
    assert "lantaren" not in expansion.also
    assert ids(run("lantarenpaal").records)[0] == pole.pk


@needs_postgres
def test_guard_a_compound_of_held_parts_is_split_not_corrected(make_record):
    filler(make_record)
    make_record(["De fiets stond tegen de paal", "Ok"])
    make_record(["Het fietspad is glad", "Strooien"])
    expansion = expand(parse_query("fietspaal"))
    assert "fietspaal" not in expansion.corrections
    assert {"fiets", "paal"} <= _texts("fietspaal")


def test_the_starter_list_has_the_words_for_household_waste():
    groups = [{w.strip() for w in g.woorden.split(",")} for g in Synoniemgroep.objects.all()]
    assert any({"afval", "vuilnis", "huisvuil", "restafval"} <= group for group in groups)


@needs_postgres
def test_vuilnis_finds_the_chat_about_afval(make_record):
    filler(make_record)
    waste = make_record(["Het afval aan de Kerkweg is niet opgehaald", "We komen morgen"])
    assert waste.pk in ids(run("vuilnis").full_records)


def test_a_typed_zaaknummer_searches_that_zaak(woo_client, make_record, zaak):
    record = make_record(["De boom is weggehaald"], zaak=zaak)
    make_record(["Een ander gesprek"])
    response = woo_client.get(reverse("woo:search"), {"q": zaak.zaaknummer.lower()}, follow=True)
    page = response.content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in page
    assert response.redirect_chain
    assert f"zaaknummer={zaak.zaaknummer}" in response.redirect_chain[-1][0]
    assert "Zaaknummer" in page and "zaak Z-2024-000123" in page


def test_a_zaaknummer_with_words_keeps_the_words(woo_client, make_record, zaak):
    record = make_record(["De boom is weggehaald"], zaak=zaak)
    make_record(["De boom staat er nog"])
    response = woo_client.get(reverse("woo:search"), {"q": f"boom {zaak.zaaknummer}"}, follow=True)
    page = response.content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in page
    assert "q=boom" in response.redirect_chain[-1][0]


def test_an_unknown_zaaknummer_says_so(woo_client, make_record):
    make_record(["De boom is weggehaald"])
    page = woo_client.get(reverse("woo:search"), {"q": "Z-2024-999999"}, follow=True)
    assert "Er is geen zaak met dit zaaknummer." in page.content.decode()

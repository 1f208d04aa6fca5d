"""AND or EN between search words means what the help says of every word typed: all of them
(walk48: "boom AND" per bericht looked for the word "AND" and found nothing)."""

import pytest
from django.urls import reverse

from woo.query import parse_query

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ["boom AND", "boom AND tak", "boom EN tak", "boom and tak"])
def test_and_joins_instead_of_being_looked_for(typed):
    words = [t.text for clause in parse_query(typed).clauses for t in clause]
    assert words == ["boom", "tak"][: len(words)] and "AND" not in words and "EN" not in words


def test_a_quoted_en_stays_in_its_phrase():
    assert parse_query('"boom en tak"').clauses[0][0].text == "boom en tak"


@pytest.mark.parametrize("per", ["gesprek", "bericht"])
def test_boom_and_finds_the_boom_message_in_both_modes(make_record, woo_client, per):
    make_record(["De boom is omgewaaid.", "Tot morgen."])
    page = woo_client.get(reverse("woo:search"), {"q": "boom AND", "per": per}).content.decode()
    assert "omgewaaid" in page


def test_the_help_says_and_or_en_may_be_typed(woo_client):
    page = woo_client.get(reverse("woo:search")).content.decode()
    help_short = page[page.index('class="mb-1 woo-help-short"') :]
    help_short = help_short[: help_short.index("</ul>")]
    assert "<code>AND</code>" in help_short and "<code>en</code>" in help_short


def test_the_help_says_from_what_archive_size_an_exchange_is_followed(woo_client):
    # Walk 48: in the demo's small archive no 'vervolg' ever shows; the help says why.
    from woo.relevance import EXCHANGE_MIN_ARCHIVE

    page = woo_client.get(reverse("woo:search")).content.decode()
    assert f"pas vanaf {EXCHANGE_MIN_ARCHIVE} berichten in het archief" in page

"""Walk 50 (issue 17): a surname typed in the Woo search was cut into compound fragments.

/woo/zoeken/?q=Dijkstra said "Ook gezocht op: tra, dijks" and listed a chat about the
"Koedijkslanden" (no chat named Dijkstra). "tra" is no Dutch word, "dijks" only the genitive of
a surname (hunspell-nl writes both "Dijkstra" and "Dijks" with a capital): a name is not cut
into such fragments, and neither fragment is searched as a part of a compound.
"""

import re

import pytest
from django.urls import reverse

from woo.expansion import _capital_fragments, _split


def _also(html: str) -> list[str]:
    if 'id="ook-gezocht"' not in html:
        return []
    also = html[html.index('id="ook-gezocht"') :]
    also = also[also.index(">") + 1 : also.index("</p>")]
    return also.removeprefix("Ook gezocht op: ").split(", ")


@pytest.mark.django_db
def test_a_surname_is_not_cut_into_fragments(make_record, woo_client):
    unrelated = make_record(
        ["De sloot bij de Koedijkslanden is weer dichtgegroeid.", "Ik stuur de aannemer."]
    )
    html = woo_client.get(reverse("woo:search"), {"q": "Dijkstra"}).content.decode()
    also = _also(html)
    assert "tra" not in also and "dijks" not in also, also
    assert f'data-record="{unrelated.pk}"' not in html


@pytest.mark.django_db
def test_a_surname_still_finds_the_chat_that_names_it(make_record, woo_client):
    named = make_record(["Mevrouw Dijkstra belt morgen terug.", "Prima."])
    make_record(["De sloot bij de Koedijkslanden is weer dichtgegroeid."])
    html = woo_client.get(reverse("woo:search"), {"q": "Dijkstra"}).content.decode()
    assert re.findall(r'data-record="(\d+)"', html) == [str(named.pk)]


@pytest.mark.django_db
def test_a_capitalised_name_the_dictionary_lacks_is_not_cut_into_fragments(make_record, woo_client):
    # "Waterstra" is no word of the dictionary nor of the name lists: typed with a capital, a
    # name, not "water" and "tra".
    make_record(["Het water staat hoog in de kelder.", "Ik bel de pomp."])
    html = woo_client.get(reverse("woo:search"), {"q": "Waterstra"}).content.decode()
    assert "tra" not in _also(html)


@pytest.mark.parametrize("word", ["dijkstra", "spoelstra", "veenstra", "steenstra"])
def test_a_surname_has_no_cut(word):
    # Each was cut before a three-letter "tra", most after a name's genitive ("dijks").
    assert _split(word, {}) is None


def test_a_compound_of_two_words_is_still_cut():
    assert _split("bomenkap", {"kap": 3}) == ("bomen", "kap")
    assert _split("datalek", {"lek": 4}) == ("data", "lek")
    # A surname of two words of the dictionary written small: both are words.
    assert _split("steenhuis", {}) == ("steen", "huis")


def test_a_compound_named_after_a_person_keeps_its_parts():
    # Round 29: "julianabrug meerkosten" finds "de kosten van de brug"; typed with a capital too.
    split = _split("julianabrug", {"brug": 5})
    assert split == ("juliana", "brug")
    assert not _capital_fragments("Julianabrug", split, {"brug": 5})
    assert _capital_fragments("Waterstra", ("water", "tra"), {"water": 9})
    # A three-letter piece the archive holds stays ("Bomenkap" typed first in a sentence).
    assert not _capital_fragments("Bomenkap", ("bomen", "kap"), {"kap": 3})


def test_the_name_check_is_the_lexicons_without_loading_all_of_it():
    # Woo search asks only whether a word is a person's name: the small set must agree with
    # Lexicon.is_person_name word for word (the names, and words of every excluding list).
    from chats.redaction import lexicon

    names = lexicon.person_names()
    full = lexicon.load()
    sample = full.first_names | full.surnames | full.not_names | full.frequent_words | full.places
    assert {w for w in sample if full.is_person_name(w)} == names

"""Walk of beheer45: a synonym is a word or a phrase, not markup.

Failed on main: the synonym list accepted "<script>alert(1)</script>" as a word; the search
would then add it to every officer's query ("ook gezocht op: …").
"""

import pytest
from django.urls import reverse

from woo.models import Synoniemgroep
from woo.synonyms import SynoniemgroepForm

pytestmark = pytest.mark.django_db

REFUSAL = "mag alleen letters, cijfers, koppeltekens, apostroffen, spaties, punten en"


@pytest.mark.parametrize(
    "words",
    [
        "<script>alert(1)</script>, aanval",
        "bomen, linden; drop table",
        "kap, {{ kappen }}",
        "wmo, wet/maatschappelijke ondersteuning",
        "b&w, & raad",
        "ozb, .ozb",
        "college, b&&w",
    ],
)
def test_a_word_with_other_characters_is_refused_in_dutch(words):
    form = SynoniemgroepForm(data={"woorden": words})
    assert not form.is_valid()
    assert REFUSAL in str(form.errors["woorden"])


@pytest.mark.parametrize(
    "words",
    [
        "statushouders, vergunninghouders, sth",
        "jaarmarkt 2025, mj25",
        "a-locatie, hoofdlocatie",
        "’s-avonds, avonds, 's avonds",
        "café, horeca-gelegenheid",
        # Review 45: the refusal's own example, abbreviations with full stops and "&"
        "statushouders, vergunninghouders, sth.",
        "ozb, o.z.b., onroerendezaakbelasting",
        "b&w, college van b. en w.",
    ],
)
def test_words_phrases_hyphens_apostrophes_and_accents_are_accepted(words):
    Synoniemgroep.objects.all().delete()  # (a starter group may hold a word already)
    assert SynoniemgroepForm(data={"woorden": words}).is_valid()


def test_the_woo_page_and_the_admin_refuse_it(woo_client, beheerder_client):
    before = Synoniemgroep.objects.count()
    response = woo_client.post("/woo/synoniemen/", {"woorden": "<b>vet</b>, dik"})
    assert response.status_code == 400
    assert REFUSAL in response.content.decode()
    response = beheerder_client.post(
        reverse("admin:woo_synoniemgroep_add"), {"woorden": "<script>x</script>, y z"}
    )
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    assert Synoniemgroep.objects.count() == before


def test_the_example_the_refusal_gives_is_accepted():
    Synoniemgroep.objects.all().delete()
    form = SynoniemgroepForm(data={"woorden": "alleen"})
    assert not form.is_valid()
    example = str(form.errors["woorden"]).split("bijvoorbeeld: ")[1].split("<")[0]
    assert SynoniemgroepForm(data={"woorden": example}).is_valid()
